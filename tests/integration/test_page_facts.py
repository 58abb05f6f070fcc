"""Web page import keeps what the page said: its declared (or detected) language, the
publication time with its hour and zone, bylines without site furniture, and a body
without the repeated headline, "Continue reading" lines and teaser blocks.

The pages are made here in the shape the real ones had (a Czech page with lang="cs",
Le Monde's og:locale fr_FR, Washington Post's "Username" byline, a byline doubled in
capitals, a stray Czech "před" after a name, "You might also like" blocks)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest

from newsdesk.services.interchange.page_facts import (
    better_byline,
    clean_byline,
    declared_language,
    guessed_language,
    page_byline,
    plain_title,
    published_time,
    tidy_body,
)
from newsdesk.services.interchange.webpage import extract_page

CZECH = [
    "Vláda ve středu schválila návrh státního rozpočtu na příští rok, který počítá se schodkem "
    "nižším než letos.",
    "Ministr financí uvedl, že úspory se dotknou hlavně provozních výdajů ministerstev a "
    "státních úřadů, nikoli investic do dopravy.",
    "Opozice návrh kritizuje a tvrdí, že vláda podceňuje růst cen energií a dopady na "
    "domácnosti s nízkými příjmy.",
    "Sněmovna by měla o rozpočtu poprvé hlasovat v říjnu, konečné schválení se čeká do konce "
    "listopadu.",
]
FRENCH = [
    "Le gouvernement a présenté mardi un projet de loi destiné à accélérer la construction de "
    "logements dans les grandes villes.",
    "Les maires des communes concernées devront publier chaque année un bilan des permis "
    "accordés et des terrains disponibles.",
    "Les associations de locataires jugent le texte insuffisant et réclament un encadrement "
    "plus strict des loyers dans les zones tendues.",
    "Le texte sera examiné à l'Assemblée nationale au début du mois prochain, avant un passage "
    "au Sénat.",
]


def page(
    paragraphs: list[str],
    *,
    lang: str = "",
    head: str = "",
    headline: str = "Budget approved",
    byline: str = "",
    before: str = "",
    after: str = "",
) -> str:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    by = f'<meta name="author" content="{byline}">' if byline else ""
    lang_attribute = f' lang="{lang}"' if lang else ""
    return (
        f"<!DOCTYPE html><html{lang_attribute}><head><title>{headline}</title>{by}{head}</head>"
        f"<body><nav><a href='/'>Home</a> <a href='/login'>Login</a></nav><article>"
        f"<h1>{headline}</h1>{before}{body}{after}</article>"
        "<footer>All rights reserved</footer></body></html>"
    )


def test_the_declared_language_wins_and_a_page_without_one_is_detected() -> None:
    assert declared_language(page(CZECH, lang="cs")) == "cs"
    assert declared_language(page(FRENCH, head='<meta property="og:locale" content="fr_FR">')) == (
        "fr-FR"
    )
    assert declared_language(page(FRENCH, lang="EN_gb")) == "en-GB"
    assert declared_language(page(FRENCH, lang="not a tag!")) == ""
    assert guessed_language(" ".join(CZECH)) == "cs"
    assert guessed_language("Too short.") == ""
    assert extract_page(page(CZECH, lang="cs")).language == "cs"
    assert extract_page(
        page(FRENCH, head='<meta property="og:locale" content="fr_FR">')
    ).language == ("fr-FR")
    assert extract_page(page(FRENCH)).language == "fr"


def test_the_publication_time_keeps_its_hour_and_zone() -> None:
    meta = '<meta property="article:published_time" content="2024-03-04T17:45:00+01:00">'
    moment = published_time(page(FRENCH, head=meta))
    assert moment == datetime(2024, 3, 4, 17, 45, tzinfo=timezone(timedelta(hours=1)))
    json_ld = (
        '<script type="application/ld+json">{"@type": "NewsArticle", '
        '"datePublished": "2024-03-04T08:15:00Z"}</script>'
    )
    assert published_time(page(FRENCH, head=json_ld)) == datetime(2024, 3, 4, 8, 15, tzinfo=UTC)
    assert published_time(page(FRENCH, head='<meta name="date" content="2024-03-04">')) is None
    extracted = extract_page(page(FRENCH, head=meta))
    assert extracted.date is not None and extracted.date.isoformat() == "2024-03-04T17:45:00+01:00"


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        ("Username", ""),
        ("Jeffrey Gettleman; JEFFREY GETTLEMAN", "Jeffrey Gettleman"),
        ("Aleš Vávra před", "Aleš Vávra"),
        ("By Ann Lee and Bob Ray", "Ann Lee; Bob Ray"),
        ("Admin | Cy Dee", "Cy Dee"),
        ("https://example.org/author/x", ""),
    ],
)
def test_bylines_lose_site_furniture_and_repeats(raw: str, clean: str) -> None:
    assert clean_byline(raw) == clean


def test_a_username_byline_from_the_page_is_not_taken() -> None:
    extracted = extract_page(page(FRENCH, byline="Username"))
    assert extracted.byline == ""


def test_the_headline_repeated_and_the_pages_boilerplate_leave_the_body() -> None:
    teasers = ["## You might also like", "Other story one", "Other story two"]
    body = "\n\n".join(
        ["# Budget approved", CZECH[0], "Continue reading the main story", *CZECH[1:], *teasers]
    )
    assert tidy_body(body, "Budget approved") == "\n\n".join(CZECH)
    teaser_first = "\n\n".join(["Recommended for you", "Short teaser", *CZECH])
    assert tidy_body(teaser_first, "Budget approved") == "\n\n".join(CZECH)
    extracted = extract_page(
        page(
            CZECH,
            lang="cs",
            after="<p>Continue reading the main story</p>",
        )
    )
    assert not extracted.body.startswith("# Budget approved")
    assert "Continue reading" not in extracted.body
    assert extracted.body.startswith(CZECH[0][:30])


@pytest.mark.parametrize(
    ("title", "sites", "plain"),
    [
        ("West Ham hrozí | Aktuálně.cz", ("", "Aktuálně.cz - Víte, co se děje"), "West Ham hrozí"),
        ("Obama speaks - BBC News", ("BBC News", ""), "Obama speaks"),
        ("Left - right: a debate", ("The Times",), "Left - right: a debate"),
        ("Who wins | BBC", ("",), "Who wins | BBC"),
        ("| BBC News", ("BBC News",), "| BBC News"),
        ("Plan A - B", ("Bloomberg",), "Plan A - B"),
        ("Ukraine war - BBC reporter detained in Moscow", ("BBC",), (
            "Ukraine war - BBC reporter detained in Moscow")),
        ("Floods in the north - bbc.co.uk", ("BBC",), "Floods in the north"),
    ],
)  # fmt: skip
def test_the_sites_name_after_the_headline_goes(
    title: str, sites: tuple[str, ...], plain: str
) -> None:
    assert plain_title(title, sites) == plain


def test_the_pages_own_byline_markup_fills_in_what_the_extractor_missed() -> None:
    page = (
        "<html><head><meta name='author' content='https://example.org/erin'></head><body>"
        "<nav><span class='username'>Username</span></nav>"
        "<span class='pb-byline'>By <a href='/people/erin'>Erin Cunningham</a></span>"
        "</body></html>"
    )
    assert page_byline(page) == "Erin Cunningham"
    assert better_byline("Username", page) == "Erin Cunningham"
    co_authors = (
        "<p itemprop='author'><a>Martin Untersinger</a> (avec Damien Leloup et Morgane Tual)</p>"
    )
    assert better_byline("Martin Untersinger", co_authors) == (
        "Martin Untersinger; Damien Leloup; Morgane Tual"
    )
    assert better_byline("Jane Roe", co_authors) == "Jane Roe"  # another name: the extractor's
    assert page_byline("<html><body><p>No byline.</p></body></html>") == ""
    assert page_byline("") == ""


def test_promos_furniture_lines_and_trailing_headlines_leave_the_body() -> None:
    story = [f"Paragraph {n} of the story says something worth reading today." for n in range(6)]
    body = "\n\n".join(
        [
            "-     24 July 2015\n- From the section US & Canada\n- 941 comments",
            story[0],
            " *\\[Read: Why the museum matters\\]* ",
            "Continue reading the main story\n" + story[1],
            *story[2:],
            "Heba Habib contributed to this report.",
            "The other story's headline",
            "And another story's headline",
        ]
    )
    assert tidy_body(body, "A headline") == "\n\n".join(
        [*story, "Heba Habib contributed to this report."]
    )
    # One short last line is the story's own (a sign-off), not a list of headlines.
    assert tidy_body("\n\n".join([*story, "Jane Roe in Paris"]), "").endswith("Jane Roe in Paris")


def test_a_byline_in_an_aside_or_the_comments_is_not_the_storys() -> None:
    teaser = (
        "<html><body><article><p>Text.</p></article>"
        "<aside><span class='byline'>Jane Roe</span></aside></body></html>"
    )
    assert page_byline(teaser) == ""
    reader = (
        "<html><body><article><p>Text.</p></article><section id='comments'>"
        "<div itemtype='https://schema.org/Comment'><span itemprop='author'>Bob Reader</span>"
        "</div><span class='comment-byline'>Ann Reader</span></section></body></html>"
    )
    assert page_byline(reader) == ""
    own = reader.replace("<article>", "<article><span class='byline'>By Erin Cunningham</span>")
    assert page_byline(own) == "Erin Cunningham"


def test_the_newsrooms_notes_and_credit_lines_stay_in_the_body() -> None:
    story = [f"Paragraph {n} of the story says something worth reading today." for n in range(6)]
    note = "[Editor's note: This story has been updated to include comment from the police.]"
    correction = "*[This article was corrected to fix the spelling of the mayor's name.]*"
    credits = ["Photograph by Jane Roe for The Times", "Additional reporting by Karl Smith"]
    body = "\n\n".join([note, *story, correction, *credits])
    assert tidy_body(body, "") == body
    sign_off = ["Jean Dupont is a correspondent in Paris", "Follow him on Mastodon"]
    assert tidy_body("\n\n".join([*story, *sign_off]), "").endswith("Follow him on Mastodon")
