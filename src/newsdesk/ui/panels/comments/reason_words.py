"""Why a comment was held, in the interface's language.

The intake rules give codes with a value (`domain.hold_reasons`); each is worded here
through Qt's translation, counts in the language's digits, words from the comment (and
notes from elsewhere) isolated so they read whole in a line of the other direction.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from newsdesk.domain.hold_reasons import HoldReason, ReasonCode
from newsdesk.ui.bidi import isolated
from newsdesk.ui.locale_format import number

translate = QCoreApplication.translate


def reason_text(reason: HoldReason) -> str:
    code, value = reason.code, reason.value
    count = value if isinstance(value, int) else 0
    word = isolated(str(value))
    if code is ReasonCode.BLOCKED_WORD:
        return translate("HoldReason", "blocked word: %1").replace("%1", word)
    if code is ReasonCode.MODERATION_WORD:
        return translate("HoldReason", "moderation word: %1").replace("%1", word)
    if code is ReasonCode.LINKS:  # "links: 3" needs no plural form in any language
        return translate("HoldReason", "links: %1").replace("%1", number(count))
    if code is ReasonCode.BURST:
        return translate("HoldReason", "comments within a minute: %1").replace("%1", number(count))
    if code is ReasonCode.FIRST_COMMENT:
        return translate("HoldReason", "first comment from this address")
    if code is ReasonCode.AUTO_APPROVAL_OFF:
        return translate("HoldReason", "automatic approval is off")
    if code is ReasonCode.NOT_YET_APPROVED:
        return translate("HoldReason", "no approved comment from this address yet")
    return word  # a note from elsewhere, as it was written


def reasons_text(reasons: tuple[HoldReason, ...], separator: str = "; ") -> str:
    return separator.join(map(reason_text, reasons))
