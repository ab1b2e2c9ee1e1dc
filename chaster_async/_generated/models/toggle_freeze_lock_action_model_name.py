from chaster_async._model import OpenStrEnum


class ToggleFreezeLockActionModelName(OpenStrEnum):
    """Values the spec lists; a value it does not list is kept (``is_unknown`` is then true)."""

    TOGGLE_FREEZE = "toggle_freeze"

    def __str__(self) -> str:
        return str(self.value)
