"""The preview follows the editor's edits, and always shows what a fresh render shows.

The preview's worker keeps the story's blocks from the editor's change notices
(`DocumentTextMirror.edits_since`, `IncrementalBodyRenderer.patch_edits`); after any
edits, typed fast or slow, the patched page must equal the page of the same text opened
afresh.
"""

from __future__ import annotations

import json
import random
from dataclasses import replace

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtGui import QTextCursor
from pytestqt.qtbot import QtBot
from tests.ui.window_helpers import SEED_SLUG, evaluate, open_story

from newsdesk.domain.entities import ArticleEdit
from newsdesk.rendering import split_blocks
from newsdesk.rendering.block_document import LineEdit
from newsdesk.rendering.incremental import FIRST_BLOCKS, IncrementalBodyRenderer
from newsdesk.ui.editor.markdown_editor import MarkdownEditor
from newsdesk.ui.editor.text_mirror import DocumentTextMirror
from newsdesk.ui.main_window import MainWindow

BLOCKS = (
    "JSON.stringify(Array.from(document.querySelectorAll('#article-body > .nd-block'))"
    ".map(function (b) { return [b.getAttribute('data-start'), b.innerHTML]; }))"
)
BASE = "\n\n".join(
    [
        "# A heading",
        'He said "hello" and left.',
        "- one\n- two",
        "```\ncode\n\nmore code\n```",
        "> a quote",
        *(f"Paragraph {n} of the story." for n in range(12)),
    ]
)
PIECES = ["a", " ", "\n", "\n\n", "word", "```", "\n```\n", "- item", "> q", "<div>", "# h", ""]
edit_steps = st.lists(
    st.tuples(
        st.floats(min_value=0, max_value=1),
        st.integers(min_value=0, max_value=15),
        st.sampled_from(PIECES),
        st.sampled_from([0, 0, 5, 40]),
    ),
    min_size=1,
    max_size=8,
)


def shown_blocks(qtbot: QtBot, window: MainWindow) -> list[list[str]]:
    qtbot.waitUntil(lambda: not window.preview.is_rendering, timeout=20000)
    return list(json.loads(evaluate(qtbot, window, BLOCKS)))


def replace_text(window: MainWindow, start: int, length: int, text: str) -> None:
    editor = window.editor_panel.editor
    cursor = QTextCursor(editor.document())
    size = editor.document().characterCount() - 1
    cursor.setPosition(min(start, size))
    cursor.setPosition(min(start + length, size), QTextCursor.MoveMode.KeepAnchor)
    cursor.insertText(text)


@settings(
    max_examples=12,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(steps=edit_steps)
def test_after_any_edits_the_preview_equals_a_fresh_render(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch, steps: list
) -> None:
    if window.editing.article is None or window.editing.article.slug != SEED_SLUG:
        open_story(qtbot, window, SEED_SLUG)
    editor = window.editor_panel.editor
    replace_text(window, 0, editor.document().characterCount(), BASE)
    shown_blocks(qtbot, window)
    followed: list[int] = []
    original = IncrementalBodyRenderer.patch_edits

    def counting(self: IncrementalBodyRenderer, edits: list[LineEdit]):  # type: ignore[no-untyped-def]
        followed.append(len(edits))
        return original(self, edits)

    monkeypatch.setattr(IncrementalBodyRenderer, "patch_edits", counting)
    for where, length, text, pause in steps:
        size = editor.document().characterCount() - 1
        replace_text(window, int(where * size), length, text)
        if pause:
            qtbot.wait(pause)
    patched = shown_blocks(qtbot, window)
    assert followed, "the preview rendered the whole text instead of following the edits"
    article = window.editing.article
    assert article is not None
    window.preview.show_article(replace(article, body=editor.markdown()))
    assert patched == shown_blocks(qtbot, window)


def test_the_mirror_replays_its_edits_onto_an_older_copy(qtbot: QtBot) -> None:
    editor = MarkdownEditor()
    qtbot.addWidget(editor)
    mirror = DocumentTextMirror(editor.document())
    editor.set_markdown("# Title\n\nFirst paragraph.\n\nSecond one.\n")
    mirror.reload()
    copy, version = mirror.snapshot(), mirror.version
    rng = random.Random(3)
    for step in range(200):
        cursor = editor.textCursor()
        length = editor.document().characterCount() - 1
        cursor.setPosition(rng.randint(0, length))
        if rng.random() < 0.6:
            cursor.insertText(rng.choice(["a", "\n", "two words", "\n\n> quote\n"]))
        else:
            cursor.setPosition(
                min(length, cursor.position() + rng.randint(1, 9)), QTextCursor.MoveMode.KeepAnchor
            )
            cursor.removeSelectedText()
        if step % 7 == 0:
            edits = mirror.edits_since(version)
            assert edits is not None
            for edit in edits:
                copy[edit.first : edit.first + edit.removed] = edit.lines
            version = mirror.version
            assert copy == mirror.snapshot()
    editor.set_markdown("replaced wholesale")
    mirror.reload()
    assert mirror.edits_since(version) is None


def test_a_long_story_shows_its_top_first_then_the_rest(qtbot: QtBot, window: MainWindow) -> None:
    body = "".join(f"Paragraph {n} of a long story.\n\n" for n in range(FIRST_BLOCKS * 4))
    article = window.newsroom.articles.create(ArticleEdit(headline="Long", body=body))
    counts: list[int] = []
    window.preview.body_patched.connect(counts.append)
    window.editing.open(article.id)
    qtbot.waitUntil(lambda: bool(counts), timeout=10000)
    assert counts[0] == FIRST_BLOCKS
    qtbot.waitUntil(lambda: counts[-1] == FIRST_BLOCKS * 4, timeout=20000)
    assert counts == sorted(counts)  # filled in downwards, a slice at a time
    blocks = shown_blocks(qtbot, window)
    assert [int(start) for start, _html in blocks] == [b.start_line for b in split_blocks(body)]
