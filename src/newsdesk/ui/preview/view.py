"""The live preview: the story as its published page, patched in place while typing.

The page is loaded once per story (the shared page template and CSS); after that the
body is patched block by block through JavaScript in an isolated world, so there is no
reload, no flicker, and the scroll position stays. Markdown is rendered on the preview's
own worker; at most one render runs at a time and the newest text always wins.
"""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from html import escape
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QCoreApplication, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QColor, QDesktopServices
from PySide6.QtWebEngineCore import QWebEnginePage, QWebEngineScript, QWebEngineSettings
from PySide6.QtWebEngineWidgets import QWebEngineView
from PySide6.QtWidgets import QWidget

from newsdesk.domain.embargo import embargo_holds
from newsdesk.domain.entities import Article, ArticleEdit, Comment, RelatedLink
from newsdesk.rendering import render_preview_shell
from newsdesk.rendering.block_document import LineEdit
from newsdesk.rendering.incremental import FIRST_BLOCKS, BodyPatch, IncrementalBodyRenderer
from newsdesk.rendering.pictures import PictureView, place_pictures
from newsdesk.ui.tasks import TaskRunner

log = logging.getLogger(__name__)

WORLD = QWebEngineScript.ScriptWorldId.ApplicationWorld
PREVIEW_BASE_URL = QUrl("https://preview.newsdesk.invalid/")
CONTENT_SECURITY_POLICY = (
    '<meta http-equiv="Content-Security-Policy" content="default-src \'none\'; '
    "style-src 'unsafe-inline'; img-src https: http: data: newsdesk-media:; font-src data:\">"
)
FIELD_IDS = [
    "article-headline",
    "article-lead",
    "article-standfirst",
    "article-dateline",
    "article-credit",
    "check-also",
    "discussion",
    "preview-embargo",
]
SCRIPT = (Path(__file__).with_name("preview.js")).read_text(encoding="utf-8")
TEXT, EDITS, FILL = "text", "edits", "fill"
"""What a render starts from: the whole text, the edits since the last, or neither."""
PAGE_FONT_PX = 18
"""The body text size of the page CSS; the preview's font size scales the page from it."""
PAPER = {"light": "#fbf9f4", "dark": "#151412", "high-contrast": "#000000"}
PLACEHOLDER_INK = {"light": "#5f5a52", "dark": "#b0a99e", "high-contrast": "#ffffff"}


class BodySource(Protocol):
    """The editor's body as the preview reads it (ui/editor/text_mirror.py)."""

    @property
    def version(self) -> int: ...

    def edits_since(self, version: int) -> list[LineEdit] | None: ...

    def snapshot(self) -> list[str]: ...


class _NoBody:
    version = 0

    def edits_since(self, version: int) -> list[LineEdit] | None:
        return None

    def snapshot(self) -> list[str]:
        return []


@dataclass(frozen=True, slots=True)
class PreviewLook:
    """The reader's side of the preview: light or dark page, and its body text size."""

    theme: str = "light"
    font_px: int = PAGE_FONT_PX

    @property
    def scale(self) -> float:
        return round(self.font_px / PAGE_FONT_PX, 4)


@dataclass(frozen=True, slots=True)
class Discussion:
    """Under the story in the preview: its approved comments, and the reply form."""

    comments: tuple[Comment, ...] = ()
    with_form: bool = True


def embargo_banner(until: datetime | None, now: datetime | None = None) -> str:
    """The preview's unmissable line over a story still embargoed ("" once it lifts)."""
    if not embargo_holds(until, now or datetime.now(UTC)):
        return ""
    assert until is not None
    from newsdesk.ui.locale_format import moment_in_zone  # preferences import this module

    text = QCoreApplication.translate(
        "PreviewView", "EMBARGOED until %1: not to be published before this time"
    ).replace("%1", moment_in_zone(until))
    return f'<aside id="preview-embargo" class="embargo-banner" role="alert">{escape(text)}</aside>'


class PreviewPictures(Protocol):
    """Where the preview finds library pictures (called on its render worker)."""

    def views(self, ids: Sequence[int]) -> dict[int, PictureView]: ...


_MEDIA_SOURCE = re.compile(r'src="media:(\d{1,12})"')


def preview_document(
    article: Article,
    generation: int = 0,
    look: PreviewLook | None = None,
    discussion: Discussion | None = None,
    lead: PictureView | None = None,
    teasers: Mapping[int, PictureView] | None = None,
) -> str:
    """The page shell with an empty body and a policy that forbids every page script;
    `teasers`: the lead thumbnails of the stories its "Check Also" links point to.

    The generation marks which load this is: a late `loadFinished` of an earlier, replaced
    page must not be taken for this one. The look is set on <html> from the start, so a
    dark preview never flashes light.
    """
    look = look or PreviewLook()
    discussion = discussion or Discussion()
    html = render_preview_shell(
        article,
        body_html="",
        comments=discussion.comments,
        with_form=discussion.with_form,
        lead=lead,
        thumbnails=teasers,
    )
    banner = embargo_banner(article.embargoed_until)
    if banner:
        html = html.replace('<div class="page">', '<div class="page">' + banner, 1)
    marker = f'<meta name="newsdesk-generation" content="{generation}">'
    html = html.replace(
        "<html ", f'<html data-theme="{look.theme}" style="--nd-text-scale:{look.scale}" ', 1
    )
    return html.replace("<head>", "<head>" + CONTENT_SECURITY_POLICY + marker, 1)


class PreviewPage(QWebEnginePage):
    """Links open in the user's browser; the preview itself never navigates away."""

    def acceptNavigationRequest(
        self, url: QUrl | str, navigation_type: QWebEnginePage.NavigationType, is_main_frame: bool
    ) -> bool:
        if navigation_type == QWebEnginePage.NavigationType.NavigationTypeLinkClicked:
            target = QUrl(url)
            if target.scheme() in ("http", "https", "mailto"):
                QDesktopServices.openUrl(target)
            return False
        return True

    def javaScriptConsoleMessage(self, level, message, line, source):  # type: ignore[no-untyped-def]
        log.debug("preview console: %s (%s:%s)", message, source, line)


class ArticlePreview(QWebEngineView):
    body_patched = Signal(int)
    teasers_wanted = Signal(tuple)
    """The story ids its "Check Also" links point to: whoever knows the library answers
    with `show_teaser_thumbnails` (their lead thumbnails)."""
    """The body now has this many blocks (tests and benchmarks wait on it)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("preview")
        self.setAccessibleName(self.tr("Preview of the published page"))
        self._page = PreviewPage(self)
        self.setPage(self._page)
        settings = self._page.settings()
        settings.setAttribute(QWebEngineSettings.WebAttribute.JavascriptCanOpenWindows, False)
        settings.setAttribute(
            QWebEngineSettings.WebAttribute.LocalContentCanAccessRemoteUrls, False
        )
        settings.setAttribute(QWebEngineSettings.WebAttribute.AutoLoadImages, True)
        script = QWebEngineScript()
        script.setName("newsdesk-preview")
        script.setSourceCode(SCRIPT)
        script.setWorldId(WORLD)
        script.setInjectionPoint(QWebEngineScript.InjectionPoint.DocumentCreation)
        script.setRunsOnSubFrames(False)
        self._page.scripts().insert(script)
        self._renders = TaskRunner("preview", self)
        self._renderer = IncrementalBodyRenderer()  # used on the render worker only
        self._article: Article | None = None
        self._generation = 0
        self._loaded = False
        self._waiting: list[BodyPatch] = []
        self._rendering = False
        self._body: BodySource = _NoBody()
        self._rendered_version: int | None = None
        """The body's version the worker's renderer holds; None: not one of the body's."""
        self._body_dirty = False
        self._filling = False
        """Whether a long story's body is still being filled in, slice by slice."""
        # A keystroke only schedules the render: the editor's own handlers (the text
        # mirror among them) finish first, and the keystroke returns at once.
        self._render_soon = QTimer(self, singleShot=True, interval=0)
        self._render_soon.timeout.connect(self._render_current_body)
        self._line = 0
        self._look = PreviewLook()
        self._discussion = Discussion()
        self._shell_discussion = self._discussion
        """What the page now loading or loaded was built with."""
        self._pictures: PreviewPictures | None = None
        self._lead: PictureView | None = None
        self._shell_lead: PictureView | None = None
        self._teasers: dict[int, PictureView] = {}
        self._shell_teasers: dict[int, PictureView] = {}
        self._missing_text = ""
        self.loadFinished.connect(self._page_loaded)
        self.clear()

    # ---- whole page ----------------------------------------------------------------------
    def clear(self) -> None:
        self._article = None
        self._render_soon.stop()
        self._filling = False
        self._generation += 1
        self._loaded = False
        self._waiting.clear()
        paper, ink = PAPER[self._look.theme], PLACEHOLDER_INK[self._look.theme]
        line = self.tr("The preview of the open story shows here.")
        self.setHtml(
            f"<!doctype html><html><body style='font-family:sans-serif;color:{ink};"
            f"background:{paper};display:flex;align-items:center;justify-content:center;"
            "height:90vh'>"
            f"<p>{escape(line)}</p></body></html>",
            PREVIEW_BASE_URL,
        )

    def retranslate_ui(self) -> None:
        """The interface language changed: so does the empty preview's line."""
        if self._article is None:
            self.clear()

    def set_look(self, look: PreviewLook) -> None:
        """Show the page light or dark, at this text size: at once, and for every load."""
        if look == self._look:
            return
        self._look = look
        self._page.setBackgroundColor(QColor(PAPER[look.theme]))
        if self._article is None:
            self.clear()
        elif self._loaded:
            self._apply_look()
        # A page still loading was built with the old look: it gets the new one once loaded.

    def _apply_look(self) -> None:
        look = self._look
        self._page.runJavaScript(f"ndLook({json.dumps(look.theme)}, {look.scale})", WORLD)

    @property
    def look(self) -> PreviewLook:
        return self._look

    def show_article(self, article: Article) -> None:
        """Load the story's page, then fill its body off the GUI thread."""
        if self._article is None or self._article.id != article.id:
            self._discussion = replace(self._discussion, comments=())
        self._article = article
        self._load_shell(article)
        self._want_teasers()
        self._rendering = False
        self._body_dirty = False
        self._render_soon.stop()
        self._render(article.body, reset=True)
        self._rendered_version = None  # the editor's text may not be loaded yet

    def _load_shell(self, article: Article) -> None:
        self._generation += 1
        self._loaded = False
        self._waiting.clear()
        self._shell_discussion = self._discussion
        self._shell_lead = self._lead
        self._shell_teasers = self._teasers
        self.setHtml(
            preview_document(
                article, self._generation, self._look, self._discussion, self._lead, self._teasers
            ),
            PREVIEW_BASE_URL,
        )

    def _page_loaded(self, _ok: bool) -> None:
        if self._article is None or self._loaded:
            return
        self._page.runJavaScript(
            "(document.querySelector('meta[name=newsdesk-generation]') || {}).content || ''",
            WORLD,
            self._check_generation,
        )

    def _check_generation(self, generation: object) -> None:
        if self._article is None or self._loaded or generation != str(self._generation):
            return
        self._loaded = True
        self._apply_look()
        waiting, self._waiting = self._waiting, []
        for patch in waiting:
            self._apply(patch)
        if (
            self._discussion != self._shell_discussion
            or self._lead != self._shell_lead
            or self._teasers != self._shell_teasers
        ):
            self._replace_parts()  # comments or pictures arrived while the page was loading

    # ---- body ----------------------------------------------------------------------------
    def set_body_source(self, body: BodySource) -> None:
        """Where the body's current lines, or its edits, are read when a render starts."""
        self._body = body
        self._rendered_version = None

    def body_changed(self) -> None:
        """The body changed: render it when the render in flight (if any) is done.

        The text is read only when a render starts, so a burst of keystrokes during one
        render costs one read, not one per keystroke.
        """
        if self._article is None:
            return
        if self._rendering:
            self._body_dirty = True
            return
        self._render_soon.start()

    def _render_current_body(self) -> None:
        if self._article is None:
            return
        if self._rendering:
            self._body_dirty = True
            return
        self._render_body(reset=False)

    def _render_body(self, *, reset: bool) -> None:
        """Render what changed since the last render, or the whole body when unknown."""
        body = self._body
        version = body.version
        edits = None
        if not reset and self._rendered_version is not None:
            edits = body.edits_since(self._rendered_version)
        self._rendered_version = version
        if edits is None:
            self._render(body.snapshot(), reset=reset)
        else:
            self._render(edits, reset=reset, kind=EDITS)

    def _render(
        self,
        body: str | list[str] | list[LineEdit] | None,
        *,
        reset: bool,
        kind: str = TEXT,
    ) -> None:
        self._rendering = True
        self._filling = False
        generation = self._generation
        self._renders.submit(
            self._patch_on_worker,
            body,
            reset,
            kind,
            on_done=lambda patch: self._rendered(patch, generation),
        )

    def _patch_on_worker(
        self, body: str | list[str] | list[LineEdit] | None, reset: bool, kind: str
    ) -> BodyPatch | None:
        """The patch for a whole text or its lines (only the first blocks after a reset),
        the edits since the last one, or the next blocks of a body being filled in; None
        when the edits do not fit the text the renderer holds."""
        if reset:
            self._renderer.reset()
        if kind == FILL:
            return self._with_pictures(self._renderer.fill())
        if kind == EDITS:
            try:
                patch = self._renderer.patch_edits(body)  # type: ignore[arg-type]
            except ValueError:
                log.warning("preview: edits out of step with the text; rendering it whole")
                return None
            return self._with_pictures(patch)
        text = body if isinstance(body, str) else "\n".join(body)  # type: ignore[arg-type]
        return self._with_pictures(self._renderer.patch(text, FIRST_BLOCKS if reset else None))

    def _with_pictures(self, patch: BodyPatch) -> BodyPatch:
        """The changed blocks with their library pictures in place (on the worker)."""
        pictures = self._pictures
        ids = sorted({int(n) for block in patch.insert for n in _MEDIA_SOURCE.findall(block)})
        if not ids:
            return patch
        try:
            views = pictures.views(ids) if pictures is not None else {}
        except Exception:  # the newsroom out of reach: the pictures say they are missing
            log.warning("preview pictures unavailable", exc_info=True)
            views = {}
        missing = self._missing_text

        def placeholder(picture_id: int) -> str:
            text = escape(missing.replace("%1", str(picture_id)))
            return f'<span class="missing-picture">{text}</span>'

        return replace(
            patch, insert=tuple(place_pictures(b, views, placeholder) for b in patch.insert)
        )

    # ---- library pictures ----------------------------------------------------------------
    def set_pictures(self, pictures: PreviewPictures | None) -> None:
        """Where library pictures come from; the body is drawn again with them."""
        self._pictures = pictures
        self._missing_text = self.tr("Picture %1 is not in the media library")
        self.pictures_changed()

    def pictures_changed(self) -> None:
        """A picture's texts or the library changed: the body is drawn again."""
        if self._article is not None and self._loaded:
            self._reload_keeping_scroll()
        # A page still loading gets them with the render that follows its load.

    def show_lead(self, lead: PictureView | None) -> None:
        """The open story's lead picture (None: none), above its body."""
        if lead != self._lead:
            self._lead = lead
            self._replace_parts()

    @property
    def lead(self) -> PictureView | None:
        return self._lead

    def show_teaser_thumbnails(self, thumbnails: Mapping[int, PictureView]) -> None:
        """The lead thumbnails of linked stories (by story id) their teasers show."""
        if dict(thumbnails) != self._teasers:
            self._teasers = dict(thumbnails)
            self._replace_parts()

    def _want_teasers(self) -> None:
        article = self._article
        if article is None:
            return
        targets = tuple(
            link.target_article_id
            for link in article.related_links
            if link.target_article_id is not None
        )
        if targets:
            self.teasers_wanted.emit(targets)

    def _rendered(self, patch: BodyPatch | None, generation: int) -> None:
        self._rendering = False
        if patch is None:
            self._rendered_version = None
            self._body_dirty = True
        elif generation == self._generation:
            if self._loaded:
                self._apply(patch)
            else:
                self._waiting.append(patch)
            self._filling = not patch.complete
        if self._body_dirty:
            self._body_dirty = False
            self._render_body(reset=False)
        elif self._filling:
            # The rest of a long story, a slice at a time; edits typed meanwhile go first.
            self._render(None, reset=False, kind=FILL)

    def _apply(self, patch: BodyPatch) -> None:
        if patch.is_empty:
            return
        payload = json.dumps(
            {
                "start": patch.start,
                "remove": patch.remove,
                "insert": list(patch.insert),
                "insertStarts": list(patch.insert_starts),
                "starts": list(patch.starts) if patch.starts is not None else None,
                "shiftBy": patch.shift_by,
            }
        )
        self._page.runJavaScript(f"ndPatch({payload})", WORLD, self._patched)

    def _patched(self, blocks: object) -> None:
        if isinstance(blocks, int | float):
            self.body_patched.emit(int(blocks))

    # ---- fields and links ----------------------------------------------------------------
    def update_fields(self, edit: ArticleEdit, section_path: tuple[str, ...]) -> None:
        if self._article is None:
            return
        self._article = replace(
            self._article,
            headline=edit.headline,
            standfirst=edit.standfirst,
            dateline=edit.dateline,
            byline=edit.byline,
            credit=edit.credit,
            language=edit.language,
            comments_open=edit.comments_open,
            embargoed_until=edit.embargoed_until,
            section_path=section_path,
            section_name=section_path[-1] if section_path else "",
        )
        self._replace_parts()

    def show_discussion(self, comments: tuple[Comment, ...]) -> None:
        """The open story's approved comments, threaded under it as on the page."""
        self._set_discussion(replace(self._discussion, comments=tuple(comments)))

    def show_reply_form(self, shown: bool) -> None:
        """Show the greyed "Leave a Reply" form under the comments, or leave it out."""
        self._set_discussion(replace(self._discussion, with_form=shown))

    @property
    def discussion(self) -> Discussion:
        return self._discussion

    def _set_discussion(self, discussion: Discussion) -> None:
        if discussion != self._discussion:
            self._discussion = discussion
            self._replace_parts()

    def update_related_links(self, links: tuple[RelatedLink, ...]) -> None:
        if self._article is None or self._article.related_links == links:
            return
        self._article = replace(self._article, related_links=links)
        self._replace_parts()
        self._want_teasers()

    def _replace_parts(self) -> None:
        article = self._article
        if article is None or not self._loaded:
            return
        html = json.dumps(
            preview_document(
                replace(article, body=""),
                self._generation,
                self._look,
                self._discussion,
                self._lead,
                self._teasers,
            )
        )
        generation = self._generation

        def replaced(ok: object) -> None:
            if ok is False and generation == self._generation and self._article is not None:
                self._reload_keeping_scroll()

        self._page.runJavaScript(
            f"ndReplaceParts({html}, {json.dumps(FIELD_IDS)})", WORLD, replaced
        )

    def _reload_keeping_scroll(self) -> None:
        """A part appeared or vanished: load the page again and return to the same place."""
        article = self._article
        if article is None:
            return

        def restore(position: object) -> None:
            self._load_shell(article)
            self._render_body(reset=True)
            if isinstance(position, int | float):
                target = int(position)
                self.body_patched.connect(
                    lambda _n: self._page.runJavaScript(f"window.scrollTo(0, {target})", WORLD),
                    type=Qt.ConnectionType.SingleShotConnection,
                )

        self._page.runJavaScript("window.scrollY", WORLD, restore)

    # ---- following the editor ------------------------------------------------------------
    def scroll_to_line(self, line: int) -> None:
        self._line = line
        if self._loaded:
            self._page.runJavaScript(f"ndScrollToLine({int(line)})", WORLD)

    # ---- tests and shutdown --------------------------------------------------------------
    def run_script(self, script: str, callback) -> None:  # type: ignore[no-untyped-def]
        """Evaluate `script` in the preview's world (for tests and benchmarks)."""
        self._page.runJavaScript(script, WORLD, callback)

    @property
    def is_rendering(self) -> bool:
        pending = self._render_soon.isActive() or self._filling
        return pending or self._rendering or self._body_dirty or not self._loaded

    def dispose(self) -> None:
        self._renders.shutdown()
        self.stop()
