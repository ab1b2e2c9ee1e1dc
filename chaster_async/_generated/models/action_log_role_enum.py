from chaster_async._model import OpenStrEnum


class ActionLogRoleEnum(OpenStrEnum):
    """Values the spec lists; a value it does not list is kept (``is_unknown`` is then true)."""

    ADMIN = "admin"
    EXTENSION = "extension"
    KEYHOLDER = "keyholder"
    USER = "user"

    def __str__(self) -> str:
        return str(self.value)
