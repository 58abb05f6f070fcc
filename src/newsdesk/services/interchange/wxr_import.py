"""A WordPress export becomes stories, sections, tags and comments, in one transaction.

Posts become stories (their HTML as clean Markdown, their status as our state, their
author as the byline); categories, nested, become sections; tags stay tags; comments keep
their moderation state, their threads and whether they are pingbacks or trackbacks.
Pages, media, menu entries and other taxonomies are listed as skipped.

Private and password-protected posts become private drafts, with a desk note saying so:
no export (site, feeds, sitemap, ninjs, a WordPress export without private data)
carries them until someone publishes them. Whether a post's comments are open comes
with it. What was imported other than the file had it (such a post, control characters
removed) is listed as changed, post by post.

Importing the same file again adds nothing twice: every story and comment gets a UUID
derived from the site and its WordPress id (or keeps the one our own export wrote), and
sections are matched by slug. New comments on stories already here are still added.
A refused file (see `wxr_read`) or a cancelled import writes nothing.
"""

from __future__ import annotations

import time
import uuid
from collections.abc import Sequence
from pathlib import Path
from urllib.parse import unquote

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from newsdesk.domain import limits
from newsdesk.domain.entities import User
from newsdesk.domain.enums import ArticleStatus, CommentKind, CommentStatus
from newsdesk.domain.slugs import slugify
from newsdesk.domain.text_cleaning import removed_phrase
from newsdesk.services.interchange import wxr_format as fmt
from newsdesk.services.interchange.html_text import (
    html_to_line,
    html_to_markdown,
    html_to_plain_text,
    title_to_line,
)
from newsdesk.services.interchange.newsroom_writes import free_article_slug, now, require_editor
from newsdesk.services.interchange.wxr_import_report import (
    Changed,
    Present,
    Skipped,
    WxrImportReport,
    skipped_reasons,
)
from newsdesk.services.interchange.wxr_media import (
    featured_picture,
    prepare_attachments,
    store_attachments,
)
from newsdesk.services.interchange.wxr_post_facts import (
    KEPT_PRIVATE,
    comment_text,
    comments_open,
    language_tag,
    own_state,
    post_label,
    state_and_privacy,
    uuid_or_none,
    web_address,
    with_article,
)
from newsdesk.services.interchange.wxr_read import (
    WxrComment,
    WxrDocument,
    WxrItem,
    WxrRefused,
    WxrTerm,
    read_wxr,
)
from newsdesk.services.publishing.progress import Progress
from newsdesk.services.revisions import add_revision
from newsdesk.services.rows import set_article_tags
from newsdesk.storage import orm
from newsdesk.storage.database import Database
from newsdesk.storage.orm_copydesk import EditorialNote
from newsdesk.storage.orm_media import ArticlePicture
from newsdesk.storage.orm_moderation import fold_comment_deltas

__all__ = [
    "Changed",
    "Present",
    "Skipped",
    "WxrImportReport",
    "WxrRefused",
    "import_wxr",
    "skipped_reasons",
]

_SKIPPED_TYPES = {
    "page": "a page, not a story: only posts become stories",
    "attachment": "a media file whose file was not found or not taken (see missing media)",
    "nav_menu_item": "a menu entry of the WordPress theme",
    "revision": "an old revision kept by WordPress",
    "": "no WordPress post type (its wp: fields are missing or in another namespace)",
}


class _Import:
    """One import run: the session, the file and what has been written so far."""

    def __init__(
        self,
        session: Session,
        document: WxrDocument,
        user: User,
        source: str,
        pictures: dict[str, int] | None = None,
    ) -> None:
        self.session = session
        self.pictures = pictures or {}
        """Library picture ids by the attachment's WordPress post id."""
        self.doc = document
        self.user = user
        self.source = source
        self.moment = now()
        self.skipped: list[Skipped] = []
        self.changed: list[Changed] = []
        self.sections: dict[str, int] = {}
        """WordPress category slug -> section id."""
        self.section_parents: dict[int, int | None] = {}
        self.categories = 0
        self.posts = 0
        self.posts_present = 0
        self.present: list[Present] = []
        self.in_file: dict[str, tuple[int, str, str]] = {}
        """Story uuid -> the line, title and body of the post in this file that had it."""
        self.comments_present = 0
        self.kinds = dict.fromkeys(CommentKind, 0)
        self.new_tags: set[str] = set()
        self.article_ids: list[int] = []
        site = document.site_url.strip().rstrip("/").lower() or document.title
        self.site_key = site

    # ------------------------------------------------------------------ sections

    def sections_from_categories(self) -> None:
        declared: dict[str, WxrTerm] = {}
        others: dict[str, list[WxrTerm]] = {}
        for term in self.doc.terms:
            if term.taxonomy == "category" and term.slug:
                declared.setdefault(term.slug, term)
            elif term.taxonomy != "post_tag":
                others.setdefault(term.taxonomy or "(none)", []).append(term)
        for item in self.doc.items:
            if item.post_type != "post":
                continue
            for used in item.terms:
                if used.taxonomy == "category" and used.slug and used.slug not in declared:
                    declared[used.slug] = WxrTerm(
                        item.line, "category", used.slug, used.name, "", ""
                    )
        for taxonomy, terms in others.items():
            self.skipped.append(
                Skipped(
                    terms[0].line,
                    f"{len(terms)} term(s) of the taxonomy {taxonomy!r}",
                    "the newsroom has sections and tags only",
                )
            )
        for slug in declared:
            self._section(slug, declared, ())

    def _section(self, wp_slug: str, declared: dict[str, WxrTerm], seen: tuple[str, ...]) -> int:
        if wp_slug in self.sections:
            return self.sections[wp_slug]
        term = declared[wp_slug]
        parent_id: int | None = None
        if term.parent_slug:
            if term.parent_slug in seen or term.parent_slug == wp_slug:
                self.skipped.append(
                    Skipped(term.line, f"parent of category {wp_slug!r}", "categories form a loop")
                )
            elif term.parent_slug not in declared:
                self.skipped.append(
                    Skipped(
                        term.line,
                        f"parent of category {wp_slug!r}",
                        f"its parent {term.parent_slug!r} is not in the file; made top-level",
                    )
                )
            else:
                parent_id = self._section(term.parent_slug, declared, (*seen, wp_slug))
        name = html_to_line(term.name)[:200] or unquote(wp_slug)[:200]
        slug = slugify(unquote(wp_slug) or name)
        existing = self.session.scalar(select(orm.Section.id).where(orm.Section.slug == slug))
        if existing is None:
            position = self.session.scalar(
                select(func.coalesce(func.max(orm.Section.position) + 1, 0)).where(
                    orm.Section.parent_id.is_(None)
                    if parent_id is None
                    else orm.Section.parent_id == parent_id
                )
            )
            row = orm.Section(name=name, slug=slug, parent_id=parent_id, position=position or 0)
            self.session.add(row)
            self.session.flush()
            existing = row.id
            self.categories += 1
            if term.removed:
                self.changed.append(
                    Changed(term.line, f"category “{name}”", removed_phrase(term.removed))
                )
        self.sections[wp_slug] = existing
        self.section_parents[existing] = parent_id
        return existing

    def _section_for(self, item: WxrItem) -> int | None:
        """The most specific of the post's categories: one that is no other's ancestor."""
        chosen = [self.sections[t.slug] for t in item.terms if t.taxonomy == "category" and t.slug]
        chosen = [c for c in dict.fromkeys(chosen)]
        if not chosen:
            return None
        ancestors: set[int] = set()
        for section_id in chosen:
            parent = self.section_parents.get(section_id)
            while parent is not None and parent not in ancestors:
                ancestors.add(parent)
                parent = self.section_parents.get(parent)
        leaves = [c for c in chosen if c not in ancestors]
        if len(leaves) > 1:
            names = [t.name for t in item.terms if t.taxonomy == "category"]
            self.skipped.append(
                Skipped(
                    item.line,
                    f"categories of “{title_to_line(item.title)}” beyond the first",
                    f"a story has one section; filed under the first of {', '.join(names)}",
                )
            )
        return leaves[0] if leaves else chosen[0]

    # ------------------------------------------------------------------ stories

    def article_uuid(self, item: WxrItem) -> str:
        own = uuid_or_none(item.meta.get(fmt.META_UUID, "")) or (
            uuid_or_none(item.guid) if item.guid.lower().startswith("urn:uuid:") else None
        )
        if own:
            return own
        if item.post_id:
            key = f"post:{self.site_key}:{item.post_id}"
        elif item.guid:
            key = f"guid:{item.guid}"
        else:
            key = f"post:{self.site_key}:{item.title}:{item.date}"
        return str(uuid.uuid5(fmt.IMPORT_NAMESPACE, key))

    def _skip_reason(self, item: WxrItem) -> str | None:
        if item.post_type == "attachment" and item.post_id in self.pictures:
            return ""  # it became a library picture
        if item.post_type != "post":
            return _SKIPPED_TYPES.get(
                item.post_type, f"a {item.post_type!r} item: only posts become stories"
            )
        if item.status == "auto-draft":
            return "an automatic draft WordPress never saved"
        if item.status == "inherit":
            return "an old revision kept by WordPress"
        return None

    def _status(self, item: WxrItem) -> tuple[ArticleStatus, bool]:
        """Our state and whether the story is in the trash."""
        trashed = item.status == "trash"
        ours = own_state(item)
        if ours is not None:
            return ours, trashed
        wp_status = item.meta.get(fmt.WP_TRASH_STATUS, "draft") if trashed else item.status
        status = fmt.FROM_WORDPRESS.get(wp_status)
        if status is None:
            self.skipped.append(
                Skipped(
                    item.line,
                    f"status {wp_status!r} of “{title_to_line(item.title)}”",
                    "not a WordPress status this importer knows; imported as a draft",
                )
            )
            return ArticleStatus.DRAFT, trashed
        return status, trashed

    def _body(self, item: WxrItem) -> str:
        markdown = item.meta.get(fmt.META_MARKDOWN)
        if markdown is not None and fmt.markdown_is_inert(markdown):
            return markdown.strip() + "\n" if markdown.strip() else ""
        return html_to_markdown(item.content)

    def _byline(self, item: WxrItem) -> str:
        """Every author, in order: Co-Authors Plus terms, else each `dc:creator`."""
        if fmt.META_BYLINE in item.meta:
            return html_to_line(item.meta[fmt.META_BYLINE])[: limits.BYLINE.most]
        logins = (
            [
                term.name or term.slug.removeprefix("cap-")
                for term in item.terms
                if term.taxonomy == fmt.COAUTHOR_TAXONOMY
            ]
            or list(item.creators)
            or [item.creator]
        )
        names: list[str] = []
        for login in dict.fromkeys(login.casefold() for login in logins):
            author = self.doc.authors.get(login) or next(
                (a for key, a in self.doc.authors.items() if key.casefold() == login), None
            )
            name = html_to_line(author.display_name if author else login)
            if name and name.casefold() not in (n.casefold() for n in names):
                names.append(name)
        kept: list[str] = []
        for name in names:
            if len(fmt.BYLINE_SEPARATOR.join([*kept, name])) > limits.BYLINE.most:
                self.changed.append(
                    Changed(
                        item.line,
                        post_label(item, title_to_line(item.title) or "Untitled"),
                        f"{len(names) - len(kept)} co-author(s) beyond the byline's "
                        f"{limits.BYLINE.most} characters left out",
                    )
                )
                break
            kept.append(name)
        return fmt.BYLINE_SEPARATOR.join(kept)[: limits.BYLINE.most]

    def story(self, item: WxrItem) -> None:
        reason = self._skip_reason(item)
        if reason == "":
            return
        if reason is not None:
            title = title_to_line(item.title) or item.post_id or "untitled"
            kind = item.post_type or "item"
            if item.comments:
                reason += f" (its {len(item.comments)} comment(s) too)"
            self.skipped.append(Skipped(item.line, f"{kind} “{title}”", reason))
            return
        article_uuid = self._distinct_uuid(item, self.article_uuid(item))
        article_id = self.session.scalar(
            select(orm.Article.id).where(orm.Article.uuid == article_uuid)
        )
        if article_id is not None:
            self.posts_present += 1
            self.present.append(Present(item.line, title_to_line(item.title) or "Untitled"))
        else:
            article_id = self._write_story(item, article_uuid)
        if article_id is not None:
            self._comments(item, article_id, article_uuid)

    def _distinct_uuid(self, item: WxrItem, article_uuid: str) -> str:
        """Two different posts sharing one id (a guid copied between sites) are two stories,
        as WordPress keeps them; the second gets an id of its own, the same on every import."""
        title = title_to_line(item.title) or "Untitled"
        earlier = self.in_file.get(article_uuid)
        if earlier is None or (earlier[1], earlier[2]) == (title, item.content):
            self.in_file.setdefault(article_uuid, (item.line, title, item.content))
            return article_uuid
        own = str(uuid.uuid5(fmt.IMPORT_NAMESPACE, f"{article_uuid}:line:{item.line}"))
        self.changed.append(
            Changed(
                item.line,
                post_label(item, title),
                f"shares its id with “{earlier[1]}” (line {earlier[0]}); "
                "imported as a story of its own",
            )
        )
        self.in_file[own] = (item.line, title, item.content)
        return own

    def _too_large(self, item: WxrItem, headline: str, body: str) -> bool:
        """Whether the story cannot be saved as it is (`domain.limits`): then it is skipped,
        its comments too, rather than written as a story no save could store again."""
        problem = limits.story_excess({"headline": headline, "body": body})
        if problem is None:
            return False
        shown = headline if len(headline) <= 80 else headline[:79] + "…"
        reason = f"{problem}: too large to be a story"
        if item.comments:
            reason += f" (its {len(item.comments)} comment(s) too)"
        self.skipped.append(Skipped(item.line, post_label(item, shown), reason))
        return True

    def _write_story(self, item: WxrItem, article_uuid: str) -> int | None:
        headline = title_to_line(item.title) or "Untitled"
        body = self._body(item)
        if self._too_large(item, headline, body):
            return None
        status, trashed = self._status(item)
        status, hidden = state_and_privacy(item, status)
        meta = item.meta
        created = fmt.from_iso(meta.get(fmt.META_CREATED)) or item.date or self.moment
        published = None if hidden else fmt.from_iso(meta.get(fmt.META_PUBLISHED))
        if published is None and status.is_public:
            published = item.date or created
        scheduled = None if hidden else fmt.from_iso(meta.get(fmt.META_SCHEDULED))
        if scheduled is None and item.status == "future" and not hidden:
            scheduled = item.date
        tags = [
            html_to_line(t.name)[: limits.TAG.most] for t in item.terms if t.taxonomy == "post_tag"
        ]
        tags = [tag for tag in dict.fromkeys(tags) if tag]
        for tag in tags:
            if (
                tag not in self.new_tags
                and self.session.scalar(select(orm.Tag.id).where(orm.Tag.name == tag)) is None
            ):
                self.new_tags.add(tag)
        wanted_slug = unquote(item.post_name) or headline
        # Field by field: each comes from its own WordPress element, cleaned its own way.
        row = orm.Article(
            uuid=article_uuid,
            slug=free_article_slug(self.session, wanted_slug),
            headline=headline,
            standfirst=html_to_plain_text(item.excerpt),
            body=body,
            dateline=html_to_line(meta.get(fmt.META_DATELINE, ""))[: limits.DATELINE.most],
            byline=self._byline(item),
            credit=html_to_line(meta.get(fmt.META_CREDIT, ""))[: limits.CREDIT.most],
            section_id=self._section_for(item),
            language=language_tag(meta.get(fmt.META_LANGUAGE, ""))
            or language_tag(self.doc.language)
            or "en",
            status=status.value,
            correction_note=html_to_plain_text(meta.get(fmt.META_CORRECTION, "")),
            author_id=self.user.id,
            version=1,
            created_at=created,
            updated_at=fmt.from_iso(meta.get(fmt.META_UPDATED)) or item.modified or created,
            published_at=published,
            scheduled_at=scheduled,
            trashed_at=self.moment if trashed else None,
            comments_open=comments_open(item),
            private=hidden is not None,
        )
        self.session.add(row)
        self.session.flush()
        set_article_tags(self.session, row.id, tags)
        featured = featured_picture(item, self.pictures)
        if featured is not None:
            lead = ArticlePicture(article_id=row.id, role="lead", picture_id=featured)
            lead.caption = lead.credit = lead.alt = ""
            self.session.add(lead)
        add_revision(self.session, row, self.user.id, f"imported from {self.source}", self.moment)
        what = post_label(item, headline)
        if hidden is not None:
            how = f"{hidden} in WordPress: imported as {with_article(status)} {KEPT_PRIVATE}"
            self.changed.append(Changed(item.line, what, how))
            self.session.add(
                EditorialNote(
                    article_id=row.id,
                    author_id=self.user.id,
                    created_at=self.moment,
                    body=f"{hidden.capitalize()} in WordPress ({self.source}): imported as "
                    f"{with_article(status)} {KEPT_PRIVATE}.",
                )
            )
        if item.removed:
            self.changed.append(Changed(item.line, what, removed_phrase(item.removed)))
        self.posts += 1
        self.article_ids.append(row.id)
        return row.id

    # ------------------------------------------------------------------ comments

    def comment_uuid(self, comment: WxrComment, article_uuid: str) -> str:
        own = uuid_or_none(comment.meta.get(fmt.META_UUID, ""))
        if own:
            return own
        if comment.wp_id:
            key = f"{article_uuid}:comment:{comment.wp_id}"
        else:
            key = f"{article_uuid}:comment:{comment.author}:{comment.date}:{comment.content}"
        return str(uuid.uuid5(fmt.IMPORT_NAMESPACE, key))

    def _comment_status(self, comment: WxrComment) -> CommentStatus:
        status = fmt.COMMENT_FROM_WORDPRESS.get(comment.approved.strip().lower())
        if status is None:
            self.skipped.append(
                Skipped(
                    comment.line,
                    f"state {comment.approved!r} of comment {comment.wp_id or ''}".strip(),
                    "not a WordPress comment state; held as pending",
                )
            )
            return CommentStatus.PENDING
        return status

    def _comments(self, item: WxrItem, article_id: int, article_uuid: str) -> None:
        if not item.comments:
            return
        keys = [self.comment_uuid(c, article_uuid) for c in item.comments]
        present = dict(
            self.session.execute(
                select(orm.Comment.uuid, orm.Comment.id).where(orm.Comment.uuid.in_(keys))
            ).all()
        )
        by_wp_id: dict[str, int] = {}
        written: list[tuple[orm.Comment, WxrComment]] = []
        for comment, key in zip(item.comments, keys, strict=True):
            if key in present:
                self.comments_present += 1
                if comment.wp_id:
                    by_wp_id[comment.wp_id] = present[key]
                continue
            row = self._comment_row(comment, key, article_id, item)
            if row is None:
                continue
            present[key] = -1  # a repeated id in the file is written once
            written.append((row, comment))
        if not written:
            return
        self.session.add_all(row for row, _ in written)
        self.session.flush()
        for row, comment in written:
            if comment.wp_id:
                by_wp_id[comment.wp_id] = row.id
        for row, comment in written:
            parent = comment.parent_id.strip()
            if parent and parent != "0":
                if parent in by_wp_id and by_wp_id[parent] != row.id:
                    row.parent_id = by_wp_id[parent]
                else:
                    self.skipped.append(
                        Skipped(
                            comment.line,
                            f"thread of comment {comment.wp_id}",
                            f"it answers comment {parent}, which is not on this post; "
                            "kept as a top-level comment",
                        )
                    )
        self.session.flush()

    def _comment_row(
        self, comment: WxrComment, key: str, article_id: int, item: WxrItem
    ) -> orm.Comment | None:
        body = comment_text(comment)
        problem = "no text left in it" if not body else limits.COMMENT_BODY.excess(body)
        if problem is not None:
            self.skipped.append(Skipped(comment.line, f"comment {comment.wp_id}".strip(), problem))
            return None
        kind_name = comment.kind.strip().lower()
        kind = CommentKind(kind_name) if kind_name in ("pingback", "trackback") else None
        kind = kind or CommentKind.COMMENT
        email = comment.email.strip()
        self.kinds[kind] += 1
        if comment.removed:
            on = post_label(item, title_to_line(item.title) or "Untitled")
            what = f"comment {comment.wp_id} on {on}" if comment.wp_id else f"a comment on {on}"
            self.changed.append(Changed(comment.line, what, removed_phrase(comment.removed)))
        return orm.Comment(
            uuid=key,
            article_id=article_id,
            author_name=html_to_line(comment.author)[: limits.COMMENT_AUTHOR.most] or "Anonymous",
            author_email=email if limits.COMMENT_EMAIL.excess(email) is None else "",
            author_url=web_address(comment.url),
            body=body,
            status=self._comment_status(comment).value,
            submitted_at=comment.date or item.date or self.moment,
            ip=comment.ip.strip()[: limits.COMMENT_IP.most],
            spam_score=0.0,
            reasons=[],
            kind=kind.value,
            newsroom_reply=comment.meta.get(fmt.META_REPLY) == "1",
        )


def _import_items(run: _Import, items: Sequence[WxrItem], progress: Progress | None) -> None:
    for item in items:
        run.story(item)
        if progress is not None:
            progress.step(message=title_to_line(item.title))


def import_wxr(
    database: Database,
    user: User,
    path: Path,
    progress: Progress | None = None,
    media_dir: Path | None = None,
) -> WxrImportReport:
    """Import the WordPress export at `path`; WxrRefused (nothing written) when it cannot.
    Attachments' files are taken from `media_dir` (`wxr_media`)."""
    started = time.perf_counter()
    require_editor(user)
    document = read_wxr(path)
    attachments = prepare_attachments(list(document.items), media_dir)
    if progress is not None:
        progress.start(len(document.items), f"Importing {path.name}")
    with database.transaction() as session:
        pictures = store_attachments(session, attachments, user.id, now())
        run = _Import(session, document, user, path.name, pictures)
        run.sections_from_categories()
        _import_items(run, document.items, progress)
        fold_comment_deltas(session, most=None)
    if document.removed:
        run.changed.append(
            Changed(
                0, "the site's title, authors and other texts", removed_phrase(document.removed)
            )
        )
    return WxrImportReport(
        posts=run.posts,
        comments=sum(run.kinds.values()),
        pingbacks=run.kinds[CommentKind.PINGBACK],
        trackbacks=run.kinds[CommentKind.TRACKBACK],
        categories=run.categories,
        tags=len(run.new_tags),
        posts_already_present=run.posts_present,
        comments_already_present=run.comments_present,
        skipped=tuple(sorted(run.skipped, key=lambda s: s.line)),
        flaws=document.flaws,
        article_ids=tuple(run.article_ids),
        seconds=time.perf_counter() - started,
        changed=tuple(sorted(run.changed, key=lambda c: c.line)),
        present=tuple(run.present),
        pictures=len(pictures),
        missing_media=attachments.missing,
    )
