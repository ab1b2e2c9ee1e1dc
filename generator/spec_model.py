"""Reading an OpenAPI document into the facts the generator needs about each operation."""

from __future__ import annotations

import copy
from collections.abc import Iterator
from typing import Any

from attrs import frozen

from .naming import operation_name, snake_case, strip_controller, tag_name

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")

# Keyword arguments every generated function takes besides the operation's own parameters.
RESERVED_ARGUMENTS = frozenset({"client", "body", "timeout", "self"})


@frozen
class OperationInfo:
    operation_id: str  # as written in the document: the key of OPERATIONS
    name: str  # Python function name inside its tag
    method: str
    path: str
    tag: str  # Python name of the primary tag (its module and facade namespace)
    tags: tuple[str, ...]  # every tag, Python names
    raw: dict[str, Any]


def iter_operations(spec: dict[str, Any]) -> Iterator[tuple[str, str, dict[str, Any]]]:
    for path, item in spec.get("paths", {}).items():
        for method in HTTP_METHODS:
            operation = item.get(method)
            if isinstance(operation, dict):
                yield path, method, operation


def collect_operations(spec: dict[str, Any]) -> list[OperationInfo]:
    """Every operation with a unique Python name inside its primary tag."""
    infos: list[OperationInfo] = []
    taken: set[tuple[str, str]] = set()
    for path, method, operation in iter_operations(spec):
        tags = tuple(tag_name(t) for t in operation.get("tags") or ["default"])
        name = operation_name(operation)
        operation_id = operation.get("operationId") or f"{method}_{path}"
        if any((tag, name) in taken for tag in tags):
            # two operations of one tag share a client name: fall back to the whole operationId
            name = snake_case(strip_controller(operation_id).replace("Controller", ""))
            if any((tag, name) in taken for tag in tags):
                name = snake_case(f"{method}_{path}")
        for tag in tags:
            taken.add((tag, name))
        infos.append(OperationInfo(operation_id, name, method, path, tags[0], tags, operation))
    return infos


def for_openapi_python_client(spec: dict[str, Any], operations: list[OperationInfo]) -> dict[str, Any]:
    """A copy of the document that openapi-python-client turns into the names we want.

    Its module and function names come from ``operationId`` and its folders from the first tag,
    so each operation gets its Python name as operationId and only its primary tag.
    """
    prepared = copy.deepcopy(spec)
    by_location = {(info.path, info.method): info for info in operations}
    for path, method, operation in iter_operations(prepared):
        info = by_location[(path, method)]
        operation["operationId"] = info.name
        operation["tags"] = [info.tag]
        for parameter in operation.get("parameters", []):
            _name_inline_enum(parameter.get("schema"), f"{info.tag}_{parameter.get('name', '')}")
    return prepared


def _name_inline_enum(schema: Any, name: str) -> None:
    """Give an inline parameter enum a name unique across tags.

    openapi-python-client names it after the operation, and operations of different tags share
    names (``find_all``), which it rejects as conflicting enums.
    """
    if isinstance(schema, dict) and "enum" in schema and "title" not in schema:
        schema["title"] = "".join(part.capitalize() for part in snake_case(name).split("_"))
