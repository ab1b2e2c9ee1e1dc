from chaster_async._model import OpenStrEnum


class KeyholderSearchLocksDtoStatus(OpenStrEnum):
    """Values the spec lists; a value it does not list is kept (``is_unknown`` is then true)."""

    ARCHIVED = "archived"
    DESERTED = "deserted"
    LOCKED = "locked"
    UNLOCKED = "unlocked"

    def __str__(self) -> str:
        return str(self.value)
