"""The events watchers deliver (re-exported by ``chaster_async.watch``, the public module)."""

from __future__ import annotations

import datetime as _dt
from typing import TYPE_CHECKING, TypeVar

from attrs import field, frozen

from ._cursors import Cursor

if TYPE_CHECKING:
    from .models import (
        ActionLogForPublic,
        ExtensionSessionForSearch,
        LockForKeyholder,
        MessageForPublic,
        SessionOfferRequestForKeyholder,
    )

E = TypeVar("E", bound="WatchEvent")


@frozen(kw_only=True)
class WatchEvent:
    """What every event has.

    ``id`` is the event's own id, the same each time it is delivered (the action log's or the
    message's id; for changes seen in a listing, the object's id, the kind of change and the new
    value): de-duplicate by it. ``key`` names the polled source (``"lock_history:<lockId>"``),
    ``created_at`` is when it happened as far as the API tells (None when it does not).
    """

    id: str
    key: str
    created_at: _dt.datetime | None
    _cursor: Cursor = field(repr=False, eq=False, alias="cursor")
    _epoch: int = field(repr=False, eq=False, alias="epoch", default=0)


@frozen(kw_only=True)
class HistoryEvent(WatchEvent):
    """A new entry of a lock's history (``locks.get_lock_history``)."""

    lock_id: str
    entry: ActionLogForPublic


@frozen(kw_only=True)
class MessageEvent(WatchEvent):
    """A new message of a conversation (``messaging.get_messages``)."""

    conversation_id: str
    message: MessageForPublic


@frozen(kw_only=True)
class KeyholderLockEvent(WatchEvent):
    """A change to a lock the keyholder holds, seen in ``keyholder.search_locks``.

    ``lock`` is the lock as the search returned it (None for :class:`LockEnded` when the lock no
    longer appears at all: archived by the keyholder, deleted).
    """

    lock_id: str
    lock: LockForKeyholder | None


@frozen(kw_only=True)
class LockAppeared(KeyholderLockEvent):
    """A lock the keyholder did not hold before (a new wearer, an accepted request)."""


@frozen(kw_only=True)
class LockEnded(KeyholderLockEvent):
    """A lock left the ``locked`` status (``reason`` is its new status) or the search (``"gone"``)."""

    reason: str


@frozen(kw_only=True)
class LockFrozen(KeyholderLockEvent):
    """The lock was frozen."""


@frozen(kw_only=True)
class LockUnfrozen(KeyholderLockEvent):
    """The lock was unfrozen (its end date usually moves too: a LockTimeChanged follows)."""


@frozen(kw_only=True)
class LockTimeChanged(KeyholderLockEvent):
    """The lock's end date changed (time added or removed, unfreezing...)."""

    previous_end_date: _dt.datetime | None
    end_date: _dt.datetime | None


@frozen(kw_only=True)
class KeyholdingRequestEvent(WatchEvent):
    """A new keyholding request (session offer) from a wearer (``session_offer.get_keyholder_requests``)."""

    request: SessionOfferRequestForKeyholder


@frozen(kw_only=True)
class SessionEvent(WatchEvent):
    """A change to a session of the extension, seen in ``partner_extensions.get_sessions``.

    ``session`` is None for :class:`SessionEnded` when the session no longer appears at all.
    """

    session_id: str
    session: ExtensionSessionForSearch | None


@frozen(kw_only=True)
class SessionCreated(SessionEvent):
    """A session of the extension that was not there before (a lock got the extension)."""


@frozen(kw_only=True)
class SessionChanged(SessionEvent):
    """The session's data, metadata, config, mode, regularity or its lock's status, freeze or end
    date changed (``fields`` names which)."""

    fields: tuple[str, ...]


@frozen(kw_only=True)
class SessionEnded(SessionEvent):
    """The session's lock left ``locked`` (``reason`` is its status), or the session is gone."""

    reason: str
