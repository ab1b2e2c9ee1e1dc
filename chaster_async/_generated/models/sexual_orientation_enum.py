from chaster_async._model import OpenStrEnum


class SexualOrientationEnum(OpenStrEnum):
    """Values the spec lists; a value it does not list is kept (``is_unknown`` is then true)."""

    ANDROSEXUAL = "Androsexual"
    AROMANTIC = "Aromantic"
    ASEXUAL = "Asexual"
    BISEXUAL = "Bisexual"
    DEMISEXUAL = "Demisexual"
    GAY = "Gay"
    GYNESEXUAL = "Gynesexual"
    LESBIAN = "Lesbian"
    PANSEXUAL = "Pansexual"
    POLYSEXUAL = "Polysexual"
    QUEER = "Queer"
    SKOLIOSEXUAL = "Skoliosexual"
    STRAIGHT = "Straight"
    UNSPECIFIED = "Unspecified"

    def __str__(self) -> str:
        return str(self.value)
