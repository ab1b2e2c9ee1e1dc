"""The ``blocks`` operations, as methods of :class:`BlocksApi` (``chaster.blocks``)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from chaster_async._runtime import UNSET, Unset

if TYPE_CHECKING:
    import datetime

    from chaster_async._runtime import Transport

    from ...models.block_interaction import BlockInteraction
    from ...models.block_user_dto import BlockUserDto
    from ...models.find_blocks_rep_dto import FindBlocksRepDto
    from ...models.unblock_user_dto import UnblockUserDto


class BlocksApi:
    """Operations tagged ``blocks``. Each method sends one request through the client."""

    __slots__ = ("_transport",)

    # Python method name -> operationId, for chaster.paginate() and scope lookups.
    OPERATION_IDS: dict[str, str] = {
        "find_blocks": "findBlocks",
        "block_user": "blockUser",
        "get_block_interaction": "getBlockInteraction",
        "unblock_user": "unblockUser",
    }

    def __init__(self, transport: Transport) -> None:
        self._transport = transport

    async def find_blocks(self, *, timeout: float | None = None) -> FindBlocksRepDto:
        """Find blocked users
        ``GET /blocks`` (operationId ``findBlocks``).
        """
        from ..blocks.find_blocks import asyncio as _call

        return await _call(client=self._transport, timeout=timeout)

    async def block_user(
        self, *, body: BlockUserDto | Mapping[str, Any], timeout: float | None = None
    ) -> None:
        """Block user
        ``POST /blocks`` (operationId ``blockUser``).
        """
        from ..blocks.block_user import asyncio as _call

        return await _call(body=body, client=self._transport, timeout=timeout)

    async def get_block_interaction(
        self, target_user_id: str, *, timeout: float | None = None
    ) -> BlockInteraction:
        """Find block interaction with another user
        ``GET /blocks/block-interaction/{targetUserId}`` (operationId ``getBlockInteraction``).
        """
        from ..blocks.get_block_interaction import asyncio as _call

        return await _call(target_user_id, client=self._transport, timeout=timeout)

    async def unblock_user(
        self, *, body: UnblockUserDto | Mapping[str, Any], timeout: float | None = None
    ) -> None:
        """Unblock user
        ``POST /blocks/unblock`` (operationId ``unblockUser``).
        """
        from ..blocks.unblock_user import asyncio as _call

        return await _call(body=body, client=self._transport, timeout=timeout)
