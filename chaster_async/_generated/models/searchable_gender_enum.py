from chaster_async._model import OpenStrEnum


class SearchableGenderEnum(OpenStrEnum):
    """Values the spec lists; a value it does not list is kept (``is_unknown`` is then true)."""

    AGENDER = "Agender"
    BIGENDER = "Bigender"
    FEMALE = "Female"
    GENDERFLUID = "Genderfluid"
    GENDERQUEER = "Genderqueer"
    MALE = "Male"
    NON_BINARY = "Non-binary"
    PANGENDER = "Pangender"
    TWO_SPIRIT = "Two-spirit"

    def __str__(self) -> str:
        return str(self.value)
