"""The ``messaging`` operations, as methods of :class:`MessagingApi` (``chaster.messaging``)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from chaster_async._model import UNSET, Unset

if TYPE_CHECKING:
    import datetime

    from chaster_async._request import Transport
    from chaster_async._response import RawResponse

    from ...models.conversation_for_public import ConversationForPublic
    from ...models.create_conversation_dto import CreateConversationDto
    from ...models.get_conversations_messaging_status import GetConversationsMessagingStatus
    from ...models.get_conversations_rep_dto import GetConversationsRepDto
    from ...models.get_messages_rep_dto import GetMessagesRepDto
    from ...models.ignored_users_rep_dto import IgnoredUsersRepDto
    from ...models.message_for_public import MessageForPublic
    from ...models.set_conversation_status_dto import SetConversationStatusDto
    from ...models.set_conversation_unread_dto import SetConversationUnreadDto
    from ...models.update_conversation_dto import UpdateConversationDto


class MessagingApi:
    """Operations tagged ``messaging``. Each method sends one request through the client."""

    __slots__ = ("_transport",)

    # Python method name -> stable operation key, for OPERATIONS.find(chaster.<tag>.<method>).
    OPERATION_KEYS: dict[str, str] = {
        "get_conversations": "messaging.get_conversations",
        "create_conversation": "messaging.create_conversation",
        "find_ignored_users": "messaging.find_ignored_users",
        "get_conversation": "messaging.get_conversation",
        "send_message": "messaging.send_message",
        "get_conversation_by_user_id": "messaging.get_conversation_by_user_id",
        "get_messages": "messaging.get_messages",
        "set_conversation_status": "messaging.set_conversation_status",
        "set_conversation_unread": "messaging.set_conversation_unread",
    }

    def __init__(self, transport: Transport) -> None:
        self._transport = transport

    async def get_conversations(
        self,
        *,
        limit: float | Unset = UNSET,
        status: GetConversationsMessagingStatus | str | Unset = UNSET,
        offset: datetime.datetime | Unset = UNSET,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> GetConversationsRepDto:
        """Find a list of conversations

        Finds a list of conversations

        ``GET /conversations`` (``messaging.get_conversations``, operationId ``getConversations``).

        Args:
            limit: (query ``limit``); optional.
            status: (query ``status``); optional.
            offset: (query ``offset``); optional.
            timeout: seconds allowed for this call (default: the client's).
            extra_headers: headers to send with this request, over the client's and the operation's
                own; secret-looking ones (Authorization, *token*, *key*...) are masked wherever
                echoed.
            max_retries: re-sends allowed for this call (default: the client's policy).

        Access: a developer token, or an OAuth token with the scope(s) ``messaging``.
        Paginates (offset_date): ``chaster.paginate(chaster.messaging.get_conversations, ...)``
        yields every item, fetching pages as you iterate.

        Returns:
            GetConversationsRepDto
        """
        from ..messaging.get_conversations import asyncio as _call

        return await _call(
            limit=limit,
            status=status,
            offset=offset,
            client=self._transport,
            timeout=timeout,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    async def create_conversation(
        self,
        *,
        body: CreateConversationDto | Mapping[str, Any],
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> ConversationForPublic:
        """Create a conversation

        Creates a conversation

        ``POST /conversations`` (``messaging.create_conversation``, operationId
        ``createConversation``).

        Args:
            body: ``CreateConversationDto`` or a mapping with its fields (spec names): ``users``
                (List of user ids in the conversation, excluding the logged user), ``type`` (The
                conversation type  The `group` type is currently not supported), ``message`` (The
                message), ``attachments`` (The file token  Create a file token by using the
                `/files/upload` endpoint), ``nonce`` (Nonce  If this field is included, it will be
                returned to the websocket client).
            timeout: seconds allowed for this call (default: the client's).
            extra_headers: headers to send with this request, over the client's and the operation's
                own; secret-looking ones (Authorization, *token*, *key*...) are masked wherever
                echoed.
            max_retries: re-sends allowed for this call (default: the client's policy).

        Access: a developer token, or an OAuth token with the scope(s) ``messaging``.

        Returns:
            ConversationForPublic
        """
        from ..messaging.create_conversation import asyncio as _call

        return await _call(
            body=body,
            client=self._transport,
            timeout=timeout,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    async def find_ignored_users(
        self,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> IgnoredUsersRepDto:
        """GET /messaging/ignored-users

        ``GET /messaging/ignored-users`` (``messaging.find_ignored_users``, operationId
        ``findIgnoredUsers``).

        Args:
            timeout: seconds allowed for this call (default: the client's).
            extra_headers: headers to send with this request, over the client's and the operation's
                own; secret-looking ones (Authorization, *token*, *key*...) are masked wherever
                echoed.
            max_retries: re-sends allowed for this call (default: the client's policy).

        Access: a developer token, or an OAuth token with the scope(s) ``messaging``.

        Returns:
            IgnoredUsersRepDto
        """
        from ..messaging.find_ignored_users import asyncio as _call

        return await _call(
            client=self._transport, timeout=timeout, extra_headers=extra_headers, max_retries=max_retries
        )

    async def get_conversation(
        self,
        conversation_id: str,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> ConversationForPublic:
        """Find a conversation

        Finds a conversation

        ``GET /conversations/{conversationId}`` (``messaging.get_conversation``, operationId
        ``getConversation``).

        Args:
            conversation_id: (path ``conversationId``).
            timeout: seconds allowed for this call (default: the client's).
            extra_headers: headers to send with this request, over the client's and the operation's
                own; secret-looking ones (Authorization, *token*, *key*...) are masked wherever
                echoed.
            max_retries: re-sends allowed for this call (default: the client's policy).

        Access: a developer token, or an OAuth token with the scope(s) ``messaging``.

        Returns:
            ConversationForPublic
        """
        from ..messaging.get_conversation import asyncio as _call

        return await _call(
            conversation_id,
            client=self._transport,
            timeout=timeout,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    async def send_message(
        self,
        conversation_id: str,
        *,
        body: UpdateConversationDto | Mapping[str, Any],
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> MessageForPublic:
        """Add a new message to a conversation

        Updates a conversation

        ``POST /conversations/{conversationId}`` (``messaging.send_message``, operationId
        ``sendMessage``).

        Args:
            conversation_id: (path ``conversationId``).
            body: ``UpdateConversationDto`` or a mapping with its fields (spec names): ``message``
                (The message), ``attachments`` (The file token  Create a file token by using the
                `/files/upload` endpoint), ``nonce`` (Nonce  If this field is included, it will be
                returned to the websocket client).
            timeout: seconds allowed for this call (default: the client's).
            extra_headers: headers to send with this request, over the client's and the operation's
                own; secret-looking ones (Authorization, *token*, *key*...) are masked wherever
                echoed.
            max_retries: re-sends allowed for this call (default: the client's policy).

        Access: a developer token, or an OAuth token with the scope(s) ``messaging``.

        Returns:
            MessageForPublic
        """
        from ..messaging.send_message import asyncio as _call

        return await _call(
            conversation_id,
            body=body,
            client=self._transport,
            timeout=timeout,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    async def get_conversation_by_user_id(
        self,
        user_id: str,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> ConversationForPublic:
        """Find conversation by user id

        Finds a conversation by user id

        ``GET /conversations/by-user/{userId}`` (``messaging.get_conversation_by_user_id``,
        operationId ``getConversationByUserId``).

        Args:
            user_id: (path ``userId``).
            timeout: seconds allowed for this call (default: the client's).
            extra_headers: headers to send with this request, over the client's and the operation's
                own; secret-looking ones (Authorization, *token*, *key*...) are masked wherever
                echoed.
            max_retries: re-sends allowed for this call (default: the client's policy).

        Access: a developer token, or an OAuth token with the scope(s) ``messaging``.

        Returns:
            ConversationForPublic
        """
        from ..messaging.get_conversation_by_user_id import asyncio as _call

        return await _call(
            user_id,
            client=self._transport,
            timeout=timeout,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    async def get_messages(
        self,
        conversation_id: str,
        *,
        limit: float | Unset = UNSET,
        last_id: str | Unset = UNSET,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> GetMessagesRepDto:
        """Find messages in a conversation

        Finds messages in a conversation

        ``GET /conversations/{conversationId}/messages`` (``messaging.get_messages``, operationId
        ``getMessages``).

        Args:
            conversation_id: (path ``conversationId``).
            limit: (query ``limit``); optional.
            last_id: (query ``lastId``); optional.
            timeout: seconds allowed for this call (default: the client's).
            extra_headers: headers to send with this request, over the client's and the operation's
                own; secret-looking ones (Authorization, *token*, *key*...) are masked wherever
                echoed.
            max_retries: re-sends allowed for this call (default: the client's policy).

        Access: a developer token, or an OAuth token with the scope(s) ``messaging``.
        Paginates (last_id): ``chaster.paginate(chaster.messaging.get_messages, ...)`` yields every
        item, fetching pages as you iterate.

        Returns:
            GetMessagesRepDto
        """
        from ..messaging.get_messages import asyncio as _call

        return await _call(
            conversation_id,
            limit=limit,
            last_id=last_id,
            client=self._transport,
            timeout=timeout,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    async def set_conversation_status(
        self,
        conversation_id: str,
        *,
        body: SetConversationStatusDto | Mapping[str, Any],
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> None:
        """Set a conversation status

        Updates a conversation status

        ``PUT /conversations/{conversationId}/status`` (``messaging.set_conversation_status``,
        operationId ``setConversationStatus``).

        Args:
            conversation_id: (path ``conversationId``).
            body: ``SetConversationStatusDto`` or a mapping with its fields (spec names): ``status``
                (The new conversation status).
            timeout: seconds allowed for this call (default: the client's).
            extra_headers: headers to send with this request, over the client's and the operation's
                own; secret-looking ones (Authorization, *token*, *key*...) are masked wherever
                echoed.
            max_retries: re-sends allowed for this call (default: the client's policy).

        Access: a developer token, or an OAuth token with the scope(s) ``messaging``.

        Returns:
            None
        """
        from ..messaging.set_conversation_status import asyncio as _call

        return await _call(
            conversation_id,
            body=body,
            client=self._transport,
            timeout=timeout,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    async def set_conversation_unread(
        self,
        conversation_id: str,
        *,
        body: SetConversationUnreadDto | Mapping[str, Any],
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> None:
        """Set a conversation unread status

        Updates a conversation unread status

        ``PUT /conversations/{conversationId}/unread`` (``messaging.set_conversation_unread``,
        operationId ``setConversationUnread``).

        Args:
            conversation_id: (path ``conversationId``).
            body: ``SetConversationUnreadDto`` or a mapping with its fields (spec names): ``unread``
                (True if unread).
            timeout: seconds allowed for this call (default: the client's).
            extra_headers: headers to send with this request, over the client's and the operation's
                own; secret-looking ones (Authorization, *token*, *key*...) are masked wherever
                echoed.
            max_retries: re-sends allowed for this call (default: the client's policy).

        Access: a developer token, or an OAuth token with the scope(s) ``messaging``.

        Returns:
            None
        """
        from ..messaging.set_conversation_unread import asyncio as _call

        return await _call(
            conversation_id,
            body=body,
            client=self._transport,
            timeout=timeout,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )


class RawMessagingApi:
    """``chaster.with_raw_response.messaging``: the methods of :class:`MessagingApi`, each returning a
    ``RawResponse`` (status, headers, request id, elapsed, retries) whose ``parsed`` is the method's value."""

    __slots__ = ("_transport",)

    def __init__(self, transport: Transport) -> None:
        self._transport = transport

    async def get_conversations(
        self,
        *,
        limit: float | Unset = UNSET,
        status: GetConversationsMessagingStatus | str | Unset = UNSET,
        offset: datetime.datetime | Unset = UNSET,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> RawResponse[GetConversationsRepDto]:
        """:meth:`MessagingApi.get_conversations` with its answer (``GET /conversations``)."""
        from ..messaging.get_conversations import asyncio_raw as _call

        return await _call(
            limit=limit,
            status=status,
            offset=offset,
            client=self._transport,
            timeout=timeout,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    async def create_conversation(
        self,
        *,
        body: CreateConversationDto | Mapping[str, Any],
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> RawResponse[ConversationForPublic]:
        """:meth:`MessagingApi.create_conversation` with its answer (``POST /conversations``)."""
        from ..messaging.create_conversation import asyncio_raw as _call

        return await _call(
            body=body,
            client=self._transport,
            timeout=timeout,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    async def find_ignored_users(
        self,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> RawResponse[IgnoredUsersRepDto]:
        """:meth:`MessagingApi.find_ignored_users` with its answer (``GET /messaging/ignored-users``)."""
        from ..messaging.find_ignored_users import asyncio_raw as _call

        return await _call(
            client=self._transport, timeout=timeout, extra_headers=extra_headers, max_retries=max_retries
        )

    async def get_conversation(
        self,
        conversation_id: str,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> RawResponse[ConversationForPublic]:
        """:meth:`MessagingApi.get_conversation` with its answer (``GET /conversations/{conversationId}``)."""
        from ..messaging.get_conversation import asyncio_raw as _call

        return await _call(
            conversation_id,
            client=self._transport,
            timeout=timeout,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    async def send_message(
        self,
        conversation_id: str,
        *,
        body: UpdateConversationDto | Mapping[str, Any],
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> RawResponse[MessageForPublic]:
        """:meth:`MessagingApi.send_message` with its answer (``POST /conversations/{conversationId}``)."""
        from ..messaging.send_message import asyncio_raw as _call

        return await _call(
            conversation_id,
            body=body,
            client=self._transport,
            timeout=timeout,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    async def get_conversation_by_user_id(
        self,
        user_id: str,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> RawResponse[ConversationForPublic]:
        """:meth:`MessagingApi.get_conversation_by_user_id` with its answer (``GET /conversations/by-user/{userId}``)."""
        from ..messaging.get_conversation_by_user_id import asyncio_raw as _call

        return await _call(
            user_id,
            client=self._transport,
            timeout=timeout,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    async def get_messages(
        self,
        conversation_id: str,
        *,
        limit: float | Unset = UNSET,
        last_id: str | Unset = UNSET,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> RawResponse[GetMessagesRepDto]:
        """:meth:`MessagingApi.get_messages` with its answer (``GET /conversations/{conversationId}/messages``)."""
        from ..messaging.get_messages import asyncio_raw as _call

        return await _call(
            conversation_id,
            limit=limit,
            last_id=last_id,
            client=self._transport,
            timeout=timeout,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    async def set_conversation_status(
        self,
        conversation_id: str,
        *,
        body: SetConversationStatusDto | Mapping[str, Any],
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> RawResponse[None]:
        """:meth:`MessagingApi.set_conversation_status` with its answer (``PUT /conversations/{conversationId}/status``)."""
        from ..messaging.set_conversation_status import asyncio_raw as _call

        return await _call(
            conversation_id,
            body=body,
            client=self._transport,
            timeout=timeout,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    async def set_conversation_unread(
        self,
        conversation_id: str,
        *,
        body: SetConversationUnreadDto | Mapping[str, Any],
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> RawResponse[None]:
        """:meth:`MessagingApi.set_conversation_unread` with its answer (``PUT /conversations/{conversationId}/unread``)."""
        from ..messaging.set_conversation_unread import asyncio_raw as _call

        return await _call(
            conversation_id,
            body=body,
            client=self._transport,
            timeout=timeout,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
