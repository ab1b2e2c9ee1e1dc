from chaster_async._model import OpenStrEnum


class SharedLockDurationModeEnum(OpenStrEnum):
    """Values the spec lists; a value it does not list is kept (``is_unknown`` is then true)."""

    DATE = "date"
    DURATION = "duration"

    def __str__(self) -> str:
        return str(self.value)
