from chaster_async._model import OpenStrEnum


class RegularityRuleIntervalTypeEnum(OpenStrEnum):
    """Values the spec lists; a value it does not list is kept (``is_unknown`` is then true)."""

    DAY = "day"
    HOUR = "hour"

    def __str__(self) -> str:
        return str(self.value)
