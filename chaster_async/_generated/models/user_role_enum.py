from chaster_async._model import OpenStrEnum


class UserRoleEnum(OpenStrEnum):
    """Values the spec lists; a value it does not list is kept (``is_unknown`` is then true)."""

    KEYHOLDER = "keyholder"
    SWITCH = "switch"
    UNSPECIFIED = "unspecified"
    WEARER = "wearer"

    def __str__(self) -> str:
        return str(self.value)
