from chaster_async._model import OpenStrEnum


class PartnerConfigurationChildEventEnum(OpenStrEnum):
    """Values the spec lists; a value it does not list is kept (``is_unknown`` is then true)."""

    CAPABILITIES = "capabilities"
    SAVE_FAILED = "save_failed"
    SAVE_LOADING = "save_loading"
    SAVE_SUCCESS = "save_success"

    def __str__(self) -> str:
        return str(self.value)
