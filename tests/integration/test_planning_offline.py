"""A writer's assignments on a laptop: taken offline with their stories (the saved view
"My assignments"), written offline, synced back to the budget."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from newsdesk.domain.entities import ArticleEdit
from newsdesk.services.newsroom import Newsroom

NOW = datetime.now(UTC)


@pytest.mark.postgres
def test_a_writer_takes_their_assignments_offline_and_syncs_them_back(
    server: Newsroom, laptop: Newsroom
) -> None:
    from tests.integration.sync_helpers import local_id

    from newsdesk.domain.enums import Role
    from newsdesk.domain.planning import AssignmentRole, PlanDraft, PlanStatus
    from newsdesk.services.articles import SavedView
    from newsdesk.services.sync import sync, take_offline

    dana = server.users.ensure("dana.desk", "Dana Desk", frozenset({Role.DESK}))
    item = server.planning.add(
        PlanDraft(NOW.date(), "Assigned story"), [(dana.id, AssignmentRole.WRITER)]
    )
    other = server.planning.add(PlanDraft(NOW.date(), "Someone else's"))
    server.planning.start_story(other.id)
    as_dana = Newsroom.for_database(server.database, dana)
    started = as_dana.planning.start_story(item.id)
    story = server.articles.get(started.article_id)

    report = take_offline(as_dana, laptop, SavedView.MY_ASSIGNMENTS)

    assert report.stories == 1
    mine = local_id(laptop, story.uuid)
    copy = laptop.articles.get(mine)
    laptop.articles.save(
        mine,
        ArticleEdit(headline=copy.headline, body="Written on the train. " * 10,
                    section_id=copy.section_id, byline=copy.byline),
        copy.version,
    )  # fmt: skip
    assert sync(as_dana, laptop).pushed == 1
    back = server.planning.get(item.id)
    assert (back.words_actual, back.status) == (40, PlanStatus.IN_PROGRESS)
