"""Agency wires: taking deliveries in, the Wires list, an item's history, rewriting an
item into a draft, and the notices its rewriter gets when the agency updates it.

An item is stored as the agency sent it and never edited. Each delivery is judged
against the newest version held of its guid (`domain.wires.judge_delivery`): a new item
is added, an update (a higher version, or a changed status or signal) becomes the
current version and the earlier ones its history; the same delivery again changes
nothing; an older version arriving late is refused with its reason.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from newsdesk.domain.entities import Article, ArticleEdit
from newsdesk.domain.errors import InvalidInput, NotAllowed, NotFound
from newsdesk.domain.wires import Delivery, WireItem, WireSignal, WireStatus, judge_delivery
from newsdesk.domain.workflow import may_edit
from newsdesk.services.articles import ArticleService
from newsdesk.services.users import Identity
from newsdesk.storage import orm
from newsdesk.storage.database import Database
from newsdesk.storage.orm_wires import WireItem as WireRow
from newsdesk.storage.orm_wires import WireUse


@dataclass(frozen=True, slots=True)
class WireStory:
    """One stored version of a wire item, as the Wires view and the history show it."""

    id: int
    item: WireItem
    current: bool
    file_name: str
    received_at: datetime


@dataclass(frozen=True, slots=True)
class Delivered:
    """What became of one file's item."""

    file: str
    guid: str
    version: int
    delivery: Delivery


@dataclass(frozen=True, slots=True)
class Refused:
    file: str
    reason: str


@dataclass(frozen=True, slots=True)
class WireImportReport:
    added: tuple[Delivered, ...]
    updated: tuple[Delivered, ...]
    unchanged: tuple[Delivered, ...]
    refused: tuple[Refused, ...]


@dataclass(frozen=True, slots=True)
class WireNotice:
    """A story rewritten from an item the agency has since updated or withdrawn."""

    article_id: int
    headline: str
    agency: str
    guid: str
    rewritten_from: int
    """The version id the story started from (the diff's left side)."""
    newest: int
    withdrawn: bool
    corrected: bool


def _item(row: WireRow) -> WireItem:
    return WireItem(
        guid=row.guid,
        version=row.version,
        agency=row.agency,
        headline=row.headline,
        body=row.body,
        source_format=row.source_format,
        source=row.source,
        slugline=row.slugline,
        byline=row.byline,
        dateline=row.dateline,
        summary=row.summary,
        language=row.language,
        urgency=row.urgency,
        status=WireStatus(row.status),
        signal=WireSignal(row.signal),
        correction=row.correction,
        version_created=row.version_created,
        first_created=row.first_created,
    )


def _story(row: WireRow) -> WireStory:
    return WireStory(row.id, _item(row), row.current, row.file_name, row.received_at)


def _row(item: WireItem, file_name: str, moment: datetime) -> WireRow:
    return WireRow(
        guid=item.guid,
        version=item.version,
        current=True,
        agency=item.agency,
        headline=item.headline,
        slugline=item.slugline,
        byline=item.byline,
        dateline=item.dateline,
        summary=item.summary,
        language=item.language,
        urgency=item.urgency,
        status=item.status.value,
        signal=item.signal.value,
        correction=item.correction,
        body=item.body,
        source_format=item.source_format,
        source=item.source,
        file_name=file_name[:500],
        version_created=item.version_created,
        first_created=item.first_created,
        received_at=moment,
    )


def _language(tag: str) -> str:
    tag = tag.strip()
    if tag and len(tag) <= 35 and all(part.isalnum() for part in tag.split("-")):
        return tag
    return "en"


def _delivery_order(entry: tuple[str, WireItem]) -> tuple[str, int, datetime]:
    item = entry[1]
    return (item.guid, item.version, item.version_created or datetime.min.replace(tzinfo=UTC))


class WireService:
    def __init__(self, database: Database, identity: Identity, articles: ArticleService) -> None:
        self._db = database
        self._identity = identity
        self._articles = articles

    def _require_editor(self, doing: str) -> None:
        user = self._identity.user
        if not may_edit(user):
            raise NotAllowed(f"{user.display_name} may not {doing}")

    # ---------------------------------------------------------------- deliveries

    def take(
        self, items: Sequence[tuple[str, WireItem]], refused: Sequence[Refused] = ()
    ) -> WireImportReport:
        """Store the items read from files (file name, item), all in one transaction;
        `refused` are the files the readers could not take, passed through to the report."""
        self._require_editor("import wire items")
        outcomes: dict[Delivery, list[Delivered]] = {d: [] for d in Delivery}
        late: list[Refused] = []
        moment = datetime.now(UTC)
        try:
            self._take(items, outcomes, late, moment)
        except IntegrityError:
            raise InvalidInput(
                "Another import took some of these items at the same moment; nothing was "
                "taken from these files: import them again"
            ) from None
        return WireImportReport(
            added=tuple(outcomes[Delivery.ADDED]),
            updated=tuple(outcomes[Delivery.UPDATED]),
            unchanged=tuple(outcomes[Delivery.UNCHANGED]),
            refused=tuple(refused) + tuple(late),
        )

    def _take(
        self,
        items: Sequence[tuple[str, WireItem]],
        outcomes: dict[Delivery, list[Delivered]],
        late: list[Refused],
        moment: datetime,
    ) -> None:
        with self._db.transaction() as session:
            for file_name, item in sorted(items, key=_delivery_order):
                current = session.scalar(
                    select(WireRow).where(WireRow.guid == item.guid, WireRow.current.is_(True))
                )
                delivery = judge_delivery(_item(current) if current else None, item)
                if delivery is Delivery.OLDER:
                    assert current is not None
                    late.append(
                        Refused(
                            file_name,
                            f"version {item.version} of {item.guid} is older than version "
                            f"{current.version}, already here",
                        )
                    )
                    continue
                if delivery is Delivery.UPDATED and current is not None:
                    current.current = False
                    session.flush()
                if delivery is not Delivery.UNCHANGED:
                    session.add(_row(item, file_name, moment))
                    session.flush()
                outcomes[delivery].append(Delivered(file_name, item.guid, item.version, delivery))

    # ---------------------------------------------------------------- reading

    def current(self, agency: str | None = None, most: int = 1000) -> list[WireStory]:
        """The newest version of every item, newest delivery first."""
        statement = select(WireRow).where(WireRow.current.is_(True))
        if agency:
            statement = statement.where(WireRow.agency == agency)
        statement = statement.order_by(WireRow.received_at.desc(), WireRow.id.desc()).limit(most)
        with self._db.transaction() as session:
            return [_story(row) for row in session.scalars(statement)]

    def history(self, guid: str) -> list[WireStory]:
        """Every version of one item, newest first."""
        statement = select(WireRow).where(WireRow.guid == guid).order_by(WireRow.id.desc())
        with self._db.transaction() as session:
            return [_story(row) for row in session.scalars(statement)]

    def get(self, wire_id: int) -> WireStory:
        with self._db.transaction() as session:
            row = session.get(WireRow, wire_id)
            if row is None:
                raise NotFound(f"No wire item with id {wire_id}")
            return _story(row)

    def rewritten_from(self, article_id: int) -> WireStory | None:
        """The version a story was rewritten from (the diff's other side), if it was."""
        with self._db.transaction() as session:
            use = session.get(WireUse, article_id)
            return _story(session.get_one(WireRow, use.wire_item_id)) if use else None

    # ---------------------------------------------------------------- rewriting

    def rewrite(self, wire_id: int) -> Article:
        """A draft from a wire item: its text, the agency in the credit line, and a link
        back to the version it started from."""
        self._require_editor("rewrite wire items")
        story = self.get(wire_id)
        item = story.item
        if item.withdrawn:
            raise InvalidInput(f"{item.agency or 'The agency'} withdrew “{item.headline}”")
        edit = ArticleEdit(
            headline=item.headline,
            standfirst=item.summary,
            body=item.body,
            dateline=item.dateline,
            byline=item.byline,
            credit=item.agency,
            language=_language(item.language),
        )
        user_id = self._identity.user.id

        def link(session: Session, article_id: int) -> None:
            session.add(
                WireUse(
                    article_id=article_id,
                    guid=item.guid,
                    wire_item_id=wire_id,
                    seen_item_id=wire_id,
                    used_by=user_id,
                    used_at=datetime.now(UTC),
                )
            )

        return self._articles.create(
            edit, slug=item.slugline or None, reason="rewritten from the wire", also=link
        )

    # ---------------------------------------------------------------- notices

    def notices(self) -> list[WireNotice]:
        """Stories rewritten from items updated since: the current user's own until they
        have seen the update; any story whose item was withdrawn, whoever wrote it."""
        user_id = self._identity.user.id
        withdrawn_status = WireStatus.CANCELED.value
        statement = (
            select(
                WireUse.article_id,
                WireUse.guid,
                WireUse.wire_item_id,
                orm.Article.headline,
                WireRow.id,
                WireRow.agency,
                WireRow.status,
                WireRow.signal,
            )
            .join(WireRow, (WireRow.guid == WireUse.guid) & WireRow.current.is_(True))
            .join(orm.Article, orm.Article.id == WireUse.article_id)
            .where(orm.Article.trashed_at.is_(None))
            # Only what makes a notice, in the query: every use of every item ever
            # rewritten is read at each look otherwise, with the items' whole texts.
            .where(
                (WireRow.status == withdrawn_status)
                | ((WireUse.used_by == user_id) & (WireUse.seen_item_id != WireRow.id))
            )
            .order_by(WireRow.received_at.desc(), WireUse.article_id)
        )
        with self._db.transaction() as session:
            notices = [
                WireNotice(
                    article_id=article_id,
                    headline=headline,
                    agency=agency,
                    guid=guid,
                    rewritten_from=rewritten_from,
                    newest=newest,
                    withdrawn=status == withdrawn_status,
                    corrected=signal == WireSignal.CORRECTION.value,
                )
                for (
                    article_id,
                    guid,
                    rewritten_from,
                    headline,
                    newest,
                    agency,
                    status,
                    signal,
                ) in session.execute(statement)
            ]
        return notices

    def seen(self, article_id: int) -> None:
        """The rewriter has looked at the newest version: its update notice goes."""
        self._require_editor("follow wire items")
        with self._db.transaction() as session:
            use = session.get(WireUse, article_id)
            if use is None:
                raise NotFound(f"Story {article_id} was not rewritten from a wire item")
            newest = session.scalar(
                select(WireRow.id).where(WireRow.guid == use.guid, WireRow.current.is_(True))
            )
            if newest is not None:
                use.seen_item_id = newest
