"""Property tests: any payload, valid or off-spec, parses to a model or raises the documented error.

Payloads are drawn from every operation's response schema in ``openapi.json`` (see
``tests/strategies.py``). For each operation, both lenient and strict parsing must
return a value or raise ``ResponseDecodeError`` (``ResponseValidationError`` is a subclass) and
nothing else.
"""

from __future__ import annotations

import json
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from chaster_async._model import SpecModel, collect_deviations
from chaster_async.errors import ResponseDecodeError, ResponseValidationError
from chaster_async.operations import OPERATIONS
from tests import strategies as S
from tests.conftest import needs_schemas

OPERATION_IDS = S.operation_ids()
# Examples per run: ~108 operations x 30 (any payload) + 71 x 20 (valid) + ~180 models x 10,
# each parsed leniently and strictly: about 6,000 payloads, 12,000 parses, in about 25 s.
EXAMPLES = 30
VALID_EXAMPLES = 20
MODEL_EXAMPLES = 10
_HEALTH = [HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.filter_too_much]

fuzz = settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=_HEALTH)


def test_every_operation_is_covered() -> None:
    assert sorted(OPERATIONS) == OPERATION_IDS


def _parse_both(operation_id: str, payload: Any) -> tuple[Any, Any]:
    """Parse leniently and strictly; each outcome is a value or the library's decode error."""
    operation = OPERATIONS[operation_id]
    outcomes: list[Any] = []
    for strict in (False, True):
        try:
            outcomes.append(operation.parse(payload, strict=strict))
        except ResponseDecodeError as exc:
            assert exc.operation_id == operation.operation_id
            str(exc)  # the message can always be built
            outcomes.append(exc)
    return outcomes[0], outcomes[1]


def _check_value(value: Any) -> None:
    """A parsed value is a model, a list of them, a plain JSON value or None; walking it never fails."""
    collect_deviations(value)
    if isinstance(value, SpecModel):
        value.to_dict()
        repr(value)


@pytest.mark.parametrize("operation_id", OPERATION_IDS)
@fuzz
@given(data=st.data())
def test_parse_never_raises_anything_else(operation_id: str, data: st.DataObject) -> None:
    payload = data.draw(S.response_payloads(operation_id), label="payload")

    lenient, strict = _parse_both(operation_id, payload)

    if not isinstance(lenient, ResponseDecodeError):
        _check_value(lenient)
        if isinstance(strict, ResponseValidationError):
            assert strict.deviations or "does not match" in str(strict)
        elif not isinstance(strict, ResponseDecodeError):
            assert collect_deviations(strict) == []


SCHEMA_OPERATIONS = [op for op in OPERATION_IDS if S.response_schema(op) is not None]


@pytest.mark.parametrize("operation_id", SCHEMA_OPERATIONS)
@settings(max_examples=VALID_EXAMPLES, deadline=None, suppress_health_check=_HEALTH)
@given(data=st.data())
def test_valid_payloads_parse_strictly(operation_id: str, data: st.DataObject) -> None:
    """A payload that conforms to the schema parses in strict mode, with no deviation recorded."""
    schema = S.response_schema(operation_id)
    assert schema is not None
    payload = data.draw(S.valid(schema), label="payload")

    value = OPERATIONS[operation_id].parse(payload, strict=True)

    assert collect_deviations(value) == []
    # What came over the wire as JSON survives a JSON round trip of the parsed value.
    json.dumps(_to_json(value))


def _to_json(value: Any) -> Any:
    if isinstance(value, SpecModel):
        return value.to_dict()  # type: ignore[attr-defined]
    if isinstance(value, list):
        return [_to_json(v) for v in value]
    return value


def _component_models() -> list[str]:
    import chaster_async.models as models

    return sorted(
        name
        for name in S.spec()["components"]["schemas"]
        if hasattr(getattr(models, name, None), "from_dict")
    )


COMPONENT_MODELS = _component_models()


def test_most_component_schemas_have_a_model() -> None:
    schemas = S.spec()["components"]["schemas"]
    without = sorted(set(schemas) - set(COMPONENT_MODELS))
    assert all("enum" in schemas[name] for name in without), without  # enums are enum classes
    assert len(COMPONENT_MODELS) >= 0.9 * len(schemas)  # 175 of 194 in 0.35.0


@pytest.mark.parametrize("schema_name", COMPONENT_MODELS)
@settings(max_examples=MODEL_EXAMPLES, deadline=None, suppress_health_check=_HEALTH)
@given(data=st.data())
def test_every_component_model_parses_or_raises_decode_error(schema_name: str, data: st.DataObject) -> None:
    """Each schema's model, reached directly (deep schemas are rarely reached from a response)."""
    import chaster_async.models as models
    from chaster_async._model import parse_response

    schema = {"$ref": f"#/components/schemas/{schema_name}"}
    payload = data.draw(S.off_spec(schema) | S.valid(schema), label="payload")
    model = getattr(models, schema_name)

    def parser(value: Any) -> Any:
        if not isinstance(value, dict):
            raise TypeError("object")
        return model.from_dict(value)

    for strict in (False, True):
        try:
            _check_value(parse_response(schema_name, payload, parser, strict=strict))
        except ResponseDecodeError:
            pass


def _read_by_the_table(model: Any, payload: dict[str, Any]) -> Any:
    """``model`` read with ``read_field`` for every field: the reference the generated fast path equals."""
    from chaster_async._model import UNSET, _table_of, copy_json, read_field

    data = copy_json(payload)
    obj = object.__new__(model)
    obj._deviations = ()
    for name, key in _table_of(model).json_names:
        setattr(obj, name, read_field(obj, name, data.pop(key, UNSET)))
    obj.additional_properties = data
    obj._raw = None
    return obj


@pytest.mark.parametrize("schema_name", COMPONENT_MODELS)
@settings(max_examples=MODEL_EXAMPLES, deadline=None, suppress_health_check=_HEALTH)
@given(data=st.data())
def test_the_fast_path_reads_as_the_field_table_does(schema_name: str, data: st.DataObject) -> None:
    """A generated ``_read`` takes the plain cases inline: what it reads must be what read_field reads."""
    import chaster_async.models as models

    schema = {"$ref": f"#/components/schemas/{schema_name}"}
    payload = data.draw(S.off_spec(schema) | S.valid(schema), label="payload")
    if not isinstance(payload, dict):
        return
    model = getattr(models, schema_name)

    fast = model.from_dict(payload)
    slow = _read_by_the_table(model, payload)

    assert fast.deviations() == slow.deviations()
    assert repr(fast) == repr(slow)  # not ==: a NaN kept as an invalid value is not equal to itself
    assert fast.to_dict() == slow.to_dict()


# -- regressions found while hardening ---------------------------------------------------------


@needs_schemas("RecurringPenaltyItemParams")
@pytest.mark.parametrize("number", [float("inf"), float("-inf"), float("nan")])
def test_non_finite_number_in_int_enum_is_a_deviation(number: float) -> None:
    """``json.loads`` accepts ``Infinity``/``NaN``; an integer enum field holding one is "invalid"."""
    from chaster_async._model import parse_response
    from chaster_async.models import RecurringPenaltyItemParams

    payload = {"frequency": number}

    model = parse_response("x", payload, RecurringPenaltyItemParams.from_dict)
    assert [d.kind for d in model.deviations() if d.path == "frequency"] == ["invalid"]
    with pytest.raises(ResponseValidationError):
        parse_response("x", payload, RecurringPenaltyItemParams.from_dict, strict=True)


@needs_schemas("CommunityEventSettings.tiers")
def test_a_list_of_objects_kept_as_invalid_is_kept_whole_by_deviations() -> None:
    """Found by test_the_fast_path_reads_as_the_field_table_does: deviations() reads a model not
    read yet at once, which used to take the list's first object apart before the string after it
    made the field invalid, so the raw value kept (and to_dict()) had ``{}`` for that object."""
    from chaster_async.models import CommunityEventSettings

    payload = {"tiers": [{"requiredPoints": 0.0}, ""]}
    settings = CommunityEventSettings.from_dict(payload)

    assert ("tiers", "invalid") in {(d.path, d.kind) for d in settings.deviations()}
    assert settings.tiers == [{"requiredPoints": 0.0}, ""]
    assert settings.to_dict() == payload


@pytest.mark.parametrize("operation_id", SCHEMA_OPERATIONS)
def test_a_wrong_top_level_type_says_what_was_expected_and_what_arrived(operation_id: str) -> None:
    """Not "(TypeError: object)": the message names the JSON type the spec promises and the one sent."""
    import re

    refused = 0
    for payload in (5, "text", True, [1], {"unexpected": 1}):
        try:
            OPERATIONS[operation_id].parse(payload)
        except ResponseValidationError as exc:
            refused += 1
            found = re.search(r"\((\w+): (.*)\)$", str(exc))
            assert found, str(exc)
            if found.group(1) == "TypeError":
                assert re.fullmatch(r"expected .+, got (int|str|bool|list|dict)", found.group(2)), str(exc)
    assert refused >= 3  # whatever the schema, most of these are the wrong type
