from chaster_async._model import OpenStrEnum


class UnfreezeLockActionModelName(OpenStrEnum):
    """Values the spec lists; a value it does not list is kept (``is_unknown`` is then true)."""

    UNFREEZE = "unfreeze"

    def __str__(self) -> str:
        return str(self.value)
