"""Rewrite a document into the live NestJS spelling of the same API (``python -m generator live-style``).

The vendored ``openapi.json`` is a reconstruction; ``make spec`` downloads NestJS output that
describes the same API in another spelling. This rewrite produces that spelling from the vendored
document so that CI can prove a regeneration from it changes nothing a user sees
(``.ci/regeneration-check``):

- operationIds become the NestJS ``<Controller>_<method>`` ids (from ``x-original-operation-id``);
- every ``x-*`` key is dropped;
- the security schemes are NestJS's: ``bearer`` with ``bearerFormat: JWT``, ``oauth2`` with a
  ``refreshUrl`` and the extra ``email`` and ``developer`` scopes, plus the apiKey schemes
  ``clientId`` / ``clientSecret`` (``X-Chaster-Client-Id`` / ``X-Chaster-Client-Secret``);
- paths and schemas come in another order (reversed: NestJS lists them in controller order).
"""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

from .spec_model import iter_operations

_SSO = "https://sso.chaster.app/auth/realms/app/protocol/openid-connect"


def _drop_extensions(node: Any) -> Any:
    if isinstance(node, dict):
        return {key: _drop_extensions(value) for key, value in node.items() if not key.startswith("x-")}
    if isinstance(node, list):
        return [_drop_extensions(value) for value in node]
    return node


def _live_security_schemes(schemes: dict[str, Any]) -> dict[str, Any]:
    result = copy.deepcopy(schemes)
    bearer = result.setdefault("bearer", {"type": "http", "scheme": "bearer"})
    bearer["bearerFormat"] = "JWT"
    oauth = result.get("oauth2")
    if isinstance(oauth, dict):
        flow = oauth.get("flows", {}).get("authorizationCode")
        if isinstance(flow, dict):
            flow["refreshUrl"] = _SSO
            scopes = flow.setdefault("scopes", {})
            scopes.setdefault("email", "Email")
            scopes.setdefault("developer", "Developer")
    result["clientId"] = {
        "type": "apiKey",
        "in": "header",
        "name": "X-Chaster-Client-Id",
        "description": "Your application id",
    }
    result["clientSecret"] = {
        "type": "apiKey",
        "in": "header",
        "name": "X-Chaster-Client-Secret",
        "description": "Your application secret key",
    }
    return result


def live_style(spec: dict[str, Any]) -> dict[str, Any]:
    """The same API as ``spec``, spelled as the live NestJS document spells it."""
    document = copy.deepcopy(spec)
    for _path, _method, operation in iter_operations(document):
        original = operation.get("x-original-operation-id")
        if isinstance(original, str) and original:
            operation["operationId"] = original
    document = dict(_drop_extensions(document))
    document["paths"] = dict(reversed(list(document.get("paths", {}).items())))
    components = document.setdefault("components", {})
    components["schemas"] = dict(reversed(list(components.get("schemas", {}).items())))
    components["securitySchemes"] = _live_security_schemes(components.get("securitySchemes", {}))
    return document


def write_live_style(source: Path, out: Path) -> int:
    """Rewrite ``source`` into ``out``; returns the number of operations."""
    spec = json.loads(source.read_text(encoding="utf-8"))
    document = live_style(spec)
    out.write_text(json.dumps(document, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return sum(1 for _ in iter_operations(document))
