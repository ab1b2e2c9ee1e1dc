from chaster_async._model import OpenStrEnum


class AddTimeLockActionModelName(OpenStrEnum):
    """Values the spec lists; a value it does not list is kept (``is_unknown`` is then true)."""

    ADD_TIME = "add_time"

    def __str__(self) -> str:
        return str(self.value)
