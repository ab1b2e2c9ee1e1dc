"""The docstring of each generated method: enough for ``help(chaster.locks.get_lock_history)``.

Summary and description from the spec, then what to pass (every argument, with the spec's own
description; a body model's fields), the scopes a token needs, how it paginates, and what it
returns. Built here as plain text; the templates only indent it.
"""

from __future__ import annotations

import textwrap
from typing import Any

from openapi_python_client.strings import safe_for_docstring

from .codegen import text
from .endpoints import EndpointView

_WIDTH = 92


def _wrap(value: str, indent: str = "") -> list[str]:
    """``value`` wrapped; lines after the first are indented four more (an argument's text)."""
    more = indent + "    " if indent else ""
    lines = textwrap.wrap(
        value,
        _WIDTH,
        initial_indent=indent,
        subsequent_indent=more,
        break_long_words=False,
        break_on_hyphens=False,
    )
    return lines or [indent.rstrip()]


def _argument_lines(view: EndpointView, body_fields: list[tuple[str, str]]) -> list[str]:
    lines = ["Args:"]
    for argument in (*view.path_arguments, *view.keyword_arguments):
        if argument.location == "body":
            what = (
                f"``{view.body_model}`` or a mapping with its fields (spec names)"
                if view.body_model
                else "the JSON body"
            )
            if body_fields:
                what += ": " + ", ".join(
                    f"``{name}``" + (f" ({desc})" if desc else "") for name, desc in body_fields
                )
        else:
            where = f"{argument.location} ``{argument.wire_name}``"
            what = (
                (argument.description.rstrip(".") + f" ({where})") if argument.description else f"({where})"
            )
        if not argument.required and argument.location != "path":
            what += "; optional"
        lines += _wrap(f"{argument.python_name}: {what}.", "    ")
    lines += _wrap("timeout: seconds allowed for this call (default: the client's).", "    ")
    lines += _wrap(
        "extra_headers: headers to send with this request, over the client's and the "
        "operation's own; secret-looking ones (Authorization, *token*, *key*...) are masked "
        "wherever echoed.",
        "    ",
    )
    lines += _wrap("max_retries: re-sends allowed for this call (default: the client's policy).", "    ")
    return lines


def _access_line(scopes: frozenset[str], requires_auth: bool) -> str:
    if not requires_auth:
        return "Access: public (no token needed)."
    if not scopes:
        return "Access: any token (developer or OAuth, no particular scope)."
    named = ", ".join(f"``{scope}``" for scope in sorted(scopes))
    return f"Access: a developer token, or an OAuth token with the scope(s) {named}."


def _pagination_line(view: EndpointView, pagination: dict[str, Any] | None) -> str | None:
    if pagination is None:
        return None
    return (
        f"Paginates ({pagination['style']}): ``chaster.paginate(chaster.{view.info.tag}.{view.info.name}, ...)`` "
        "yields every item, fetching pages as you iterate."
    )


def method_docstring(
    view: EndpointView,
    *,
    scopes: frozenset[str],
    requires_auth: bool,
    pagination: dict[str, Any] | None,
    body_fields: list[tuple[str, str]],
) -> str:
    """The docstring body (no quotes, not indented), safe to put between triple quotes."""
    summary = view.summary or f"{view.info.method.upper()} {view.info.path}"
    paragraphs = [_wrap(summary)]
    if view.description and view.description != view.summary:
        paragraphs.append(_wrap(view.description))
    operation = (
        f"``{view.info.method.upper()} {view.info.path}`` (``{view.info.key}``, operationId "
        f"``{view.info.operation_id}``)." + (" Deprecated by Chaster." if view.deprecated else "")
    )
    paragraphs.append(_wrap(operation))
    paragraphs.append(_argument_lines(view, body_fields))
    notes = [_access_line(scopes, requires_auth)]
    page_line = _pagination_line(view, pagination)
    if page_line:
        notes.append(page_line)
    paragraphs.append([line for note in notes for line in _wrap(note)])
    paragraphs.append(["Returns:", f"    {view.return_type}"])
    body = "\n\n".join("\n".join(lines) for lines in paragraphs)
    return str(safe_for_docstring(body))


def body_fields(endpoint: Any) -> list[tuple[str, str]]:
    """(spec name, description) of the fields of an endpoint's body model, in spec order."""
    if not endpoint.bodies:
        return []
    prop = endpoint.bodies[0].prop
    if type(prop).__name__ != "ModelProperty":
        return []
    fields = [*(prop.required_properties or []), *(prop.optional_properties or [])]
    return [(text(p.name), text(p.description or "").strip().rstrip(".")) for p in fields]
