from chaster_async._model import OpenStrEnum


class ExtensionSessionCreatedEvent(OpenStrEnum):
    """Values the spec lists; a value it does not list is kept (``is_unknown`` is then true)."""

    EXTENSION_SESSION_CREATED = "extension_session.created"

    def __str__(self) -> str:
        return str(self.value)
