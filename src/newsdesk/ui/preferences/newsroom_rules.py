"""The newsroom-wide part of Preferences: word list, style list, check limits, intake rules.

Plain Python over the services (no Qt, no SQL): `load_newsroom_rules` and
`save_newsroom_edits` run on a worker; `plan_edits` turns what the dialog shows into the
few service calls that make the database match, checking every entry first so that a
bad one changes nothing.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from newsdesk.domain.checks import CheckSettings, StyleRule
from newsdesk.domain.entities import User
from newsdesk.domain.enums import Role
from newsdesk.domain.errors import InvalidInput
from newsdesk.domain.intake import IntakeRules
from newsdesk.domain.workflow import role_allows
from newsdesk.services.checks import LIST_EDITORS, newsroom_word, style_rule_text
from newsdesk.services.newsroom import Newsroom
from newsdesk.ui.preferences.settings import InvalidPreference, translate


def may_edit_lists(user: User) -> bool:
    """Who CheckService lets change the word list, style list and limits."""
    return role_allows(user.roles, LIST_EDITORS)


def may_edit_intake(user: User) -> bool:
    """Who IntakeSettingsService lets change the comment intake rules."""
    return user.has(Role.MODERATOR)


@dataclass(frozen=True, slots=True)
class NewsroomRules:
    words: tuple[str, ...]
    style: tuple[StyleRule, ...]
    limits: CheckSettings
    intake: IntakeRules


@dataclass(frozen=True, slots=True)
class StyleRow:
    """A line of the style list as the dialog shows it (id 0: not saved yet)."""

    phrase: str
    replacement: str
    id: int = 0


@dataclass(frozen=True, slots=True)
class NewsroomEdits:
    add_words: tuple[str, ...] = ()
    remove_words: tuple[str, ...] = ()
    remove_rules: tuple[int, ...] = ()
    put_rules: tuple[tuple[str, str], ...] = ()
    limits: CheckSettings | None = None
    intake: IntakeRules | None = None

    @property
    def is_empty(self) -> bool:
        return self == NewsroomEdits()


def load_newsroom_rules(newsroom: Newsroom) -> NewsroomRules:
    """On a worker: the lists and rules as the database holds them now."""
    return NewsroomRules(
        words=tuple(newsroom.checks.words()),
        style=tuple(newsroom.checks.style_rules()),
        limits=newsroom.checks.settings(),
        intake=newsroom.intake_settings.rules(),
    )


def _word_edits(before: Sequence[str], shown: Sequence[str]) -> tuple[tuple[str, ...], ...]:
    keys: list[str] = []
    for word in shown:
        try:
            key = newsroom_word(word)
        except InvalidInput as error:
            message = translate("Preferences", "Word list: %1.").replace("%1", str(error))
            raise InvalidPreference("words", message) from None
        if key not in keys:
            keys.append(key)
    old = set(before)
    return tuple(k for k in keys if k not in old), tuple(w for w in before if w not in keys)


def _style_edits(
    before: Sequence[StyleRule], shown: Sequence[StyleRow]
) -> tuple[tuple[int, ...], tuple[tuple[str, str], ...]]:
    saved = {rule.id: rule for rule in before}
    removed: list[int] = []
    put: list[tuple[str, str]] = []
    seen: set[str] = set()
    for number, row in enumerate(shown, start=1):
        try:
            phrase, replacement = style_rule_text(row.phrase, row.replacement)
        except InvalidInput as error:
            message = (
                translate("Preferences", "Style list, line %1: %2.")
                .replace("%1", str(number))
                .replace("%2", str(error))
            )
            raise InvalidPreference("style", message) from None
        key = phrase.lower()
        if key in seen:
            message = translate("Preferences", "The style list has “%1” twice.")
            raise InvalidPreference("style", message.replace("%1", phrase))
        seen.add(key)
        old = saved.get(row.id)
        if old is not None and old.phrase == key and old.replacement == replacement:
            continue
        if old is not None and old.phrase != key:
            removed.append(old.id)
        put.append((phrase, replacement))
    kept = {row.id for row in shown}
    removed += [rule.id for rule in before if rule.id not in kept]
    return tuple(removed), tuple(put)


def plan_edits(
    before: NewsroomRules,
    *,
    words: Sequence[str] | None = None,
    style: Sequence[StyleRow] | None = None,
    limits: CheckSettings | None = None,
    intake: IntakeRules | None = None,
) -> NewsroomEdits:
    """The calls that make the database hold what the dialog shows (None: not editable).

    Raises InvalidPreference for the first entry that could not be saved.
    """
    add_words: tuple[str, ...] = ()
    remove_words: tuple[str, ...] = ()
    if words is not None:
        add_words, remove_words = _word_edits(before.words, words)
    remove_rules: tuple[int, ...] = ()
    put_rules: tuple[tuple[str, str], ...] = ()
    if style is not None:
        remove_rules, put_rules = _style_edits(before.style, style)
    if limits is not None:
        for message, value in (
            (
                translate("Preferences", "The sentence length limit must be at least 1."),
                limits.sentence_words,
            ),
            (
                translate("Preferences", "The headline length limit must be at least 1."),
                limits.headline_characters,
            ),
            (
                translate("Preferences", "The standfirst length limit must be at least 1."),
                limits.standfirst_characters,
            ),
        ):
            if value < 1:
                raise InvalidPreference("limits", message)
    if intake is not None and intake.hold_links < 1:
        message = translate("Preferences", "Hold comments with at least one link.")
        raise InvalidPreference("intake", message)
    if intake is not None and intake.hold_at > intake.spam_at:
        message = translate(
            "Preferences", "The learned filter holds comments at a lower score than it spams them."
        )
        raise InvalidPreference("intake", message)
    return NewsroomEdits(
        add_words=add_words,
        remove_words=remove_words,
        remove_rules=remove_rules,
        put_rules=put_rules,
        limits=limits if limits is not None and limits != before.limits else None,
        intake=intake if intake is not None and intake != before.intake else None,
    )


def save_newsroom_edits(newsroom: Newsroom, edits: NewsroomEdits) -> NewsroomRules:
    """On a worker: make the changes (the services check the rights), then read back."""
    checks = newsroom.checks
    for word in edits.remove_words:
        checks.remove_word(word)
    for word in edits.add_words:
        checks.add_word(word)
    for rule_id in edits.remove_rules:
        checks.remove_style_rule(rule_id)
    for phrase, replacement in edits.put_rules:
        checks.add_style_rule(phrase, replacement)
    if edits.limits is not None:
        checks.set_settings(edits.limits)
    if edits.intake is not None:
        newsroom.intake_settings.save(edits.intake)
    return load_newsroom_rules(newsroom)
