"""The published page: the seed story's shape, approved comments only, never an e-mail."""

from __future__ import annotations

import html
import re
from datetime import datetime
from typing import Any

import pytest

from newsdesk.domain.entities import Article, Comment, RelatedLink
from newsdesk.domain.enums import ArticleStatus, CommentStatus
from newsdesk.rendering import (
    RTL_LANGUAGES,
    ReplyForm,
    excerpt,
    format_credit,
    format_dateline,
    render_article_page,
    render_preview_shell,
    text_direction,
)

HEADLINE = "US And Russian Authorities Show Desire to Improve Relations"
WHEN = datetime(2019, 5, 15, 10, 30)


def make_article(**overrides: Any) -> Article:
    fields: dict[str, Any] = {
        "id": 1,
        "uuid": "0b6f7c1e-aaaa-4bbb-8ccc-123456789abc",
        "slug": "us-russia-relations",
        "headline": HEADLINE,
        "standfirst": "Pompeo and Putin meet in Sochi.",
        "body": (
            "US Secretary of State Mike Pompeo has said the talks were productive.\n\n"
            "Iran, Ukraine and Venezuela were also discussed at Tuesday's meeting.\n"
        ),
        "dateline": "MOSCOW",
        "byline": "Staff reporter",
        "credit": "Sahar News Monitoring Desk",
        "section_id": 3,
        "section_name": "World",
        "section_slug": "world",
        "section_path": ("World",),
        "tags": ("russia", "usa"),
        "language": "en",
        "status": ArticleStatus.PUBLISHED,
        "author": "desk",
        "version": 4,
        "created_at": WHEN,
        "updated_at": WHEN,
        "published_at": WHEN,
        "related_links": (
            RelatedLink(
                id=1,
                position=0,
                title="Russia, China Offer to Help Venezuela in Preparing for 2020 Olympics",
                summary="CARACAS \u2013 Russia and China have offered to help Venezuelan athletes.",
                target_article_id=2,
                target_slug="venezuela-olympics",
            ),
        ),
    }
    fields.update(overrides)
    return Article(**fields)


def make_comment(**overrides: Any) -> Comment:
    fields: dict[str, Any] = {
        "id": 10,
        "uuid": "c-10",
        "article_id": 1,
        "article_uuid": "0b6f7c1e-aaaa-4bbb-8ccc-123456789abc",
        "article_headline": HEADLINE,
        "parent_id": None,
        "author_name": "Ali Reader",
        "author_email": "ali.reader@mail.example",
        "author_url": "",
        "body": "A fair summary.",
        "status": CommentStatus.APPROVED,
        "submitted_at": datetime(2019, 5, 15, 12, 5),
        "ip": "203.0.113.7",
        "spam_score": 0.1,
    }
    fields.update(overrides)
    return Comment(**fields)


def text_of(fragment: str) -> str:
    """Visible text, whitespace collapsed."""
    return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", fragment)).split())


def markup(page: str) -> str:
    """The page without its inlined stylesheet (whose comments name the page's parts)."""
    return re.sub(r"<style>.*?</style>", "", page, flags=re.DOTALL)


def element(page: str, element_id: str) -> str:
    match = re.search(rf'<(\w+)[^>]*\bid="{element_id}"[^>]*>.*?</\1>', page, re.DOTALL)
    assert match, element_id
    return match.group(0)


# ---- the page's shape --------------------------------------------------------------------
def test_is_a_whole_html5_document_readable_on_a_phone() -> None:
    page = render_article_page(make_article())
    assert page.startswith("<!DOCTYPE html>")
    assert '<html lang="en" dir="ltr">' in page
    assert '<meta name="viewport" content="width=device-width, initial-scale=1">' in page
    assert f"<title>{HEADLINE}</title>" in page
    assert page.rstrip().endswith("</html>")


def test_breadcrumb_reads_home_section_headline() -> None:
    page = render_article_page(make_article())
    nav = re.search(r"<nav[^>]*>(.*?)</nav>", page, re.DOTALL)
    assert nav
    assert text_of(nav.group(1)) == f"Home / World / {HEADLINE}"
    assert '<a href="index.html">Home</a>' in nav.group(1)
    assert '<a href="world/index.html">World</a>' in nav.group(1)


def test_breadcrumb_with_nested_sections_and_custom_urls() -> None:
    page = render_article_page(
        make_article(section_path=("World", "Europe"), section_slug="europe"),
        home_url="../index.html",
        section_url=lambda slug: f"/sections/{slug}/",
    )
    nav = re.search(r"<nav[^>]*>(.*?)</nav>", page, re.DOTALL)
    assert nav
    assert text_of(nav.group(1)) == f"Home / World / Europe / {HEADLINE}"
    assert 'href="/sections/europe/"' in nav.group(1)
    assert 'href="../index.html"' in nav.group(1)


def test_headline_standfirst_and_ids_for_the_live_preview() -> None:
    page = render_article_page(make_article())
    for element_id in (
        "article-headline",
        "article-standfirst",
        "article-dateline",
        "article-body",
        "article-credit",
        "check-also",
    ):
        assert page.count(f'id="{element_id}"') == 1
    assert text_of(element(page, "article-headline")) == HEADLINE
    assert text_of(element(page, "article-standfirst")) == "Pompeo and Putin meet in Sochi."


def test_dateline_leads_into_the_body() -> None:
    page = render_article_page(make_article())
    dateline = element(page, "article-dateline")
    assert text_of(dateline) == "MOSCOW \u2013"
    assert 'class="dateline"' in dateline
    between = page[page.index(dateline) + len(dateline) : page.index('<div id="article-body"')]
    assert text_of(between) == ""
    body = page[page.index('id="article-body"') :]
    first_paragraph = re.search(r"<p[^>]*>(.*?)</p>", body, re.DOTALL)
    assert first_paragraph
    assert first_paragraph.group(1).startswith("US Secretary of State")


def test_format_dateline_and_credit() -> None:
    assert format_dateline("MOSCOW") == "MOSCOW \u2013"
    assert format_dateline("MOSCOW \u2013 ") == "MOSCOW \u2013"
    assert format_dateline("  ") == ""
    assert format_credit("Sahar News Monitoring Desk") == "(Sahar News Monitoring Desk)"
    assert format_credit("(AFP)") == "(AFP)"
    assert format_credit("") == ""


def test_credit_line_in_parentheses_after_the_body() -> None:
    page = render_article_page(make_article())
    credit = element(page, "article-credit")
    assert text_of(credit) == "(Sahar News Monitoring Desk)"
    assert page.index('id="article-body"') < page.index('id="article-credit"')


def test_body_is_rendered_markdown_with_typographic_quotes() -> None:
    page = render_article_page(make_article())
    body = element(page, "article-body")
    assert "Tuesday\u2019s meeting" in body
    assert 'data-line="2"' in body


def test_given_body_html_is_used_and_still_sanitized() -> None:
    page = render_article_page(
        make_article(), body_html='<p data-line="0">Ready.</p><script>alert(1)</script>'
    )
    assert '<p data-line="0">Ready.</p>' in page
    assert "alert(1)" not in page


def test_everything_typed_is_escaped() -> None:
    hostile = '<script>alert("x")</script>'
    page = render_article_page(
        make_article(
            headline=hostile,
            standfirst=hostile,
            dateline=hostile,
            byline=hostile,
            credit=hostile,
            body=hostile,
            section_path=(hostile,),
            correction_note=hostile,
        ),
        [make_comment(author_name=hostile, body=hostile)],
    )
    assert "<script" not in page
    assert "&lt;script&gt;" in page


def test_correction_note_only_when_there_is_one() -> None:
    assert "correction" not in element(render_article_page(make_article()), "article-credit")
    page = render_article_page(make_article(correction_note="Lavrov's name was misspelt."))
    note = element(page, "article-correction")
    assert text_of(note) == "Correction: Lavrov's name was misspelt."


def test_right_to_left_languages() -> None:
    page = render_article_page(make_article(language="fa", headline="عنوان"))
    assert '<html lang="fa" dir="rtl">' in page
    assert {"fa", "ar", "he", "ur", "ps", "ckb", "yi", "dv"} <= RTL_LANGUAGES
    assert text_direction("fa") == "rtl"
    assert text_direction("ar-EG") == "rtl"
    assert text_direction("he_IL") == "rtl"
    assert text_direction("pa-Arab") == "rtl"
    assert text_direction("en") == "ltr"
    assert text_direction("az-Latn") == "ltr"
    assert text_direction("") == "ltr"


def test_bad_language_tag_does_not_break_the_attribute() -> None:
    page = render_article_page(make_article(language='en" onload="x'))
    assert '<html lang="und" dir="ltr">' in page


# ---- Check Also --------------------------------------------------------------------------
def test_check_also_teaser_links_the_related_story_with_its_excerpt() -> None:
    page = render_article_page(make_article(), article_url=lambda slug: f"/news/{slug}/")
    section = element(page, "check-also")
    assert "Check Also" in text_of(section)
    assert (
        '<a href="/news/venezuela-olympics/">Russia, China Offer to Help Venezuela in Preparing'
        in section
    )
    assert "CARACAS \u2013 Russia and China have offered" in section


def test_external_and_unsafe_related_links() -> None:
    links = (
        RelatedLink(id=2, position=1, title="External", summary="", url="https://bbc.example/x"),
        RelatedLink(id=3, position=2, title="Hostile", summary="", url="javascript:alert(1)"),
    )
    page = render_article_page(make_article(related_links=links))
    section = element(page, "check-also")
    assert '<a href="https://bbc.example/x" rel="noopener">External</a>' in section
    assert "javascript:" not in page
    assert "Hostile" in text_of(section)


def test_long_summaries_are_cut_to_an_excerpt() -> None:
    summary = "word " * 100
    assert len(excerpt(summary)) <= 202
    assert excerpt(summary).endswith("\u2026")
    assert excerpt("short one") == "short one"


def test_no_related_links_leaves_an_empty_hidden_section() -> None:
    page = markup(render_article_page(make_article(related_links=())))
    assert '<section id="check-also" class="check-also" hidden></section>' in page
    assert "Check Also" not in page


# ---- comments ----------------------------------------------------------------------------
def statuses_comments() -> list[Comment]:
    return [
        make_comment(id=1, author_name="Approved One", body="First!"),
        make_comment(
            id=2,
            parent_id=1,
            author_name="Approved Reply",
            author_url="https://reply.example",
            body="A reply.",
            submitted_at=datetime(2019, 5, 15, 13, 0),
        ),
        make_comment(id=3, author_name="Pending Person", status=CommentStatus.PENDING),
        make_comment(id=4, author_name="Spam Bot", status=CommentStatus.SPAM),
        make_comment(id=5, author_name="Trashed", status=CommentStatus.TRASH),
    ]


def test_only_approved_comments_are_shown_with_a_count() -> None:
    page = render_article_page(make_article(), statuses_comments())
    assert "2 Responses" in page
    assert "Approved One" in page and "Approved Reply" in page
    for hidden in ("Pending Person", "Spam Bot", "Trashed"):
        assert hidden not in page


def test_single_response_heading_and_none() -> None:
    assert "1 Response<" in render_article_page(make_article(), [make_comment()])
    page = markup(render_article_page(make_article(), []))
    assert "Response" not in page
    assert 'id="comments"' not in page


def test_replies_are_threaded_under_their_parent() -> None:
    page = render_article_page(make_article(), statuses_comments())
    parent = page.index('id="comment-1"')
    children = page.index('<ol class="children">', parent)
    reply = page.index('id="comment-2"')
    assert parent < children < reply


def test_reply_to_an_unshown_comment_is_not_lost() -> None:
    comments = [
        make_comment(id=1, status=CommentStatus.PENDING),
        make_comment(id=2, parent_id=1, author_name="Orphan"),
        make_comment(id=3, parent_id=4, author_name="Loop A"),
        make_comment(id=4, parent_id=3, author_name="Loop B"),
    ]
    page = render_article_page(make_article(), comments)
    assert "Orphan" in page and "Loop A" in page and "Loop B" in page
    assert "3 Responses" in page


def test_long_reply_chains_render_without_recursion_trouble() -> None:
    comments = [make_comment(id=1)] + [
        make_comment(id=i, parent_id=i - 1, body=f"reply {i}") for i in range(2, 3000)
    ]
    page = render_article_page(make_article(), comments)
    assert "2,999 Responses" in page
    assert page.count('class="comment ') == 2999


def test_e_mail_addresses_never_appear() -> None:
    comments = [
        make_comment(id=i, author_email=f"secret{i}@private.example", author_url=url)
        for i, url in enumerate(["", "https://ok.example", "mailto:secret9@private.example"])
    ]
    page = render_article_page(make_article(), comments)
    assert "private.example" not in page
    assert "secret" not in page


def test_comment_author_links_are_nofollow_ugc_and_safe() -> None:
    page = render_article_page(
        make_article(),
        [
            make_comment(id=1, author_name="Site Owner", author_url="https://owner.example/"),
            make_comment(id=2, author_name="Tricky", author_url="javascript:alert(1)"),
            make_comment(id=3, author_name="Relative", author_url="/admin"),
            make_comment(id=4, author_name="Bare", author_url="https:evil"),
        ],
    )
    assert '<a href="https://owner.example/" rel="nofollow ugc">Site Owner</a>' in page
    assert "javascript:" not in page
    for name in ("Tricky", "Relative", "Bare"):
        assert f'<b class="comment-author">{name}</b>' in page


def test_comment_time_and_body() -> None:
    page = render_article_page(
        make_article(), [make_comment(body="Hello <script>alert(1)</script>\nbye")]
    )
    assert '<time class="comment-time" datetime="2019-05-15T12:05:00">' in page
    assert "May 15, 2019 at 12:05" in page
    assert "Hello &lt;script&gt;alert(1)&lt;/script&gt;<br>" in page


# ---- the reply form ----------------------------------------------------------------------
def test_leave_a_reply_form_like_the_seed_page() -> None:
    page = render_article_page(make_article(), reply_form=ReplyForm("https://news.example/c"))
    form = element(page, "respond")
    text = text_of(form)
    assert "Leave a Reply" in text
    assert "Your email address will not be published. Required fields are marked *" in text
    for label in ("Comment *", "Name *", "Email *", "Website"):
        assert label in text
    assert 'action="https://news.example/c"' in form
    assert 'method="post"' in form
    assert re.search(r'<textarea[^>]*name="comment"[^>]*required', form)
    assert re.search(r'<input[^>]*name="author"[^>]*required', form)
    assert re.search(r'<input[^>]*name="email"[^>]*type="email"[^>]*required', form)
    assert re.search(r'<input[^>]*name="url"', form)
    assert re.search(r"<button[^>]*type=\"submit\"[^>]*>Post Comment</button>", form)


def test_the_form_carries_its_token_a_field_for_bots_and_the_notes() -> None:
    """The comment receiver's needs: the page token, where to ask for a fresh one, a
    honeypot out of people's way, and the notes it sends readers back to."""
    reply = ReplyForm(
        "https://c.example/comments",
        token='p1.abc"<',
        token_url="https://c.example/comments/token",
        script_href="../comment-form.js",
    )
    page = render_article_page(make_article(), reply_form=reply)
    form = element(page, "respond")
    assert '<input type="hidden" name="form_token" value="p1.abc&quot;&lt;">' in form
    assert 'data-token-url="https://c.example/comments/token"' in form
    assert re.search(r'<input id="subject" name="subject" type="text" tabindex="-1"', form)
    assert re.search(r'<p class="comment-form-subject" aria-hidden="true">', form)
    for note in ("comment-held", "comment-published"):
        assert re.search(rf'<p id="{note}" class="comment-note" role="status">', form)
    assert '<script src="../comment-form.js" defer></script>' in form
    # The one script, and no other: the page's policy says so.
    assert page.count("<script") == 1
    assert "content=\"script-src 'self'; object-src 'none'; base-uri 'none'\"" in page
    assert "Content-Security-Policy" not in render_article_page(make_article())


def test_without_an_action_the_form_cannot_be_sent() -> None:
    form = element(render_article_page(make_article()), "respond")
    assert 'action="#"' in form
    assert re.search(r"<button[^>]*disabled[^>]*>", form)


def test_a_story_closed_to_comments_says_so_instead_of_the_form() -> None:
    closed = make_article(comments_open=False)
    page = markup(
        render_article_page(
            closed,
            [make_comment(body="An earlier word")],
            reply_form=ReplyForm("https://x.example/c"),
        )
    )
    assert 'id="respond"' not in page and "Leave a Reply" not in page and "<form" not in page
    assert text_of(element(page, "comments-closed")) == "Comments are closed."
    assert "An earlier word" in page  # what was said before stays
    shell = markup(render_preview_shell(closed, body_html=""))
    assert text_of(element(shell, "comments-closed")) == "Comments are closed."
    assert 'id="comments-closed"' not in markup(render_preview_shell(make_article(), body_html=""))
    assert 'id="comments-closed"' not in markup(render_article_page(make_article()))


# ---- styles and the preview shell ----------------------------------------------------------
def test_css_inline_or_linked() -> None:
    inline = render_article_page(make_article())
    assert "<style>" in inline and "prefers-color-scheme: dark" in inline
    linked = render_article_page(
        make_article(), inline_css=False, stylesheet_href="../css/article.css"
    )
    assert "<style>" not in linked
    assert '<link rel="stylesheet" href="../css/article.css">' in linked


def test_preview_shell_shows_the_discussion_with_the_form_greyed() -> None:
    """The preview shows the page as readers get it: approved comments, and the reply
    form, greyed (it cannot be sent from the editor), or left out on request."""
    approved = make_comment(body="A fine point.")
    held = make_comment(id=99, body="Not yet.", status=CommentStatus.PENDING)
    shell = markup(render_preview_shell(make_article(), body_html="", comments=[approved, held]))
    assert 'id="article-body"' in shell and 'id="check-also"' in shell
    assert "A fine point." in shell and "Not yet." not in shell
    assert 'class="respond preview-only"' in shell
    assert 'type="submit" id="submit" class="submit" disabled' in shell
    bare = markup(render_preview_shell(make_article(), body_html="", with_form=False))
    assert 'id="respond"' not in bare and 'id="comments"' not in bare
    assert "<style>" in render_preview_shell(make_article(), body_html="")


@pytest.mark.parametrize("field", ["standfirst", "dateline", "credit"])
def test_empty_fields_keep_their_element_for_the_preview(field: str) -> None:
    shell = render_preview_shell(make_article(**{field: ""}), body_html="")
    element_id = f"article-{field}"
    assert text_of(element(shell, element_id)) == ""
