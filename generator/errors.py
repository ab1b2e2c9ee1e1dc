"""The generator's one error type (re-exported by ``build.py``, where callers look for it)."""

from __future__ import annotations


class GenerationError(RuntimeError):
    """The document cannot be turned into a package (openapi-python-client refused it, or we would
    have to guess what a schema means)."""
