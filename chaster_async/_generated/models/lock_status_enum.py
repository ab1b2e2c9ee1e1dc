from chaster_async._model import OpenStrEnum


class LockStatusEnum(OpenStrEnum):
    """Values the spec lists; a value it does not list is kept (``is_unknown`` is then true)."""

    DESERTED = "deserted"
    LOCKED = "locked"
    UNLOCKED = "unlocked"

    def __str__(self) -> str:
        return str(self.value)
