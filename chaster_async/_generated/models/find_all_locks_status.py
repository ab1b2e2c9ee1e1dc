from chaster_async._model import OpenStrEnum


class FindAllLocksStatus(OpenStrEnum):
    """Values the spec lists; a value it does not list is kept (``is_unknown`` is then true)."""

    ACTIVE = "active"
    ALL = "all"
    ARCHIVED = "archived"

    def __str__(self) -> str:
        return str(self.value)
