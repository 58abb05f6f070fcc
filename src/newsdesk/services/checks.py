"""Copy checks over stories, with the newsroom's word list, style list and limits.

The checks themselves are plain functions (`domain.checks`); this service reads the
lists they need from the database, keeps them for a short while, and lets copy editors
extend them.
"""

from __future__ import annotations

import threading
import time
from dataclasses import asdict, fields, replace

from sqlalchemy import delete, select

from newsdesk.domain.checks import (
    BodyMemo,
    CheckContext,
    CheckInput,
    CheckSettings,
    Finding,
    StyleRule,
    run_checks,
    spelling_key,
)
from newsdesk.domain.entities import EDIT_FIELDS, Article, ArticleEdit
from newsdesk.domain.enums import Role
from newsdesk.domain.errors import InvalidInput, NotAllowed
from newsdesk.domain.media_references import picture_references
from newsdesk.domain.workflow import role_allows
from newsdesk.services.media.library import lead_facts, picture_facts
from newsdesk.services.users import Identity
from newsdesk.storage import orm
from newsdesk.storage.database import Database
from newsdesk.storage.orm_copydesk import NewsroomWord, StyleRuleRow

# Lists edited on another desk of a shared database show up within this many seconds.
CONTEXT_SECONDS = 30.0
LIST_EDITORS = frozenset({Role.COPY, Role.PUBLISHER})
SETTING_PREFIX = "checks."


def newsroom_word(word: str) -> str:
    """The form `word` takes in the newsroom word list, or InvalidInput if it is not one word."""
    key = spelling_key(word.strip())
    if not key or len(key) > 100 or any(ch.isspace() for ch in key):
        raise InvalidInput(f"{word!r} is not one word")
    return key


def style_rule_text(phrase: str, replacement: str) -> tuple[str, str]:
    """A style rule's phrase and replacement as kept, or InvalidInput saying what is wrong."""
    phrase, replacement = " ".join(phrase.split()), " ".join(replacement.split())
    if not phrase:
        raise InvalidInput("A style rule needs the phrase to avoid")
    if len(phrase) > 200 or len(replacement) > 200:
        raise InvalidInput("A style rule's phrases may hold at most 200 characters")
    return phrase, replacement


_CHECKED = tuple(f.name for f in fields(CheckInput) if f.name in EDIT_FIELDS)
"""The story's own fields the checks read (beside them: whether it has a section)."""


def story_input(story: Article | ArticleEdit, notes: tuple[str, ...] = ()) -> CheckInput:
    return CheckInput(
        **{name: getattr(story, name) for name in _CHECKED},
        has_section=story.section_id is not None,
        notes=notes,
        article_id=story.id if isinstance(story, Article) else 0,
    )


class CheckService:
    def __init__(self, database: Database, identity: Identity) -> None:
        self._db = database
        self._identity = identity
        self._lock = threading.Lock()
        self._context: CheckContext | None = None
        self._loaded_at = 0.0
        self._spelling_language = ""

    # ---- running -------------------------------------------------------------------------
    def check(self, story: CheckInput, memo: BodyMemo | None = None) -> list[Finding]:
        """The story's findings; with a `memo`, only paragraphs changed since its last run
        are checked again (the memo is the caller's, used by one thread)."""
        return run_checks(self._with_pictures(story), self.context(), memo)

    def _with_pictures(self, story: CheckInput) -> CheckInput:
        """The story with the facts of the library pictures it shows, and of its lead."""
        ids = picture_references(story.body)
        if not ids and not story.article_id:
            return story
        with self._db.transaction() as session:
            return replace(
                story,
                pictures=tuple(picture_facts(session, ids).values()),
                lead=lead_facts(session, story.article_id) if story.article_id else None,
            )

    def check_story(
        self, story: Article | ArticleEdit, notes: tuple[str, ...] = ()
    ) -> list[Finding]:
        return self.check(story_input(story, notes))

    def context(self) -> CheckContext:
        with self._lock:
            fresh = time.monotonic() - self._loaded_at < CONTEXT_SECONDS
            if self._context is not None and fresh:
                return replace(self._context, spelling_language=self._spelling_language)
        context = self._load_context()
        with self._lock:
            self._context, self._loaded_at = context, time.monotonic()
            return replace(context, spelling_language=self._spelling_language)

    @property
    def spelling_language(self) -> str:
        return self._spelling_language

    def set_spelling_language(self, language: str) -> None:
        """This person's spelling language for every story ("" for each story's own)."""
        with self._lock:
            self._spelling_language = language

    def _forget(self) -> None:
        with self._lock:
            self._context = None

    def _load_context(self) -> CheckContext:
        with self._db.transaction() as session:
            words = frozenset(session.scalars(select(NewsroomWord.word)))
            rules = tuple(
                StyleRule(row.phrase, row.replacement, row.id)
                for row in session.scalars(select(StyleRuleRow).order_by(StyleRuleRow.phrase))
            )
            stored = dict(
                session.execute(
                    select(orm.Setting.key, orm.Setting.value).where(
                        orm.Setting.key.startswith(SETTING_PREFIX)
                    )
                ).all()
            )
        values: dict[str, int] = {}
        for field in fields(CheckSettings):
            raw = stored.get(SETTING_PREFIX + field.name, "")
            if raw.isdigit():
                values[field.name] = int(raw)
        return CheckContext(CheckSettings(**values), words, rules)

    # ---- the lists -----------------------------------------------------------------------
    def _require_list_editor(self) -> int:
        user = self._identity.user
        if not role_allows(user.roles, LIST_EDITORS):
            raise NotAllowed(f"{user.display_name} may not change the copy desk's lists")
        return user.id

    def words(self) -> list[str]:
        return sorted(self.context().words)

    def add_word(self, word: str) -> str:
        """Accept `word` from now on (kept in lower case, possessive dropped)."""
        key = newsroom_word(word)
        user_id = self._require_list_editor()
        with self._db.transaction() as session:
            if session.scalar(select(NewsroomWord.id).where(NewsroomWord.word == key)) is None:
                session.add(NewsroomWord(word=key, added_by_id=user_id))
        self._forget()
        return key

    def remove_word(self, word: str) -> None:
        self._require_list_editor()
        with self._db.transaction() as session:
            session.execute(delete(NewsroomWord).where(NewsroomWord.word == spelling_key(word)))
        self._forget()

    def style_rules(self) -> list[StyleRule]:
        return list(self.context().style)

    def add_style_rule(self, phrase: str, replacement: str) -> StyleRule:
        phrase, replacement = style_rule_text(phrase, replacement)
        self._require_list_editor()
        with self._db.transaction() as session:
            row = session.scalar(select(StyleRuleRow).where(StyleRuleRow.phrase == phrase.lower()))
            if row is None:
                row = StyleRuleRow(phrase=phrase.lower(), replacement=replacement)
                session.add(row)
            else:
                row.replacement = replacement
            session.flush()
            rule = StyleRule(row.phrase, row.replacement, row.id)
        self._forget()
        return rule

    def remove_style_rule(self, rule_id: int) -> None:
        self._require_list_editor()
        with self._db.transaction() as session:
            session.execute(delete(StyleRuleRow).where(StyleRuleRow.id == rule_id))
        self._forget()

    # ---- limits --------------------------------------------------------------------------
    def settings(self) -> CheckSettings:
        return self.context().settings

    def set_settings(self, settings: CheckSettings) -> None:
        self._require_list_editor()
        with self._db.transaction() as session:
            for name, value in asdict(settings).items():
                if int(value) < 1:
                    raise InvalidInput(f"{name.replace('_', ' ')} must be at least 1")
                key = SETTING_PREFIX + name
                row = session.scalar(select(orm.Setting).where(orm.Setting.key == key))
                if row is None:
                    session.add(orm.Setting(key=key, value=str(int(value))))
                else:
                    row.value = str(int(value))
        self._forget()
