from chaster_async._model import OpenStrEnum


class ExtensionModeEnum(OpenStrEnum):
    """Values the spec lists; a value it does not list is kept (``is_unknown`` is then true)."""

    CUMULATIVE = "cumulative"
    NON_CUMULATIVE = "non_cumulative"
    TURN = "turn"
    UNLIMITED = "unlimited"

    def __str__(self) -> str:
        return str(self.value)
