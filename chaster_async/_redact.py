"""Keep secrets, and control characters from the network, out of what the library shows.

Servers and proxies may echo what they were sent: the bearer token, a token in the path, the
client secret. They may spell it differently from how it was sent (percent-encoded in a form,
with JSON escapes), and they may send text with CR/LF or terminal escapes in it. Everything the
library builds from such text (exception messages and attributes, log lines) goes through here.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping
from contextvars import ContextVar
from typing import Any
from urllib.parse import quote, quote_plus

__all__ = ["CALL_SECRETS", "MASK", "mask", "mask_bytes", "mask_json", "printable", "spellings"]

MASK = "***"

#: The secrets the current task's last API call sent (its bearer token, tokens in its path).
#: Set by the transport before it returns a payload, so that parsing that payload, which runs
#: right after in the same task, can mask them in what it reports (strict-mode deviations).
CALL_SECRETS: ContextVar[tuple[str, ...]] = ContextVar("chaster_async_call_secrets", default=())

_PERCENT_ESCAPE = re.compile(r"%[0-9A-F]{2}")


def spellings(secret: str) -> list[str]:
    """The ways ``secret`` may come back: as is, percent-encoded (URL or form, either hex case)
    and JSON-escaped; longest first, so that a longer spelling is masked before its parts."""
    forms = {secret, json.dumps(secret)[1:-1], json.dumps(secret, ensure_ascii=False)[1:-1]}
    for encoded in (quote(secret, safe=""), quote_plus(secret, safe="")):
        forms.add(encoded)
        forms.add(_PERCENT_ESCAPE.sub(lambda m: m.group().lower(), encoded))
    forms |= {form.replace("/", "\\/") for form in list(forms)}  # JSON may escape "/" too
    return sorted(forms, key=len, reverse=True)


_WORD = re.compile(r"[A-Za-z0-9]+")


def _core(secret: str) -> str:
    """The longest run of letters and digits in ``secret``: every spelling contains it as is
    (percent-encoding and JSON escapes leave them alone), so text without it holds none."""
    return max(_WORD.findall(secret), key=len, default="")


def _spellings_in(text: str, secrets: Iterable[str | None]) -> list[str]:
    """The spellings to replace in ``text``, longest first; computed only for secrets whose core
    shows (the cheap check that keeps every answer's request id fast)."""
    found = {form for secret in secrets if secret and _core(secret) in text for form in spellings(secret)}
    return sorted(found, key=len, reverse=True)


def mask(text: str, secrets: Iterable[str | None]) -> str:
    """``text`` with every spelling of every secret replaced by ``***``."""
    for form in _spellings_in(text, secrets):
        text = text.replace(form, MASK)
    return text


def mask_bytes(body: bytes, secrets: Iterable[str | None]) -> bytes:
    """Like :func:`mask` on the raw bytes of a body (UTF-8 spellings)."""
    text = body.decode("latin-1")  # one char per byte: only ASCII cores can match, which is enough
    for form in _spellings_in(text, secrets):
        raw = form.encode("utf-8", "surrogatepass")
        body = body.replace(raw, MASK.encode())
    return body


def mask_json(value: Any, secrets: Iterable[str | None]) -> Any:
    """Decoded JSON with the secrets masked in every string and key: what JSON escapes
    (``"\\u0044EV..."``) hid from :func:`mask_bytes` shows once decoded."""
    forms = tuple(secrets)
    if not any(forms):
        return value
    try:
        return _mask_value(value, forms)
    except RecursionError:  # nesting too deep to walk: show none of it
        return MASK


def _mask_value(value: Any, secrets: tuple[str | None, ...]) -> Any:
    if isinstance(value, str):
        return mask(value, secrets)
    if isinstance(value, Mapping):
        return {mask(str(k), secrets): _mask_value(v, secrets) for k, v in value.items()}
    if isinstance(value, list):
        return [_mask_value(item, secrets) for item in value]
    return value


def printable(text: str, limit: int | None = 200) -> str:
    """``text`` with control characters, lone surrogates and other unprintable characters
    escaped (``\\r``, ``\\x1b``, ``\\udc80``), cut to ``limit`` characters: safe in a log line."""
    if not text.isprintable():
        text = "".join(c if c.isprintable() else c.encode("unicode_escape").decode("ascii") for c in text)
    if limit is not None and len(text) > limit:
        text = text[:limit] + "..."
    return text
