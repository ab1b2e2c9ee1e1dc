"""The ``public_locks`` operations, as methods of :class:`PublicLocksApi` (``chaster.public_locks``)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from chaster_async._model import UNSET, Unset

if TYPE_CHECKING:
    import datetime

    from chaster_async._request import Transport
    from chaster_async._response import RawResponse

    from ...models.explore_category_for_admin import ExploreCategoryForAdmin
    from ...models.public_lock_for_public import PublicLockForPublic
    from ...models.search_public_lock_dto import SearchPublicLockDto
    from ...models.search_public_lock_rep_dto import SearchPublicLockRepDto


class PublicLocksApi:
    """Operations tagged ``public_locks``. Each method sends one request through the client."""

    __slots__ = ("_transport",)

    # Python method name -> stable operation key, for OPERATIONS.find(chaster.<tag>.<method>).
    OPERATION_KEYS: dict[str, str] = {
        "find_one": "public_locks.find_one",
        "get_shared_lock_image": "public_locks.get_shared_lock_image",
        "search": "public_locks.search",
        "find_all": "public_locks.find_all",
    }

    def __init__(self, transport: Transport) -> None:
        self._transport = transport

    async def find_one(
        self,
        shared_lock_id: str,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> PublicLockForPublic:
        """Find a public shared lock

        Finds a public shared lock

        ``GET /public-locks/{sharedLockId}`` (``public_locks.find_one``, operationId
        ``publicLocksFindOne``).

        Args:
            shared_lock_id: (path ``sharedLockId``).
            timeout: seconds allowed for this call (default: the client's).
            extra_headers: headers to send with this request, over the client's and the operation's
                own; secret-looking ones (Authorization, *token*, *key*...) are masked wherever
                echoed.
            max_retries: re-sends allowed for this call (default: the client's policy).

        Access: public (no token needed).

        Returns:
            PublicLockForPublic
        """
        from ..public_locks.find_one import asyncio as _call

        return await _call(
            shared_lock_id,
            client=self._transport,
            timeout=timeout,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    async def get_shared_lock_image(
        self,
        shared_lock_id: str,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> None:
        """Generate a shared lock image

        Generates an image illustrating the shared lock, to publish it on forums or social networks.

        ``GET /public-locks/images/{sharedLockId}`` (``public_locks.get_shared_lock_image``,
        operationId ``getSharedLockImage``).

        Args:
            shared_lock_id: (path ``sharedLockId``).
            timeout: seconds allowed for this call (default: the client's).
            extra_headers: headers to send with this request, over the client's and the operation's
                own; secret-looking ones (Authorization, *token*, *key*...) are masked wherever
                echoed.
            max_retries: re-sends allowed for this call (default: the client's policy).

        Access: any token (developer or OAuth, no particular scope).

        Returns:
            None
        """
        from ..public_locks.get_shared_lock_image import asyncio as _call

        return await _call(
            shared_lock_id,
            client=self._transport,
            timeout=timeout,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    async def search(
        self,
        *,
        body: SearchPublicLockDto | Mapping[str, Any],
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> SearchPublicLockRepDto:
        """Search for locks

        ``POST /public-locks/search`` (``public_locks.search``, operationId ``publicLocksSearch``).

        Args:
            body: ``SearchPublicLockDto`` or a mapping with its fields (spec names): ``criteria``,
                ``limit``, ``lastId`` (Last id of the last result This field is deprecated, use
                cursor instead), ``cursor`` (Cursor for pagination Use the cursor provided in the
                last result to get the next page of results).
            timeout: seconds allowed for this call (default: the client's).
            extra_headers: headers to send with this request, over the client's and the operation's
                own; secret-looking ones (Authorization, *token*, *key*...) are masked wherever
                echoed.
            max_retries: re-sends allowed for this call (default: the client's policy).

        Access: public (no token needed).
        Paginates (cursor): ``chaster.paginate(chaster.public_locks.search, ...)`` yields every
        item, fetching pages as you iterate.

        Returns:
            SearchPublicLockRepDto
        """
        from ..public_locks.search import asyncio as _call

        return await _call(
            body=body,
            client=self._transport,
            timeout=timeout,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    async def find_all(
        self,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> list[ExploreCategoryForAdmin]:
        """Find Explore page locks

        Returns the locks of the Explore page

        ``GET /explore/categories`` (``public_locks.find_all``, operationId ``publicLocksFindAll``).

        Args:
            timeout: seconds allowed for this call (default: the client's).
            extra_headers: headers to send with this request, over the client's and the operation's
                own; secret-looking ones (Authorization, *token*, *key*...) are masked wherever
                echoed.
            max_retries: re-sends allowed for this call (default: the client's policy).

        Access: public (no token needed).

        Returns:
            list[ExploreCategoryForAdmin]
        """
        from ..public_locks.find_all import asyncio as _call

        return await _call(
            client=self._transport, timeout=timeout, extra_headers=extra_headers, max_retries=max_retries
        )


class RawPublicLocksApi:
    """``chaster.with_raw_response.public_locks``: the methods of :class:`PublicLocksApi`, each returning a
    ``RawResponse`` (status, headers, request id, elapsed, retries) whose ``parsed`` is the method's value."""

    __slots__ = ("_transport",)

    def __init__(self, transport: Transport) -> None:
        self._transport = transport

    async def find_one(
        self,
        shared_lock_id: str,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> RawResponse[PublicLockForPublic]:
        """:meth:`PublicLocksApi.find_one` with its answer (``GET /public-locks/{sharedLockId}``)."""
        from ..public_locks.find_one import asyncio_raw as _call

        return await _call(
            shared_lock_id,
            client=self._transport,
            timeout=timeout,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    async def get_shared_lock_image(
        self,
        shared_lock_id: str,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> RawResponse[None]:
        """:meth:`PublicLocksApi.get_shared_lock_image` with its answer (``GET /public-locks/images/{sharedLockId}``)."""
        from ..public_locks.get_shared_lock_image import asyncio_raw as _call

        return await _call(
            shared_lock_id,
            client=self._transport,
            timeout=timeout,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    async def search(
        self,
        *,
        body: SearchPublicLockDto | Mapping[str, Any],
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> RawResponse[SearchPublicLockRepDto]:
        """:meth:`PublicLocksApi.search` with its answer (``POST /public-locks/search``)."""
        from ..public_locks.search import asyncio_raw as _call

        return await _call(
            body=body,
            client=self._transport,
            timeout=timeout,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    async def find_all(
        self,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> RawResponse[list[ExploreCategoryForAdmin]]:
        """:meth:`PublicLocksApi.find_all` with its answer (``GET /explore/categories``)."""
        from ..public_locks.find_all import asyncio_raw as _call

        return await _call(
            client=self._transport, timeout=timeout, extra_headers=extra_headers, max_retries=max_retries
        )
