"""Repairs a live NestJS document needs before openapi-python-client can read it.

Each repair keeps the meaning of the document; the vendored spec needs none of them, the older
originals in shared/spec/history need the first.
"""

from __future__ import annotations

import copy
from typing import Any


def _walk(node: Any) -> None:
    if isinstance(node, dict):
        # Swagger 2's "type: file" (NestJS still emits it for uploads) is "string/binary" in OAS 3.
        if node.get("type") == "file":
            node["type"] = "string"
            node["format"] = "binary"
        # An object default on a $ref ("criteria": {"default": {}, "allOf": [...]}) is a server-side
        # default that openapi-python-client cannot turn into a model instance; the client omits it.
        if ("allOf" in node or "$ref" in node) and isinstance(node.get("default"), dict | list):
            del node["default"]
        for value in node.values():
            _walk(value)
    elif isinstance(node, list):
        for value in node:
            _walk(value)


def normalize(spec: dict[str, Any]) -> dict[str, Any]:
    repaired = copy.deepcopy(spec)
    _walk(repaired.get("components", {}))
    _walk(repaired.get("paths", {}))
    return repaired
