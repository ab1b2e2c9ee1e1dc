from chaster_async._model import OpenStrEnum


class CreateReportDtoReason(OpenStrEnum):
    """Values the spec lists; a value it does not list is kept (``is_unknown`` is then true)."""

    HARASSMENT = "harassment"
    HATE_SPEECH = "hate_speech"
    INAPPROPRIATE_CONTENT = "inappropriate_content"
    OTHER = "other"
    SUICIDE_SELF_INJURY = "suicide_self_injury"
    UNAUTHORIZED_FINANCIAL_ACTIVITY = "unauthorized_financial_activity"
    UNSOLICITED_CONTENT = "unsolicited_content"

    def __str__(self) -> str:
        return str(self.value)
