"""The packaged app (dist/newsdesk, built by packaging/build-linux.sh) as a user gets it.

These tests start the built binary, never the source tree: a fresh database, the demo
loaded with the binary's own CLI, then the window on it offscreen until the first story
is in the preview (NEWSDESK_QUIT_AFTER_FIRST_PREVIEW), and a clean exit.

Without a build they skip, saying how to make one. `.ci/run` builds first and sets
NEWSDESK_PACKAGED_APP_REQUIRED=1, so in CI a missing or failed build fails instead.
"""

from __future__ import annotations

import importlib.util
import json
import os
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from newsdesk import __version__
from newsdesk.services.newsroom import open_newsroom
from newsdesk.storage.database import open_database
from newsdesk.ui.smoke import ENVIRONMENT_VARIABLE

pytestmark = [
    pytest.mark.packaging,
    pytest.mark.skipif(sys.platform != "linux", reason="packaging/build-linux.sh builds for Linux"),
]

ROOT = Path(__file__).resolve().parents[2]
DIST = ROOT / "dist" / "newsdesk"
BINARY = DIST / "newsdesk"
APP_ID = "io.newsdesk.Newsdesk"
ICON = f"share/icons/hicolor/scalable/apps/{APP_ID}.svg"
REQUIRED = "NEWSDESK_PACKAGED_APP_REQUIRED"
SMOKE_TIME_LIMIT_S = 180


def _missing_build() -> str | None:
    if importlib.util.find_spec("PyInstaller") is None:
        return "PyInstaller is not installed (pip install -e '.[package]')"
    if not BINARY.is_file():
        return f"no packaged app at {BINARY.relative_to(ROOT)}: run packaging/build-linux.sh"
    return None


def _stale_build() -> str | None:
    """A build older than the code it packs would test yesterday's app."""
    stamp = DIST / ".build-started"  # written by build-linux.sh
    built = (stamp if stamp.is_file() else BINARY).stat().st_mtime
    for folder in ("src/newsdesk", "resources", "packaging"):
        for path in (ROOT / folder).rglob("*"):
            if "__pycache__" not in path.parts and path.is_file() and path.stat().st_mtime > built:
                return f"{path.relative_to(ROOT)} changed after the last build"
    return None


@pytest.fixture(scope="module")
def binary() -> Path:
    problem = _missing_build()
    if problem is None and not os.environ.get(REQUIRED):
        stale = _stale_build()
        if stale:
            problem = f"{stale}: run packaging/build-linux.sh again"
    if problem is not None:
        if os.environ.get(REQUIRED):
            pytest.fail(f"{problem} ({REQUIRED} is set: .ci/run builds the app)", pytrace=False)
        pytest.skip(problem)
    return BINARY


@pytest.fixture
def user_home(tmp_path: Path) -> Iterator[dict[str, str]]:
    """An environment like a first start: empty home, settings and data, no display."""
    home = tmp_path / "home"
    home.mkdir()
    environment = {
        key: value for key, value in os.environ.items() if not key.startswith("NEWSDESK_")
    }
    environment.update(
        HOME=str(home),
        XDG_CONFIG_HOME=str(home / ".config"),
        XDG_DATA_HOME=str(home / ".local" / "share"),
        XDG_STATE_HOME=str(home / ".local" / "state"),
        QT_QPA_PLATFORM="offscreen",
        QTWEBENGINE_CHROMIUM_FLAGS="--no-sandbox --disable-gpu",
    )
    yield environment


def run(command: list[str], environment: dict[str, str], timeout: float = 60) -> str:
    done = subprocess.run(
        command, env=environment, capture_output=True, text=True, timeout=timeout, check=False
    )
    assert done.returncode == 0, (
        f"{command} exited with {done.returncode}\n{done.stdout}\n{done.stderr}"
    )
    return done.stdout


def test_version(binary: Path, user_home: dict[str, str]) -> None:
    assert run([str(binary), "--version"], user_home).strip() == f"Newsdesk {__version__}"


def test_demo_opens_in_the_window_and_the_app_quits_cleanly(
    binary: Path, user_home: dict[str, str], tmp_path: Path
) -> None:
    url = f"sqlite:///{tmp_path / 'fresh.sqlite'}"
    loaded = run([str(binary), "--database", url, "demo"], user_home)
    assert "17 stories" in loaded

    started = time.monotonic()
    shown = run(
        [str(binary), "--database", url],
        {**user_home, ENVIRONMENT_VARIABLE: "1"},
        timeout=SMOKE_TIME_LIMIT_S,
    )
    seconds = time.monotonic() - started
    print(f"packaged app: window, preview and exit in {seconds:.1f} s")

    # The bundle's Alembic scripts took the fresh file to the newest schema (this refuses
    # any other), and the headline shown is one of the demo's.
    open_database(url, run_migrations=False).dispose()
    newsroom = open_newsroom(url)
    try:
        rows = newsroom.articles.rows(newsroom.articles.list_ids())
        headlines = {row.headline for row in rows.values()}
    finally:
        newsroom.close()
    [line] = [text for text in shown.splitlines() if text.startswith("preview ready: ")]
    headline, _, blocks = line.removeprefix("preview ready: ").rpartition(" (")
    assert headline in headlines
    assert int(blocks.removesuffix(" blocks)")) > 0


def test_the_packaged_spam_filter_learns_and_explains(
    binary: Path, user_home: dict[str, str], tmp_path: Path
) -> None:
    """scikit-learn, SciPy and NumPy made it into the bundle, with the starter comments."""
    url = f"sqlite:///{tmp_path / 'learning.sqlite'}"
    run([str(binary), "--database", url, "demo"], user_home)
    learned = json.loads(
        run([str(binary), "--database", url, "comments", "learn", "--json"], user_home)
    )
    assert learned["starter"]["wanted"] == 350 and learned["cross_validated"]["f1"] > 0.8
    listed = json.loads(
        run([str(binary), "--database", url, "comments", "list", "--json"], user_home)
    )
    assert listed and all(comment["score_reasons"] for comment in listed)


def test_the_packaged_media_library_reads_a_photo_desk_picture(
    binary: Path, user_home: dict[str, str], tmp_path: Path
) -> None:
    """Pillow and pyexiv2's own Exiv2 library made it into the bundle: a camera JPEG is
    decoded, its IPTC/XMP texts read, and its renditions made."""
    from tests.media_samples import photo_desk_jpeg

    url = f"sqlite:///{tmp_path / 'pictures.sqlite'}"
    run([str(binary), "--database", url, "demo"], user_home)
    photo = tmp_path / "square.jpg"
    photo.write_bytes(photo_desk_jpeg())
    [added] = json.loads(
        run([str(binary), "--database", url, "media", "add", str(photo), "--json"], user_home)
    )
    assert (added["width"], added["height"], added["mime"]) == (1600, 1200, "image/jpeg")
    assert added["caption"] == "Protesters gather in Pushkin Square"
    assert added["credit"] == "Sahar News/Reuters"


def test_desktop_files_are_laid_out_and_valid(binary: Path) -> None:
    share = binary.parent / "share"
    desktop = share / "applications" / f"{APP_ID}.desktop"
    metainfo = share / "metainfo" / f"{APP_ID}.metainfo.xml"
    icon = binary.parent / ICON
    for path in (desktop, metainfo, icon):
        assert path.is_file(), path
    assert f"Icon={APP_ID}" in desktop.read_text(encoding="utf-8").splitlines()
    assert icon.read_bytes() == (ROOT / "resources" / "icons" / "newsdesk.svg").read_bytes()
    if shutil.which("appstreamcli"):
        run(["appstreamcli", "validate", "--no-net", str(metainfo)], dict(os.environ))
    if shutil.which("desktop-file-validate"):
        run(["desktop-file-validate", str(desktop)], dict(os.environ))


def test_install_script_puts_the_app_on_the_menu(
    binary: Path, user_home: dict[str, str], tmp_path: Path
) -> None:
    prefix = tmp_path / "prefix"
    run(["bash", str(ROOT / "packaging" / "install-linux.sh"), str(prefix)], user_home, 300)

    program = prefix / "bin" / "newsdesk"
    assert run([str(program), "--version"], user_home).strip() == f"Newsdesk {__version__}"
    entry = (prefix / "share" / "applications" / f"{APP_ID}.desktop").read_text(encoding="utf-8")
    assert f"Exec={program}" in entry.splitlines()
    assert (prefix / ICON).is_file()
    assert (prefix / "share" / "metainfo" / f"{APP_ID}.metainfo.xml").is_file()
    assert not (prefix / "lib" / "newsdesk" / "share").exists()
