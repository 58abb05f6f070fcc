"""ninjs export: every demo story validates against the official 2.1 and 3.0 schemas."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from jsonschema import Draft202012Validator
from referencing import Registry, Resource
from tests.integration.publishing_helpers import (
    add_hostile_story,
    assert_inert_html,
)
from tests.shared_fixtures import shared_fixtures

from newsdesk.domain.enums import ArticleStatus
from newsdesk.services.demo import load_demo
from newsdesk.services.newsroom import Newsroom
from newsdesk.services.publishing.ninjs import VERSIONS, export_ninjs, ninjs_document

SEED_SLUG = "us-and-russian-authorities-show-desire-to-improve-relations"


def validator(version: str) -> Draft202012Validator:
    folder = shared_fixtures() / "ninjs"
    schema = json.loads((folder / "specification" / f"ninjs-schema_{version}.json").read_text())
    geojson = json.loads((folder / "validation" / "test_suite" / "GeoJSON-schema.json").read_text())
    registry: Registry = Registry().with_resource(  # type: ignore[call-arg]
        "https://geojson.org/schema/GeoJSON.json", Resource.from_contents(geojson)
    )
    return Draft202012Validator(
        schema, registry=registry, format_checker=Draft202012Validator.FORMAT_CHECKER
    )


def _errors(document: dict[str, Any], version: str) -> list[str]:
    return [
        f"{'/'.join(map(str, e.absolute_path))}: {e.message}"
        for e in validator(version).iter_errors(document)
    ]


def test_format_checking_is_real() -> None:
    """A bad date-time or URI must fail: the format checkers are installed and active."""
    bad = {"uri": "not a uri", "versioncreated": "yesterday"}
    assert len(_errors(bad, "2.1")) == 2


@pytest.mark.parametrize("version", VERSIONS)
def test_every_demo_story_is_valid_ninjs(newsroom: Newsroom, tmp_path: Path, version: str) -> None:
    load_demo(newsroom)
    report = export_ninjs(newsroom.database, tmp_path, version)  # type: ignore[arg-type]
    assert len(report.written) == 17
    for path in report.written:
        document = json.loads(path.read_text(encoding="utf-8"))
        assert _errors(document, version) == [], path


def test_mapping_of_the_seed_story(newsroom: Newsroom) -> None:
    load_demo(newsroom)
    article = newsroom.articles.find("us-and-russian-authorities-show-desire-to-improve-relations")
    target = newsroom.articles.find(
        "russia-china-offer-to-help-venezuela-in-preparing-for-2020-olympics-maduro"
    )
    old = ninjs_document(article, "2.1", {target.id: target.uuid})
    new = ninjs_document(article, "3.0", {target.id: target.uuid})
    assert old["uri"] == f"urn:uuid:{article.uuid}"
    assert old["headlines"][0]["value"] == article.headline
    assert old["descriptions"][0] == {
        "role": "summary",
        "contenttype": "text/plain",
        "value": article.standfirst,
    }
    assert old["bodies"][0]["contenttype"] == "text/html"
    assert old["bodies"][0]["value"].startswith("<p>")
    assert "data-line" not in old["bodies"][0]["value"]
    assert old["located"] == "MOSCOW"
    assert old["places"] == [{"name": "MOSCOW", "rel": "dateline"}]
    assert {"name": "World", "rel": "section", "literal": "world"} in old["subjects"]
    assert old["pubstatus"] == "usable"
    assert old["language"] == "en"
    assert old["associations"][0]["uri"] == f"urn:uuid:{target.uuid}"
    assert new["pubStatus"] == "usable"
    assert new["bodies"][0]["contentType"] == "text/html"
    assert "pubstatus" not in new


def test_killed_is_canceled_and_corrections_travel(newsroom: Newsroom) -> None:
    load_demo(newsroom)
    killed = newsroom.articles.find("kanelgarden-in-takeover-talks")
    assert killed.status is ArticleStatus.KILLED
    assert ninjs_document(killed, "2.1")["pubstatus"] == "canceled"
    assert ninjs_document(killed, "3.0")["pubStatus"] == "canceled"
    corrected = next(
        newsroom.articles.get(i)
        for i in newsroom.articles.list_ids()
        if newsroom.articles.get(i).status is ArticleStatus.CORRECTED
    )
    document = ninjs_document(corrected, "3.0")
    roles = {d["role"]: d["value"] for d in document["descriptions"]}
    assert roles["correction"] == corrected.correction_note.strip()


def test_one_story_only(newsroom: Newsroom, tmp_path: Path) -> None:
    load_demo(newsroom)
    article = newsroom.articles.find("kanelgarden-in-takeover-talks")
    report = export_ninjs(newsroom.database, tmp_path, "2.1", article_ids=[article.id])
    assert [p.name for p in report.written] == ["kanelgarden-in-takeover-talks.json"]


def test_hostile_body_is_inert_in_ninjs(newsroom: Newsroom, tmp_path: Path) -> None:
    load_demo(newsroom)
    story_id = add_hostile_story(newsroom)
    report = export_ninjs(newsroom.database, tmp_path, "3.0", article_ids=[story_id])
    document = json.loads(report.written[0].read_text(encoding="utf-8"))
    assert _errors(document, "3.0") == []
    body = document["bodies"][0]["value"]
    assert "A paragraph before the attack." in body
    assert_inert_html(body, "ninjs body")
    assert "mallory@" not in report.written[0].read_text(encoding="utf-8")


@pytest.mark.parametrize("version", VERSIONS)
def test_pictures_travel_as_valid_associations(
    newsroom: Newsroom, tmp_path: Path, version: str
) -> None:
    from dataclasses import replace

    from tests.media_samples import encoded, photo_desk_jpeg, pixels

    from newsdesk.domain.entities import ArticleEdit
    from newsdesk.domain.media_references import picture_markdown

    load_demo(newsroom)
    story = newsroom.articles.find(SEED_SLUG)
    lead = newsroom.media.add(photo_desk_jpeg(), "lead.jpg").picture
    chart = newsroom.media.add(encoded(pixels(500, 300), "PNG"), "chart.png").picture
    newsroom.media.update_text(chart.id, replace(chart.text, caption="Turnout", credit="Desk"))
    newsroom.media.set_lead(story.id, lead.id)
    body = f"{story.body}\n\n{picture_markdown(chart.id, 'A chart', '')}\n"
    newsroom.articles.save(story.id, ArticleEdit.of(story, body=body), story.version)
    export_ninjs(newsroom.database, tmp_path, version, article_ids=[story.id])  # type: ignore[arg-type]
    document = json.loads((tmp_path / f"{SEED_SLUG}.json").read_text(encoding="utf-8"))
    assert _errors(document, version) == []
    pictures = [a for a in document["associations"] if a["type"] == "picture"]
    assert [a["name"] for a in pictures] == ["featureimage", "picture1"]
    feature = pictures[0]
    assert feature["uri"] == f"urn:newsdesk:picture:{lead.sha256}"
    assert feature["by"] == "Anna Petrova"
    copyright_key = "copyrightNotice" if version == "3.0" else "copyrightnotice"
    assert feature[copyright_key] == "© 2019 Reuters"
    assert [d["role"] for d in feature["descriptions"]] == ["caption", "alt"]
    sizes = [(r["name"], r["width"]) for r in feature["renditions"]]
    assert sizes == [("thumbnail", 320), ("page", 720), ("page-2x", 1440)]
    for rendition in feature["renditions"]:
        assert (tmp_path / rendition["title"]).is_file()
    assert "media:" not in document["bodies"][0]["value"]
    if version == "3.0":
        assert {a["rel"] for a in pictures} == {"illustration"}
