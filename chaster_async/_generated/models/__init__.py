"""Every schema of the spec as an attrs model; modules load on first use (PEP 562)."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .action_log_created import ActionLogCreated
    from .action_log_created_data import ActionLogCreatedData
    from .action_log_created_event import ActionLogCreatedEvent
    from .action_log_for_public import ActionLogForPublic
    from .action_log_for_public_payload import ActionLogForPublicPayload
    from .action_log_for_public_role import ActionLogForPublicRole
    from .action_log_role_enum import ActionLogRoleEnum
    from .action_type import ActionType
    from .add_time_lock_action_model import AddTimeLockActionModel
    from .add_time_lock_action_model_name import AddTimeLockActionModelName
    from .age_criteria_data import AgeCriteriaData
    from .app_file_for_public import AppFileForPublic
    from .app_settings_dto import AppSettingsDto
    from .block_interaction import BlockInteraction
    from .block_user_dto import BlockUserDto
    from .chastikey_stats_for_public import ChastikeyStatsForPublic
    from .combination_for_public import CombinationForPublic
    from .combination_for_public_check_status import CombinationForPublicCheckStatus
    from .combination_for_public_type import CombinationForPublicType
    from .community_event_action import CommunityEventAction
    from .community_event_category import CommunityEventCategory
    from .community_event_settings import CommunityEventSettings
    from .community_event_tier import CommunityEventTier
    from .conversation_for_public import ConversationForPublic
    from .conversation_for_public_status import ConversationForPublicStatus
    from .conversation_for_public_type import ConversationForPublicType
    from .country import Country
    from .country_for_search_users import CountryForSearchUsers
    from .create_code_dto import CreateCodeDto
    from .create_code_rep_dto import CreateCodeRepDto
    from .create_conversation_dto import CreateConversationDto
    from .create_conversation_dto_type import CreateConversationDtoType
    from .create_lock_dto import CreateLockDto
    from .create_lock_from_shared_lock_dto import CreateLockFromSharedLockDto
    from .create_message_report_item_dto import CreateMessageReportItemDto
    from .create_message_report_item_dto_type import CreateMessageReportItemDtoType
    from .create_offer_request_dto import CreateOfferRequestDto
    from .create_partner_configuration_dto import CreatePartnerConfigurationDto
    from .create_partner_configuration_rep_dto import CreatePartnerConfigurationRepDto
    from .create_partner_extension_dto import CreatePartnerExtensionDto
    from .create_post_report_item_dto import CreatePostReportItemDto
    from .create_post_report_item_dto_type import CreatePostReportItemDtoType
    from .create_report_dto import CreateReportDto
    from .create_report_dto_reason import CreateReportDtoReason
    from .create_shared_lock_partner_configuration_rep_dto import CreateSharedLockPartnerConfigurationRepDto
    from .create_shared_lock_rep_dto import CreateSharedLockRepDto
    from .create_shared_lock_report_item_dto import CreateSharedLockReportItemDto
    from .create_shared_lock_report_item_dto_type import CreateSharedLockReportItemDtoType
    from .create_update_shared_lock_dto import CreateUpdateSharedLockDto
    from .create_user_report_item_dto import CreateUserReportItemDto
    from .create_user_report_item_dto_type import CreateUserReportItemDtoType
    from .current_user import CurrentUser
    from .current_user_for_profile_settings import CurrentUserForProfileSettings
    from .deprecated_find_all_shared_locks_status import DeprecatedFindAllSharedLocksStatus
    from .duration_criteria_data import DurationCriteriaData
    from .edit_lock_extensions_dto import EditLockExtensionsDto
    from .explore_category_for_admin import ExploreCategoryForAdmin
    from .extension_action_dice_rep_dto import ExtensionActionDiceRepDto
    from .extension_action_duration_rep_dto import ExtensionActionDurationRepDto
    from .extension_action_guess_timer_rep_dto import ExtensionActionGuessTimerRepDto
    from .extension_action_link_rep_dto import ExtensionActionLinkRepDto
    from .extension_action_other_rep_dto import ExtensionActionOtherRepDto
    from .extension_action_pillory_status_rep_dto import ExtensionActionPilloryStatusRepDto
    from .extension_action_pillory_vote import ExtensionActionPilloryVote
    from .extension_action_share_link_info_rep_dto import ExtensionActionShareLinkInfoRepDto
    from .extension_action_wheel_of_fortune_action import ExtensionActionWheelOfFortuneAction
    from .extension_action_wheel_of_fortune_rep_dto import ExtensionActionWheelOfFortuneRepDto
    from .extension_action_wheel_of_fortune_segment import ExtensionActionWheelOfFortuneSegment
    from .extension_config_for_public import ExtensionConfigForPublic
    from .extension_config_for_public_config import ExtensionConfigForPublicConfig
    from .extension_criteria_data import ExtensionCriteriaData
    from .extension_for_public import ExtensionForPublic
    from .extension_for_public_default_config import ExtensionForPublicDefaultConfig
    from .extension_home_action import ExtensionHomeAction
    from .extension_home_action_with_party_id import ExtensionHomeActionWithPartyId
    from .extension_mode_enum import ExtensionModeEnum
    from .extension_owner_for_public import ExtensionOwnerForPublic
    from .extension_party_for_public import ExtensionPartyForPublic
    from .extension_party_for_public_config import ExtensionPartyForPublicConfig
    from .extension_party_for_public_mode import ExtensionPartyForPublicMode
    from .extension_party_for_public_user_data import ExtensionPartyForPublicUserData
    from .extension_session_created import ExtensionSessionCreated
    from .extension_session_created_data import ExtensionSessionCreatedData
    from .extension_session_created_data_session import ExtensionSessionCreatedDataSession
    from .extension_session_created_event import ExtensionSessionCreatedEvent
    from .extension_session_created_extension import ExtensionSessionCreatedExtension
    from .extension_session_deleted import ExtensionSessionDeleted
    from .extension_session_deleted_data import ExtensionSessionDeletedData
    from .extension_session_deleted_event import ExtensionSessionDeletedEvent
    from .extension_session_deleted_extension import ExtensionSessionDeletedExtension
    from .extension_session_for_partner import ExtensionSessionForPartner
    from .extension_session_for_partner_config import ExtensionSessionForPartnerConfig
    from .extension_session_for_partner_data import ExtensionSessionForPartnerData
    from .extension_session_for_partner_mode import ExtensionSessionForPartnerMode
    from .extension_session_for_partner_user_data import ExtensionSessionForPartnerUserData
    from .extension_session_for_search import ExtensionSessionForSearch
    from .extension_session_for_search_config import ExtensionSessionForSearchConfig
    from .extension_session_for_search_data import ExtensionSessionForSearchData
    from .extension_session_for_search_mode import ExtensionSessionForSearchMode
    from .extension_session_for_search_user_data import ExtensionSessionForSearchUserData
    from .extension_session_updated import ExtensionSessionUpdated
    from .extension_session_updated_data import ExtensionSessionUpdatedData
    from .extension_session_updated_event import ExtensionSessionUpdatedEvent
    from .extension_session_updated_extension import ExtensionSessionUpdatedExtension
    from .feature_switch_enum import FeatureSwitchEnum
    from .find_all_locks_status import FindAllLocksStatus
    from .find_all_shared_locks_status import FindAllSharedLocksStatus
    from .find_blocks_rep_dto import FindBlocksRepDto
    from .find_suggested_tag_dto import FindSuggestedTagDto
    from .freeze_lock_action_model import FreezeLockActionModel
    from .freeze_lock_action_model_name import FreezeLockActionModelName
    from .gender_enum import GenderEnum
    from .get_conversations_messaging_status import GetConversationsMessagingStatus
    from .get_conversations_rep_dto import GetConversationsRepDto
    from .get_favorite_shared_locks_dto import GetFavoriteSharedLocksDto
    from .get_favorite_shared_locks_rep_dto import GetFavoriteSharedLocksRepDto
    from .get_file_from_key_rep_dto import GetFileFromKeyRepDto
    from .get_history_rep_dto import GetHistoryRepDto
    from .get_lock_history_dto import GetLockHistoryDto
    from .get_lock_info_from_extension_rep_dto import GetLockInfoFromExtensionRepDto
    from .get_lock_info_from_extension_rep_dto_extension import GetLockInfoFromExtensionRepDtoExtension
    from .get_messages_rep_dto import GetMessagesRepDto
    from .get_partner_logs_dto import GetPartnerLogsDto
    from .get_partner_session_rep_dto import GetPartnerSessionRepDto
    from .get_penalties_response_200_item import GetPenaltiesResponse200Item
    from .get_period_details_dto import GetPeriodDetailsDto
    from .get_period_details_rep_dto import GetPeriodDetailsRepDto
    from .get_period_details_rep_dto_actions import GetPeriodDetailsRepDtoActions
    from .get_period_details_rep_dto_categories import GetPeriodDetailsRepDtoCategories
    from .get_regular_actions_rep_dto import GetRegularActionsRepDto
    from .get_regular_actions_rep_dto_mode import GetRegularActionsRepDtoMode
    from .get_sessions_dto import GetSessionsDto
    from .get_sessions_dto_status import GetSessionsDtoStatus
    from .get_sessions_rep_dto import GetSessionsRepDto
    from .get_user_achievements_response_dto import GetUserAchievementsResponseDto
    from .global_config import GlobalConfig
    from .habit_for_public import HabitForPublic
    from .habit_for_public_extension import HabitForPublicExtension
    from .ignored_users_rep_dto import IgnoredUsersRepDto
    from .increase_max_limit_date_dto import IncreaseMaxLimitDateDto
    from .is_favorite_shared_lock_rep_dto import IsFavoriteSharedLockRepDto
    from .is_findom_criteria_data import IsFindomCriteriaData
    from .keycloak_global_config import KeycloakGlobalConfig
    from .keyholder_search_locks_criteria import KeyholderSearchLocksCriteria
    from .keyholder_search_locks_dto import KeyholderSearchLocksDto
    from .keyholder_search_locks_dto_status import KeyholderSearchLocksDtoStatus
    from .keyholder_search_locks_rep_dto import KeyholderSearchLocksRepDto
    from .keyholder_unavailable_enum import KeyholderUnavailableEnum
    from .last_message_for_public import LastMessageForPublic
    from .location_criteria_data import LocationCriteriaData
    from .lock_action import LockAction
    from .lock_created_rep_dto import LockCreatedRepDto
    from .lock_extension_config_dto import LockExtensionConfigDto
    from .lock_extension_config_dto_config import LockExtensionConfigDtoConfig
    from .lock_extension_config_dto_mode import LockExtensionConfigDtoMode
    from .lock_for_keyholder import LockForKeyholder
    from .lock_for_keyholder_role import LockForKeyholderRole
    from .lock_for_public import LockForPublic
    from .lock_for_public_role import LockForPublicRole
    from .lock_role_enum import LockRoleEnum
    from .lock_status_enum import LockStatusEnum
    from .message_for_public import MessageForPublic
    from .message_for_public_type import MessageForPublicType
    from .partner_configuration_child_capabilities_event import PartnerConfigurationChildCapabilitiesEvent
    from .partner_configuration_child_capabilities_features import (
        PartnerConfigurationChildCapabilitiesFeatures,
    )
    from .partner_configuration_child_event_enum import PartnerConfigurationChildEventEnum
    from .partner_configuration_child_events import PartnerConfigurationChildEvents
    from .partner_configuration_for_public import PartnerConfigurationForPublic
    from .partner_configuration_for_public_config import PartnerConfigurationForPublicConfig
    from .partner_configuration_role_enum import PartnerConfigurationRoleEnum
    from .partner_custom_log_action_dto import PartnerCustomLogActionDto
    from .partner_custom_log_action_dto_icon import PartnerCustomLogActionDtoIcon
    from .partner_do_action_dto import PartnerDoActionDto
    from .partner_extension_for_dashboard import PartnerExtensionForDashboard
    from .partner_extension_for_dashboard_default_config import PartnerExtensionForDashboardDefaultConfig
    from .partner_extension_for_dashboard_default_data import PartnerExtensionForDashboardDefaultData
    from .partner_extension_for_dashboard_icon import PartnerExtensionForDashboardIcon
    from .partner_get_session_auth_rep_dto import PartnerGetSessionAuthRepDto
    from .partner_metadata import PartnerMetadata
    from .partner_set_metadata_dto import PartnerSetMetadataDto
    from .partner_user_role_enum import PartnerUserRoleEnum
    from .patch_extension_session_dto import PatchExtensionSessionDto
    from .patch_extension_session_dto_config import PatchExtensionSessionDtoConfig
    from .patch_extension_session_dto_data import PatchExtensionSessionDtoData
    from .peer_verification_status_enum import PeerVerificationStatusEnum
    from .peer_verification_vote_status import PeerVerificationVoteStatus
    from .penalty_period_for_public import PenaltyPeriodForPublic
    from .penalty_period_status_enum import PenaltyPeriodStatusEnum
    from .penalty_session_for_public import PenaltySessionForPublic
    from .pillory_lock_action_model import PilloryLockActionModel
    from .pillory_lock_action_model_name import PilloryLockActionModelName
    from .pillory_lock_action_params_model import PilloryLockActionParamsModel
    from .profile_rep_dto import ProfileRepDto
    from .public_lock_for_profile_page import PublicLockForProfilePage
    from .public_lock_for_public import PublicLockForPublic
    from .public_lock_for_search import PublicLockForSearch
    from .public_lock_join_rules import PublicLockJoinRules
    from .public_lock_search_form import PublicLockSearchForm
    from .punishable_action_model import PunishableActionModel
    from .punishable_action_model_type import PunishableActionModelType
    from .reason_preventing_unlocking import ReasonPreventingUnlocking
    from .recurring_penalty_item_params import RecurringPenaltyItemParams
    from .recurring_penalty_item_params_frequency import RecurringPenaltyItemParamsFrequency
    from .region import Region
    from .region_for_search_users import RegionForSearchUsers
    from .regular_action_for_partner import RegularActionForPartner
    from .regular_action_for_partner_payload_type_0 import RegularActionForPartnerPayloadType0
    from .regularity_rule import RegularityRule
    from .regularity_rule_interval_type_enum import RegularityRuleIntervalTypeEnum
    from .remove_time_lock_action_model import RemoveTimeLockActionModel
    from .remove_time_lock_action_model_name import RemoveTimeLockActionModelName
    from .role_criteria_data import RoleCriteriaData
    from .search_locks_dto import SearchLocksDto
    from .search_locks_rep_dto import SearchLocksRepDto
    from .search_public_lock_criteria import SearchPublicLockCriteria
    from .search_public_lock_dto import SearchPublicLockDto
    from .search_public_lock_rep_dto import SearchPublicLockRepDto
    from .search_user_username_dto import SearchUserUsernameDto
    from .search_users_criteria import SearchUsersCriteria
    from .search_users_dto import SearchUsersDto
    from .search_users_rep_dto import SearchUsersRepDto
    from .searchable_gender_enum import SearchableGenderEnum
    from .session_offer_request_for_keyholder import SessionOfferRequestForKeyholder
    from .session_offer_request_for_keyholder_status import SessionOfferRequestForKeyholderStatus
    from .session_offer_request_for_public import SessionOfferRequestForPublic
    from .session_offer_request_for_public_status import SessionOfferRequestForPublicStatus
    from .set_conversation_status_dto import SetConversationStatusDto
    from .set_conversation_status_dto_status import SetConversationStatusDtoStatus
    from .set_conversation_unread_dto import SetConversationUnreadDto
    from .set_freeze_dto import SetFreezeDto
    from .set_lock_settings_dto import SetLockSettingsDto
    from .set_session_data_dto import SetSessionDataDto
    from .set_session_data_dto_data import SetSessionDataDtoData
    from .sexual_orientation_enum import SexualOrientationEnum
    from .shared_lock_duration_mode_enum import SharedLockDurationModeEnum
    from .shared_lock_for_public import SharedLockForPublic
    from .shared_lock_reason_for_public_hide_enum import SharedLockReasonForPublicHideEnum
    from .shared_lock_tag_for_public import SharedLockTagForPublic
    from .shared_locks_criteria_data import SharedLocksCriteriaData
    from .submit_regular_action_dto import SubmitRegularActionDto
    from .submit_regular_action_dto_payload import SubmitRegularActionDtoPayload
    from .submit_regular_action_error_dto import SubmitRegularActionErrorDto
    from .submit_regular_action_error_dto_mode import SubmitRegularActionErrorDtoMode
    from .temporary_opening_set_combination_dto import TemporaryOpeningSetCombinationDto
    from .time_limit_penalty_item_params import TimeLimitPenaltyItemParams
    from .toggle_freeze_lock_action_model import ToggleFreezeLockActionModel
    from .toggle_freeze_lock_action_model_name import ToggleFreezeLockActionModelName
    from .trigger_extension_action_dto import TriggerExtensionActionDto
    from .trigger_extension_action_dto_payload import TriggerExtensionActionDtoPayload
    from .unblock_user_dto import UnblockUserDto
    from .unfreeze_lock_action_model import UnfreezeLockActionModel
    from .unfreeze_lock_action_model_name import UnfreezeLockActionModelName
    from .unsplash_photo import UnsplashPhoto
    from .update_conversation_dto import UpdateConversationDto
    from .update_partner_configuration_dto import UpdatePartnerConfigurationDto
    from .update_partner_configuration_dto_config import UpdatePartnerConfigurationDtoConfig
    from .update_partner_extension_dto import UpdatePartnerExtensionDto
    from .update_partner_extension_dto_default_config import UpdatePartnerExtensionDtoDefaultConfig
    from .update_partner_extension_dto_default_data import UpdatePartnerExtensionDtoDefaultData
    from .update_time_dto import UpdateTimeDto
    from .upload_files_body import UploadFilesBody
    from .upload_files_rep_dto import UploadFilesRepDto
    from .upload_image_body import UploadImageBody
    from .user_badge_count import UserBadgeCount
    from .user_for_block import UserForBlock
    from .user_for_ignored_conversation import UserForIgnoredConversation
    from .user_for_public import UserForPublic
    from .user_metadata import UserMetadata
    from .user_private_metadata_for_public import UserPrivateMetadataForPublic
    from .user_role_enum import UserRoleEnum
    from .user_search_form import UserSearchForm
    from .user_search_form_location import UserSearchFormLocation
    from .user_settings import UserSettings
    from .user_stats_for_public import UserStatsForPublic
    from .validate_offer_request_dto import ValidateOfferRequestDto
    from .verification_picture_history_entry import VerificationPictureHistoryEntry
    from .verification_picture_item import VerificationPictureItem
    from .webhook_event_for_public import WebhookEventForPublic

_MODULES: dict[str, str] = {
    "ActionLogCreated": ".action_log_created",
    "ActionLogCreatedData": ".action_log_created_data",
    "ActionLogCreatedEvent": ".action_log_created_event",
    "ActionLogForPublic": ".action_log_for_public",
    "ActionLogForPublicPayload": ".action_log_for_public_payload",
    "ActionLogForPublicRole": ".action_log_for_public_role",
    "ActionLogRoleEnum": ".action_log_role_enum",
    "ActionType": ".action_type",
    "AddTimeLockActionModel": ".add_time_lock_action_model",
    "AddTimeLockActionModelName": ".add_time_lock_action_model_name",
    "AgeCriteriaData": ".age_criteria_data",
    "AppFileForPublic": ".app_file_for_public",
    "AppSettingsDto": ".app_settings_dto",
    "BlockInteraction": ".block_interaction",
    "BlockUserDto": ".block_user_dto",
    "ChastikeyStatsForPublic": ".chastikey_stats_for_public",
    "CombinationForPublic": ".combination_for_public",
    "CombinationForPublicCheckStatus": ".combination_for_public_check_status",
    "CombinationForPublicType": ".combination_for_public_type",
    "CommunityEventAction": ".community_event_action",
    "CommunityEventCategory": ".community_event_category",
    "CommunityEventSettings": ".community_event_settings",
    "CommunityEventTier": ".community_event_tier",
    "ConversationForPublic": ".conversation_for_public",
    "ConversationForPublicStatus": ".conversation_for_public_status",
    "ConversationForPublicType": ".conversation_for_public_type",
    "Country": ".country",
    "CountryForSearchUsers": ".country_for_search_users",
    "CreateCodeDto": ".create_code_dto",
    "CreateCodeRepDto": ".create_code_rep_dto",
    "CreateConversationDto": ".create_conversation_dto",
    "CreateConversationDtoType": ".create_conversation_dto_type",
    "CreateLockDto": ".create_lock_dto",
    "CreateLockFromSharedLockDto": ".create_lock_from_shared_lock_dto",
    "CreateMessageReportItemDto": ".create_message_report_item_dto",
    "CreateMessageReportItemDtoType": ".create_message_report_item_dto_type",
    "CreateOfferRequestDto": ".create_offer_request_dto",
    "CreatePartnerConfigurationDto": ".create_partner_configuration_dto",
    "CreatePartnerConfigurationRepDto": ".create_partner_configuration_rep_dto",
    "CreatePartnerExtensionDto": ".create_partner_extension_dto",
    "CreatePostReportItemDto": ".create_post_report_item_dto",
    "CreatePostReportItemDtoType": ".create_post_report_item_dto_type",
    "CreateReportDto": ".create_report_dto",
    "CreateReportDtoReason": ".create_report_dto_reason",
    "CreateSharedLockPartnerConfigurationRepDto": ".create_shared_lock_partner_configuration_rep_dto",
    "CreateSharedLockRepDto": ".create_shared_lock_rep_dto",
    "CreateSharedLockReportItemDto": ".create_shared_lock_report_item_dto",
    "CreateSharedLockReportItemDtoType": ".create_shared_lock_report_item_dto_type",
    "CreateUpdateSharedLockDto": ".create_update_shared_lock_dto",
    "CreateUserReportItemDto": ".create_user_report_item_dto",
    "CreateUserReportItemDtoType": ".create_user_report_item_dto_type",
    "CurrentUser": ".current_user",
    "CurrentUserForProfileSettings": ".current_user_for_profile_settings",
    "DeprecatedFindAllSharedLocksStatus": ".deprecated_find_all_shared_locks_status",
    "DurationCriteriaData": ".duration_criteria_data",
    "EditLockExtensionsDto": ".edit_lock_extensions_dto",
    "ExploreCategoryForAdmin": ".explore_category_for_admin",
    "ExtensionActionDiceRepDto": ".extension_action_dice_rep_dto",
    "ExtensionActionDurationRepDto": ".extension_action_duration_rep_dto",
    "ExtensionActionGuessTimerRepDto": ".extension_action_guess_timer_rep_dto",
    "ExtensionActionLinkRepDto": ".extension_action_link_rep_dto",
    "ExtensionActionOtherRepDto": ".extension_action_other_rep_dto",
    "ExtensionActionPilloryStatusRepDto": ".extension_action_pillory_status_rep_dto",
    "ExtensionActionPilloryVote": ".extension_action_pillory_vote",
    "ExtensionActionShareLinkInfoRepDto": ".extension_action_share_link_info_rep_dto",
    "ExtensionActionWheelOfFortuneAction": ".extension_action_wheel_of_fortune_action",
    "ExtensionActionWheelOfFortuneRepDto": ".extension_action_wheel_of_fortune_rep_dto",
    "ExtensionActionWheelOfFortuneSegment": ".extension_action_wheel_of_fortune_segment",
    "ExtensionConfigForPublic": ".extension_config_for_public",
    "ExtensionConfigForPublicConfig": ".extension_config_for_public_config",
    "ExtensionCriteriaData": ".extension_criteria_data",
    "ExtensionForPublic": ".extension_for_public",
    "ExtensionForPublicDefaultConfig": ".extension_for_public_default_config",
    "ExtensionHomeAction": ".extension_home_action",
    "ExtensionHomeActionWithPartyId": ".extension_home_action_with_party_id",
    "ExtensionModeEnum": ".extension_mode_enum",
    "ExtensionOwnerForPublic": ".extension_owner_for_public",
    "ExtensionPartyForPublic": ".extension_party_for_public",
    "ExtensionPartyForPublicConfig": ".extension_party_for_public_config",
    "ExtensionPartyForPublicMode": ".extension_party_for_public_mode",
    "ExtensionPartyForPublicUserData": ".extension_party_for_public_user_data",
    "ExtensionSessionCreated": ".extension_session_created",
    "ExtensionSessionCreatedData": ".extension_session_created_data",
    "ExtensionSessionCreatedDataSession": ".extension_session_created_data_session",
    "ExtensionSessionCreatedEvent": ".extension_session_created_event",
    "ExtensionSessionCreatedExtension": ".extension_session_created_extension",
    "ExtensionSessionDeleted": ".extension_session_deleted",
    "ExtensionSessionDeletedData": ".extension_session_deleted_data",
    "ExtensionSessionDeletedEvent": ".extension_session_deleted_event",
    "ExtensionSessionDeletedExtension": ".extension_session_deleted_extension",
    "ExtensionSessionForPartner": ".extension_session_for_partner",
    "ExtensionSessionForPartnerConfig": ".extension_session_for_partner_config",
    "ExtensionSessionForPartnerData": ".extension_session_for_partner_data",
    "ExtensionSessionForPartnerMode": ".extension_session_for_partner_mode",
    "ExtensionSessionForPartnerUserData": ".extension_session_for_partner_user_data",
    "ExtensionSessionForSearch": ".extension_session_for_search",
    "ExtensionSessionForSearchConfig": ".extension_session_for_search_config",
    "ExtensionSessionForSearchData": ".extension_session_for_search_data",
    "ExtensionSessionForSearchMode": ".extension_session_for_search_mode",
    "ExtensionSessionForSearchUserData": ".extension_session_for_search_user_data",
    "ExtensionSessionUpdated": ".extension_session_updated",
    "ExtensionSessionUpdatedData": ".extension_session_updated_data",
    "ExtensionSessionUpdatedEvent": ".extension_session_updated_event",
    "ExtensionSessionUpdatedExtension": ".extension_session_updated_extension",
    "FeatureSwitchEnum": ".feature_switch_enum",
    "FindAllLocksStatus": ".find_all_locks_status",
    "FindAllSharedLocksStatus": ".find_all_shared_locks_status",
    "FindBlocksRepDto": ".find_blocks_rep_dto",
    "FindSuggestedTagDto": ".find_suggested_tag_dto",
    "FreezeLockActionModel": ".freeze_lock_action_model",
    "FreezeLockActionModelName": ".freeze_lock_action_model_name",
    "GenderEnum": ".gender_enum",
    "GetConversationsMessagingStatus": ".get_conversations_messaging_status",
    "GetConversationsRepDto": ".get_conversations_rep_dto",
    "GetFavoriteSharedLocksDto": ".get_favorite_shared_locks_dto",
    "GetFavoriteSharedLocksRepDto": ".get_favorite_shared_locks_rep_dto",
    "GetFileFromKeyRepDto": ".get_file_from_key_rep_dto",
    "GetHistoryRepDto": ".get_history_rep_dto",
    "GetLockHistoryDto": ".get_lock_history_dto",
    "GetLockInfoFromExtensionRepDto": ".get_lock_info_from_extension_rep_dto",
    "GetLockInfoFromExtensionRepDtoExtension": ".get_lock_info_from_extension_rep_dto_extension",
    "GetMessagesRepDto": ".get_messages_rep_dto",
    "GetPartnerLogsDto": ".get_partner_logs_dto",
    "GetPartnerSessionRepDto": ".get_partner_session_rep_dto",
    "GetPenaltiesResponse200Item": ".get_penalties_response_200_item",
    "GetPeriodDetailsDto": ".get_period_details_dto",
    "GetPeriodDetailsRepDto": ".get_period_details_rep_dto",
    "GetPeriodDetailsRepDtoActions": ".get_period_details_rep_dto_actions",
    "GetPeriodDetailsRepDtoCategories": ".get_period_details_rep_dto_categories",
    "GetRegularActionsRepDto": ".get_regular_actions_rep_dto",
    "GetRegularActionsRepDtoMode": ".get_regular_actions_rep_dto_mode",
    "GetSessionsDto": ".get_sessions_dto",
    "GetSessionsDtoStatus": ".get_sessions_dto_status",
    "GetSessionsRepDto": ".get_sessions_rep_dto",
    "GetUserAchievementsResponseDto": ".get_user_achievements_response_dto",
    "GlobalConfig": ".global_config",
    "HabitForPublic": ".habit_for_public",
    "HabitForPublicExtension": ".habit_for_public_extension",
    "IgnoredUsersRepDto": ".ignored_users_rep_dto",
    "IncreaseMaxLimitDateDto": ".increase_max_limit_date_dto",
    "IsFavoriteSharedLockRepDto": ".is_favorite_shared_lock_rep_dto",
    "IsFindomCriteriaData": ".is_findom_criteria_data",
    "KeycloakGlobalConfig": ".keycloak_global_config",
    "KeyholderSearchLocksCriteria": ".keyholder_search_locks_criteria",
    "KeyholderSearchLocksDto": ".keyholder_search_locks_dto",
    "KeyholderSearchLocksDtoStatus": ".keyholder_search_locks_dto_status",
    "KeyholderSearchLocksRepDto": ".keyholder_search_locks_rep_dto",
    "KeyholderUnavailableEnum": ".keyholder_unavailable_enum",
    "LastMessageForPublic": ".last_message_for_public",
    "LocationCriteriaData": ".location_criteria_data",
    "LockAction": ".lock_action",
    "LockCreatedRepDto": ".lock_created_rep_dto",
    "LockExtensionConfigDto": ".lock_extension_config_dto",
    "LockExtensionConfigDtoConfig": ".lock_extension_config_dto_config",
    "LockExtensionConfigDtoMode": ".lock_extension_config_dto_mode",
    "LockForKeyholder": ".lock_for_keyholder",
    "LockForKeyholderRole": ".lock_for_keyholder_role",
    "LockForPublic": ".lock_for_public",
    "LockForPublicRole": ".lock_for_public_role",
    "LockRoleEnum": ".lock_role_enum",
    "LockStatusEnum": ".lock_status_enum",
    "MessageForPublic": ".message_for_public",
    "MessageForPublicType": ".message_for_public_type",
    "PartnerConfigurationChildCapabilitiesEvent": ".partner_configuration_child_capabilities_event",
    "PartnerConfigurationChildCapabilitiesFeatures": ".partner_configuration_child_capabilities_features",
    "PartnerConfigurationChildEventEnum": ".partner_configuration_child_event_enum",
    "PartnerConfigurationChildEvents": ".partner_configuration_child_events",
    "PartnerConfigurationForPublic": ".partner_configuration_for_public",
    "PartnerConfigurationForPublicConfig": ".partner_configuration_for_public_config",
    "PartnerConfigurationRoleEnum": ".partner_configuration_role_enum",
    "PartnerCustomLogActionDto": ".partner_custom_log_action_dto",
    "PartnerCustomLogActionDtoIcon": ".partner_custom_log_action_dto_icon",
    "PartnerDoActionDto": ".partner_do_action_dto",
    "PartnerExtensionForDashboard": ".partner_extension_for_dashboard",
    "PartnerExtensionForDashboardDefaultConfig": ".partner_extension_for_dashboard_default_config",
    "PartnerExtensionForDashboardDefaultData": ".partner_extension_for_dashboard_default_data",
    "PartnerExtensionForDashboardIcon": ".partner_extension_for_dashboard_icon",
    "PartnerGetSessionAuthRepDto": ".partner_get_session_auth_rep_dto",
    "PartnerMetadata": ".partner_metadata",
    "PartnerSetMetadataDto": ".partner_set_metadata_dto",
    "PartnerUserRoleEnum": ".partner_user_role_enum",
    "PatchExtensionSessionDto": ".patch_extension_session_dto",
    "PatchExtensionSessionDtoConfig": ".patch_extension_session_dto_config",
    "PatchExtensionSessionDtoData": ".patch_extension_session_dto_data",
    "PeerVerificationStatusEnum": ".peer_verification_status_enum",
    "PeerVerificationVoteStatus": ".peer_verification_vote_status",
    "PenaltyPeriodForPublic": ".penalty_period_for_public",
    "PenaltyPeriodStatusEnum": ".penalty_period_status_enum",
    "PenaltySessionForPublic": ".penalty_session_for_public",
    "PilloryLockActionModel": ".pillory_lock_action_model",
    "PilloryLockActionModelName": ".pillory_lock_action_model_name",
    "PilloryLockActionParamsModel": ".pillory_lock_action_params_model",
    "ProfileRepDto": ".profile_rep_dto",
    "PublicLockForProfilePage": ".public_lock_for_profile_page",
    "PublicLockForPublic": ".public_lock_for_public",
    "PublicLockForSearch": ".public_lock_for_search",
    "PublicLockJoinRules": ".public_lock_join_rules",
    "PublicLockSearchForm": ".public_lock_search_form",
    "PunishableActionModel": ".punishable_action_model",
    "PunishableActionModelType": ".punishable_action_model_type",
    "ReasonPreventingUnlocking": ".reason_preventing_unlocking",
    "RecurringPenaltyItemParams": ".recurring_penalty_item_params",
    "RecurringPenaltyItemParamsFrequency": ".recurring_penalty_item_params_frequency",
    "Region": ".region",
    "RegionForSearchUsers": ".region_for_search_users",
    "RegularActionForPartner": ".regular_action_for_partner",
    "RegularActionForPartnerPayloadType0": ".regular_action_for_partner_payload_type_0",
    "RegularityRule": ".regularity_rule",
    "RegularityRuleIntervalTypeEnum": ".regularity_rule_interval_type_enum",
    "RemoveTimeLockActionModel": ".remove_time_lock_action_model",
    "RemoveTimeLockActionModelName": ".remove_time_lock_action_model_name",
    "RoleCriteriaData": ".role_criteria_data",
    "SearchLocksDto": ".search_locks_dto",
    "SearchLocksRepDto": ".search_locks_rep_dto",
    "SearchPublicLockCriteria": ".search_public_lock_criteria",
    "SearchPublicLockDto": ".search_public_lock_dto",
    "SearchPublicLockRepDto": ".search_public_lock_rep_dto",
    "SearchUserUsernameDto": ".search_user_username_dto",
    "SearchUsersCriteria": ".search_users_criteria",
    "SearchUsersDto": ".search_users_dto",
    "SearchUsersRepDto": ".search_users_rep_dto",
    "SearchableGenderEnum": ".searchable_gender_enum",
    "SessionOfferRequestForKeyholder": ".session_offer_request_for_keyholder",
    "SessionOfferRequestForKeyholderStatus": ".session_offer_request_for_keyholder_status",
    "SessionOfferRequestForPublic": ".session_offer_request_for_public",
    "SessionOfferRequestForPublicStatus": ".session_offer_request_for_public_status",
    "SetConversationStatusDto": ".set_conversation_status_dto",
    "SetConversationStatusDtoStatus": ".set_conversation_status_dto_status",
    "SetConversationUnreadDto": ".set_conversation_unread_dto",
    "SetFreezeDto": ".set_freeze_dto",
    "SetLockSettingsDto": ".set_lock_settings_dto",
    "SetSessionDataDto": ".set_session_data_dto",
    "SetSessionDataDtoData": ".set_session_data_dto_data",
    "SexualOrientationEnum": ".sexual_orientation_enum",
    "SharedLockDurationModeEnum": ".shared_lock_duration_mode_enum",
    "SharedLockForPublic": ".shared_lock_for_public",
    "SharedLockReasonForPublicHideEnum": ".shared_lock_reason_for_public_hide_enum",
    "SharedLockTagForPublic": ".shared_lock_tag_for_public",
    "SharedLocksCriteriaData": ".shared_locks_criteria_data",
    "SubmitRegularActionDto": ".submit_regular_action_dto",
    "SubmitRegularActionDtoPayload": ".submit_regular_action_dto_payload",
    "SubmitRegularActionErrorDto": ".submit_regular_action_error_dto",
    "SubmitRegularActionErrorDtoMode": ".submit_regular_action_error_dto_mode",
    "TemporaryOpeningSetCombinationDto": ".temporary_opening_set_combination_dto",
    "TimeLimitPenaltyItemParams": ".time_limit_penalty_item_params",
    "ToggleFreezeLockActionModel": ".toggle_freeze_lock_action_model",
    "ToggleFreezeLockActionModelName": ".toggle_freeze_lock_action_model_name",
    "TriggerExtensionActionDto": ".trigger_extension_action_dto",
    "TriggerExtensionActionDtoPayload": ".trigger_extension_action_dto_payload",
    "UnblockUserDto": ".unblock_user_dto",
    "UnfreezeLockActionModel": ".unfreeze_lock_action_model",
    "UnfreezeLockActionModelName": ".unfreeze_lock_action_model_name",
    "UnsplashPhoto": ".unsplash_photo",
    "UpdateConversationDto": ".update_conversation_dto",
    "UpdatePartnerConfigurationDto": ".update_partner_configuration_dto",
    "UpdatePartnerConfigurationDtoConfig": ".update_partner_configuration_dto_config",
    "UpdatePartnerExtensionDto": ".update_partner_extension_dto",
    "UpdatePartnerExtensionDtoDefaultConfig": ".update_partner_extension_dto_default_config",
    "UpdatePartnerExtensionDtoDefaultData": ".update_partner_extension_dto_default_data",
    "UpdateTimeDto": ".update_time_dto",
    "UploadFilesBody": ".upload_files_body",
    "UploadFilesRepDto": ".upload_files_rep_dto",
    "UploadImageBody": ".upload_image_body",
    "UserBadgeCount": ".user_badge_count",
    "UserForBlock": ".user_for_block",
    "UserForIgnoredConversation": ".user_for_ignored_conversation",
    "UserForPublic": ".user_for_public",
    "UserMetadata": ".user_metadata",
    "UserPrivateMetadataForPublic": ".user_private_metadata_for_public",
    "UserRoleEnum": ".user_role_enum",
    "UserSearchForm": ".user_search_form",
    "UserSearchFormLocation": ".user_search_form_location",
    "UserSettings": ".user_settings",
    "UserStatsForPublic": ".user_stats_for_public",
    "ValidateOfferRequestDto": ".validate_offer_request_dto",
    "VerificationPictureHistoryEntry": ".verification_picture_history_entry",
    "VerificationPictureItem": ".verification_picture_item",
    "WebhookEventForPublic": ".webhook_event_for_public",
}

__all__ = (
    "ActionLogCreated",
    "ActionLogCreatedData",
    "ActionLogCreatedEvent",
    "ActionLogForPublic",
    "ActionLogForPublicPayload",
    "ActionLogForPublicRole",
    "ActionLogRoleEnum",
    "ActionType",
    "AddTimeLockActionModel",
    "AddTimeLockActionModelName",
    "AgeCriteriaData",
    "AppFileForPublic",
    "AppSettingsDto",
    "BlockInteraction",
    "BlockUserDto",
    "ChastikeyStatsForPublic",
    "CombinationForPublic",
    "CombinationForPublicCheckStatus",
    "CombinationForPublicType",
    "CommunityEventAction",
    "CommunityEventCategory",
    "CommunityEventSettings",
    "CommunityEventTier",
    "ConversationForPublic",
    "ConversationForPublicStatus",
    "ConversationForPublicType",
    "Country",
    "CountryForSearchUsers",
    "CreateCodeDto",
    "CreateCodeRepDto",
    "CreateConversationDto",
    "CreateConversationDtoType",
    "CreateLockDto",
    "CreateLockFromSharedLockDto",
    "CreateMessageReportItemDto",
    "CreateMessageReportItemDtoType",
    "CreateOfferRequestDto",
    "CreatePartnerConfigurationDto",
    "CreatePartnerConfigurationRepDto",
    "CreatePartnerExtensionDto",
    "CreatePostReportItemDto",
    "CreatePostReportItemDtoType",
    "CreateReportDto",
    "CreateReportDtoReason",
    "CreateSharedLockPartnerConfigurationRepDto",
    "CreateSharedLockRepDto",
    "CreateSharedLockReportItemDto",
    "CreateSharedLockReportItemDtoType",
    "CreateUpdateSharedLockDto",
    "CreateUserReportItemDto",
    "CreateUserReportItemDtoType",
    "CurrentUser",
    "CurrentUserForProfileSettings",
    "DeprecatedFindAllSharedLocksStatus",
    "DurationCriteriaData",
    "EditLockExtensionsDto",
    "ExploreCategoryForAdmin",
    "ExtensionActionDiceRepDto",
    "ExtensionActionDurationRepDto",
    "ExtensionActionGuessTimerRepDto",
    "ExtensionActionLinkRepDto",
    "ExtensionActionOtherRepDto",
    "ExtensionActionPilloryStatusRepDto",
    "ExtensionActionPilloryVote",
    "ExtensionActionShareLinkInfoRepDto",
    "ExtensionActionWheelOfFortuneAction",
    "ExtensionActionWheelOfFortuneRepDto",
    "ExtensionActionWheelOfFortuneSegment",
    "ExtensionConfigForPublic",
    "ExtensionConfigForPublicConfig",
    "ExtensionCriteriaData",
    "ExtensionForPublic",
    "ExtensionForPublicDefaultConfig",
    "ExtensionHomeAction",
    "ExtensionHomeActionWithPartyId",
    "ExtensionModeEnum",
    "ExtensionOwnerForPublic",
    "ExtensionPartyForPublic",
    "ExtensionPartyForPublicConfig",
    "ExtensionPartyForPublicMode",
    "ExtensionPartyForPublicUserData",
    "ExtensionSessionCreated",
    "ExtensionSessionCreatedData",
    "ExtensionSessionCreatedDataSession",
    "ExtensionSessionCreatedEvent",
    "ExtensionSessionCreatedExtension",
    "ExtensionSessionDeleted",
    "ExtensionSessionDeletedData",
    "ExtensionSessionDeletedEvent",
    "ExtensionSessionDeletedExtension",
    "ExtensionSessionForPartner",
    "ExtensionSessionForPartnerConfig",
    "ExtensionSessionForPartnerData",
    "ExtensionSessionForPartnerMode",
    "ExtensionSessionForPartnerUserData",
    "ExtensionSessionForSearch",
    "ExtensionSessionForSearchConfig",
    "ExtensionSessionForSearchData",
    "ExtensionSessionForSearchMode",
    "ExtensionSessionForSearchUserData",
    "ExtensionSessionUpdated",
    "ExtensionSessionUpdatedData",
    "ExtensionSessionUpdatedEvent",
    "ExtensionSessionUpdatedExtension",
    "FeatureSwitchEnum",
    "FindAllLocksStatus",
    "FindAllSharedLocksStatus",
    "FindBlocksRepDto",
    "FindSuggestedTagDto",
    "FreezeLockActionModel",
    "FreezeLockActionModelName",
    "GenderEnum",
    "GetConversationsMessagingStatus",
    "GetConversationsRepDto",
    "GetFavoriteSharedLocksDto",
    "GetFavoriteSharedLocksRepDto",
    "GetFileFromKeyRepDto",
    "GetHistoryRepDto",
    "GetLockHistoryDto",
    "GetLockInfoFromExtensionRepDto",
    "GetLockInfoFromExtensionRepDtoExtension",
    "GetMessagesRepDto",
    "GetPartnerLogsDto",
    "GetPartnerSessionRepDto",
    "GetPenaltiesResponse200Item",
    "GetPeriodDetailsDto",
    "GetPeriodDetailsRepDto",
    "GetPeriodDetailsRepDtoActions",
    "GetPeriodDetailsRepDtoCategories",
    "GetRegularActionsRepDto",
    "GetRegularActionsRepDtoMode",
    "GetSessionsDto",
    "GetSessionsDtoStatus",
    "GetSessionsRepDto",
    "GetUserAchievementsResponseDto",
    "GlobalConfig",
    "HabitForPublic",
    "HabitForPublicExtension",
    "IgnoredUsersRepDto",
    "IncreaseMaxLimitDateDto",
    "IsFavoriteSharedLockRepDto",
    "IsFindomCriteriaData",
    "KeycloakGlobalConfig",
    "KeyholderSearchLocksCriteria",
    "KeyholderSearchLocksDto",
    "KeyholderSearchLocksDtoStatus",
    "KeyholderSearchLocksRepDto",
    "KeyholderUnavailableEnum",
    "LastMessageForPublic",
    "LocationCriteriaData",
    "LockAction",
    "LockCreatedRepDto",
    "LockExtensionConfigDto",
    "LockExtensionConfigDtoConfig",
    "LockExtensionConfigDtoMode",
    "LockForKeyholder",
    "LockForKeyholderRole",
    "LockForPublic",
    "LockForPublicRole",
    "LockRoleEnum",
    "LockStatusEnum",
    "MessageForPublic",
    "MessageForPublicType",
    "PartnerConfigurationChildCapabilitiesEvent",
    "PartnerConfigurationChildCapabilitiesFeatures",
    "PartnerConfigurationChildEventEnum",
    "PartnerConfigurationChildEvents",
    "PartnerConfigurationForPublic",
    "PartnerConfigurationForPublicConfig",
    "PartnerConfigurationRoleEnum",
    "PartnerCustomLogActionDto",
    "PartnerCustomLogActionDtoIcon",
    "PartnerDoActionDto",
    "PartnerExtensionForDashboard",
    "PartnerExtensionForDashboardDefaultConfig",
    "PartnerExtensionForDashboardDefaultData",
    "PartnerExtensionForDashboardIcon",
    "PartnerGetSessionAuthRepDto",
    "PartnerMetadata",
    "PartnerSetMetadataDto",
    "PartnerUserRoleEnum",
    "PatchExtensionSessionDto",
    "PatchExtensionSessionDtoConfig",
    "PatchExtensionSessionDtoData",
    "PeerVerificationStatusEnum",
    "PeerVerificationVoteStatus",
    "PenaltyPeriodForPublic",
    "PenaltyPeriodStatusEnum",
    "PenaltySessionForPublic",
    "PilloryLockActionModel",
    "PilloryLockActionModelName",
    "PilloryLockActionParamsModel",
    "ProfileRepDto",
    "PublicLockForProfilePage",
    "PublicLockForPublic",
    "PublicLockForSearch",
    "PublicLockJoinRules",
    "PublicLockSearchForm",
    "PunishableActionModel",
    "PunishableActionModelType",
    "ReasonPreventingUnlocking",
    "RecurringPenaltyItemParams",
    "RecurringPenaltyItemParamsFrequency",
    "Region",
    "RegionForSearchUsers",
    "RegularActionForPartner",
    "RegularActionForPartnerPayloadType0",
    "RegularityRule",
    "RegularityRuleIntervalTypeEnum",
    "RemoveTimeLockActionModel",
    "RemoveTimeLockActionModelName",
    "RoleCriteriaData",
    "SearchableGenderEnum",
    "SearchLocksDto",
    "SearchLocksRepDto",
    "SearchPublicLockCriteria",
    "SearchPublicLockDto",
    "SearchPublicLockRepDto",
    "SearchUsersCriteria",
    "SearchUsersDto",
    "SearchUsersRepDto",
    "SearchUserUsernameDto",
    "SessionOfferRequestForKeyholder",
    "SessionOfferRequestForKeyholderStatus",
    "SessionOfferRequestForPublic",
    "SessionOfferRequestForPublicStatus",
    "SetConversationStatusDto",
    "SetConversationStatusDtoStatus",
    "SetConversationUnreadDto",
    "SetFreezeDto",
    "SetLockSettingsDto",
    "SetSessionDataDto",
    "SetSessionDataDtoData",
    "SexualOrientationEnum",
    "SharedLockDurationModeEnum",
    "SharedLockForPublic",
    "SharedLockReasonForPublicHideEnum",
    "SharedLocksCriteriaData",
    "SharedLockTagForPublic",
    "SubmitRegularActionDto",
    "SubmitRegularActionDtoPayload",
    "SubmitRegularActionErrorDto",
    "SubmitRegularActionErrorDtoMode",
    "TemporaryOpeningSetCombinationDto",
    "TimeLimitPenaltyItemParams",
    "ToggleFreezeLockActionModel",
    "ToggleFreezeLockActionModelName",
    "TriggerExtensionActionDto",
    "TriggerExtensionActionDtoPayload",
    "UnblockUserDto",
    "UnfreezeLockActionModel",
    "UnfreezeLockActionModelName",
    "UnsplashPhoto",
    "UpdateConversationDto",
    "UpdatePartnerConfigurationDto",
    "UpdatePartnerConfigurationDtoConfig",
    "UpdatePartnerExtensionDto",
    "UpdatePartnerExtensionDtoDefaultConfig",
    "UpdatePartnerExtensionDtoDefaultData",
    "UpdateTimeDto",
    "UploadFilesBody",
    "UploadFilesRepDto",
    "UploadImageBody",
    "UserBadgeCount",
    "UserForBlock",
    "UserForIgnoredConversation",
    "UserForPublic",
    "UserMetadata",
    "UserPrivateMetadataForPublic",
    "UserRoleEnum",
    "UserSearchForm",
    "UserSearchFormLocation",
    "UserSettings",
    "UserStatsForPublic",
    "ValidateOfferRequestDto",
    "VerificationPictureHistoryEntry",
    "VerificationPictureItem",
    "WebhookEventForPublic",
)


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)
