from chaster_async._model import OpenStrEnum


class PunishableActionModelType(OpenStrEnum):
    """Values the spec lists; a value it does not list is kept (``is_unknown`` is then true)."""

    RECURRING = "recurring"
    TIME_LIMIT = "time_limit"

    def __str__(self) -> str:
        return str(self.value)
