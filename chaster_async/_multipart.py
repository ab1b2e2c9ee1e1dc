"""Encoding a multipart/form-data body (RFC 7578) into bytes, as aiohttp's ``FormData`` does.

The exchange takes a body as bytes, so the pipeline encodes uploads itself; the layout and the
quoting of names and file names are aiohttp's, so servers see what they saw before.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Sequence
from urllib.parse import quote

from ._request import FormField

__all__ = ["encode_multipart"]

# RFC 7230 qdtext: what may stand unescaped in a quoted-string (aiohttp's not_qtext_re).
_NOT_QTEXT = re.compile(r"[^\041\043-\133\135-\176]")


def _param(key: str, value: str) -> str:
    if key == "filename":
        return f'{key}="{quote(value, "")}"'
    if all(" " <= c <= "~" or c == "\t" for c in value):
        return f'{key}="{_NOT_QTEXT.sub(lambda m: chr(92) + m.group(0), value)}"'
    return f"{key}*=utf-8''{quote(value, '')}"


def encode_multipart(parts: Sequence[FormField]) -> tuple[bytes, str]:
    """The body and its ``Content-Type`` (with the boundary) for ``parts``."""
    boundary = uuid.uuid4().hex
    out: list[bytes] = []
    for part in parts:
        value = part.value
        if isinstance(value, str):
            data, content_type = value.encode("utf-8"), part.content_type or "text/plain; charset=utf-8"
        else:
            data = value if isinstance(value, bytes) else value.read()
            content_type = part.content_type or "application/octet-stream"
        disposition = "form-data; " + _param("name", part.name)
        if part.file_name is not None:
            disposition += "; " + _param("filename", part.file_name)
        head = f"--{boundary}\r\nContent-Type: {content_type}\r\nContent-Disposition: {disposition}\r\n\r\n"
        out += [head.encode("utf-8"), data, b"\r\n"]
    out.append(f"--{boundary}--\r\n".encode())
    return b"".join(out), f"multipart/form-data; boundary={boundary}"
