"""The whole comment beside the queue: who, where, why it was held, the commenter's
history, on demand what weighed most in its score, its thread, its log.

Every piece of reader-supplied text is escaped before it reaches the document, so a
comment's HTML shows as the characters it is and never renders, links or loads anything.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QTextBrowser, QWidget

from newsdesk.domain.entities import Comment, CommentThread
from newsdesk.domain.enums import CommentStatus
from newsdesk.domain.moderation import ModerationEvent
from newsdesk.domain.trust import CommenterRuleKind
from newsdesk.services.commenters import CommenterHistory
from newsdesk.services.learned_filter import Explanation
from newsdesk.ui.bidi import isolated
from newsdesk.ui.contrast import readable
from newsdesk.ui.locale_format import decimal, moment, number, separator
from newsdesk.ui.panels.comments.queue_model import STATUS_COLOURS
from newsdesk.ui.panels.comments.reason_words import reason_text
from newsdesk.ui.vocabulary import label

translate = QCoreApplication.translate

STYLE = """
<style>
 body { font-size: 10pt; }
 .meta { color: %(meta)s; }
 .state { font-weight: bold; }
 .reason { background: #fef3c7; color: #78350f; padding: 1px 6px; }
 .body { white-space: pre-wrap; margin: 8px 0 12px 0; }
 .other { color: %(other)s; white-space: pre-wrap; margin-left: 14px; }
 h4 { margin: 14px 0 4px 0; color: %(heading)s; }
 .log { color: %(meta)s; font-size: 9pt; }
 .towards { color: %(towards)s; }
 .against { color: %(against)s; }
</style>
"""
COLOURS = {
    "meta": "#4b5563",
    "other": "#374151",
    "heading": "#111827",
    "towards": "#b91c1c",
    "against": "#15803d",
}


def style() -> str:
    """The detail's style in colours that read on the palette in use (dark themes too)."""
    return STYLE % {name: readable(colour).name() for name, colour in COLOURS.items()}


WEIGHED_LINK = "newsdesk:weighed"
"""The detail's link that asks what weighed most in the score."""


def _text(value: str) -> str:
    return escape(value, quote=True).replace("\n", "<br>")


def _words(value: str) -> str:
    """A name, address or headline inside a line of the interface: isolated, escaped."""
    return escape(isolated(value))


def _when(comment: Comment | ModerationEvent) -> str:
    return moment(comment.submitted_at if isinstance(comment, Comment) else comment.at)


def _other(comment: Comment) -> str:
    newsroom = translate("CommentDetail", "The newsroom")
    who = newsroom if comment.newsroom_reply else comment.author_name
    sep = separator()
    state = "" if comment.status is CommentStatus.APPROVED else f"{sep}{label(comment.status)}"
    return (
        f"<p class='meta'><b>{_words(who)}</b>{sep}{_when(comment)}"
        f"{escape(state)}</p><p class='other'>{_text(comment.body)}</p>"
    )


def _event(event: ModerationEvent) -> str:
    arrow = translate("CommentDetail", " → ")  # the way the line reads
    moves = arrow.join(label(s) for s in (event.from_status, event.to_status) if s is not None)
    undone = " " + translate("CommentDetail", "(undone)") if event.undone else ""
    sep = separator()
    return (
        f"<li class='log'>{_when(event)}{sep}{_words(event.username)}{sep}"
        f"{escape(label(event.action))} {escape(moves)}{escape(undone)}</li>"
    )


def _day(comment: CommenterHistory, first: bool) -> str:
    moment = comment.first_seen if first else comment.last_seen
    return moment.astimezone().strftime("%Y-%m-%d") if moment else "—"


def commenter_html(commenter: CommenterHistory) -> str:
    """The commenter's history by e-mail address, and the standing orders about them."""
    counts = (
        translate("CommentDetail", "%1 approved · %2 pending · %3 spam · %4 in the trash")
        .replace("%1", f"{commenter.counts[CommentStatus.APPROVED]:,}")
        .replace("%2", f"{commenter.counts[CommentStatus.PENDING]:,}")
        .replace("%3", f"{commenter.counts[CommentStatus.SPAM]:,}")
        .replace("%4", f"{commenter.counts[CommentStatus.TRASH]:,}")
    )
    seen = (
        translate("CommentDetail", "First seen %1, last seen %2")
        .replace("%1", _day(commenter, True))
        .replace("%2", _day(commenter, False))
    )
    standing = {
        CommenterRuleKind.HOLD: translate("CommentDetail", "Always held"),
        CommenterRuleKind.SPAM: translate("CommentDetail", "Always spam (banned)"),
        None: translate("CommentDetail", "Trusted: approved without holding")
        if commenter.trusted
        else "",
    }[commenter.rule]
    heading = translate("CommentDetail", "This commenter")
    order = f"<br><span class='state'>{escape(standing)}</span>" if standing else ""
    return (
        f"<p class='meta'><b>{escape(heading)}:</b> {escape(counts)}<br>{escape(seen)}{order}</p>"
    )


def weighed_html(explanation: Explanation) -> str:
    """What pushed the score most: towards spam in red, away from it in green."""
    heading = translate("CommentDetail", "What weighed most (score now %1)").replace(
        "%1", f"{explanation.score:.2f}"
    )
    rows = "".join(
        f"<li class='{'towards' if weight > 0 else 'against'}'>{escape(name)} ({weight:+.2f})</li>"
        for name, weight in explanation.weighed
    )
    return f"<h4>{escape(heading)}</h4><ul>{rows}</ul>"


def thread_html(
    thread: CommentThread,
    history: list[ModerationEvent],
    commenter: CommenterHistory | None = None,
    weighed: Explanation | None = None,
) -> str:
    c = thread.comment
    colour = STATUS_COLOURS[c.status]
    sep = separator()
    website = f"{sep}{_words(c.author_url)}" if c.author_url else ""
    reasons = " ".join(f"<span class='reason'>{escape(reason_text(r))}</span>" for r in c.reasons)
    ip = translate("CommentDetail", "IP %1").replace("%1", isolated(c.ip) or "—")
    on_story = (
        translate("CommentDetail", "%1 on %2")
        .replace("%1", _when(c))
        .replace("%2", f"<b>{_words(c.article_headline)}</b>")
    )
    score = translate("CommentDetail", "spam score %1").replace("%1", decimal(c.spam_score))
    held = translate("CommentDetail", "Held because:")
    why = translate("CommentDetail", "What weighed most?")
    parts = [
        style(),
        f"<h3>{_words(c.author_name)}</h3>",
        f"<p class='meta'>{_words(c.author_email)}{website}{sep}{escape(ip)}</p>",
        f"<p class='meta'>{on_story}</p>",
        commenter_html(commenter) if commenter is not None else "",
        f"<p><span class='state' style='color:{colour}'>{escape(label(c.status))}</span>"
        f"{sep}{escape(score)}{sep}<a href='{WEIGHED_LINK}'>{escape(why)}</a></p>",
        f"<p>{escape(held)} {reasons}</p>" if reasons else "",
        weighed_html(weighed) if weighed is not None else "",
        f"<div class='body'>{_text(c.body)}</div>",
    ]
    if c.original_body is not None:
        heading = translate("CommentDetail", "As submitted")
        parts.append(f"<h4>{escape(heading)}</h4><p class='other'>{_text(c.original_body)}</p>")
    if thread.parent is not None:
        heading = translate("CommentDetail", "In reply to")
        parts.append(f"<h4>{escape(heading)}</h4>" + _other(thread.parent))
    if thread.replies:
        replies = number(len(thread.replies))
        heading = translate("CommentDetail", "Replies (%1)").replace("%1", replies)
        parts.append(f"<h4>{escape(heading)}</h4>")
        parts.extend(_other(reply) for reply in thread.replies)
    if history:
        heading = translate("CommentDetail", "Moderation")
        events = "".join(map(_event, history))
        parts.append(f"<h4>{escape(heading)}</h4><ul>{events}</ul>")
    return "".join(parts)


class CommentDetail(QTextBrowser):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("commentDetail")
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.setAccessibleName(self.tr("The selected comment"))
        self._weighed: Explanation | None = None
        self.show_nothing()

    def show_nothing(self) -> None:
        self._empty = True
        self._shown: tuple[CommentThread, list[ModerationEvent], CommenterHistory | None]
        self.setHtml(
            style()
            + "<p class='meta'>"
            + escape(self.tr("Select a comment to read it whole."))
            + "</p>"
        )

    def show_thread(
        self,
        thread: CommentThread,
        history: list[ModerationEvent],
        commenter: CommenterHistory | None = None,
    ) -> None:
        self._empty = False
        self._shown = (thread, history, commenter)
        self._weighed = None
        self.setHtml(thread_html(thread, history, commenter))

    def show_weighed(self, comment_id: int, explanation: Explanation) -> None:
        """What weighed most in the shown comment's score (if it is still shown)."""
        if self._empty or self._shown[0].comment.id != comment_id:
            return
        self._weighed = explanation
        self._render()

    def _render(self) -> None:
        position = self.verticalScrollBar().value()
        self.setHtml(thread_html(*self._shown, weighed=self._weighed))
        self.verticalScrollBar().setValue(position)

    def shown_comment(self) -> Comment | None:
        return None if self._empty else self._shown[0].comment

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:  # a theme: colours that read on it
            self.show_nothing() if self._empty else self._render()

    def retranslate_ui(self) -> None:
        if self._empty:  # a comment on show is worded again when the queue reloads
            self.show_nothing()
