"""Library pictures for the preview, served to QtWebEngine through its own URL scheme.

`newsdesk-media:SOURCE/ID/KIND` names a rendition of a picture in one window's newsroom
(SOURCE tells windows on different newsrooms apart): no file path ever reaches the
page, and its Content-Security-Policy names this scheme for images and nothing else.
The bytes are read on a worker; the request is answered when they arrive.
"""

from __future__ import annotations

import contextlib
import itertools
import logging
from collections.abc import Callable

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QObject
from PySide6.QtWebEngineCore import (
    QWebEngineProfile,
    QWebEngineUrlRequestJob,
    QWebEngineUrlScheme,
    QWebEngineUrlSchemeHandler,
)

from newsdesk.domain.media import RenditionKind
from newsdesk.ui.tasks import TaskRunner

log = logging.getLogger(__name__)

SCHEME = b"newsdesk-media"
Fetch = Callable[[int, RenditionKind], tuple[str, bytes]]
_sources = itertools.count(1)


def register_media_scheme() -> None:
    """Tell QtWebEngine about the scheme: only possible before the QApplication exists."""
    if QCoreApplication.instance() is not None:
        return
    if QWebEngineUrlScheme.schemeByName(QByteArray(SCHEME)).name() == QByteArray(SCHEME):
        return
    scheme = QWebEngineUrlScheme(QByteArray(SCHEME))
    scheme.setSyntax(QWebEngineUrlScheme.Syntax.Path)
    scheme.setFlags(QWebEngineUrlScheme.Flag.SecureScheme | QWebEngineUrlScheme.Flag.CorsEnabled)
    QWebEngineUrlScheme.registerScheme(scheme)


register_media_scheme()


def media_url(source: int, picture_id: int, kind: RenditionKind) -> str:
    return f"{SCHEME.decode()}:{source}/{picture_id}/{kind.value}"


class MediaSchemeHandler(QWebEngineUrlSchemeHandler):
    """One for the profile, living as long as it: each window's preview adds its newsroom
    as a source, and takes it away when the window closes."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._fetches: dict[int, Fetch] = {}
        self._reads = TaskRunner("preview-media", self)

    def add_source(self, fetch: Fetch) -> int:
        source = next(_sources)
        self._fetches[source] = fetch
        return source

    def remove_source(self, source: int) -> None:
        self._fetches.pop(source, None)

    def requestStarted(self, job: QWebEngineUrlRequestJob) -> None:
        parts = job.requestUrl().path().split("/")
        fetch = None
        try:
            source, picture_id, kind = int(parts[0]), int(parts[1]), RenditionKind(parts[2])
            fetch = self._fetches.get(source)
        except (ValueError, IndexError):
            pass
        if fetch is None:
            job.fail(QWebEngineUrlRequestJob.Error.UrlNotFound)
            return
        self._reads.submit(
            fetch,
            picture_id,
            kind,
            on_done=lambda found: _reply(job, found),
            on_error=lambda _error: _fail(job),
        )


def _reply(job: QWebEngineUrlRequestJob, found: tuple[str, bytes]) -> None:
    mime, data = found
    try:
        buffer = QBuffer(job)
        buffer.setData(QByteArray(data))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        job.reply(QByteArray(mime.encode()), buffer)
    except RuntimeError:  # the page went away meanwhile: the request was cancelled
        log.debug("preview picture request gone before its answer")


def _fail(job: QWebEngineUrlRequestJob) -> None:
    with contextlib.suppress(RuntimeError):  # the page went away meanwhile
        job.fail(QWebEngineUrlRequestJob.Error.UrlNotFound)


def handler_for(profile: QWebEngineProfile) -> MediaSchemeHandler:
    """The profile's handler, installed on first use."""
    installed = profile.urlSchemeHandler(QByteArray(SCHEME))
    if isinstance(installed, MediaSchemeHandler):
        return installed
    handler = MediaSchemeHandler(profile)
    profile.installUrlSchemeHandler(QByteArray(SCHEME), handler)
    return handler
