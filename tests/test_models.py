"""Generated models: every schema round-trips; reading is lenient and records deviations."""

from __future__ import annotations

import copy
import datetime as dt
import enum

import pytest

import chaster_async.models as models
from chaster_async.errors import ResponseValidationError
from chaster_async.operations import OPERATIONS
from tests.conftest import needs, needs_schemas
from tests.spec_samples import class_name, first_enum_field, resolve, sample, schemas

OBJECT_SCHEMAS = sorted(n for n, s in schemas().items() if "enum" not in s)
# (0.11.2 has no enum component schema: its enums are all inline)
ENUM_SCHEMAS = sorted(n for n, s in schemas().items() if "enum" in s) or [
    pytest.param(
        None, marks=pytest.mark.skip(reason="the spec this package was generated from lacks enum schemas")
    )
]


def test_every_schema_is_a_model() -> None:
    missing = [n for n in schemas() if not hasattr(models, class_name(n))]
    assert missing == []


@pytest.mark.parametrize("name", OBJECT_SCHEMAS)
def test_model_round_trip_with_unknown_fields_and_enum_values(name: str) -> None:
    model = getattr(models, class_name(name))
    data = sample(schemas()[name])
    data["fieldFromTheFuture"] = {"nested": [1, 2]}
    enum_field = first_enum_field(resolve(schemas()[name]))
    if enum_field:
        data[enum_field] = "value_the_spec_does_not_know"

    parsed = model.from_dict(data)
    again = model.from_dict(parsed.to_dict())

    assert again == parsed
    assert parsed.additional_properties["fieldFromTheFuture"] == {"nested": [1, 2]}
    assert again.to_dict()["fieldFromTheFuture"] == {"nested": [1, 2]}
    kinds = {d.kind for d in parsed.deviations()}
    assert kinds <= {"unknown_enum"}, parsed.deviations()
    if enum_field:
        assert parsed.to_dict()[enum_field] == "value_the_spec_does_not_know"


@pytest.mark.parametrize("name", ENUM_SCHEMAS)
def test_enum_keeps_unknown_values(name: str) -> None:
    cls = getattr(models, class_name(name))
    known = cls(schemas()[name]["enum"][0])
    assert not known.is_unknown
    if issubclass(cls, str):
        unknown = cls("brand_new_value")
        assert unknown.is_unknown
        assert unknown.value == "brand_new_value"
        assert unknown == "brand_new_value"


def test_missing_and_null_fields_read_as_unset_and_none_and_are_reported() -> None:
    lock = models.LockForPublic.from_dict({"_id": "abc", "title": None, "status": "locked"})

    assert lock.id == "abc"
    assert lock.title is None
    assert lock.end_date is models.UNSET
    found = {(d.path, d.kind) for d in lock.deviations()}
    assert ("title", "null") in found
    assert ("end_date", "missing") in found


def test_wrong_types_are_kept_raw_and_reported() -> None:
    lock = models.LockForPublic.from_dict({"_id": 5, "startDate": "not a date", "user": "just-an-id"})

    assert lock.id == 5
    assert lock.start_date == "not a date"
    assert lock.user == "just-an-id"
    invalid = {d.path for d in lock.deviations() if d.kind == "invalid"}
    assert {"id", "start_date", "user"} <= invalid
    assert lock.to_dict()["startDate"] == "not a date"


def test_date_times_become_aware_datetimes() -> None:
    lock = models.LockForPublic.from_dict(
        {"startDate": "2024-05-01T12:30:00.000Z", "endDate": "2024-05-02T00:00:00"}
    )

    assert lock.start_date == dt.datetime(2024, 5, 1, 12, 30, tzinfo=dt.UTC)
    assert lock.end_date.tzinfo is not None


@needs_schemas("KeyholderSearchLocksRepDto")
def test_nested_deviations_carry_their_path() -> None:
    data = {
        "locks": [{"_id": "a", "status": "locked"}, {"_id": "b", "status": "melted"}],
        "pages": 1,
        "total": 2,
    }
    page = models.KeyholderSearchLocksRepDto.from_dict(data)

    paths = {(d.path, d.kind) for d in page.deviations()}
    assert ("locks[1].status", "unknown_enum") in paths
    assert isinstance(page.locks[1].status, enum.Enum)
    assert page.locks[1].status.is_unknown


@needs_schemas("KeyholderSearchLocksRepDto")
@pytest.mark.parametrize("read", ["deviations", "attribute"])
def test_a_list_kept_raw_for_a_wrong_item_keeps_its_other_items_whole(read: str) -> None:
    """Read by deviations() (a whole subtree at once), the objects before the wrong item were
    taken apart as models: ``locks`` was kept as ``[{}, ""]`` (found by test_fuzz_parsing)."""
    data = {"locks": [{"updatedAt": "2000-01-01T00:00:00+00:00", "_id": "a"}, ""]}
    page = models.KeyholderSearchLocksRepDto.from_dict(data)
    if read == "deviations":
        assert ("locks", "invalid") in {(d.path, d.kind) for d in page.deviations()}
    assert page.locks == data["locks"]
    assert page.to_dict()["locks"] == data["locks"]
    with pytest.raises(ResponseValidationError):
        OPERATIONS["keyholder.search_locks"].parse(data, strict=True)


@needs_schemas("LockAction", "FreezeLockActionModel")
def test_discriminated_union_picks_the_member_named_by_the_discriminator() -> None:
    action = models.LockAction.from_dict({"name": "freeze", "params": {"name": "freeze"}})
    assert isinstance(action.params, models.FreezeLockActionModel)

    odd = models.LockAction.from_dict({"name": "x", "params": {"name": "teleport"}})
    assert odd.params == {"name": "teleport"}
    assert ("params", "invalid") in {(d.path, d.kind) for d in odd.deviations()}


def test_strict_parse_raises_a_typed_error_listing_deviations() -> None:
    operation = OPERATIONS["locks.find_one"]
    lenient = operation.parse({"_id": "a"})
    assert isinstance(lenient, models.LockForPublic)

    with pytest.raises(ResponseValidationError) as caught:
        operation.parse({"_id": "a"}, strict=True)
    assert caught.value.deviations
    assert operation.operation_id in str(caught.value)


def test_top_level_shape_errors_are_typed() -> None:
    with pytest.raises(ResponseValidationError):
        OPERATIONS["locks.find_all"].parse({"not": "a list"})
    with pytest.raises(ResponseValidationError):
        OPERATIONS["locks.find_one"].parse(None)


@pytest.mark.parametrize(
    ("key", "payload", "message"),
    [
        ("locks.find_all", {"not": "a list"}, "expected an array, got dict"),
        ("locks.find_all", ["a lock"], "expected an object, got str"),
        ("locks.find_one", [{"_id": "a"}], "expected an object, got list"),
        ("locks.find_one", None, "the response has no body"),
    ],
)
def test_shape_errors_say_what_was_expected_and_what_arrived(key: str, payload: object, message: str) -> None:
    with pytest.raises(ResponseValidationError) as caught:
        OPERATIONS[key].parse(payload)
    assert f"(TypeError: {message})" in str(caught.value)


@needs("keyholder.search_locks")
def test_null_items_in_a_list_of_models_are_deviations() -> None:
    page = models.KeyholderSearchLocksRepDto.from_dict(
        {"locks": [{"_id": "a", "status": "locked"}, None], "pages": 1, "total": 2}
    )

    assert page.locks[1] is None
    assert [(d.path, d.kind) for d in page.deviations() if d.kind == "null"] == [("locks[1]", "null")]


@needs("keyholder.search_locks", "locks.find_all")
def test_null_items_in_a_list_make_strict_mode_raise() -> None:
    """In a model's list and in a list answer; lenient mode keeps the None."""
    search = OPERATIONS["keyholder.search_locks"]
    payload = {"locks": [None], "pages": 1, "total": 1}
    assert search.parse(payload).locks == [None]
    with pytest.raises(ResponseValidationError, match=r"locks\[0\]: null"):
        search.parse(payload, strict=True)

    find_all = OPERATIONS["locks.find_all"]
    assert find_all.parse([None]) == [None]
    with pytest.raises(ResponseValidationError, match=r"\[0\]: null") as caught:
        find_all.parse([None], strict=True)
    assert [(d.path, d.kind) for d in caught.value.deviations] == [("[0]", "null")]


def test_writing_a_model_sends_exactly_the_spec_fields() -> None:
    body = models.UpdateTimeDto(duration=3600)
    assert body.to_dict() == {"duration": 3600}


@pytest.mark.parametrize(
    ("schema", "field", "attribute"),
    [
        pytest.param(
            "AppSettingsDto",
            "communityEvent",
            "community_event",
            marks=needs_schemas("AppSettingsDto.communityEvent"),
        ),
        ("LockForPublic", "sharedLock", "shared_lock"),
    ],
)
def test_nullable_ref_reads_null_without_deviation(schema: str, field: str, attribute: str) -> None:
    """openapi-python-client's known trap (#679): null in a nullable $ref must not fail."""
    model = getattr(models, schema).from_dict({field: None})

    assert getattr(model, attribute) is None
    assert (attribute, "null") not in {(d.path, d.kind) for d in model.deviations()}


def test_null_enum_where_not_nullable_is_kept_as_none() -> None:
    """openapi-python-client's known trap (#1405): an enum field that is null must not raise."""
    lock = models.LockForPublic.from_dict({"status": None})

    assert lock.status is None
    assert ("status", "null") in {(d.path, d.kind) for d in lock.deviations()}


def test_from_dict_reads_on_first_access_and_nested_objects_stay_lazy() -> None:
    data = {"_id": "a", "title": "t", "user": {"_id": "u", "username": "wendy"}}
    lock = models.LockForPublic.from_dict(data)
    data["title"] = "changed after from_dict"  # from_dict took a copy

    assert lock._raw is not None  # nothing read yet
    assert lock.title == "t"
    assert lock._raw is None
    assert lock.user._raw is not None  # the nested user is read when it is used
    assert lock.user.username == "wendy"


def test_unknown_attribute_of_a_lazy_model_is_an_attribute_error() -> None:
    lock = models.LockForPublic.from_dict({"_id": "a"})
    with pytest.raises(AttributeError, match="no attribute 'nope'"):
        lock.nope  # noqa: B018
    with pytest.raises(AttributeError):
        models.UpdateTimeDto(duration=1).nope  # noqa: B018


def test_lazy_models_copy_pickle_and_compare() -> None:
    import copy
    import pickle

    lock = models.LockForPublic.from_dict({"_id": "a", "status": "locked", "extra": 1})
    assert copy.deepcopy(lock) == lock
    assert pickle.loads(pickle.dumps(models.LockForPublic.from_dict({"_id": "a"}))).id == "a"
    assert "id='a'" in repr(models.LockForPublic.from_dict({"_id": "a"}))


def test_from_dict_rejects_a_non_object_at_once() -> None:
    with pytest.raises(TypeError, match="needs a JSON object"):
        models.LockForPublic.from_dict(["not", "an", "object"])  # type: ignore[arg-type]


def test_a_field_set_before_any_is_read_is_kept() -> None:
    """Setting a field of a lazily read model must not be undone when the JSON is read later."""
    user = models.UserForPublic.from_dict({"_id": "1", "username": "kim"})
    user.username = "changed"

    assert user.id == "1"
    assert user.username == "changed"

    lock = models.LockForPublic.from_dict({"_id": "a", "extra": 1})
    lock.additional_properties = {"replaced": True}
    assert lock.id == "a"
    assert lock.additional_properties == {"replaced": True}


def test_reading_never_changes_the_callers_data() -> None:
    payload = [{"_id": "a", "user": {"_id": "u", "username": "kim"}, "extra": 1}]
    snapshot = copy.deepcopy(payload)

    locks = OPERATIONS["locks.find_all"].parse(payload)
    lock = models.LockForPublic.from_dict(payload[0])
    locks[0].deviations()
    lock.deviations()
    payload[0]["user"]["username"] = "changed later"

    assert lock.user.username == "kim"
    payload[0]["user"]["username"] = "kim"
    assert payload == snapshot


def test_a_lazily_read_model_looks_like_its_model() -> None:
    lock = models.LockForPublic.from_dict({"_id": "a"})

    assert isinstance(lock, models.LockForPublic)
    assert type(lock).__name__ == "LockForPublic"
    assert lock == models.LockForPublic.from_dict({"_id": "a"})
    assert type(lock) is models.LockForPublic  # once read, it is the model itself


# -- safe and honest models ---------------------------------------------------------------------


@needs_schemas("KeyholderSearchLocksRepDto")
def test_a_model_read_first_from_several_threads_never_raises() -> None:
    """Threads that read a fresh model at once all see every field, whichever comes first.

    The interpreter switches threads every microsecond here, so that a thread often runs while
    another is half-way through reading the JSON: when the object became the plain model before
    its fields were filled, this failed hundreds of times in 200 trials.
    """
    import sys
    import threading
    import time

    data = sample(schemas()["LockForKeyholder"])
    expected = models.LockForKeyholder.from_dict(data).to_dict()
    readers = [
        lambda lock: lock.trusted,  # the last field read
        lambda lock: lock.user.username,
        lambda lock: lock.deviations(),
        lambda lock: lock.to_dict(),
        lambda lock: repr(lock),
    ]
    errors: list[BaseException] = []
    seen: list[object] = []
    interval = sys.getswitchinterval()
    sys.setswitchinterval(1e-6)
    deadline = time.monotonic() + 10  # bounded in time, whatever the machine
    try:
        for trial in range(200):
            if time.monotonic() > deadline:
                break
            lock = models.LockForKeyholder.from_dict(data)
            barrier = threading.Barrier(4)

            def read(
                first: int, lock: models.LockForKeyholder = lock, barrier: threading.Barrier = barrier
            ) -> None:
                barrier.wait()
                try:
                    readers[first](lock)
                    seen.append(lock.trusted)
                    assert lock.to_dict() == expected
                except BaseException as exc:  # any failure of any thread is the finding
                    errors.append(exc)

            threads = [threading.Thread(target=read, args=((trial + i) % len(readers),)) for i in range(4)]
            for thread in threads:
                thread.start()
            for thread in threads:
                thread.join()
    finally:
        sys.setswitchinterval(interval)
    assert errors == []
    assert seen and all(value == data["trusted"] for value in seen)


def test_private_state_is_not_an_attrs_field() -> None:
    import attrs

    names = {f.name for f in attrs.fields(models.LockForPublic)}
    assert not {n for n in names if n.startswith("_")}
    assert "additional_properties" in names
    lock = models.LockForPublic.from_dict({"_id": "a", "extra": 1})
    shown = attrs.asdict(lock, recurse=False)
    assert shown["id"] == "a" and shown["additional_properties"] == {"extra": 1}
    assert not {key for key in shown if key.startswith("_")}


def test_evolve_keeps_unknown_fields() -> None:
    import attrs

    pending = models.LockForPublic.from_dict({"_id": "a", "extra": 1})
    read = models.LockForPublic.from_dict({"_id": "a", "extra": 1})
    assert read.id == "a"
    for lock in (pending, read):
        changed = attrs.evolve(lock, title="new")
        assert changed.title == "new" and changed.id == "a"
        assert changed.additional_properties == {"extra": 1}
        assert changed.to_dict()["extra"] == 1


def test_deviations_survive_copying_and_pickling() -> None:
    import pickle

    lock = models.LockForPublic.from_dict({"_id": 5, "status": "melted"})
    found = lock.deviations()
    assert ("id", "invalid") in {(d.path, d.kind) for d in found}
    assert copy.deepcopy(lock).deviations() == found
    assert pickle.loads(pickle.dumps(lock)).deviations() == found
    assert models.UpdateTimeDto(duration=1).deviations() == ()  # nothing was read, nothing deviated


@needs_schemas("KeyholderSearchLocksRepDto")
def test_deviations_read_what_was_not_read_yet_at_once() -> None:
    """deviations() (and strict mode) reads a subtree not read yet in one go: plain models come back."""
    page = models.KeyholderSearchLocksRepDto.from_dict(
        {"locks": [{"_id": "a", "user": {"_id": "u", "username": "kim"}, "status": "melted"}]}
    )
    found = {(d.path, d.kind) for d in page.deviations()}

    assert ("locks[0].status", "unknown_enum") in found
    assert ("locks[0].user.avatar_url", "missing") in found
    assert type(page.locks[0]) is models.LockForKeyholder
    assert type(page.locks[0].user) is models.UserForPublic


@needs_schemas("KeyholderSearchLocksRepDto")
def test_deviations_waiting_for_another_threads_read_still_walks_what_it_read() -> None:
    """deviations() that finds a model being read by another thread (lazily: its nested objects
    stay pending) must walk them, not take the one-go shortcut."""
    import threading
    import time

    from chaster_async import _model

    page = models.KeyholderSearchLocksRepDto.from_dict(
        {"locks": [{"_id": "a", "status": "melted"}], "pages": 1, "total": 1}  # the page itself fits
    )
    found: list[object] = []
    _model._LOCK.acquire()  # this thread is "the other reader"
    try:
        waiting = threading.Thread(target=lambda: found.append(page.deviations()))
        waiting.start()
        time.sleep(0.2)  # the waiting thread is at the lock now
        assert page.locks[0]._raw is not None  # read lazily here: the lock is reentrant
    finally:
        _model._LOCK.release()
    waiting.join(10)
    (deviations,) = found
    assert ("locks[0].status", "unknown_enum") in {(d.path, d.kind) for d in deviations}  # type: ignore[attr-defined]
