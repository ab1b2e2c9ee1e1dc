"""Model names the hand-written layer annotates with that this document does not define.

Generated -- do not edit by hand. Each is ``Any`` to type checkers (see generator/facade_names.py);
the helpers that would return one raise UnsupportedOperationError at run time.
"""

from __future__ import annotations

__all__: list[str] = []
