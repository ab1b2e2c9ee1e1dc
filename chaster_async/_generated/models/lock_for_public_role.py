from chaster_async._model import OpenStrEnum


class LockForPublicRole(OpenStrEnum):
    """Values the spec lists; a value it does not list is kept (``is_unknown`` is then true)."""

    KEYHOLDER = "keyholder"
    VISITOR = "visitor"
    WEARER = "wearer"

    def __str__(self) -> str:
        return str(self.value)
