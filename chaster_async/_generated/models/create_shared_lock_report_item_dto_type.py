from chaster_async._model import OpenStrEnum


class CreateSharedLockReportItemDtoType(OpenStrEnum):
    """Values the spec lists; a value it does not list is kept (``is_unknown`` is then true)."""

    SHARED_LOCK = "shared_lock"

    def __str__(self) -> str:
        return str(self.value)
