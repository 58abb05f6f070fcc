"""`export_site`: the public newsroom as static files, rewriting only what changed.

Only published and corrected stories that are not in the trash are on the site. Each
run compares every file it would produce with the manifest of the last run (see
`manifest`): story pages are rendered only when their fingerprint moved, listing pages,
feeds and sitemap parts only when what they list moved, and files nothing produces any
more (killed, trashed or renamed stories) are removed.
"""

from __future__ import annotations

import gc
import hashlib
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from newsdesk.domain.errors import InvalidInput
from newsdesk.domain.form_tokens import page_token
from newsdesk.rendering import ReplyForm, render_article_page, stylesheet
from newsdesk.rendering.pictures import PictureView
from newsdesk.resources_path import resource_path
from newsdesk.services.form_key import form_secret
from newsdesk.services.output_paths import export_folder, writing
from newsdesk.services.publishing import layout, pages, sitemap
from newsdesk.services.publishing.feeds import FEED_LENGTH, build_feeds
from newsdesk.services.publishing.manifest import Manifest, content_hash, write_atomically
from newsdesk.services.publishing.pictures import (
    FeedImage,
    StoryPictures,
    lead_images,
    story_pictures,
    teaser_thumbnails,
    write_renditions,
)
from newsdesk.services.publishing.progress import Progress
from newsdesk.services.publishing.snapshot import (
    SiteSection,
    SiteSnapshot,
    SiteStory,
    StoryListing,
    comment_watermark,
    load_listings,
    load_snapshot,
    touched_since,
)
from newsdesk.services.publishing.stories import LoadedStory, load_stories
from newsdesk.storage import orm
from newsdesk.storage.batches import chunks
from newsdesk.storage.database import Database

HOME_LENGTH = 30
SECTION_LENGTH = 50


@dataclass(frozen=True, slots=True)
class SiteOptions:
    base_url: str = "http://localhost:8000/"
    """Where the site will be served; feeds and the sitemap need absolute addresses."""
    comment_url: str | None = None
    """Where the "Leave a Reply" form posts; without one the form cannot be sent."""
    title: str = "Newsroom"
    language: str = "en"
    full: bool = False
    """Rewrite everything, whatever the manifest says."""

    def key(self) -> str:
        return f"{self.base_url}\x00{self.comment_url}\x00{self.title}\x00{self.language}"


@dataclass(frozen=True, slots=True)
class SiteReport:
    stories: int
    pages_written: int
    files_written: int
    files_unchanged: int
    files_removed: int
    seconds: float
    written: tuple[str, ...] = field(default=(), repr=False)
    removed: tuple[str, ...] = field(default=(), repr=False)


def _digest(parts: Iterable[str]) -> str:
    hasher = hashlib.blake2b(digest_size=16)
    for part in parts:
        hasher.update(part.encode())
        hasher.update(b"\x00")
    return hasher.hexdigest()


def _check_base_url(url: str) -> str:
    if not url.startswith(("http://", "https://")) or len(url) < 10:
        raise InvalidInput(f"The base URL must be an http(s) address, not {url!r}")
    return url if url.endswith("/") else url + "/"


class _Writer:
    """Writes files whose content changed, and remembers what it produced."""

    def __init__(self, folder: Path, manifest: Manifest) -> None:
        self.folder = folder
        self.manifest = manifest
        self.produced: set[str] = set()
        self.written: list[str] = []
        self.unchanged = 0

    def current(self, path: str, fingerprint: str) -> bool:
        """True (and the file counted as produced) when its inputs did not move."""
        self.produced.add(path)
        if self.manifest.is_current(path, fingerprint):
            self.unchanged += 1
            return True
        return False

    def put(self, path: str, fingerprint: str, data: bytes) -> None:
        self.produced.add(path)
        digest = content_hash(data)
        old = self.manifest.files.get(path)
        target = self.folder / path
        if old is not None and old[1] == digest and target.exists():
            self.unchanged += 1
        else:
            write_atomically(target, data)
            self.written.append(path)
        self.manifest.files[path] = [fingerprint, digest]

    def remove_leftovers(self) -> list[str]:
        removed: list[str] = []
        for path in sorted(set(self.manifest.files) - self.produced):
            target = self.folder / path
            if target.is_file():
                target.unlink()
                removed.append(path)
            del self.manifest.files[path]
            parent = target.parent
            while parent != self.folder and parent.is_dir() and not any(parent.iterdir()):
                parent.rmdir()
                parent = parent.parent
        return removed


@dataclass(frozen=True, slots=True)
class _Listings:
    home: list[SiteStory]
    sections: dict[int, list[SiteStory]]
    shown: dict[int, StoryListing]
    """What the listed stories show, by id."""
    images: dict[int, FeedImage]
    """The listed stories' lead pictures, as feeds enclose them."""

    def show(self, stories: Sequence[SiteStory]) -> list[StoryListing]:
        """What `stories` show; one deleted for good since the snapshot is left out."""
        return [self.shown[story.id] for story in stories if story.id in self.shown]


def _listings(session: Session, snapshot: SiteSnapshot) -> _Listings:
    home = snapshot.stories[:HOME_LENGTH]
    sections = _section_listings(snapshot)
    listed = {story.id for story in home}
    for stories in sections.values():
        listed.update(story.id for story in stories)
    return _Listings(home, sections, load_listings(session, listed), lead_images(session, listed))


def _section_listings(snapshot: SiteSnapshot) -> dict[int, list[SiteStory]]:
    """The newest stories of each section, subsections included (newest first)."""
    lists: dict[int, list[SiteStory]] = {section_id: [] for section_id in snapshot.sections}
    for story in snapshot.stories:
        own = snapshot.sections.get(story.section_id) if story.section_id is not None else None
        if own is None:
            continue
        for section_id in own.ancestry:
            bucket = lists[section_id]
            if len(bucket) < SECTION_LENGTH:
                bucket.append(story)
    return lists


def _children(snapshot: SiteSnapshot) -> dict[int | None, list[SiteSection]]:
    children: dict[int | None, list[SiteSection]] = {}
    for section in sorted(snapshot.sections.values(), key=lambda s: (s.position, s.name)):
        children.setdefault(section.parent_id, []).append(section)
    return children


def token_url(comment_url: str) -> str:
    """Where the page's script asks for a fresh form token: beside the form's action."""
    return comment_url.split("#")[0].split("?")[0].rstrip("/") + "/token"


class _StoryPages:
    def __init__(self, snapshot: SiteSnapshot, options: SiteOptions, secret: bytes) -> None:
        self.options = options
        self.secret = secret
        self.story_ids = {story.slug: story.id for story in snapshot.stories}
        self.section_ids = {section.slug: section.id for section in snapshot.sections.values()}

    def article_url(self, slug: str) -> str:
        path = layout.story_path(slug, self.story_ids.get(slug, 0))
        return layout.relative("stories/x.html", path)

    def section_url(self, slug: str) -> str:
        path = layout.section_path(slug, self.section_ids.get(slug, 0))
        return layout.relative("stories/x.html", path)

    def reply_form(self, story_uuid: str) -> ReplyForm | None:
        action = self.options.comment_url
        if not action:
            return None
        return ReplyForm(
            action=action,
            token=page_token(self.secret, story_uuid),
            token_url=token_url(action),
            script_href=layout.relative("stories/x.html", layout.COMMENT_SCRIPT),
        )

    def render(
        self, story: LoadedStory, pictures: StoryPictures, thumbnails: dict[int, PictureView]
    ) -> bytes:
        base = self.options.base_url
        page = render_article_page(
            story.article,
            story.comments,
            reply_form=self.reply_form(story.article.uuid),
            article_url=self.article_url,
            stylesheet_href=layout.relative("stories/x.html", layout.STYLESHEET),
            inline_css=False,
            home_url=layout.relative("stories/x.html", layout.HOME),
            section_url=self.section_url,
            pictures=pictures.inline,
            lead=pictures.lead,
            teaser_thumbnails=thumbnails,
            lead_image_url=layout.absolute(base, pictures.lead_path)
            if base and pictures.lead_path
            else "",
        )
        return page.encode("utf-8")


@contextmanager
def _collector_paused() -> Iterator[None]:
    """Python's cycle collector off while the comparison with the last export builds a
    few hundred thousand small objects (none of them in cycles): with it on, it walked
    them all again and again, a fifth of an export after one story changed."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def export_site(
    database: Database,
    folder: Path,
    options: SiteOptions = SiteOptions(),
    progress: Progress | None = None,
    *,
    now: datetime | None = None,
) -> SiteReport:
    """Write the public site into `folder`; stories still embargoed at `now` (the clock
    by default) stay out of it, as do their places in listings, feeds and the sitemap."""
    started = time.perf_counter()
    progress = progress or Progress()
    options = SiteOptions(
        base_url=_check_base_url(options.base_url),
        comment_url=options.comment_url,
        title=options.title,
        language=options.language,
        full=options.full,
    )
    if options.comment_url and not options.comment_url.startswith(("http://", "https://", "/")):
        raise InvalidInput(
            f"The comment form must post to an http(s) address or a path, "
            f"not {options.comment_url!r}"
        )
    export_folder(folder)
    with writing(folder):
        return _write_site(database, folder, options, progress, started, now)


def _write_site(
    database: Database,
    folder: Path,
    options: SiteOptions,
    progress: Progress,
    started: float,
    now: datetime | None,
) -> SiteReport:
    with database.transaction() as session:
        secret = form_secret(session) if options.comment_url else b""
        # Pages carry tokens signed with the key: a new key rewrites them all.
        key = options.key()
        if secret:
            key += "\x00" + hashlib.blake2b(secret, digest_size=8).hexdigest()
        with _collector_paused():
            manifest = Manifest.load(folder, key)
            if options.full:
                manifest.stale = True
            writer = _Writer(folder, manifest)
            watermark = comment_watermark(session)
            snapshot = load_snapshot(session, now)
            touched = set() if manifest.stale else touched_since(session, manifest.watermark)
            fingerprints = {
                story.id: story.fingerprint
                for story in snapshot.stories
                if not writer.current(story.path, story.fingerprint) or story.id in touched
            }
        stale = list(fingerprints)
        listings = _listings(session, snapshot)
        progress.start(len(stale) + 1, "Writing story pages")
        renderer = _StoryPages(snapshot, options, secret)
        pictures = story_pictures(session, stale)
        thumbnails = teaser_thumbnails(session, _link_targets(session, stale))
        none = StoryPictures()
        for loaded in load_stories(session, stale, snapshot.sections):
            article = loaded.article
            writer.put(
                layout.story_path(article.slug, article.id),
                fingerprints[article.id],
                renderer.render(loaded, pictures.get(article.id, none), thumbnails),
            )
            progress.step()
        write_renditions(session, writer, (story.id for story in snapshot.stories))
    progress.step(message="Writing listing pages, feeds and the sitemap")
    _write_listings(writer, snapshot, listings, options)
    _write_sitemap(writer, snapshot, options)
    css = stylesheet().encode("utf-8")
    writer.put(layout.STYLESHEET, content_hash(css), css)
    if options.comment_url:
        script = resource_path("site", layout.COMMENT_SCRIPT).read_bytes()
        writer.put(layout.COMMENT_SCRIPT, content_hash(script), script)
    removed = writer.remove_leftovers()
    if manifest.stale or writer.written or removed or manifest.watermark != watermark:
        manifest.stale = False
        manifest.watermark = watermark
        manifest.save(folder)
    return SiteReport(
        stories=len(snapshot.stories),
        pages_written=len(stale),
        files_written=len(writer.written),
        files_unchanged=writer.unchanged,
        files_removed=len(removed),
        seconds=time.perf_counter() - started,
        written=tuple(writer.written),
        removed=tuple(removed),
    )


def _link_targets(session: Session, ids: Sequence[int]) -> set[int]:
    """The stories the "Check Also" links of stories `ids` point to."""
    targets: set[int] = set()
    for batch in chunks(list(ids), 10_000):
        targets.update(
            t
            for t in session.scalars(
                select(orm.RelatedLink.target_article_id).where(
                    orm.RelatedLink.article_id.in_(batch)
                )
            )
            if t is not None
        )
    return targets


def _write_listing(
    writer: _Writer,
    options: SiteOptions,
    *,
    page_path: str,
    feed_dir: str,
    title: str,
    stories: list[SiteStory],
    listings: _Listings,
    extra: Iterable[str],
    render: Callable[[], str],
) -> None:
    fingerprint = _digest([options.key(), *extra, *(s.fingerprint for s in stories)])
    if not writer.current(page_path, fingerprint):
        writer.put(page_path, fingerprint, render().encode("utf-8"))
    feed_paths = (f"{feed_dir}{layout.RSS}", f"{feed_dir}{layout.ATOM}")
    feed_stories = stories[:FEED_LENGTH]
    feed_fingerprint = _digest([options.key(), title, *(s.fingerprint for s in feed_stories)])
    if all(writer.current(path, feed_fingerprint) for path in feed_paths):
        return
    feeds = build_feeds(
        title=title,
        description=title,
        language=options.language,
        base_url=options.base_url,
        page_path=page_path,
        feed_dir=feed_dir,
        stories=listings.show(feed_stories),
        images=listings.images,
    )
    writer.put(feed_paths[0], feed_fingerprint, feeds.rss)
    writer.put(feed_paths[1], feed_fingerprint, feeds.atom)


def _write_listings(
    writer: _Writer, snapshot: SiteSnapshot, listings: _Listings, options: SiteOptions
) -> None:
    info = pages.SiteInfo(title=options.title, language=options.language)
    children = _children(snapshot)
    top = children.get(None, [])
    _write_listing(
        writer,
        options,
        page_path=layout.HOME,
        feed_dir="",
        title=options.title,
        stories=listings.home,
        listings=listings,
        extra=[f"{s.id}:{s.slug}:{s.name}" for s in top],
        render=lambda: pages.render_home(info, listings.show(listings.home), top),
    )
    for section in snapshot.sections.values():
        kids = children.get(section.id, [])
        stories = listings.sections[section.id]
        trail = [
            f"{snapshot.sections[i].slug}:{snapshot.sections[i].name}" for i in section.ancestry
        ]
        _write_listing(
            writer,
            options,
            page_path=layout.section_path(section.slug, section.id),
            feed_dir=layout.section_dir(section.slug, section.id) + "/",
            title=f"{section.name} — {options.title}",
            stories=stories,
            listings=listings,
            extra=[*trail, *(f"{k.id}:{k.slug}:{k.name}" for k in kids)],
            render=lambda s=section, k=kids, st=stories: pages.render_section(  # type: ignore[misc]
                info, s, snapshot.sections, listings.show(st), k
            ),
        )


def _story_entries(stories: Sequence[SiteStory]) -> list[sitemap.Entry]:
    return [(s.path, s.updated_at) for s in stories]


def _write_sitemap(writer: _Writer, snapshot: SiteSnapshot, options: SiteOptions) -> None:
    newest = snapshot.stories[0].updated_at if snapshot.stories else None
    fixed: list[sitemap.Entry] = [(layout.HOME, newest)]
    fixed += [
        (layout.section_path(s.slug, s.id), None)
        for s in sorted(snapshot.sections.values(), key=lambda s: s.id)
    ]
    fixed_key = [options.key(), *(path for path, _ in fixed)]
    by_id = sorted(snapshot.stories, key=lambda story: story.id)
    if len(fixed) + len(by_id) <= sitemap.PART_URLS:
        fingerprint = _digest([*fixed_key, *(s.fingerprint for s in by_id)])
        if not writer.current(layout.SITEMAP, fingerprint):
            entries = fixed + _story_entries(by_id)
            writer.put(layout.SITEMAP, fingerprint, sitemap.urlset(options.base_url, entries))
        return
    parts: list[sitemap.Entry] = []
    fixed_path = sitemap.part_path(1)
    if not writer.current(fixed_path, _digest(fixed_key)):
        writer.put(fixed_path, _digest(fixed_key), sitemap.urlset(options.base_url, fixed))
    parts.append((fixed_path, None))
    for number, chunk in sitemap.by_id_range(by_id, lambda story: story.id).items():
        path = sitemap.part_path(number)
        fingerprint = _digest([options.key(), *(s.fingerprint for s in chunk)])
        if not writer.current(path, fingerprint):
            writer.put(path, fingerprint, sitemap.urlset(options.base_url, _story_entries(chunk)))
        parts.append((path, None))
    index_fingerprint = _digest([options.key(), *(p for p, _ in parts)])
    if not writer.current(layout.SITEMAP, index_fingerprint):
        writer.put(
            layout.SITEMAP, index_fingerprint, sitemap.sitemap_index(options.base_url, parts)
        )
