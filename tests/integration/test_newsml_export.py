"""NewsML-G2 export: every published story a news item that IPTC's schema accepts, and
one our own NewsML-G2 import reads back the same."""

from __future__ import annotations

from pathlib import Path

import pytest
from lxml import etree
from tests.integration.story_states import put_in_state

from newsdesk.cli.main import main
from newsdesk.domain.entities import ArticleEdit
from newsdesk.domain.enums import ArticleStatus
from newsdesk.domain.wires import WireSignal, WireStatus
from newsdesk.services.interchange.newsml_read import read_newsml
from newsdesk.services.newsroom import Newsroom
from newsdesk.services.publishing.newsml import export_newsml

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "newsml-g2"


@pytest.fixture(scope="module")
def schema() -> etree.XMLSchema:
    parser = etree.XMLParser(no_network=True, resolve_entities=False)
    return etree.XMLSchema(etree.parse(str(FIXTURES / "NewsML-G2_2.35-spec-All-Power.xsd"), parser))


def _valid(schema: etree.XMLSchema, path: Path) -> list[str]:
    document = etree.parse(str(path), etree.XMLParser(no_network=True, resolve_entities=False))
    return [] if schema.validate(document) else [str(e) for e in schema.error_log]


def test_the_schema_accepts_iptcs_own_news_items(schema: etree.XMLSchema) -> None:
    for name in ("LISTING_1_A_NewsML-G2_News_Item.xml", "LISTING_3_Photo_in_NewsML-G2.xml"):
        assert _valid(schema, FIXTURES / "examples" / name) == []


def _story(newsroom: Newsroom, headline: str, status: ArticleStatus, **fields: str) -> int:
    section = newsroom.sections.create("World").id if headline == "Harbour reopens" else None
    edit = ArticleEdit(
        headline=headline,
        standfirst=fields.get("standfirst", ""),
        body=fields.get("body", "Text with <b>bold</b> & an [link](https://example.org/).\n"),
        dateline=fields.get("dateline", ""),
        byline=fields.get("byline", ""),
        credit=fields.get("credit", ""),
        section_id=section,
        tags=("ports", "shipping") if section else (),
        language=fields.get("language", "en"),
    )
    story = newsroom.articles.create(edit)
    put_in_state(newsroom, story.id, status)
    return story.id


def test_each_published_story_is_a_valid_news_item_and_reads_back(
    newsroom: Newsroom, tmp_path: Path, schema: etree.XMLSchema
) -> None:
    _story(
        newsroom,
        "Harbour reopens",
        ArticleStatus.PUBLISHED,
        standfirst="Ships queued at dawn.",
        body="The harbour **reopened**.\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n- one\n- two\n",
        dateline="TALLINN",
        byline="Rhea Tamm",
        credit="(Newsdesk Wire)",
        language="et",
    )
    _story(newsroom, "Corrected story", ArticleStatus.CORRECTED)
    _story(newsroom, "Killed story", ArticleStatus.KILLED)
    _story(newsroom, "A draft", ArticleStatus.DRAFT)
    _story(newsroom, "متن فارسی", ArticleStatus.PUBLISHED, language="fa", body="سلام\n")
    report = export_newsml(newsroom.database, tmp_path / "out")
    assert len(report.written) == 4
    for path in report.written:
        assert _valid(schema, path) == [], path.name
    items = {read_newsml(path).headline: read_newsml(path) for path in report.written}
    assert "A draft" not in items
    harbour = items["Harbour reopens"]
    assert (harbour.byline, harbour.dateline, harbour.language) == ("Rhea Tamm", "TALLINN", "et")
    assert harbour.agency == "Newsdesk" and harbour.status is WireStatus.USABLE
    assert harbour.body.startswith("The harbour **reopened**.")
    assert "| 1 | 2 |" in harbour.body and "- one\n- two" in harbour.body
    assert items["Corrected story"].signal is WireSignal.CORRECTION
    assert items["Killed story"].status is WireStatus.CANCELED
    assert items["متن فارسی"].body == "سلام\n"


def test_cli_export_newsml_then_import_it_as_wires(
    newsroom: Newsroom, database_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _story(newsroom, "Harbour reopens", ArticleStatus.PUBLISHED)
    folder = tmp_path / "newsml"
    assert main(["--database", database_url, "export", "newsml", str(folder)]) == 0
    assert capsys.readouterr().out == f"1 NewsML-G2 news item(s) in {folder}\n"
    assert main(["--database", database_url, "import", "newsml", str(folder)]) == 0
    assert "1 wire items added" in capsys.readouterr().out
