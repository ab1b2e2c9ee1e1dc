"""Detect how an operation paginates from its parameter and response field names.

Chaster paginates in several styles, each recognisable in the spec:

- ``page``: a ``page`` parameter and ``pages``/``total`` in the response (keyholder lock search);
- ``cursor``: a ``cursor`` parameter echoed back as ``cursor`` in the response (public lock search);
- ``pagination_last_id``: ``paginationLastId``, items carry ``paginationId`` (extension sessions);
- ``last_id``: ``lastId``, items carry ``_id``, ``hasMore`` says when to stop (history, messages, logs);
- ``offset_date``: ``offset`` holding the date of the last item seen (conversations).
"""

from __future__ import annotations

from typing import Any


def _resolve(spec: dict[str, Any], schema: Any, depth: int = 0) -> dict[str, Any]:
    """Follow ``$ref`` and single ``allOf`` wrappers to an object schema."""
    if not isinstance(schema, dict) or depth > 20:
        return {}
    if "$ref" in schema:
        name = schema["$ref"].rsplit("/", 1)[-1]
        return _resolve(spec, spec.get("components", {}).get("schemas", {}).get(name), depth + 1)
    if "allOf" in schema and len(schema["allOf"]) == 1:
        return _resolve(spec, schema["allOf"][0], depth + 1)
    return schema


def _json_schema(spec: dict[str, Any], holder: Any) -> dict[str, Any]:
    content = (holder or {}).get("content", {}) if isinstance(holder, dict) else {}
    media = content.get("application/json") or {}
    return _resolve(spec, media.get("schema"))


def _success_schema(spec: dict[str, Any], operation: dict[str, Any]) -> dict[str, Any]:
    for code, response in sorted(operation.get("responses", {}).items()):
        if str(code).startswith("2"):
            return _json_schema(spec, _resolve_response(spec, response))
    return {}


def _resolve_response(spec: dict[str, Any], response: Any) -> Any:
    if isinstance(response, dict) and "$ref" in response:
        name = response["$ref"].rsplit("/", 1)[-1]
        return spec.get("components", {}).get("responses", {}).get(name, {})
    return response


def _items(spec: dict[str, Any], response: dict[str, Any]) -> tuple[str | None, dict[str, Any]] | None:
    """(name of the list field or None for a bare list, item schema) of a paginated response."""
    if response.get("type") == "array":
        return None, _resolve(spec, response.get("items"))
    arrays = [
        (name, prop)
        for name, prop in response.get("properties", {}).items()
        if _resolve(spec, prop).get("type") == "array"
    ]
    preferred = [a for a in arrays if a[0] in ("results", "items", "locks", "data")]
    chosen = (preferred or arrays)[:1]
    if not chosen:
        return None
    name, prop = chosen[0]
    return name, _resolve(spec, _resolve(spec, prop).get("items"))


def detect(spec: dict[str, Any], operation: dict[str, Any]) -> dict[str, Any] | None:
    """The ``Pagination`` fields of an operation, or None when it does not paginate."""
    query = {p.get("name") for p in operation.get("parameters", []) if p.get("in") == "query"}
    body = set(_json_schema(spec, operation.get("requestBody")).get("properties", {}))
    params = query | body
    response = _success_schema(spec, operation)
    found = _items(spec, response)
    if found is None:
        return None
    items_field, item_schema = found
    response_fields = set(response.get("properties", {}))
    item_fields = set(item_schema.get("properties", {}))
    location = "body" if params & body and not params & query else "query"
    limit = "limit" if "limit" in params else None
    has_more = "hasMore" if "hasMore" in response_fields else None

    def shape(style: str, **extra: Any) -> dict[str, Any]:
        return {
            "style": style,
            "location": location,
            "items_field": items_field,
            "limit_param": limit,
            "has_more_field": has_more,
            **extra,
        }

    if "page" in params and response_fields & {"pages", "total"}:
        return shape(
            "page",
            cursor_param="page",
            pages_field="pages" if "pages" in response_fields else None,
            total_field="total" if "total" in response_fields else None,
        )
    if "cursor" in params and "cursor" in response_fields:
        return shape("cursor", cursor_param="cursor", next_cursor_field="cursor")
    if "paginationLastId" in params and "paginationId" in item_fields:
        return shape("pagination_last_id", cursor_param="paginationLastId", cursor_field="paginationId")
    if "lastId" in params and "_id" in item_fields:
        return shape("last_id", cursor_param="lastId", cursor_field="_id")
    if "offset" in params:
        dates = [n for n in ("lastMessageAt", "updatedAt", "createdAt") if n in item_fields]
        if dates:
            return shape("offset_date", cursor_param="offset", cursor_field=dates[0])
    return None
