"""The media library's use cases: add, find, edit and remove pictures; which stories use
them; their renditions' bytes. One transaction each, frozen values out.

Decoding and metadata reading happen before the transaction (they are the slow part and
need no database); the write then takes the bytes as they were decoded. The same bytes
added twice are one picture (`sha256`), whatever the files were called.
"""

from __future__ import annotations

import hashlib
import os
from collections import defaultdict
from collections.abc import Iterable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import ColumnElement, Select, delete, literal_column, select, text, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from newsdesk.domain.changes import Changes
from newsdesk.domain.checks.findings import PictureFacts
from newsdesk.domain.enums import Role
from newsdesk.domain.errors import (
    FileProblem,
    InvalidInput,
    NewsdeskError,
    NotAllowed,
    NotFound,
)
from newsdesk.domain.media import (
    MAX_FILE_BYTES,
    AddedPicture,
    LeadTexts,
    LeadUse,
    Picture,
    PictureText,
    Rendition,
    RenditionKind,
    clean_filename,
    clean_picture_text,
    clean_text,
)
from newsdesk.domain.media_references import picture_references
from newsdesk.domain.workflow import may_edit
from newsdesk.services.media.decode import DecodedPicture, decode_picture
from newsdesk.services.media.metadata import read_picture_text
from newsdesk.services.search import (
    postgres_tsquery,
    prepare_search,
    search_tokens,
    sqlite_match_expression,
)
from newsdesk.services.users import Identity
from newsdesk.storage import orm
from newsdesk.storage.database import Database
from newsdesk.storage.orm_media import ArticlePicture, PictureRendition
from newsdesk.storage.orm_media import Picture as PictureRow

LEAD = "lead"
INLINE = "inline"
PICTURE_REMOVERS = frozenset({Role.COPY, Role.PUBLISHER, Role.ADMIN})
DECODE_WORKERS = 2
"""How many pictures are decoded at once: each decoded camera picture can take hundreds
of megabytes, so peak memory grows with this, not with the machine's cores."""


class MediaService:
    def __init__(self, database: Database, identity: Identity) -> None:
        self._db = database
        self._identity = identity

    def _adder(self) -> int:
        user = self._identity.user
        if not may_edit(user):
            raise NotAllowed(f"{user.display_name} may not add or change pictures")
        return user.id

    # ---- adding --------------------------------------------------------------------------
    def add_file(self, path: Path) -> AddedPicture:
        """A picture from a file; FileProblem when it cannot be read, InvalidInput when it
        is not a picture we take. The size is judged before the file is read."""
        return self.add(read_picture_file(path), path.name)

    def add(self, data: bytes, filename: str) -> AddedPicture:
        (added,) = self.add_prepared([prepare_picture(data, filename)])
        return added

    def add_prepared(
        self, prepared: Sequence[PreparedPicture], *, retry: bool = True
    ) -> list[AddedPicture]:
        """Pictures decoded beforehand (`prepare_picture`, on any thread) added in one
        transaction: all of them, or none."""
        adder = self._adder()
        now = datetime.now(UTC)
        try:
            with self._db.transaction() as session:
                ids: list[tuple[int, bool]] = []
                for picture in prepared:
                    found = session.scalar(
                        select(PictureRow.id).where(PictureRow.sha256 == picture.sha256)
                    )
                    if found is None:
                        found = _insert(session, picture, adder, now)
                        ids.append((found, False))
                    else:
                        ids.append((found, True))
                session.flush()
                shown = _pictures(session, [i for i, _ in ids])
                return [AddedPicture(shown[i], already_there=there) for i, there in ids]
        except IntegrityError:
            if not retry:
                raise
            # Someone added the same bytes meanwhile: the second try finds theirs.
            return self.add_prepared(prepared, retry=False)

    # ---- reading -------------------------------------------------------------------------
    def ids(self, search: str = "") -> list[int]:
        """Every picture's id, newest first, or those whose caption, credit, creator or
        file name hold every word of `search` (the stories' full-text search)."""
        statement = select(PictureRow.id).order_by(PictureRow.added_at.desc(), PictureRow.id.desc())
        with self._db.transaction() as session:
            clause = _search_clause(session, self._db.dialect, search)
            if clause is not None:
                statement = statement.where(clause)
            return list(session.scalars(statement))

    def pictures(self, ids: Sequence[int]) -> dict[int, Picture]:
        with self._db.transaction() as session:
            return _pictures(session, ids)

    def list(self, search: str = "") -> list[Picture]:
        ids = self.ids(search)
        found = self.pictures(ids)
        return [found[i] for i in ids if i in found]

    def get(self, picture_id: int) -> Picture:
        found = self.pictures([picture_id])
        if picture_id not in found:
            raise NotFound(f"Picture {picture_id} does not exist")
        return found[picture_id]

    def rendition(self, picture_id: int, kind: RenditionKind) -> tuple[Rendition, bytes]:
        with self._db.transaction() as session:
            row = session.get(PictureRendition, (picture_id, kind.value))
            if row is None:
                raise NotFound(f"Picture {picture_id} has no {kind.value} rendition")
            return _rendition(row), row.data

    def thumbnails(self, ids: Sequence[int]) -> dict[int, bytes]:
        """The thumbnails of `ids` in one query (a screenful of the Media panel)."""
        wanted = list(dict.fromkeys(ids))
        if not wanted:
            return {}
        with self._db.transaction() as session:
            rows = session.execute(
                select(PictureRendition.picture_id, PictureRendition.data).where(
                    PictureRendition.picture_id.in_(wanted),
                    PictureRendition.kind == RenditionKind.THUMBNAIL.value,
                )
            )
            return {picture_id: data for picture_id, data in rows}

    def original(self, picture_id: int) -> bytes:
        with self._db.transaction() as session:
            data = session.scalar(select(PictureRow.data).where(PictureRow.id == picture_id))
            if data is None:
                raise NotFound(f"Picture {picture_id} does not exist")
            return data

    # ---- changing ------------------------------------------------------------------------
    def update_text(self, picture_id: int, changed: PictureText) -> Picture:
        self._adder()
        cleaned = clean_picture_text(changed)
        with self._db.transaction() as session:
            row = session.get(PictureRow, picture_id)
            if row is None:
                raise NotFound(f"Picture {picture_id} does not exist")
            for name, value in _text_columns(cleaned).items():
                setattr(row, name, value)
            row.updated_at = datetime.now(UTC)
            session.flush()
            return _pictures(session, [picture_id])[picture_id]

    def remove(self, picture_id: int) -> None:
        """Out of the library, unless a story still shows it (it says which). Who added
        it removes it, or the copy desk, publishers and admins (as the server's rights
        have it, migration 0020)."""
        user = self._identity.user
        self._adder()
        with self._db.transaction() as session:
            row = session.get(PictureRow, picture_id)
            if row is None:
                raise NotFound(f"Picture {picture_id} does not exist")
            if row.added_by_id != user.id and not user.roles & PICTURE_REMOVERS:
                raise NotAllowed(
                    f"{user.display_name} may not remove a picture someone else added "
                    "(the copy desk, publishers and admins may)"
                )
            users = _stories(session, [picture_id]).get(picture_id, ())
            if users:
                listed = ", ".join(str(story) for story in users)
                which = (
                    f"story {listed}; take it out of it"
                    if len(users) == 1
                    else (f"stories {listed}; take it out of them")
                )
                raise InvalidInput(f"Picture {picture_id} is used by {which} first")
            result = session.execute(delete(PictureRow).where(PictureRow.id == picture_id))
            if result.rowcount != 1:  # type: ignore[attr-defined]
                raise NotAllowed(f"The newsroom did not let {user.display_name} remove it")

    def set_lead(
        self, article_id: int, picture_id: int | None, texts: LeadTexts | None = None
    ) -> Changes:
        """The story's lead picture (None: none), with this story's own `texts` for it
        (none given or empty: the picture's own), in one transaction."""
        self._adder()
        own = _clean_lead_texts(texts or LeadTexts())
        with self._db.transaction() as session:
            if session.get(orm.Article, article_id) is None:
                raise NotFound(f"Story {article_id} does not exist")
            if picture_id is not None and session.get(PictureRow, picture_id) is None:
                raise NotFound(f"Picture {picture_id} does not exist")
            session.execute(
                delete(ArticlePicture).where(
                    ArticlePicture.article_id == article_id, ArticlePicture.role == LEAD
                )
            )
            if picture_id is not None:
                session.add(
                    ArticlePicture(
                        article_id=article_id,
                        role=LEAD,
                        picture_id=picture_id,
                        caption=own.caption,
                        credit=own.credit,
                        alt=own.alt,
                    )
                )
            touch_article(session, article_id)
        return Changes(articles=frozenset({article_id}))

    def set_lead_texts(
        self, article_id: int, *, caption: str = "", credit: str = "", alt: str = ""
    ) -> Picture:
        """This story's own caption, credit and alt text for its lead picture (empty: the
        picture's own); the picture's texts in the library stay as they are."""
        self._adder()
        own = _clean_lead_texts(LeadTexts(caption, credit, alt))
        with self._db.transaction() as session:
            use = session.scalar(
                select(ArticlePicture).where(
                    ArticlePicture.article_id == article_id, ArticlePicture.role == LEAD
                )
            )
            if use is None:
                raise NotFound(f"Story {article_id} has no lead picture")
            use.caption, use.credit, use.alt = own.caption, own.credit, own.alt
            touch_article(session, article_id)
        lead = self.lead(article_id)
        assert lead is not None
        return lead

    def lead_use(self, article_id: int) -> LeadUse | None:
        """The story's lead picture with its own texts, and the story's texts for it apart
        (what a form editing them shows)."""
        with self._db.transaction() as session:
            use = session.scalar(
                select(ArticlePicture).where(
                    ArticlePicture.article_id == article_id, ArticlePicture.role == LEAD
                )
            )
            if use is None:
                return None
            picture = _pictures(session, [use.picture_id])[use.picture_id]
            return LeadUse(picture, LeadTexts(use.caption, use.credit, use.alt))

    def lead_thumbnails(self, article_ids: Sequence[int]) -> dict[int, tuple[int, Rendition]]:
        """The lead pictures' thumbnails of the stories `article_ids` (the targets of
        "Check Also" links), by story: (the picture's id, its thumbnail)."""
        wanted = list(dict.fromkeys(article_ids))
        if not wanted:
            return {}
        with self._db.transaction() as session:
            rows = session.execute(
                select(ArticlePicture.article_id, PictureRendition)
                .join(PictureRendition, PictureRendition.picture_id == ArticlePicture.picture_id)
                .where(
                    ArticlePicture.article_id.in_(wanted),
                    ArticlePicture.role == LEAD,
                    PictureRendition.kind == RenditionKind.THUMBNAIL.value,
                )
            ).all()
            return {article_id: (made.picture_id, _rendition(made)) for article_id, made in rows}

    def lead(self, article_id: int) -> Picture | None:
        """The story's lead picture, with this story's texts where it gives its own."""
        with self._db.transaction() as session:
            use = session.scalar(
                select(ArticlePicture).where(
                    ArticlePicture.article_id == article_id, ArticlePicture.role == LEAD
                )
            )
            if use is None:
                return None
            picture = _pictures(session, [use.picture_id])[use.picture_id]
            return replace(
                picture,
                text=replace(
                    picture.text,
                    caption=use.caption or picture.text.caption,
                    credit=use.credit or picture.text.credit,
                    alt=use.alt or picture.text.alt,
                ),
            )


@dataclass(frozen=True, slots=True)
class PreparedPicture:
    """A file decoded and read, ready to be added: the slow part, done before (and
    outside) the transaction."""

    data: bytes
    sha256: str
    filename: str
    decoded: DecodedPicture
    text: PictureText


def prepare_picture(data: bytes, filename: str) -> PreparedPicture:
    """Decode `data` whole and read its texts; InvalidInput in one line when it is not a
    picture we take. No database: run it on any worker."""
    decoded = decode_picture(data)
    return PreparedPicture(
        data=data,
        sha256=hashlib.sha256(data).hexdigest(),
        filename=clean_filename(filename),
        decoded=decoded,
        text=clean_picture_text(read_picture_text(data, decoded.photoshop_resources)),
    )


def prepare_pictures(
    items: Sequence[tuple[bytes | Path, str]], workers: int | None = None
) -> list[PreparedPicture | NewsdeskError]:
    """`prepare_picture` for many (each its bytes or its file, and its name), on a few
    threads (at most `DECODE_WORKERS`, and no more than the machine has cores): Pillow
    decodes, resizes and encodes without the interpreter lock, so a batch of camera
    pictures takes a fraction of the time one after the other does, while only a few
    decoded pictures (up to ~360 MB each at 120 Mpixel) are held at once. In order: each
    one prepared, or why not (FileProblem for a file that cannot be read, InvalidInput
    for one that is not a picture we take)."""
    if not items:
        return []

    def one(item: tuple[bytes | Path, str]) -> PreparedPicture | NewsdeskError:
        source, name = item
        try:
            data = read_picture_file(source) if isinstance(source, Path) else source
            return prepare_picture(data, name)
        except NewsdeskError as problem:
            return problem

    count = min(len(items), workers or DECODE_WORKERS, os.cpu_count() or 1)
    if count <= 1:
        return [one(item) for item in items]
    with ThreadPoolExecutor(count, thread_name_prefix="picture") as pool:
        return list(pool.map(one, items))


def store_prepared(session: Session, picture: PreparedPicture, adder: int, now: datetime) -> int:
    """The picture's id in this transaction's library: the one with the same bytes, or a
    new one (for other services' transactions: an import keeping a page's picture)."""
    found = session.scalar(select(PictureRow.id).where(PictureRow.sha256 == picture.sha256))
    return found if found is not None else _insert(session, picture, adder, now)


def _insert(session: Session, picture: PreparedPicture, adder: int, now: datetime) -> int:
    row = PictureRow(
        sha256=picture.sha256,
        filename=picture.filename,
        mime=picture.decoded.mime,
        width=picture.decoded.width,
        height=picture.decoded.height,
        byte_size=len(picture.data),
        data=picture.data,
        added_by_id=adder,
        added_at=now,
        updated_at=now,
        **_text_columns(picture.text),
    )
    session.add(row)
    session.flush()
    session.add_all(
        PictureRendition(
            picture_id=row.id,
            kind=made.kind.value,
            width=made.width,
            height=made.height,
            mime=made.mime,
            sha256=made.sha256,
            byte_size=len(made.data),
            data=made.data,
        )
        for made in picture.decoded.renditions
    )
    return row.id


def read_picture_file(path: Path) -> bytes:
    """A picture file's bytes, its size judged first; FileProblem in one line."""
    try:
        size = path.stat().st_size
        if path.is_dir():
            raise FileProblem(f"{path} is a folder, not a picture")
        if size > MAX_FILE_BYTES:
            raise InvalidInput(
                f"{path.name}: the file is {size / 1024 / 1024:.0f} MB; pictures may be at "
                f"most {MAX_FILE_BYTES // 1024 // 1024} MB"
            )
        with path.open("rb") as file:
            return file.read(MAX_FILE_BYTES + 1)
    except FileNotFoundError:
        raise FileProblem(f"{path}: no such file") from None
    except PermissionError:
        raise FileProblem(f"{path}: permission denied") from None
    except OSError as error:
        raise FileProblem(f"{path}: {os.strerror(error.errno or 0) or error}") from None


def sync_inline_pictures(session: Session, article_id: int, body: str) -> None:
    """Record which library pictures a story's text shows (those that exist), in the
    save's own transaction: the library knows which stories use a picture."""
    wanted = set(picture_references(body))
    if wanted:
        wanted = set(session.scalars(select(PictureRow.id).where(PictureRow.id.in_(wanted))))
    have = set(
        session.scalars(
            select(ArticlePicture.picture_id).where(
                ArticlePicture.article_id == article_id, ArticlePicture.role == INLINE
            )
        )
    )
    if have - wanted:
        session.execute(
            delete(ArticlePicture).where(
                ArticlePicture.article_id == article_id,
                ArticlePicture.role == INLINE,
                ArticlePicture.picture_id.in_(have - wanted),
            )
        )
    session.add_all(
        ArticlePicture(
            article_id=article_id, role=INLINE, picture_id=picture, caption="", credit="", alt=""
        )
        for picture in sorted(wanted - have)
    )


def touch_article(session: Session, article_id: int) -> None:
    """The story changed (its lead picture): its time moves and the change log names it,
    so a laptop's sync and other windows see it; its version, which its text's saves
    are judged by, stays."""
    session.execute(
        update(orm.Article)
        .where(orm.Article.id == article_id)
        .values(updated_at=datetime.now(UTC))
        .execution_options(synchronize_session=False)
    )


def _clean_lead_texts(texts: LeadTexts) -> LeadTexts:
    return LeadTexts(
        caption=clean_text(texts.caption, "caption"),
        credit=clean_text(texts.credit, "credit"),
        alt=clean_text(texts.alt, "alt text"),
    )


def _text_columns(found: PictureText) -> dict[str, object]:
    return {
        "caption": found.caption,
        "alt": found.alt,
        "credit": found.credit,
        "creator": found.creator,
        "copyright": found.copyright,
        "usage_terms": found.usage_terms,
        "keywords": "\n".join(found.keywords),
        "taken": found.taken,
    }


def _search_clause(session: Session, dialect: str, search: str) -> ColumnElement[bool] | None:
    tokens = search_tokens(search)
    if not tokens:
        return None
    if dialect == "sqlite":
        matching: Select[Any] = select(literal_column("rowid")).select_from(
            text("picture_search WHERE picture_search MATCH :picture_query")
        )
        return PictureRow.id.in_(
            matching.params(picture_query=sqlite_match_expression(tokens)).scalar_subquery()
        )
    prepare_search(session, dialect)
    return text("pictures.search_vector @@ to_tsquery('simple', :picture_query)").bindparams(
        picture_query=postgres_tsquery(tokens)
    )  # type: ignore[return-value]


def _pictures(session: Session, ids: Iterable[int]) -> dict[int, Picture]:
    wanted = list(dict.fromkeys(ids))
    if not wanted:
        return {}
    adder = orm.User
    rows = session.execute(
        select(PictureRow, adder.display_name)
        .outerjoin(adder, adder.id == PictureRow.added_by_id)
        .where(PictureRow.id.in_(wanted))
    ).all()
    renditions: dict[int, list[Rendition]] = defaultdict(list)
    for made in session.scalars(
        select(PictureRendition).where(PictureRendition.picture_id.in_(wanted))
    ):
        renditions[made.picture_id].append(_rendition(made))
    stories = _stories(session, wanted)
    return {
        row.id: Picture(
            id=row.id,
            filename=row.filename,
            sha256=row.sha256,
            width=row.width,
            height=row.height,
            mime=row.mime,
            byte_size=row.byte_size,
            text=PictureText(
                caption=row.caption,
                alt=row.alt,
                credit=row.credit,
                creator=row.creator,
                copyright=row.copyright,
                usage_terms=row.usage_terms,
                taken=row.taken,
                keywords=tuple(k for k in row.keywords.split("\n") if k),
            ),
            added_at=row.added_at,
            added_by=name or "",
            stories=stories.get(row.id, ()),
            renditions=tuple(sorted(renditions[row.id], key=lambda r: r.width)),
        )
        for row, name in rows
    }


def _stories(session: Session, ids: Sequence[int]) -> dict[int, tuple[int, ...]]:
    found: dict[int, set[int]] = defaultdict(set)
    for picture, article in session.execute(
        select(ArticlePicture.picture_id, ArticlePicture.article_id).where(
            ArticlePicture.picture_id.in_(ids)
        )
    ):
        found[picture].add(article)
    return {picture: tuple(sorted(articles)) for picture, articles in found.items()}


def _rendition(row: PictureRendition) -> Rendition:
    return Rendition(
        kind=RenditionKind(row.kind),
        width=row.width,
        height=row.height,
        mime=row.mime,
        sha256=row.sha256,
        byte_size=row.byte_size,
    )


def picture_facts(session: Session, ids: Sequence[int]) -> dict[int, PictureFacts]:
    """What the picture checks read of the pictures `ids` (those in the library)."""
    if not ids:
        return {}
    rows = session.execute(
        select(
            PictureRow.id,
            PictureRow.width,
            PictureRow.alt,
            PictureRow.credit,
            PictureRow.usage_terms,
        ).where(PictureRow.id.in_(list(ids)))
    )
    return {row[0]: PictureFacts(*row) for row in rows}


def lead_facts(session: Session, article_id: int) -> PictureFacts | None:
    """The story's lead picture as the checks read it: this story's texts where it has
    its own, else the picture's."""
    row = session.execute(
        select(
            PictureRow.id,
            PictureRow.width,
            PictureRow.alt,
            PictureRow.credit,
            PictureRow.usage_terms,
            ArticlePicture.alt,
            ArticlePicture.credit,
        )
        .join(ArticlePicture, ArticlePicture.picture_id == PictureRow.id)
        .where(ArticlePicture.article_id == article_id, ArticlePicture.role == LEAD)
    ).first()
    if row is None:
        return None
    picture_id, width, alt, credit, usage, own_alt, own_credit = row
    return PictureFacts(picture_id, width, own_alt or alt, own_credit or credit, usage)
