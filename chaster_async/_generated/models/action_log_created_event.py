from chaster_async._model import OpenStrEnum


class ActionLogCreatedEvent(OpenStrEnum):
    """Values the spec lists; a value it does not list is kept (``is_unknown`` is then true)."""

    ACTION_LOG_CREATED = "action_log.created"

    def __str__(self) -> str:
        return str(self.value)
