"""Masking secrets and escaping control characters in what the library shows."""

from __future__ import annotations

import json

from chaster_async._redact import mask, mask_bytes, mask_json, printable, spellings

SECRET = "cl/ient+secret é"


def test_spellings_cover_percent_encoding_and_json_escapes() -> None:
    forms = spellings(SECRET)

    assert SECRET in forms
    assert "cl%2Fient%2Bsecret%20%C3%A9" in forms  # URL
    assert "cl%2Fient%2Bsecret+%C3%A9" in forms  # form (application/x-www-form-urlencoded)
    assert "cl%2fient%2bsecret+%c3%a9" in forms  # lower-case hex
    assert json.dumps(SECRET)[1:-1] in forms  # "\u00e9"
    assert "cl\\/ient+secret \\u00e9" in forms  # JSON escaping "/"
    assert forms == sorted(forms, key=len, reverse=True)


def test_mask_text_and_bytes() -> None:
    text = f"a {SECRET} b cl%2Fient%2Bsecret+%C3%A9 c"

    assert mask(text, [SECRET, None, ""]) == "a *** b *** c"
    assert mask_bytes(text.encode(), [SECRET]) == b"a *** b *** c"
    assert mask("nothing here", [SECRET]) == "nothing here"


def test_mask_json_sees_through_escapes_in_values_and_keys() -> None:
    decoded = json.loads('{"m": "x \\u0063l/ient+secret \\u00e9", "\\u0063l/ient+secret \\u00e9": [1, "y"]}')

    assert mask_json(decoded, [SECRET]) == {"m": "x ***", "***": [1, "y"]}


def test_mask_json_of_a_body_too_deep_to_walk_shows_nothing() -> None:
    deep: list[object] = []
    for _ in range(100_000):
        deep = [deep]

    assert mask_json(deep, [SECRET]) == "***"


def test_printable_escapes_control_characters_and_cuts() -> None:
    assert printable("id\r\nX-Injected: 1\x1b[31m\udc80") == "id\\r\\nX-Injected: 1\\x1b[31m\\udc80"
    assert printable("x" * 300) == "x" * 200 + "..."
    assert printable("plain üñí") == "plain üñí"


def test_error_excerpts_are_printable() -> None:
    from chaster_async.errors import excerpt

    assert excerpt(b"bad\r\n  thing\x1b[2J\x00") == "bad thing\\x1b[2J\\x00"
