from chaster_async._model import OpenStrEnum


class FeatureSwitchEnum(OpenStrEnum):
    """Values the spec lists; a value it does not list is kept (``is_unknown`` is then true)."""

    ADVANCED_PENALTIES = "advanced_penalties"
    AGE_VERIFICATION = "age_verification"
    AUTOMOD_SYSTEM = "automod_system"
    BLOCK_REGISTRATION_WITH_DISPOSABLE_EMAIL = "block_registration_with_disposable_email"
    BLOCK_REGISTRATION_WITH_VPN = "block_registration_with_vpn"
    BLOCK_USERS = "block_users"
    DISCORD_NOTIFICATIONS = "discord_notifications"
    DUMMY_1 = "dummy_1"
    DUMMY_2 = "dummy_2"
    DUMMY_3 = "dummy_3"
    OTHER = "other"
    PARTNER_EXTENSIONS = "partner_extensions"
    PUSH_NOTIFICATIONS = "push_notifications"
    SPAM_DETECTOR = "spam_detector"
    SPAM_DETECTOR_DASHBOARD = "spam_detector_dashboard"
    TAGS_FOR_SHARED_LOCKS = "tags_for_shared_locks"

    def __str__(self) -> str:
        return str(self.value)
