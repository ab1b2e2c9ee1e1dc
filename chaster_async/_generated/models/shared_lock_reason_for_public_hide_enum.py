from chaster_async._model import OpenStrEnum


class SharedLockReasonForPublicHideEnum(OpenStrEnum):
    """Values the spec lists; a value it does not list is kept (``is_unknown`` is then true)."""

    OTHER = "other"
    USER_NOT_FINDOM = "user_not_findom"

    def __str__(self) -> str:
        return str(self.value)
