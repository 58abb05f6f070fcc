"""Every item model passes Qt's model tester, with real data behind it."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from newsdesk.domain.entities import ArticleRow, Comment
from newsdesk.domain.enums import ArticleStatus, CommentStatus
from newsdesk.domain.hold_reasons import HoldReason, ReasonCode
from newsdesk.ui.articles.list_model import ArticleListModel
from newsdesk.ui.panels.comments.queue_model import CommentQueueModel, excerpt


def _row(article_id: int) -> ArticleRow:
    return ArticleRow(
        id=article_id,
        uuid=f"uuid-{article_id}",
        slug=f"story-{article_id}",
        headline=f"Story {article_id}",
        section_name="World",
        status=ArticleStatus.PUBLISHED,
        byline="Desk",
        updated_at=datetime(2020, 1, 1, tzinfo=UTC),
    )


def test_article_list_model_fetches_rows_lazily(qtmodeltester: ModelTester) -> None:
    asked: list[list[int]] = []

    def fetch(ids: list[int], deliver: Callable[[dict[int, ArticleRow]], None]) -> None:
        asked.append(list(ids))
        deliver({i: _row(i) for i in ids})

    model = ArticleListModel(fetch)
    model.set_ids(list(range(1, 10_001)))
    qtmodeltester.check(model)
    assert model.rowCount() == 10_000
    assert model.data(model.index(0, 0)) == "Story 1"
    assert max(len(batch) for batch in asked) <= 200, "rows are fetched a window at a time"
    assert model.data(model.index(9_999, 2)) == "Published"
    asked.clear()
    model.invalidate([1])
    model.data(model.index(0, 0))  # a view repainting the changed row asks again
    assert any(1 in batch for batch in asked), "a changed row is fetched again"


def test_article_list_model_with_pending_rows(qtmodeltester: ModelTester) -> None:
    model = ArticleListModel(lambda ids, deliver: None)  # rows never arrive
    model.set_ids([3, 2, 1])
    qtmodeltester.check(model)
    assert model.data(model.index(0, 0)) == "…"
    assert model.data(model.index(0, 0), ArticleListModel.ID_ROLE) == 3


def test_article_list_model_keeps_its_rows_when_the_list_is_the_same(qtbot: QtBot) -> None:
    model = ArticleListModel(lambda ids, deliver: deliver({i: _row(i) for i in ids}))
    model.set_ids([3, 2, 1])
    assert model.data(model.index(0, 0)) == "Story 3"
    resets: list[bool] = []
    model.modelReset.connect(lambda: resets.append(True))
    model.set_ids([3, 2, 1])  # a refresh after a save that moved nothing
    assert resets == [] and model.cached_row(3) is not None
    model.set_ids([2, 3, 1])  # the saved story went to the top
    assert resets == [True] and model.data(model.index(0, 0)) == "Story 2"
    assert model.row_of(3) == 1


def test_comment_queue_model(qtmodeltester: ModelTester) -> None:
    comment = Comment(
        id=1,
        uuid="c",
        article_id=1,
        article_uuid="a",
        article_headline="Talks in Sochi",
        parent_id=None,
        author_name="Reader",
        author_email="reader@example.com",
        author_url="",
        body="A long comment " * 20,
        status=CommentStatus.PENDING,
        submitted_at=datetime(2020, 1, 1, tzinfo=UTC),
        ip="192.0.2.1",
        spam_score=0.2,
        reasons=(HoldReason(ReasonCode.FIRST_COMMENT),),
    )
    model = CommentQueueModel()
    model.set_comments([comment])
    qtmodeltester.check(model)
    assert model.data(model.index(0, 1)) == "Talks in Sochi"
    assert model.data(model.index(0, 3)).endswith("…")
    assert model.data(model.index(0, 4)) == "reader@example.com"
    model.toggle_mark(0)
    assert model.marked_ids() == [1]
    assert len(excerpt("x " * 200)) <= 90


def test_article_list_model_adds_the_rest_of_a_listing_below_its_first_page(
    qtmodeltester: ModelTester, qtbot: QtBot
) -> None:
    model = ArticleListModel(lambda ids, deliver: deliver({i: _row(i) for i in ids}))
    model.set_ids([9, 8, 7])  # a new query's first page
    qtmodeltester.check(model)
    resets: list[bool] = []
    inserted: list[tuple[int, int]] = []
    model.modelReset.connect(lambda: resets.append(True))
    model.rowsInserted.connect(lambda _parent, first, last: inserted.append((first, last)))
    model.set_ids([9, 8, 7, 5, 4])  # the whole listing
    assert resets == [] and inserted == [(3, 4)]
    assert model.row_of(4) == 4 and model.id_at(3) == 5
    assert model.data(model.index(0, 0)) == "Story 9"
    model.set_ids([1, 2])  # another query altogether
    assert resets == [True] and model.rowCount() == 2


class _RecordingDict(dict[int, int]):
    """Records the keys entered (the rows the model looks up by id)."""

    def __init__(self, *args: Any) -> None:
        super().__init__(*args)
        self.entered: list[int] = []

    def update(self, *args: Any, **kwargs: Any) -> None:  # type: ignore[override]
        added = dict(*args, **kwargs)
        self.entered.extend(added)
        super().update(added)

    def __setitem__(self, key: int, value: int) -> None:
        self.entered.append(key)
        super().__setitem__(key, value)


def test_the_rest_of_a_listing_enters_only_the_added_ids(qtbot: QtBot) -> None:
    model = ArticleListModel(lambda ids, deliver: deliver({i: _row(i) for i in ids}))
    first_page = list(range(1000, 800, -1))
    model.set_ids(first_page)
    recording = _RecordingDict(model._row_of)
    model._row_of = recording
    model.set_ids([*first_page, 5, 4])
    assert recording.entered == [5, 4]  # not the first page's 200 again
    assert model.row_of(5) == 200 and model.row_of(4) == 201 and model.row_of(1000) == 0
