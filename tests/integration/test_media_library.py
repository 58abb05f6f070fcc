"""The media library on SQLite and PostgreSQL: pictures added once by content, their
texts from the file then edited, searched like stories, used by stories, removed."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from sqlalchemy import func, select
from tests.media_samples import encoded, photo_desk_jpeg, pixels

from newsdesk.domain.entities import ArticleEdit
from newsdesk.domain.enums import Role
from newsdesk.domain.errors import FileProblem, InvalidInput, NotAllowed, NotFound
from newsdesk.domain.media import MAX_FILE_BYTES, PictureText, RenditionKind
from newsdesk.domain.media_references import picture_markdown
from newsdesk.services.newsroom import Newsroom
from newsdesk.storage.orm_media import Picture as PictureRow
from newsdesk.storage.orm_media import PictureRendition


def _stored(newsroom: Newsroom) -> tuple[int, int]:
    with newsroom.database.transaction() as session:
        return (
            session.scalar(select(func.count()).select_from(PictureRow)) or 0,
            session.scalar(select(func.count()).select_from(PictureRendition)) or 0,
        )


def test_a_photo_is_added_with_its_texts_and_renditions(newsroom: Newsroom) -> None:
    added = newsroom.media.add(photo_desk_jpeg(), "/home/desk/DSC_0042.JPG")
    picture = added.picture
    assert not added.already_there
    assert (picture.filename, picture.mime, picture.width, picture.height) == (
        "DSC_0042.JPG",
        "image/jpeg",
        1600,
        1200,
    )
    assert picture.text.caption == "Protesters gather in Pushkin Square"
    assert picture.text.credit == "Sahar News/Reuters"
    assert picture.text.alt == "A crowd with banners in a snowy square"
    assert picture.added_by == newsroom.user.display_name
    assert [(r.kind, r.width) for r in picture.renditions] == [
        (RenditionKind.THUMBNAIL, 320),
        (RenditionKind.PAGE, 720),
        (RenditionKind.PAGE_2X, 1440),
    ]
    rendition, data = newsroom.media.rendition(picture.id, RenditionKind.PAGE)
    assert data[:3] == b"\xff\xd8\xff" and len(data) == rendition.byte_size
    assert b"CAM-SERIAL" not in data
    assert newsroom.media.original(picture.id) == photo_desk_jpeg()


def test_the_same_bytes_are_one_picture_whatever_the_file_is_called(newsroom: Newsroom) -> None:
    first = newsroom.media.add(photo_desk_jpeg(), "a.jpg")
    again = newsroom.media.add(photo_desk_jpeg(), "copy of a.jpg")
    assert again.already_there and again.picture.id == first.picture.id
    assert again.picture.filename == "a.jpg"
    assert _stored(newsroom) == (1, 3)


@pytest.mark.parametrize(
    "data",
    [b"", b"<svg onload='alert(1)'/>", photo_desk_jpeg()[:5000], b"GIF89a" + b"\x00" * 20],
    ids=["empty", "svg", "truncated", "broken-gif"],
)
def test_a_bad_file_is_refused_and_nothing_is_stored(newsroom: Newsroom, data: bytes) -> None:
    with pytest.raises(InvalidInput):
        newsroom.media.add(data, "bad.jpg")
    assert _stored(newsroom) == (0, 0)


def test_files_are_judged_before_they_are_read(newsroom: Newsroom, tmp_path: Path) -> None:
    with pytest.raises(FileProblem, match="no such file"):
        newsroom.media.add_file(tmp_path / "missing.jpg")
    with pytest.raises(FileProblem, match="is a folder"):
        newsroom.media.add_file(tmp_path)
    huge = tmp_path / "huge.jpg"
    with huge.open("wb") as file:
        file.truncate(MAX_FILE_BYTES + 1)
    with pytest.raises(InvalidInput, match="at most 50 MB"):
        newsroom.media.add_file(huge)
    assert _stored(newsroom) == (0, 0)


def test_pictures_are_searched_by_caption_credit_creator_and_file_name(
    newsroom: Newsroom,
) -> None:
    photo = newsroom.media.add(photo_desk_jpeg(), "pushkin_square-2019.jpg").picture
    plain = newsroom.media.add(encoded(pixels(50, 40), "PNG"), "chart.png").picture
    newsroom.media.update_text(plain.id, PictureText(caption="Budget chart", credit="Desk"))
    assert newsroom.media.ids() == [plain.id, photo.id]
    for words in ("pushkin", "reuters", "petrova", "square 2019", "Protest"):
        assert newsroom.media.ids(words) == [photo.id], words
    assert newsroom.media.ids("budget") == [plain.id]
    assert newsroom.media.ids("nothing-like-it") == []
    assert [p.id for p in newsroom.media.list("chart")] == [plain.id]


def test_texts_are_edited_and_limited(newsroom: Newsroom) -> None:
    picture = newsroom.media.add(photo_desk_jpeg(), "p.jpg").picture
    edited = newsroom.media.update_text(
        picture.id,
        PictureText(caption="  New caption\x07 ", alt="Alt", credit="AFP", keywords=("a", "a")),
    )
    assert (edited.text.caption, edited.text.alt, edited.text.keywords) == (
        "New caption",
        "Alt",
        ("a",),
    )
    assert edited.text.creator == ""  # every text is as given: cleared ones too
    with pytest.raises(InvalidInput, match="at most 2,000"):
        newsroom.media.update_text(picture.id, PictureText(caption="x" * 2001))
    with pytest.raises(NotFound):
        newsroom.media.update_text(9999, PictureText())


def test_stories_use_pictures_as_lead_and_in_their_text(newsroom: Newsroom) -> None:
    lead = newsroom.media.add(photo_desk_jpeg(), "lead.jpg").picture
    inline = newsroom.media.add(encoded(pixels(900, 600), "JPEG"), "inline.jpg").picture
    story = newsroom.articles.create(ArticleEdit(headline="Protest in Moscow", body="Text."))
    newsroom.media.set_lead(story.id, lead.id)
    body = f"Text.\n\n{picture_markdown(inline.id, 'A chart', 'Turnout')}\n"
    saved = newsroom.articles.save(story.id, _with_body(story.id, newsroom, body), story.version)
    assert newsroom.media.get(lead.id).stories == (story.id,)
    assert newsroom.media.get(inline.id).stories == (story.id,)
    shown = newsroom.media.lead(story.id)
    assert shown is not None and shown.text.caption == lead.text.caption
    with pytest.raises(InvalidInput, match=f"used by story {story.id}; take it out of it first"):
        newsroom.media.remove(inline.id)
    newsroom.articles.save(story.id, _with_body(story.id, newsroom, "Text."), saved.version)
    assert newsroom.media.get(inline.id).stories == ()
    newsroom.media.remove(inline.id)
    with pytest.raises(NotFound):
        newsroom.media.get(inline.id)
    newsroom.media.set_lead(story.id, None)
    assert newsroom.media.lead(story.id) is None
    newsroom.media.remove(lead.id)
    assert _stored(newsroom) == (0, 0)


def _with_body(article_id: int, newsroom: Newsroom, body: str) -> ArticleEdit:
    article = newsroom.articles.get(article_id)
    return ArticleEdit(headline=article.headline, body=body, language=article.language)


def test_a_moderator_adds_no_pictures(newsroom: Newsroom) -> None:
    newsroom.identity.switch(replace(newsroom.user, roles=frozenset({Role.MODERATOR})))
    with pytest.raises(NotAllowed):
        newsroom.media.add(photo_desk_jpeg(), "p.jpg")
    assert _stored(newsroom) == (0, 0)


def test_the_copy_checks_read_the_pictures_a_story_shows(newsroom: Newsroom) -> None:
    lead = newsroom.media.add(photo_desk_jpeg(1000, 750), "lead.jpg").picture
    bare = newsroom.media.add(encoded(pixels(300, 200), "PNG"), "bare.png").picture
    newsroom.media.update_text(bare.id, PictureText(usage_terms="Do not publish"))
    body = f"Text.\n\n{picture_markdown(bare.id, '', '')}\n\n![](media:999)\n"
    story = newsroom.articles.create(ArticleEdit(headline="Pictured", body=body))
    newsroom.media.set_lead(story.id, lead.id)
    findings = newsroom.checks.check_story(newsroom.articles.get(story.id))
    pictured = [(f.code.value, f.params, f.line) for f in findings if f.kind.value == "picture"]
    assert pictured == [
        ("lead_too_narrow", (1000, 1200), 0),
        ("picture_no_alt", (bare.id,), 3),
        ("picture_no_credit", (bare.id,), 3),
        ("picture_restricted", (bare.id, "Do not publish"), 3),
        ("picture_missing", (999,), 5),
    ]


def test_only_who_added_a_picture_or_the_copy_desk_removes_it(newsroom: Newsroom) -> None:
    picture = newsroom.media.add(photo_desk_jpeg(), "p.jpg").picture
    me = newsroom.user
    newsroom.identity.switch(replace(me, id=me.id + 1000, roles=frozenset({Role.DESK})))
    with pytest.raises(NotAllowed, match="someone else added"):
        newsroom.media.remove(picture.id)
    newsroom.identity.switch(replace(me, id=me.id + 1000, roles=frozenset({Role.COPY})))
    newsroom.media.remove(picture.id)
    assert _stored(newsroom) == (0, 0)


def test_a_story_gives_its_lead_picture_its_own_texts(newsroom: Newsroom) -> None:
    picture = newsroom.media.add(photo_desk_jpeg(), "lead.jpg").picture
    story = newsroom.articles.create(ArticleEdit(headline="Led"))
    with pytest.raises(NotFound, match="no lead picture"):
        newsroom.media.set_lead_texts(story.id, caption="x")
    newsroom.media.set_lead(story.id, picture.id)
    lead = newsroom.media.set_lead_texts(story.id, caption="  Crowds at noon ", credit="AFP")
    assert (lead.text.caption, lead.text.credit) == ("Crowds at noon", "AFP")
    assert lead.text.alt == picture.text.alt  # empty here: the picture's own
    assert newsroom.media.get(picture.id).text.caption == picture.text.caption
    findings = newsroom.checks.check_story(newsroom.articles.get(story.id))
    assert not [f for f in findings if f.code.value == "picture_no_credit"]
