"""One namespace per tag (``chaster.locks``, ``chaster.keyholder``...). Generated -- do not edit by hand."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from functools import cached_property
from typing import TYPE_CHECKING, Any, overload

from chaster_async._pagination import Paginator
from chaster_async._pagination import paginate as _paginate

if TYPE_CHECKING:
    from chaster_async._request import Transport

    from .api.blocks import BlocksApi, RawBlocksApi
    from .api.combinations import CombinationsApi, RawCombinationsApi
    from .api.community_events import CommunityEventsApi, RawCommunityEventsApi
    from .api.extensions import ExtensionsApi, RawExtensionsApi
    from .api.extensions_penalties import ExtensionsPenaltiesApi, RawExtensionsPenaltiesApi
    from .api.extensions_temporary_opening import (
        ExtensionsTemporaryOpeningApi,
        RawExtensionsTemporaryOpeningApi,
    )
    from .api.extensions_verification_picture import (
        ExtensionsVerificationPictureApi,
        RawExtensionsVerificationPictureApi,
    )
    from .api.files import FilesApi, RawFilesApi
    from .api.keyholder import KeyholderApi, RawKeyholderApi
    from .api.lock_creation import LockCreationApi, RawLockCreationApi
    from .api.locks import LocksApi, RawLocksApi
    from .api.messaging import MessagingApi, RawMessagingApi
    from .api.partner_configurations import PartnerConfigurationsApi, RawPartnerConfigurationsApi
    from .api.partner_extensions import PartnerExtensionsApi, RawPartnerExtensionsApi
    from .api.profile import ProfileApi, RawProfileApi
    from .api.public_locks import PublicLocksApi, RawPublicLocksApi
    from .api.reports import RawReportsApi, ReportsApi
    from .api.session_offer import RawSessionOfferApi, SessionOfferApi
    from .api.settings import RawSettingsApi, SettingsApi
    from .api.shared_locks import RawSharedLocksApi, SharedLocksApi
    from .api.users import RawUsersApi, UsersApi
    from .models import (
        ActionLogForPublic,
        ConversationForPublic,
        ExtensionSessionForSearch,
        GetConversationsRepDto,
        GetFavoriteSharedLocksRepDto,
        GetHistoryRepDto,
        GetMessagesRepDto,
        GetSessionsRepDto,
        KeyholderSearchLocksRepDto,
        LockForKeyholder,
        LockForPublic,
        MessageForPublic,
        PublicLockForSearch,
        SearchLocksRepDto,
        SearchPublicLockRepDto,
        SearchUsersRepDto,
        UserForPublic,
    )


class TagNamespaces:
    """Mixed into the client: each property builds its tag's API object on first use."""

    _transport: Transport

    @cached_property
    def blocks(self) -> BlocksApi:
        """Operations tagged "blocks"."""
        from .api.blocks import BlocksApi

        return BlocksApi(self._transport)

    @cached_property
    def combinations(self) -> CombinationsApi:
        """Operations tagged "combinations"."""
        from .api.combinations import CombinationsApi

        return CombinationsApi(self._transport)

    @cached_property
    def community_events(self) -> CommunityEventsApi:
        """Operations tagged "community_events"."""
        from .api.community_events import CommunityEventsApi

        return CommunityEventsApi(self._transport)

    @cached_property
    def extensions(self) -> ExtensionsApi:
        """Operations tagged "extensions"."""
        from .api.extensions import ExtensionsApi

        return ExtensionsApi(self._transport)

    @cached_property
    def extensions_penalties(self) -> ExtensionsPenaltiesApi:
        """Operations tagged "extensions_penalties"."""
        from .api.extensions_penalties import ExtensionsPenaltiesApi

        return ExtensionsPenaltiesApi(self._transport)

    @cached_property
    def extensions_temporary_opening(self) -> ExtensionsTemporaryOpeningApi:
        """Operations tagged "extensions_temporary_opening"."""
        from .api.extensions_temporary_opening import ExtensionsTemporaryOpeningApi

        return ExtensionsTemporaryOpeningApi(self._transport)

    @cached_property
    def extensions_verification_picture(self) -> ExtensionsVerificationPictureApi:
        """Operations tagged "extensions_verification_picture"."""
        from .api.extensions_verification_picture import ExtensionsVerificationPictureApi

        return ExtensionsVerificationPictureApi(self._transport)

    @cached_property
    def files(self) -> FilesApi:
        """Operations tagged "files"."""
        from .api.files import FilesApi

        return FilesApi(self._transport)

    @cached_property
    def keyholder(self) -> KeyholderApi:
        """Operations tagged "keyholder"."""
        from .api.keyholder import KeyholderApi

        return KeyholderApi(self._transport)

    @cached_property
    def lock_creation(self) -> LockCreationApi:
        """Operations tagged "lock_creation"."""
        from .api.lock_creation import LockCreationApi

        return LockCreationApi(self._transport)

    @cached_property
    def locks(self) -> LocksApi:
        """Operations tagged "locks"."""
        from .api.locks import LocksApi

        return LocksApi(self._transport)

    @cached_property
    def messaging(self) -> MessagingApi:
        """Operations tagged "messaging"."""
        from .api.messaging import MessagingApi

        return MessagingApi(self._transport)

    @cached_property
    def partner_configurations(self) -> PartnerConfigurationsApi:
        """Operations tagged "partner_configurations"."""
        from .api.partner_configurations import PartnerConfigurationsApi

        return PartnerConfigurationsApi(self._transport)

    @cached_property
    def partner_extensions(self) -> PartnerExtensionsApi:
        """Operations tagged "partner_extensions"."""
        from .api.partner_extensions import PartnerExtensionsApi

        return PartnerExtensionsApi(self._transport)

    @cached_property
    def profile(self) -> ProfileApi:
        """Operations tagged "profile"."""
        from .api.profile import ProfileApi

        return ProfileApi(self._transport)

    @cached_property
    def public_locks(self) -> PublicLocksApi:
        """Operations tagged "public_locks"."""
        from .api.public_locks import PublicLocksApi

        return PublicLocksApi(self._transport)

    @cached_property
    def reports(self) -> ReportsApi:
        """Operations tagged "reports"."""
        from .api.reports import ReportsApi

        return ReportsApi(self._transport)

    @cached_property
    def session_offer(self) -> SessionOfferApi:
        """Operations tagged "session_offer"."""
        from .api.session_offer import SessionOfferApi

        return SessionOfferApi(self._transport)

    @cached_property
    def settings(self) -> SettingsApi:
        """Operations tagged "settings"."""
        from .api.settings import SettingsApi

        return SettingsApi(self._transport)

    @cached_property
    def shared_locks(self) -> SharedLocksApi:
        """Operations tagged "shared_locks"."""
        from .api.shared_locks import SharedLocksApi

        return SharedLocksApi(self._transport)

    @cached_property
    def users(self) -> UsersApi:
        """Operations tagged "users"."""
        from .api.users import UsersApi

        return UsersApi(self._transport)

    @overload
    def paginate(
        self,
        method: Callable[..., Awaitable[GetConversationsRepDto]],
        *args: Any,
        max_items: int | None = None,
        page_size: int | None = None,
        max_pages: int | None = None,
        **kwargs: Any,
    ) -> Paginator[ConversationForPublic, GetConversationsRepDto]: ...

    @overload
    def paginate(
        self,
        method: Callable[..., Awaitable[GetFavoriteSharedLocksRepDto]],
        *args: Any,
        max_items: int | None = None,
        page_size: int | None = None,
        max_pages: int | None = None,
        **kwargs: Any,
    ) -> Paginator[PublicLockForSearch, GetFavoriteSharedLocksRepDto]: ...

    @overload
    def paginate(
        self,
        method: Callable[..., Awaitable[GetHistoryRepDto]],
        *args: Any,
        max_items: int | None = None,
        page_size: int | None = None,
        max_pages: int | None = None,
        **kwargs: Any,
    ) -> Paginator[ActionLogForPublic, GetHistoryRepDto]: ...

    @overload
    def paginate(
        self,
        method: Callable[..., Awaitable[GetMessagesRepDto]],
        *args: Any,
        max_items: int | None = None,
        page_size: int | None = None,
        max_pages: int | None = None,
        **kwargs: Any,
    ) -> Paginator[MessageForPublic, GetMessagesRepDto]: ...

    @overload
    def paginate(
        self,
        method: Callable[..., Awaitable[GetSessionsRepDto]],
        *args: Any,
        max_items: int | None = None,
        page_size: int | None = None,
        max_pages: int | None = None,
        **kwargs: Any,
    ) -> Paginator[ExtensionSessionForSearch, GetSessionsRepDto]: ...

    @overload
    def paginate(
        self,
        method: Callable[..., Awaitable[KeyholderSearchLocksRepDto]],
        *args: Any,
        max_items: int | None = None,
        page_size: int | None = None,
        max_pages: int | None = None,
        **kwargs: Any,
    ) -> Paginator[LockForKeyholder, KeyholderSearchLocksRepDto]: ...

    @overload
    def paginate(
        self,
        method: Callable[..., Awaitable[SearchLocksRepDto]],
        *args: Any,
        max_items: int | None = None,
        page_size: int | None = None,
        max_pages: int | None = None,
        **kwargs: Any,
    ) -> Paginator[LockForPublic, SearchLocksRepDto]: ...

    @overload
    def paginate(
        self,
        method: Callable[..., Awaitable[SearchPublicLockRepDto]],
        *args: Any,
        max_items: int | None = None,
        page_size: int | None = None,
        max_pages: int | None = None,
        **kwargs: Any,
    ) -> Paginator[PublicLockForSearch, SearchPublicLockRepDto]: ...

    @overload
    def paginate(
        self,
        method: Callable[..., Awaitable[SearchUsersRepDto]],
        *args: Any,
        max_items: int | None = None,
        page_size: int | None = None,
        max_pages: int | None = None,
        **kwargs: Any,
    ) -> Paginator[UserForPublic, SearchUsersRepDto]: ...

    def paginate(
        self,
        method: Callable[..., Awaitable[Any]],
        *args: Any,
        max_items: int | None = None,
        page_size: int | None = None,
        max_pages: int | None = None,
        **kwargs: Any,
    ) -> Paginator[Any, Any]:
        """Every item of a paginated operation, fetching pages as they are consumed.

        ``chaster.paginate(chaster.locks.get_lock_history, lock_id, body={"limit": 50})``: items
        and pages (``.pages()``) are typed after the method's own response model, and a method
        that does not paginate is a type error (at run time: NotPaginatedError). See
        :func:`chaster_async._pagination.paginate` for the arguments and errors.
        """
        return _paginate(
            method, *args, max_items=max_items, page_size=page_size, max_pages=max_pages, **kwargs
        )


class RawTagNamespaces:
    """``chaster.with_raw_response``: the same namespaces as the client, whose methods take the
    same arguments and return a ``RawResponse`` of what the plain method returns."""

    def __init__(self, transport: Transport) -> None:
        self._transport = transport

    def __repr__(self) -> str:
        return "<chaster.with_raw_response>"

    @cached_property
    def blocks(self) -> RawBlocksApi:
        """Operations tagged "blocks", returning raw responses."""
        from .api.blocks import RawBlocksApi

        return RawBlocksApi(self._transport)

    @cached_property
    def combinations(self) -> RawCombinationsApi:
        """Operations tagged "combinations", returning raw responses."""
        from .api.combinations import RawCombinationsApi

        return RawCombinationsApi(self._transport)

    @cached_property
    def community_events(self) -> RawCommunityEventsApi:
        """Operations tagged "community_events", returning raw responses."""
        from .api.community_events import RawCommunityEventsApi

        return RawCommunityEventsApi(self._transport)

    @cached_property
    def extensions(self) -> RawExtensionsApi:
        """Operations tagged "extensions", returning raw responses."""
        from .api.extensions import RawExtensionsApi

        return RawExtensionsApi(self._transport)

    @cached_property
    def extensions_penalties(self) -> RawExtensionsPenaltiesApi:
        """Operations tagged "extensions_penalties", returning raw responses."""
        from .api.extensions_penalties import RawExtensionsPenaltiesApi

        return RawExtensionsPenaltiesApi(self._transport)

    @cached_property
    def extensions_temporary_opening(self) -> RawExtensionsTemporaryOpeningApi:
        """Operations tagged "extensions_temporary_opening", returning raw responses."""
        from .api.extensions_temporary_opening import RawExtensionsTemporaryOpeningApi

        return RawExtensionsTemporaryOpeningApi(self._transport)

    @cached_property
    def extensions_verification_picture(self) -> RawExtensionsVerificationPictureApi:
        """Operations tagged "extensions_verification_picture", returning raw responses."""
        from .api.extensions_verification_picture import RawExtensionsVerificationPictureApi

        return RawExtensionsVerificationPictureApi(self._transport)

    @cached_property
    def files(self) -> RawFilesApi:
        """Operations tagged "files", returning raw responses."""
        from .api.files import RawFilesApi

        return RawFilesApi(self._transport)

    @cached_property
    def keyholder(self) -> RawKeyholderApi:
        """Operations tagged "keyholder", returning raw responses."""
        from .api.keyholder import RawKeyholderApi

        return RawKeyholderApi(self._transport)

    @cached_property
    def lock_creation(self) -> RawLockCreationApi:
        """Operations tagged "lock_creation", returning raw responses."""
        from .api.lock_creation import RawLockCreationApi

        return RawLockCreationApi(self._transport)

    @cached_property
    def locks(self) -> RawLocksApi:
        """Operations tagged "locks", returning raw responses."""
        from .api.locks import RawLocksApi

        return RawLocksApi(self._transport)

    @cached_property
    def messaging(self) -> RawMessagingApi:
        """Operations tagged "messaging", returning raw responses."""
        from .api.messaging import RawMessagingApi

        return RawMessagingApi(self._transport)

    @cached_property
    def partner_configurations(self) -> RawPartnerConfigurationsApi:
        """Operations tagged "partner_configurations", returning raw responses."""
        from .api.partner_configurations import RawPartnerConfigurationsApi

        return RawPartnerConfigurationsApi(self._transport)

    @cached_property
    def partner_extensions(self) -> RawPartnerExtensionsApi:
        """Operations tagged "partner_extensions", returning raw responses."""
        from .api.partner_extensions import RawPartnerExtensionsApi

        return RawPartnerExtensionsApi(self._transport)

    @cached_property
    def profile(self) -> RawProfileApi:
        """Operations tagged "profile", returning raw responses."""
        from .api.profile import RawProfileApi

        return RawProfileApi(self._transport)

    @cached_property
    def public_locks(self) -> RawPublicLocksApi:
        """Operations tagged "public_locks", returning raw responses."""
        from .api.public_locks import RawPublicLocksApi

        return RawPublicLocksApi(self._transport)

    @cached_property
    def reports(self) -> RawReportsApi:
        """Operations tagged "reports", returning raw responses."""
        from .api.reports import RawReportsApi

        return RawReportsApi(self._transport)

    @cached_property
    def session_offer(self) -> RawSessionOfferApi:
        """Operations tagged "session_offer", returning raw responses."""
        from .api.session_offer import RawSessionOfferApi

        return RawSessionOfferApi(self._transport)

    @cached_property
    def settings(self) -> RawSettingsApi:
        """Operations tagged "settings", returning raw responses."""
        from .api.settings import RawSettingsApi

        return RawSettingsApi(self._transport)

    @cached_property
    def shared_locks(self) -> RawSharedLocksApi:
        """Operations tagged "shared_locks", returning raw responses."""
        from .api.shared_locks import RawSharedLocksApi

        return RawSharedLocksApi(self._transport)

    @cached_property
    def users(self) -> RawUsersApi:
        """Operations tagged "users", returning raw responses."""
        from .api.users import RawUsersApi

        return RawUsersApi(self._transport)


TAGS: tuple[str, ...] = (
    "blocks",
    "combinations",
    "community_events",
    "extensions",
    "extensions_penalties",
    "extensions_temporary_opening",
    "extensions_verification_picture",
    "files",
    "keyholder",
    "lock_creation",
    "locks",
    "messaging",
    "partner_configurations",
    "partner_extensions",
    "profile",
    "public_locks",
    "reports",
    "session_offer",
    "settings",
    "shared_locks",
    "users",
)
