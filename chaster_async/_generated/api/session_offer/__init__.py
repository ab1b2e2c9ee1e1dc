"""The ``session_offer`` operations, as methods of :class:`SessionOfferApi` (``chaster.session_offer``)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from chaster_async._model import UNSET, Unset

if TYPE_CHECKING:
    import datetime

    from chaster_async._request import Transport
    from chaster_async._response import RawResponse

    from ...models.create_offer_request_dto import CreateOfferRequestDto
    from ...models.lock_for_public import LockForPublic
    from ...models.session_offer_request_for_keyholder import SessionOfferRequestForKeyholder
    from ...models.session_offer_request_for_public import SessionOfferRequestForPublic
    from ...models.validate_offer_request_dto import ValidateOfferRequestDto


class SessionOfferApi:
    """Operations tagged ``session_offer``. Each method sends one request through the client."""

    __slots__ = ("_transport",)

    # Python method name -> stable operation key, for OPERATIONS.find(chaster.<tag>.<method>).
    OPERATION_KEYS: dict[str, str] = {
        "accept_keyholding_request": "session_offer.accept_keyholding_request",
        "archive_keyholding_offer": "session_offer.archive_keyholding_offer",
        "create_keyholding_offer": "session_offer.create_keyholding_offer",
        "get_keyholder_requests": "session_offer.get_keyholder_requests",
        "get_lock_keyholding_request": "session_offer.get_lock_keyholding_request",
        "get_offer_request_status": "session_offer.get_offer_request_status",
        "validate_offer_request": "session_offer.validate_offer_request",
    }

    def __init__(self, transport: Transport) -> None:
        self._transport = transport

    async def accept_keyholding_request(
        self,
        offer_token: str,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> None:
        """Accept a keyholding request

        Accepts a keyholding request from a wearer. By accepting the request, you will become the
        keyholder. The `offerToken` parameter can be found in the `LockForPublic` object, if the
        user has enabled this option when creating the lock.

        ``GET /session-offer/token/{offerToken}/accept``
        (``session_offer.accept_keyholding_request``, operationId ``acceptKeyholdingRequest``).

        Args:
            offer_token: (path ``offerToken``).
            timeout: seconds allowed for this call (default: the client's).
            extra_headers: headers to send with this request, over the client's and the operation's
                own; secret-looking ones (Authorization, *token*, *key*...) are masked wherever
                echoed.
            max_retries: re-sends allowed for this call (default: the client's policy).

        Access: a developer token, or an OAuth token with the scope(s) ``keyholder``.

        Returns:
            None
        """
        from ..session_offer.accept_keyholding_request import asyncio as _call

        return await _call(
            offer_token,
            client=self._transport,
            timeout=timeout,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    async def archive_keyholding_offer(
        self,
        session_request_id: str,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> None:
        """Archive a keyholding offer

        Archives a keyholding offer. If the offer is pending, it cancels the keyholding offer.

        ``GET /session-offer/{sessionRequestId}/archive``
        (``session_offer.archive_keyholding_offer``, operationId ``archiveKeyholdingOffer``).

        Args:
            session_request_id: (path ``sessionRequestId``).
            timeout: seconds allowed for this call (default: the client's).
            extra_headers: headers to send with this request, over the client's and the operation's
                own; secret-looking ones (Authorization, *token*, *key*...) are masked wherever
                echoed.
            max_retries: re-sends allowed for this call (default: the client's policy).

        Access: a developer token, or an OAuth token with the scope(s) ``locks``.

        Returns:
            None
        """
        from ..session_offer.archive_keyholding_offer import asyncio as _call

        return await _call(
            session_request_id,
            client=self._transport,
            timeout=timeout,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    async def create_keyholding_offer(
        self,
        lock_id: str,
        *,
        body: CreateOfferRequestDto | Mapping[str, Any],
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> None:
        """Create a keyholding offer

        Allows the wearer to send a keyholding request to another user.

        ``POST /session-offer/lock/{lockId}`` (``session_offer.create_keyholding_offer``,
        operationId ``createKeyholdingOffer``).

        Args:
            lock_id: (path ``lockId``).
            body: ``CreateOfferRequestDto`` or a mapping with its fields (spec names):
                ``keyholder``.
            timeout: seconds allowed for this call (default: the client's).
            extra_headers: headers to send with this request, over the client's and the operation's
                own; secret-looking ones (Authorization, *token*, *key*...) are masked wherever
                echoed.
            max_retries: re-sends allowed for this call (default: the client's policy).

        Access: a developer token, or an OAuth token with the scope(s) ``locks``.

        Returns:
            None
        """
        from ..session_offer.create_keyholding_offer import asyncio as _call

        return await _call(
            lock_id,
            body=body,
            client=self._transport,
            timeout=timeout,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    async def get_keyholder_requests(
        self,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> list[SessionOfferRequestForKeyholder]:
        """Return keyholding offers from wearers

        Returns keyholding offers from wearers

        ``GET /session-offer/requests`` (``session_offer.get_keyholder_requests``, operationId
        ``getKeyholderRequests``).

        Args:
            timeout: seconds allowed for this call (default: the client's).
            extra_headers: headers to send with this request, over the client's and the operation's
                own; secret-looking ones (Authorization, *token*, *key*...) are masked wherever
                echoed.
            max_retries: re-sends allowed for this call (default: the client's policy).

        Access: a developer token, or an OAuth token with the scope(s) ``keyholder``.

        Returns:
            list[SessionOfferRequestForKeyholder]
        """
        from ..session_offer.get_keyholder_requests import asyncio as _call

        return await _call(
            client=self._transport, timeout=timeout, extra_headers=extra_headers, max_retries=max_retries
        )

    async def get_lock_keyholding_request(
        self,
        offer_token: str,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> LockForPublic:
        """Retrive public information of a lock

        Retrieves public information of the lock for the visitor who received a keyholding request
        link

        ``GET /session-offer/token/{offerToken}`` (``session_offer.get_lock_keyholding_request``,
        operationId ``getLockKeyholdingRequest``).

        Args:
            offer_token: (path ``offerToken``).
            timeout: seconds allowed for this call (default: the client's).
            extra_headers: headers to send with this request, over the client's and the operation's
                own; secret-looking ones (Authorization, *token*, *key*...) are masked wherever
                echoed.
            max_retries: re-sends allowed for this call (default: the client's policy).

        Access: any token (developer or OAuth, no particular scope).

        Returns:
            LockForPublic
        """
        from ..session_offer.get_lock_keyholding_request import asyncio as _call

        return await _call(
            offer_token,
            client=self._transport,
            timeout=timeout,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    async def get_offer_request_status(
        self,
        lock_id: str,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> list[SessionOfferRequestForPublic]:
        """Return a list of keyholding offers

        Returns a list of keyholding offers

        ``GET /session-offer/lock/{lockId}/status`` (``session_offer.get_offer_request_status``,
        operationId ``getOfferRequestStatus``).

        Args:
            lock_id: (path ``lockId``).
            timeout: seconds allowed for this call (default: the client's).
            extra_headers: headers to send with this request, over the client's and the operation's
                own; secret-looking ones (Authorization, *token*, *key*...) are masked wherever
                echoed.
            max_retries: re-sends allowed for this call (default: the client's policy).

        Access: a developer token, or an OAuth token with the scope(s) ``locks``.

        Returns:
            list[SessionOfferRequestForPublic]
        """
        from ..session_offer.get_offer_request_status import asyncio as _call

        return await _call(
            lock_id,
            client=self._transport,
            timeout=timeout,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    async def validate_offer_request(
        self,
        session_request_id: str,
        *,
        body: ValidateOfferRequestDto | Mapping[str, Any],
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> None:
        """Accept or reject a keyholding offer from a wearer

        Accepts or reject a keyholding offer sent directly by a wearer

        ``POST /session-offer/{sessionRequestId}`` (``session_offer.validate_offer_request``,
        operationId ``validateOfferRequest``).

        Args:
            session_request_id: (path ``sessionRequestId``).
            body: ``ValidateOfferRequestDto`` or a mapping with its fields (spec names): ``accept``.
            timeout: seconds allowed for this call (default: the client's).
            extra_headers: headers to send with this request, over the client's and the operation's
                own; secret-looking ones (Authorization, *token*, *key*...) are masked wherever
                echoed.
            max_retries: re-sends allowed for this call (default: the client's policy).

        Access: a developer token, or an OAuth token with the scope(s) ``keyholder``.

        Returns:
            None
        """
        from ..session_offer.validate_offer_request import asyncio as _call

        return await _call(
            session_request_id,
            body=body,
            client=self._transport,
            timeout=timeout,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )


class RawSessionOfferApi:
    """``chaster.with_raw_response.session_offer``: the methods of :class:`SessionOfferApi`, each returning a
    ``RawResponse`` (status, headers, request id, elapsed, retries) whose ``parsed`` is the method's value."""

    __slots__ = ("_transport",)

    def __init__(self, transport: Transport) -> None:
        self._transport = transport

    async def accept_keyholding_request(
        self,
        offer_token: str,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> RawResponse[None]:
        """:meth:`SessionOfferApi.accept_keyholding_request` with its answer (``GET /session-offer/token/{offerToken}/accept``)."""
        from ..session_offer.accept_keyholding_request import asyncio_raw as _call

        return await _call(
            offer_token,
            client=self._transport,
            timeout=timeout,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    async def archive_keyholding_offer(
        self,
        session_request_id: str,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> RawResponse[None]:
        """:meth:`SessionOfferApi.archive_keyholding_offer` with its answer (``GET /session-offer/{sessionRequestId}/archive``)."""
        from ..session_offer.archive_keyholding_offer import asyncio_raw as _call

        return await _call(
            session_request_id,
            client=self._transport,
            timeout=timeout,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    async def create_keyholding_offer(
        self,
        lock_id: str,
        *,
        body: CreateOfferRequestDto | Mapping[str, Any],
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> RawResponse[None]:
        """:meth:`SessionOfferApi.create_keyholding_offer` with its answer (``POST /session-offer/lock/{lockId}``)."""
        from ..session_offer.create_keyholding_offer import asyncio_raw as _call

        return await _call(
            lock_id,
            body=body,
            client=self._transport,
            timeout=timeout,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    async def get_keyholder_requests(
        self,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> RawResponse[list[SessionOfferRequestForKeyholder]]:
        """:meth:`SessionOfferApi.get_keyholder_requests` with its answer (``GET /session-offer/requests``)."""
        from ..session_offer.get_keyholder_requests import asyncio_raw as _call

        return await _call(
            client=self._transport, timeout=timeout, extra_headers=extra_headers, max_retries=max_retries
        )

    async def get_lock_keyholding_request(
        self,
        offer_token: str,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> RawResponse[LockForPublic]:
        """:meth:`SessionOfferApi.get_lock_keyholding_request` with its answer (``GET /session-offer/token/{offerToken}``)."""
        from ..session_offer.get_lock_keyholding_request import asyncio_raw as _call

        return await _call(
            offer_token,
            client=self._transport,
            timeout=timeout,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    async def get_offer_request_status(
        self,
        lock_id: str,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> RawResponse[list[SessionOfferRequestForPublic]]:
        """:meth:`SessionOfferApi.get_offer_request_status` with its answer (``GET /session-offer/lock/{lockId}/status``)."""
        from ..session_offer.get_offer_request_status import asyncio_raw as _call

        return await _call(
            lock_id,
            client=self._transport,
            timeout=timeout,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    async def validate_offer_request(
        self,
        session_request_id: str,
        *,
        body: ValidateOfferRequestDto | Mapping[str, Any],
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> RawResponse[None]:
        """:meth:`SessionOfferApi.validate_offer_request` with its answer (``POST /session-offer/{sessionRequestId}``)."""
        from ..session_offer.validate_offer_request import asyncio_raw as _call

        return await _call(
            session_request_id,
            body=body,
            client=self._transport,
            timeout=timeout,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
