"""What users write, type-checked (``make typecheck`` runs mypy --strict on this folder; nothing
here is executed by pytest). ``assert_type`` pins the types the public surface promises."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any, assert_type

from multidict import CIMultiDictProxy

from chaster_async import (
    AppExchange,
    Chaster,
    ChasterOAuth,
    Exchange,
    ExchangeRequest,
    ExchangeResponse,
    MockExchange,
    OAuthToken,
    RawResponse,
    required_scopes,
)
from chaster_async._pagination import Paginator
from chaster_async.errors import (
    APIError,
    APITimeoutError,
    ChasterError,
    TimeoutError,
    TransportError,
    UnknownOperationError,
    UnsupportedOperationError,
)
from chaster_async.models import (
    ActionLogForPublic,
    ConversationForPublic,
    ExtensionSessionForSearch,
    GetConversationsRepDto,
    GetHistoryRepDto,
    GetSessionsRepDto,
    JSONValue,
    KeyholderSearchLocksRepDto,
    LockForKeyholder,
    LockForPublic,
)
from chaster_async.operations import OPERATIONS, Operation, operation_for


async def locks_and_profile(chaster: Chaster) -> None:
    locks = await chaster.locks.find_all()
    assert_type(locks, list[LockForPublic])
    me = await chaster.profile.me()
    assert_type(me.username, str)


async def raw_responses(chaster: Chaster, lock_id: str) -> None:
    raw = await chaster.with_raw_response.locks.find_one(lock_id)
    assert_type(raw, RawResponse[LockForPublic])
    assert_type(raw.parsed, LockForPublic)
    assert_type(raw.status, int)
    assert_type(raw.headers, CIMultiDictProxy[str])
    assert_type(raw.request_id, str | None)
    assert_type(raw.elapsed, float)
    assert_type(raw.retries, int)
    assert_type(raw.operation, Operation)
    assert_type(raw.content, bytes)
    assert_type(raw.json(), Any)
    assert_type(await chaster.with_raw_response.locks.find_all(), RawResponse[list[LockForPublic]])
    # no response schema in the spec: the decoded JSON as is (None for an empty answer)
    assert_type(await chaster.with_raw_response.locks.archive(lock_id), RawResponse[JSONValue])
    assert_type(await chaster.locks.archive(lock_id), JSONValue)
    history = await chaster.with_raw_response.locks.get_lock_history(lock_id, body={"limit": 5})
    assert_type(history.parsed, GetHistoryRepDto)
    derived = chaster.with_options(timeout=5).with_raw_response.profile
    assert_type((await derived.me()).parsed.username, str)
    # Covariant: a raw list of locks is a raw Sequence of them.
    seq: RawResponse[Sequence[LockForPublic]] = await chaster.with_raw_response.locks.find_all()
    assert seq.parsed is not None


async def per_call_options(chaster: Chaster, lock_id: str) -> None:
    locks = await chaster.locks.find_all(status="active", extra_headers={"X-Trace": "1"}, max_retries=0)
    assert_type(locks, list[LockForPublic])
    await chaster.locks.find_one(lock_id, timeout=5, extra_headers={"X-Trace": "1"}, max_retries=3)
    await chaster.locks.find_all(extra_headers={"X-Trace": 1})  # type: ignore[dict-item]
    await chaster.locks.find_all(max_retries="2")  # type: ignore[arg-type]
    derived = chaster.with_options(timeout=5, max_retries=0, headers={"X-Team": "bots"}, strict=True)
    assert_type(derived, Chaster)
    assert_type(await derived.locks.find_all(), list[LockForPublic])
    chaster.with_options(timeout="5")  # type: ignore[arg-type]
    pages = chaster.paginate(chaster.locks.get_lock_history, lock_id, extra_headers={"X-Trace": "1"})
    assert_type(pages, Paginator[ActionLogForPublic, GetHistoryRepDto])


async def pagination(chaster: Chaster, lock_id: str) -> None:
    history = chaster.paginate(chaster.locks.get_lock_history, lock_id, body={"limit": 50})
    assert_type(history, Paginator[ActionLogForPublic, GetHistoryRepDto])
    async for entry in history:
        assert_type(entry, ActionLogForPublic)
    async for page in history.pages():
        assert_type(page, GetHistoryRepDto)
    wearers = await chaster.paginate(chaster.keyholder.search_locks, body={}, max_items=30).to_list()
    assert_type(wearers, list[LockForKeyholder])
    conversations = chaster.paginate(chaster.messaging.get_conversations, limit=50)
    assert_type(conversations, Paginator[ConversationForPublic, GetConversationsRepDto])
    searched = chaster.paginate(chaster.keyholder.search_locks, body={})
    assert_type(searched, Paginator[LockForKeyholder, KeyholderSearchLocksRepDto])


async def extension_toolkit(chaster: Chaster) -> None:
    sessions = chaster.extension.sessions(extension_slug="my-extension")
    assert_type(sessions, Paginator[ExtensionSessionForSearch, GetSessionsRepDto])
    logs = chaster.extension.logs("session-id")
    assert_type(logs, Paginator[ActionLogForPublic, GetHistoryRepDto])


def operations(chaster: Chaster) -> None:
    assert_type(OPERATIONS["locks.find_all"], Operation)
    assert_type(OPERATIONS.find(chaster.locks.find_all), Operation)
    assert_type(operation_for("LockController_findAll"), Operation)
    assert_type(required_scopes(["locks.find_all", chaster.profile.me]), frozenset[str])
    assert_type(OPERATIONS.route("GET", "/locks"), Operation | None)


def errors(exc: ChasterError) -> None:
    assert_type(exc.operation_id, str | None)
    assert_type(exc.operation, Operation | None)
    assert_type(exc.operation_key, str | None)
    if isinstance(exc, APIError):
        assert_type(exc.status, int)
        assert_type(exc.headers, CIMultiDictProxy[str])
        assert_type(exc.retries, int)
    if isinstance(exc, TransportError):
        assert_type(exc.reached_server, bool)
        assert_type(exc.retries, int)
    assert TimeoutError is APITimeoutError
    if isinstance(exc, UnsupportedOperationError):
        assert_type(exc.missing, tuple[str, ...])
    if isinstance(exc, UnknownOperationError):
        assert isinstance(exc, KeyError)


async def oauth(app: ChasterOAuth, code: str, verifier: str) -> Any:
    token = await app.exchange_code(code, code_verifier=verifier)
    assert_type(token, OAuthToken)
    async with Chaster(oauth=app, token=token) as chaster:
        assert_type(chaster.token, OAuthToken | None)


def webhooks() -> None:
    from chaster_async.models import ActionLogCreatedData, ExtensionSessionUpdatedData
    from chaster_async.webhooks import (
        ActionLogCreatedEvent,
        ExtensionSessionUpdatedEvent,
        WebhookEvent,
        WebhookRouter,
        parse_webhook,
    )

    router = WebhookRouter()

    @router.on("action_log.created")
    async def on_log(event: ActionLogCreatedEvent) -> None:
        assert_type(event.data, ActionLogCreatedData)

    @router.on("extension_session.updated")
    async def on_update(event: ExtensionSessionUpdatedEvent) -> None:
        assert_type(event.data, ExtensionSessionUpdatedData)

    @router.on("*")
    async def on_any(event: WebhookEvent) -> None:  # a bare WebhookEvent is WebhookEvent[Any]
        assert_type(event.data, Any)

    @router.on("extension_session.created")
    async def generic_handler_is_fine_too(event: WebhookEvent[Any]) -> None: ...

    @router.on("action_log.create")  # type: ignore[call-overload, untyped-decorator]  # a typo: type error
    async def typo(event: WebhookEvent) -> None: ...

    @router.on("action_log.created")  # type: ignore[type-var]  # the wrong event type for the name
    async def wrong(event: ExtensionSessionUpdatedEvent) -> None: ...

    assert_type(parse_webhook(b"{}"), WebhookEvent[Any])


async def exchanges(fake_app: Any) -> None:
    def handler(request: ExchangeRequest) -> ExchangeResponse:
        assert_type(request.headers, CIMultiDictProxy[str])
        assert_type(request.body, bytes | None)
        assert_type(request.timeout, float)
        return ExchangeResponse(200, json=[])

    async def async_handler(request: ExchangeRequest) -> ExchangeResponse:
        return ExchangeResponse(204)

    mock = MockExchange(handler)
    assert_type(mock.requests, list[ExchangeRequest])
    for exchange in (mock, MockExchange(async_handler), AppExchange(fake_app)):
        async with Chaster("token", exchange=exchange) as chaster:
            assert_type(await chaster.locks.find_all(), list[LockForPublic])
    plugged: Exchange = mock
    response = await plugged.handle(mock.requests[0])
    assert_type(response.status, int)
    assert_type(response.headers, CIMultiDictProxy[str])
    assert_type(response.body, bytes)


async def watchers(chaster: Chaster, lock_id: str) -> None:
    from chaster_async.models import MessageForPublic
    from chaster_async.watch import (
        HistoryEvent,
        KeyholderLockEvent,
        KeyholdingRequestEvent,
        LockTimeChanged,
        MessageEvent,
        SessionEvent,
        Watch,
        WatchStream,
    )

    assert_type(chaster.watch, Watch)
    history = chaster.watch.lock_history(lock_id)
    assert_type(history, WatchStream[HistoryEvent])
    async with history as events:
        async for event in events:
            assert_type(event, HistoryEvent)
            assert_type(event.entry, ActionLogForPublic)
            await events.ack(event)
    async for message in chaster.watch.messages("conversation"):
        assert_type(message, MessageEvent)
        assert_type(message.message, MessageForPublic)
    async for change in chaster.watch.keyholder_locks():
        assert_type(change, KeyholderLockEvent)
        assert_type(change.lock, LockForKeyholder | None)
        if isinstance(change, LockTimeChanged):
            assert_type(change.end_date, dt.datetime | None)
    async for request in chaster.watch.keyholding_requests():
        assert_type(request, KeyholdingRequestEvent)
    async for session in chaster.watch.extension_sessions("slug"):
        assert_type(session, SessionEvent)
        assert_type(session.session, ExtensionSessionForSearch | None)

    async def handle(event: HistoryEvent) -> None: ...

    await chaster.watch.lock_history(lock_id).run(handle)
