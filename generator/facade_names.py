"""The generated model names the hand-written layer annotates with: the typed boundary.

Hand-written code imports these from ``chaster_async.models`` under ``TYPE_CHECKING`` only. A
document that lacks one (an older Chaster without the Extensions API) still type-checks: the
generator writes ``Name: TypeAlias = Any`` for it into ``_generated/facade_types.py``, which
``chaster_async.models`` re-exports to type checkers, and the helpers that need the missing
operations raise ``UnsupportedOperationError`` at run time. ``tests/generator`` checks that every
such import in the package is listed here.
"""

from __future__ import annotations

FACADE_MODELS = (
    "ActionLogCreatedData",
    "ActionLogForPublic",
    "ExtensionSessionCreatedData",
    "ExtensionSessionDeletedData",
    "ExtensionSessionForSearch",
    "ExtensionSessionUpdatedData",
    "GetHistoryRepDto",
    "GetPartnerSessionRepDto",
    "GetRegularActionsRepDto",
    "GetSessionsRepDto",
    "LockForKeyholder",
    "MessageForPublic",
    "PartnerConfigurationForPublic",
    "PartnerGetSessionAuthRepDto",
    "SessionOfferRequestForKeyholder",
)
