"""``make spec``: download the published OpenAPI document, for users who are online."""

from __future__ import annotations

import json
import os
import tempfile
import urllib.error
import urllib.request
from pathlib import Path


class FetchError(RuntimeError):
    """The document could not be downloaded or is not an OpenAPI document; nothing was written."""


def fetch_spec(url: str, out: Path, timeout: float = 20.0) -> str:
    """Download ``url`` into ``out`` (atomically); returns the document's ``info.version``."""
    if not url.startswith(("https://", "http://")):
        raise FetchError(f"refusing to fetch a non-HTTP URL: {url}")
    request = urllib.request.Request(  # noqa: S310 - scheme checked above
        url, headers={"Accept": "application/json", "User-Agent": "chaster_async-generator"}
    )
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:  # noqa: S310 - scheme checked above
            raw = response.read()
    except urllib.error.HTTPError as exc:
        raise FetchError(f"{url} answered HTTP {exc.code}; openapi.json was left unchanged") from None
    except (TimeoutError, urllib.error.URLError, OSError) as exc:
        reason = getattr(exc, "reason", exc)
        raise FetchError(
            f"cannot reach {url} ({reason}); are you offline? openapi.json was left unchanged"
        ) from None
    try:
        document = json.loads(raw)
    except ValueError:
        raise FetchError(f"{url} did not answer JSON; openapi.json was left unchanged") from None
    if not isinstance(document, dict) or "openapi" not in document or "paths" not in document:
        raise FetchError(f"{url} did not answer an OpenAPI 3 document; openapi.json was left unchanged")
    fd, tmp = tempfile.mkstemp(dir=out.parent, prefix=".openapi-", suffix=".json")
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        json.dump(document, handle, indent=2, ensure_ascii=False)
        handle.write("\n")
    os.replace(tmp, out)
    return str(document.get("info", {}).get("version", "unknown"))
