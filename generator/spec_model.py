"""Reading an OpenAPI document into the facts the generator needs about each operation."""

from __future__ import annotations

import copy
from collections.abc import Iterator
from typing import Any

from attrs import frozen

from .naming import operation_name, snake_case, strip_controller, tag_name

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")

# Keyword arguments every generated function takes besides the operation's own parameters.
RESERVED_ARGUMENTS = frozenset({"client", "body", "timeout", "extra_headers", "max_retries", "self"})


@frozen
class OperationInfo:
    operation_id: str  # as written in the document
    name: str  # Python function name inside its tag
    method: str
    path: str
    tag: str  # Python name of the primary tag (its module and facade namespace)
    tags: tuple[str, ...]  # every tag, Python names
    raw: dict[str, Any]
    aliases: tuple[str, ...] = ()  # the other known spellings of operation_id

    @property
    def key(self) -> str:
        """The stable key of OPERATIONS: the same whichever way the document spells operationIds."""
        return f"{self.tag}.{self.name}"


def iter_operations(spec: dict[str, Any]) -> Iterator[tuple[str, str, dict[str, Any]]]:
    for path, item in spec.get("paths", {}).items():
        for method in HTTP_METHODS:
            operation = item.get(method)
            if isinstance(operation, dict):
                yield path, method, operation


def collect_operations(spec: dict[str, Any]) -> list[OperationInfo]:
    """Every operation with a unique Python name inside its primary tag, in document order.

    Names are given in path order, not document order, so that a document listing the same
    operations in another order (NestJS lists them by controller) names them the same way.
    """
    found = list(iter_operations(spec))
    names: dict[tuple[str, str], tuple[str, tuple[str, ...]]] = {}
    taken: set[tuple[str, str]] = set()
    for path, method, operation in sorted(found, key=lambda item: (item[0], HTTP_METHODS.index(item[1]))):
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
        names[(path, method)] = (name, tags)
    shared = _client_names_in_several_tags(found)
    infos = []
    for path, method, operation in found:
        name, tags = names[(path, method)]
        operation_id = operation.get("operationId") or f"{method}_{path}"
        aliases = _other_spellings(operation, operation_id, shared)
        infos.append(OperationInfo(operation_id, name, method, path, tags[0], tags, operation, aliases))
    return infos


def _client_method(operation: dict[str, Any], operation_id: str) -> str:
    """chaster-js's method name: ``x-client-method``, or the NestJS id without its controller,
    camel-cased as OpenAPI Generator does (``DEPRECATED_findAll`` -> ``dEPRECATEDFindAll``)."""
    client_method = operation.get("x-client-method")
    if isinstance(client_method, str) and client_method:
        return client_method
    head, *rest = strip_controller(operation_id).split("_")
    camel = head + "".join(part[:1].upper() + part[1:] for part in rest)
    return camel[:1].lower() + camel[1:]


def _client_names_in_several_tags(found: list[tuple[str, str, dict[str, Any]]]) -> set[str]:
    tags_of: dict[str, set[str]] = {}
    for path, method, operation in found:
        operation_id = operation.get("operationId") or f"{method}_{path}"
        tag = (operation.get("tags") or ["default"])[0]
        tags_of.setdefault(_client_method(operation, operation_id), set()).add(tag)
    return {name for name, tags in tags_of.items() if len(tags) > 1}


def _other_spellings(operation: dict[str, Any], operation_id: str, shared: set[str]) -> tuple[str, ...]:
    """The operationIds the other document spelling gives this operation.

    The vendored spec uses chaster-js method names, prefixed with the camel-cased tag where
    several tags share a name (``sharedLocksFindAll``), and keeps the NestJS id in
    ``x-original-operation-id``; the live document uses the NestJS id
    (``SharedLockController_findAll``).
    """
    spellings: list[str] = []
    original = operation.get("x-original-operation-id")
    if isinstance(original, str) and original:
        spellings.append(original)
    client_method = _client_method(operation, operation_id)
    spellings.append(client_method)
    if client_method in shared:
        tag = (operation.get("tags") or ["default"])[0]
        words = snake_case(tag).split("_")
        prefix = words[0] + "".join(word.capitalize() for word in words[1:])
        spellings.append(prefix + client_method[:1].upper() + client_method[1:])
    unique = dict.fromkeys(s for s in spellings if s != operation_id)
    return tuple(unique)


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
