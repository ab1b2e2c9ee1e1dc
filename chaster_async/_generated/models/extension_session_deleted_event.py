from chaster_async._model import OpenStrEnum


class ExtensionSessionDeletedEvent(OpenStrEnum):
    """Values the spec lists; a value it does not list is kept (``is_unknown`` is then true)."""

    EXTENSION_SESSION_DELETED = "extension_session.deleted"

    def __str__(self) -> str:
        return str(self.value)
