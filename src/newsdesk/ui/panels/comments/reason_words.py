"""Why a comment was held, in the interface's language.

The intake rules give codes with a value (`domain.hold_reasons`); each is worded here
through Qt's translation, counts in the language's digits, words from the comment (and
notes from elsewhere) isolated so they read whole in a line of the other direction.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from newsdesk.domain.hold_reasons import HoldReason, ReasonCode
from newsdesk.ui.bidi import isolated
from newsdesk.ui.locale_format import decimal, number

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
    if code is ReasonCode.LEARNED_FILTER:
        score = decimal(float(value)) if _is_number(value) else word
        return translate("HoldReason", "learned filter: %1").replace("%1", score)
    if code is ReasonCode.ALWAYS_SPAM:
        return translate("HoldReason", "always spam: the commenter is banned")
    if code is ReasonCode.ALWAYS_HELD:
        return translate("HoldReason", "always held: a moderator asked so")
    if code is ReasonCode.EARLIER_SPAM:
        return translate("HoldReason", "earlier comments marked spam: %1").replace(
            "%1", number(count)
        )
    if code is ReasonCode.FORM_NOT_FRESH:
        return translate("HoldReason", "sent without a fresh form token")
    if code is ReasonCode.FORM_TOO_SOON:
        return translate("HoldReason", "sent too soon after the form was handed out (%1)").replace(
            "%1", word
        )
    if code is ReasonCode.FORM_EXPIRED:
        return translate("HoldReason", "sent with an expired form token (%1)").replace("%1", word)
    return word  # a note from elsewhere, as it was written


def _is_number(value: str | int) -> bool:
    try:
        float(value)
    except ValueError:
        return False
    return True


def reasons_text(reasons: tuple[HoldReason, ...], separator: str = "; ") -> str:
    return separator.join(map(reason_text, reasons))
