from chaster_async._model import OpenStrEnum


class CreateConversationDtoType(OpenStrEnum):
    """Values the spec lists; a value it does not list is kept (``is_unknown`` is then true)."""

    GROUP = "group"
    PRIVATE = "private"

    def __str__(self) -> str:
        return str(self.value)
