"""Python names for operations and tags, stable across the vendored spec and live NestJS documents."""

from __future__ import annotations

import keyword
import re

_WORD_BOUNDARY = re.compile(r"(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])")


def snake_case(name: str) -> str:
    """``getLockHistory`` -> ``get_lock_history``; ``dEPRECATEDFindAll`` -> ``deprecated_find_all``."""
    # chaster-js lower-cases only the first letter of an upper-case word (DEPRECATED -> dEPRECATED)
    if len(name) > 1 and name[0].islower() and name[1].isupper():
        name = name[0].upper() + name[1:]
    words: list[str] = []
    for chunk in re.split(r"[^0-9A-Za-z]+", name):
        words.extend(part for part in _WORD_BOUNDARY.split(chunk) if part)
    snake = "_".join(word.lower() for word in words)
    if keyword.iskeyword(snake):
        snake += "_"
    return snake


def strip_controller(operation_id: str) -> str:
    """NestJS ids are ``<Controller>_<method>``: drop the prefix as chaster-js's generator does."""
    head, sep, tail = operation_id.partition("_")
    if sep and head.endswith("Controller") and tail:
        return tail
    return operation_id


def operation_name(operation: dict[str, object]) -> str:
    """The Python function name of an operation: chaster-js's method name, snake-cased."""
    client_method = operation.get("x-client-method")
    if isinstance(client_method, str) and client_method:
        return snake_case(client_method)
    operation_id = operation.get("operationId")
    if not isinstance(operation_id, str) or not operation_id:
        raise ValueError("operation without operationId")
    return snake_case(strip_controller(operation_id))


def tag_name(tag: str) -> str:
    """``Shared Locks`` -> ``shared_locks``; ``Extensions - Temporary Opening`` -> ``extensions_temporary_opening``."""
    return snake_case(tag)


def class_name_for_tag(tag: str) -> str:
    return "".join(word.capitalize() for word in tag_name(tag).split("_")) + "Api"
