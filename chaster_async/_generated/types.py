"""Names the generated modules share, defined once in chaster_async._runtime."""

from chaster_async._runtime import UNSET, File, FormField, Request, Transport, Unset

__all__ = ["UNSET", "File", "FormField", "Request", "Transport", "Unset"]
