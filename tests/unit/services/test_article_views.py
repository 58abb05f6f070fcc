"""Saved views as scripts name them."""

from __future__ import annotations

import pytest

from newsdesk.domain.errors import NotFound
from newsdesk.services.article_views import SavedView, view_name, view_named


@pytest.mark.parametrize("name", ["copy-queue", "copy_queue", "Copy desk queue", " COPY  QUEUE "])
def test_a_view_by_its_script_name_or_its_label(name: str) -> None:
    assert view_named(name) is SavedView.COPY_QUEUE


def test_every_view_answers_to_its_own_name() -> None:
    assert [view_named(view_name(view)) for view in SavedView] == list(SavedView)


@pytest.mark.parametrize("name", ["", "copy", "nul\x00", "x" * 10_000, "my_drafts; DROP TABLE"])
def test_an_unknown_view_is_refused_with_the_names_to_use(name: str) -> None:
    with pytest.raises(NotFound, match="use one of my-drafts, copy-queue"):
        view_named(name)
