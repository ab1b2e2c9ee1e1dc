"""Every operation of openapi.json, called once through the client against aioresponses.

Arguments are generated from the spec itself (no hand list): the test asserts the method, the URL
(path parameters URL-encoded), the query, the JSON or multipart body and the Authorization header,
then that the sample answer parses into the typed return value.
"""

from __future__ import annotations

import json
import re
from typing import Any
from urllib.parse import quote

import pytest
from aioresponses import aioresponses
from yarl import URL

from chaster_async import Chaster
from chaster_async._model import SpecModel
from chaster_async.operations import OPERATIONS
from tests.conftest import needs
from tests.spec_samples import operations, resolve, sample

BASE = "http://chaster.test"
TOKEN = "developer-token-for-tests"
PATH_VALUE = "id 1/ü"  # a space, a slash and a non-ASCII letter must all be encoded


def _python_name(wire: str) -> str:
    snake = re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "_", wire).replace("-", "_").lower()
    return snake


def _call_arguments(operation: dict[str, Any]) -> tuple[list[str], dict[str, Any], dict[str, str]]:
    """(positional path values, keyword arguments, expected query) for one operation."""
    positional: list[str] = []
    keywords: dict[str, Any] = {}
    query: dict[str, str] = {}
    for parameter in operation.get("parameters", []):
        location, wire = parameter["in"], parameter["name"]
        if location == "path":
            positional.append(PATH_VALUE)
            continue
        schema = resolve(parameter.get("schema", {}))
        value: Any = schema["enum"][0] if schema.get("enum") else sample(schema, name=wire)
        if schema.get("type") == "boolean":
            value = True
        keywords[_python_name(wire)] = value
        if location == "query":
            query[wire] = "true" if value is True else str(value)
    content = (operation.get("requestBody") or {}).get("content", {})
    if "application/json" in content:
        keywords["body"] = sample(content["application/json"]["schema"])
    elif "multipart/form-data" in content:
        schema = resolve(content["multipart/form-data"]["schema"])
        body: dict[str, Any] = {}
        for prop, sub in schema.get("properties", {}).items():
            sub = resolve(sub)
            if sub.get("format") == "binary":
                body[prop] = b"\x89PNG-bytes"
            elif sub.get("type") == "array":
                body[prop] = [b"file-one", b"file-two"]
            elif sub.get("type") == "boolean":
                body[prop] = True
            else:
                body[prop] = "combination"
        keywords["body"] = body
    return positional, keywords, query


def _success(operation: dict[str, Any]) -> tuple[int, Any]:
    for code, response in sorted(operation["responses"].items()):
        if code.startswith("2"):
            media = (response.get("content") or {}).get("application/json")
            return int(code), (sample(media["schema"]) if media else None)
    return 200, None


CASES = [pytest.param(path, method, op, id=op["operationId"]) for path, method, op in operations()]


@pytest.mark.parametrize(("path", "method", "operation"), CASES)
async def test_operation_sends_what_the_spec_says(path: str, method: str, operation: dict[str, Any]) -> None:
    entry = OPERATIONS[operation["operationId"]]
    positional, keywords, query = _call_arguments(operation)
    status, payload = _success(operation)
    expected_path = path
    for parameter in operation.get("parameters", []):
        if parameter["in"] == "path":
            expected_path = expected_path.replace("{" + parameter["name"] + "}", quote(PATH_VALUE, safe=""))
    url = URL(BASE + expected_path, encoded=True).with_query(query)

    with aioresponses() as mocked:
        mocked.add(
            url,
            method.upper(),
            status=status,
            body=json.dumps(payload) if payload is not None else b"",
            content_type="application/json",
        )
        async with Chaster(TOKEN, base_url=BASE, rate_limit=False, max_retries=0) as chaster:
            namespace = getattr(chaster, entry.tag)
            result = await getattr(namespace, entry.name)(*positional, **keywords)

    ((key, calls),) = mocked.requests.items()
    assert key[0] == method.upper()
    assert key[1].raw_path == url.raw_path
    assert dict(key[1].query) == query
    sent = calls[0].kwargs
    assert sent["headers"]["Authorization"] == f"Bearer {TOKEN}"
    content = (operation.get("requestBody") or {}).get("content", {})
    if "application/json" in content:
        sent_body = sent["json"] if sent.get("json") is not None else json.loads(sent["data"])
        assert sent_body == keywords["body"]
    elif "multipart/form-data" in content:
        form = sent["data"]  # the encoded multipart/form-data body
        assert sent["headers"]["Content-Type"].startswith("multipart/form-data; boundary=")
        names = [
            name.decode() for name in re.findall(rb'Content-Disposition: form-data; name="([^"]+)"', form)
        ]
        assert set(names) >= set(keywords["body"])

    if payload is None:
        assert result is None
    elif isinstance(payload, dict):
        assert isinstance(result, SpecModel)
        assert result.deviations() == ()
    elif isinstance(payload, list):
        assert isinstance(result, list) and len(result) == len(payload)


def test_every_operation_is_covered() -> None:
    routes = {OPERATIONS.route(method.upper(), path) for path, method, _ in operations()}
    assert {op.key for op in routes if op is not None} == set(OPERATIONS)
    assert len(OPERATIONS) == len(operations())


@needs("locks.unlock")
@pytest.mark.parametrize(
    ("body", "expected"),
    [(b'{"link": "https://x"}', {"link": "https://x"}), (b"[1, 2]", [1, 2]), (b"", None)],
)
async def test_an_operation_without_a_response_schema_returns_the_decoded_json(
    body: bytes, expected: Any
) -> None:
    """Where the spec declares no response body (``locks.unlock``), what the server answers is not
    dropped: the decoded JSON comes back (None for an empty answer)."""
    from chaster_async import MockExchange
    from chaster_async._exchange import ExchangeResponse

    assert not OPERATIONS["locks.unlock"].returns_body  # the spec says nothing of its answer
    headers = {"Content-Type": "application/json"}
    exchange = MockExchange(lambda request: ExchangeResponse(201, body=body, headers=headers))
    async with Chaster(TOKEN, exchange=exchange, rate_limit=False, max_retries=0) as chaster:
        result = await chaster.locks.unlock("lock-1")
    assert result == expected
