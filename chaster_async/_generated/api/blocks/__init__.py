"""The ``blocks`` operations, as methods of :class:`BlocksApi` (``chaster.blocks``)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from chaster_async._model import UNSET, Unset

if TYPE_CHECKING:
    import datetime

    from chaster_async._request import Transport
    from chaster_async._response import RawResponse

    from ...models.block_interaction import BlockInteraction
    from ...models.block_user_dto import BlockUserDto
    from ...models.find_blocks_rep_dto import FindBlocksRepDto
    from ...models.unblock_user_dto import UnblockUserDto


class BlocksApi:
    """Operations tagged ``blocks``. Each method sends one request through the client."""

    __slots__ = ("_transport",)

    # Python method name -> stable operation key, for OPERATIONS.find(chaster.<tag>.<method>).
    OPERATION_KEYS: dict[str, str] = {
        "find_blocks": "blocks.find_blocks",
        "block_user": "blocks.block_user",
        "get_block_interaction": "blocks.get_block_interaction",
        "unblock_user": "blocks.unblock_user",
    }

    def __init__(self, transport: Transport) -> None:
        self._transport = transport

    async def find_blocks(
        self,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> FindBlocksRepDto:
        """Find blocked users

        ``GET /blocks`` (``blocks.find_blocks``, operationId ``findBlocks``).

        Args:
            timeout: seconds allowed for this call (default: the client's).
            extra_headers: headers to send with this request, over the client's and the operation's
                own; secret-looking ones (Authorization, *token*, *key*...) are masked wherever
                echoed.
            max_retries: re-sends allowed for this call (default: the client's policy).

        Access: a developer token, or an OAuth token with the scope(s) ``profile``.

        Returns:
            FindBlocksRepDto
        """
        from ..blocks.find_blocks import asyncio as _call

        return await _call(
            client=self._transport, timeout=timeout, extra_headers=extra_headers, max_retries=max_retries
        )

    async def block_user(
        self,
        *,
        body: BlockUserDto | Mapping[str, Any],
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> None:
        """Block user

        ``POST /blocks`` (``blocks.block_user``, operationId ``blockUser``).

        Args:
            body: ``BlockUserDto`` or a mapping with its fields (spec names): ``targetUserId``.
            timeout: seconds allowed for this call (default: the client's).
            extra_headers: headers to send with this request, over the client's and the operation's
                own; secret-looking ones (Authorization, *token*, *key*...) are masked wherever
                echoed.
            max_retries: re-sends allowed for this call (default: the client's policy).

        Access: a developer token, or an OAuth token with the scope(s) ``profile``.

        Returns:
            None
        """
        from ..blocks.block_user import asyncio as _call

        return await _call(
            body=body,
            client=self._transport,
            timeout=timeout,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    async def get_block_interaction(
        self,
        target_user_id: str,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> BlockInteraction:
        """Find block interaction with another user

        ``GET /blocks/block-interaction/{targetUserId}`` (``blocks.get_block_interaction``,
        operationId ``getBlockInteraction``).

        Args:
            target_user_id: (path ``targetUserId``).
            timeout: seconds allowed for this call (default: the client's).
            extra_headers: headers to send with this request, over the client's and the operation's
                own; secret-looking ones (Authorization, *token*, *key*...) are masked wherever
                echoed.
            max_retries: re-sends allowed for this call (default: the client's policy).

        Access: a developer token, or an OAuth token with the scope(s) ``profile``.

        Returns:
            BlockInteraction
        """
        from ..blocks.get_block_interaction import asyncio as _call

        return await _call(
            target_user_id,
            client=self._transport,
            timeout=timeout,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    async def unblock_user(
        self,
        *,
        body: UnblockUserDto | Mapping[str, Any],
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> None:
        """Unblock user

        ``POST /blocks/unblock`` (``blocks.unblock_user``, operationId ``unblockUser``).

        Args:
            body: ``UnblockUserDto`` or a mapping with its fields (spec names): ``targetUserId``.
            timeout: seconds allowed for this call (default: the client's).
            extra_headers: headers to send with this request, over the client's and the operation's
                own; secret-looking ones (Authorization, *token*, *key*...) are masked wherever
                echoed.
            max_retries: re-sends allowed for this call (default: the client's policy).

        Access: a developer token, or an OAuth token with the scope(s) ``profile``.

        Returns:
            None
        """
        from ..blocks.unblock_user import asyncio as _call

        return await _call(
            body=body,
            client=self._transport,
            timeout=timeout,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )


class RawBlocksApi:
    """``chaster.with_raw_response.blocks``: the methods of :class:`BlocksApi`, each returning a
    ``RawResponse`` (status, headers, request id, elapsed, retries) whose ``parsed`` is the method's value."""

    __slots__ = ("_transport",)

    def __init__(self, transport: Transport) -> None:
        self._transport = transport

    async def find_blocks(
        self,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> RawResponse[FindBlocksRepDto]:
        """:meth:`BlocksApi.find_blocks` with its answer (``GET /blocks``)."""
        from ..blocks.find_blocks import asyncio_raw as _call

        return await _call(
            client=self._transport, timeout=timeout, extra_headers=extra_headers, max_retries=max_retries
        )

    async def block_user(
        self,
        *,
        body: BlockUserDto | Mapping[str, Any],
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> RawResponse[None]:
        """:meth:`BlocksApi.block_user` with its answer (``POST /blocks``)."""
        from ..blocks.block_user import asyncio_raw as _call

        return await _call(
            body=body,
            client=self._transport,
            timeout=timeout,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    async def get_block_interaction(
        self,
        target_user_id: str,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> RawResponse[BlockInteraction]:
        """:meth:`BlocksApi.get_block_interaction` with its answer (``GET /blocks/block-interaction/{targetUserId}``)."""
        from ..blocks.get_block_interaction import asyncio_raw as _call

        return await _call(
            target_user_id,
            client=self._transport,
            timeout=timeout,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    async def unblock_user(
        self,
        *,
        body: UnblockUserDto | Mapping[str, Any],
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> RawResponse[None]:
        """:meth:`BlocksApi.unblock_user` with its answer (``POST /blocks/unblock``)."""
        from ..blocks.unblock_user import asyncio_raw as _call

        return await _call(
            body=body,
            client=self._transport,
            timeout=timeout,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
