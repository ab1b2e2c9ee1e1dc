from chaster_async._model import OpenStrEnum


class PenaltyPeriodStatusEnum(OpenStrEnum):
    """Values the spec lists; a value it does not list is kept (``is_unknown`` is then true)."""

    CANCELLED = "cancelled"
    ONGOING = "ongoing"
    PUNISHED = "punished"
    VALIDATED = "validated"

    def __str__(self) -> str:
        return str(self.value)
