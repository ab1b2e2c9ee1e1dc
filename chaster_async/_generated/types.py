"""Names the generated modules share, defined once in chaster_async._model and chaster_async._request."""

from chaster_async._model import UNSET, Unset
from chaster_async._request import File, FormField, Request, Transport

__all__ = ["UNSET", "File", "FormField", "Request", "Transport", "Unset"]
