"""NestJS-shaped error answers."""

from __future__ import annotations

from http import HTTPStatus
from typing import Any

__all__ = ["ApiError", "nest_body"]


def nest_body(status: int, message: str | list[str], **extra: Any) -> dict[str, Any]:
    """``{"statusCode": ..., "message": ..., "error": ...}`` as NestJS's default exception filter writes it."""
    try:
        phrase = HTTPStatus(status).phrase
    except ValueError:
        phrase = "Error"
    body: dict[str, Any] = {"statusCode": status, "message": message, "error": phrase}
    body.update(extra)
    return body


class ApiError(Exception):
    """Raised by handlers; rendered as a NestJS error body with ``status``."""

    def __init__(
        self, status: int, message: str | list[str], headers: dict[str, str] | None = None, **extra: Any
    ):
        super().__init__(f"{status}: {message}")
        self.status = status
        self.message = message
        self.headers = headers or {}
        self.extra = extra

    def body(self) -> dict[str, Any]:
        return nest_body(self.status, self.message, **self.extra)


def not_found(what: str) -> ApiError:
    return ApiError(404, f"{what} not found")
