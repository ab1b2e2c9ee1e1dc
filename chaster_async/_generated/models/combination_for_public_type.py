from chaster_async._model import OpenStrEnum


class CombinationForPublicType(OpenStrEnum):
    """Values the spec lists; a value it does not list is kept (``is_unknown`` is then true)."""

    CODE = "code"
    IMAGE = "image"

    def __str__(self) -> str:
        return str(self.value)
