from chaster_async._model import OpenStrEnum


class GetConversationsMessagingStatus(OpenStrEnum):
    """Values the spec lists; a value it does not list is kept (``is_unknown`` is then true)."""

    APPROVED = "approved"
    IGNORED = "ignored"
    PENDING = "pending"

    def __str__(self) -> str:
        return str(self.value)
