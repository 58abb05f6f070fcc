"""The published page speaks the story's language: its words, dates, counts and digits."""

from __future__ import annotations

import re
import string
import tomllib
from datetime import datetime

import pytest
from babel import Locale
from tests.unit.rendering.test_rendering_page import make_article, make_comment

from newsdesk.rendering import ReplyForm, render_article_page, render_preview_shell
from newsdesk.rendering.page_words import page_words
from newsdesk.resources_path import resource_path

WHEN = datetime(2024, 3, 15, 14, 5)
WORDS = resource_path("page-words")


def page(language: str, **overrides: object) -> str:
    article = make_article(language=language, published_at=WHEN, **overrides)
    comments = [make_comment(id=1, submitted_at=WHEN), make_comment(id=2, submitted_at=WHEN)]
    return render_article_page(article, comments, reply_form=ReplyForm(action="/comments"))


def test_a_persian_page_is_in_persian() -> None:
    shown = page("fa")
    assert '<html lang="fa" dir="rtl">' in shown
    assert '<nav class="breadcrumb" aria-label="مسیر صفحه"><a href="index.html">خانه</a>' in shown
    assert ">۱۵ مارس ۲۰۲۴</time>" in shown  # Gregorian, Persian month name and digits
    assert ">۱۵ مارس ۲۰۲۴، ساعت ۱۴:۰۵</time>" in shown
    assert '<h2 id="check-also-title">این را هم بخوانید</h2>' in shown
    assert '<h2 class="comments-title">۲ دیدگاه</h2>' in shown
    assert '<h2 id="reply-title">دیدگاهتان را بنویسید</h2>' in shown
    for label in ("دیدگاه", "نام", "ایمیل", "وب‌سایت", "فرستادن دیدگاه"):
        assert f">{label}" in shown
    body = shown.split("<body>", 1)[1]  # the inline stylesheet has English comments
    for english in ("Home", "Check Also", "Leave a Reply", "Responses", "Post Comment", "March"):
        assert english not in body
    assert not re.search(r">[^<]*[0-9][^<]*</time>", shown)  # one kind of digits


def test_a_french_page_is_in_french() -> None:
    shown = page("fr-CA")
    assert ">Accueil</a>" in shown
    assert ">15 mars 2024</time>" in shown and ">15 mars 2024 à 14:05</time>" in shown
    assert ">À lire aussi</h2>" in shown
    assert ">2 réponses</h2>" in shown
    assert ">Laisser un commentaire</h2>" in shown
    assert "Publier le commentaire</button>" in shown


def test_an_english_page_reads_as_before() -> None:
    shown = page("en")
    assert ">Home</a>" in shown and ">March 15, 2024 at 14:05</time>" in shown
    assert ">2 Responses</h2>" in shown and ">Leave a Reply</h2>" in shown


@pytest.mark.parametrize("language", ["de", "sw", "", "../../etc/passwd", "x" * 40])
def test_a_language_without_page_words_gets_an_english_page(language: str) -> None:
    shown = page(language)
    assert ">Home</a>" in shown and ">March 15, 2024</time>" in shown


def test_the_preview_and_a_closed_story_speak_the_language_too() -> None:
    article = make_article(language="fa", comments_open=False)
    shell = render_preview_shell(article, body_html="<p>متن</p>")
    assert ">خانه</a>" in shell and ">دیدگاه‌ها بسته شده‌اند.</p>" in shell
    assert ">دیدگاه‌ها بسته شده‌اند.</p>" in render_article_page(article)


def test_arabic_counts_take_the_arabic_plural_forms() -> None:
    words = page_words("ar")
    assert [words.count("responses", n) for n in (1, 2)] == ["ردّ واحد", "ردّان"]
    assert words.count("responses", 3) == "3 ردود"
    assert page_words("ar-EG").count("responses", 3) == "٣ ردود"  # Egypt writes Arabic digits


def _placeholders(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


@pytest.mark.parametrize("path", sorted(WORDS.glob("*.toml")), ids=lambda path: path.stem)
def test_every_language_says_everything_english_says(path: object) -> None:
    english = tomllib.loads((WORDS / "en.toml").read_text(encoding="utf-8"))
    words = tomllib.loads(path.read_text(encoding="utf-8"))  # type: ignore[attr-defined]
    assert set(words) == set(english)
    for key, text in english.items():
        if isinstance(text, str):
            assert _placeholders(words[key]) == _placeholders(text), key
        else:  # plural forms: "other" at least, each a form the language's rules give
            rules = Locale.parse(path.stem).plural_form.tags | {"other"}  # type: ignore[attr-defined]
            assert "other" in words[key] and set(words[key]) <= rules, key
