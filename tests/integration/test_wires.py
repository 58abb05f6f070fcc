"""Agency wires: IPTC's own ninjs and NewsML-G2 examples and our own items (updates,
corrections, withdrawals, other languages) imported, followed, rewritten; hostile files
refused one by one with their reason, nothing half-written."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select
from tests.shared_fixtures import shared_fixtures

from newsdesk.cli.main import main
from newsdesk.domain.entities import ArticleEdit
from newsdesk.domain.enums import Role
from newsdesk.domain.errors import InvalidInput, NotAllowed
from newsdesk.domain.wires import Delivery, WireSignal, WireStatus
from newsdesk.services.article_views import SavedView, view_named
from newsdesk.services.articles import ArticleQuery
from newsdesk.services.interchange.wire_files import (
    AgencyFolder,
    new_wire_files,
    read_wire_files,
)
from newsdesk.services.newsroom import Newsroom
from newsdesk.services.publishing.ninjs import export_ninjs
from newsdesk.storage.orm_wires import WireItem as WireRow

NEWSML = Path(__file__).resolve().parents[1] / "fixtures" / "newsml-g2" / "examples"


def ninjs_examples(version: str) -> Path:
    return shared_fixtures() / "ninjs" / "examples" / version


def take(newsroom: Newsroom, path: Path, kind: str = "ninjs") -> Any:
    files = read_wire_files(path, kind)  # type: ignore[arg-type]
    return newsroom.wires.take(files.items, files.refused)


def wire_count(newsroom: Newsroom) -> int:
    with newsroom.database.transaction() as session:
        return session.scalar(select(func.count()).select_from(WireRow)) or 0


def item(tmp_path: Path, name: str, **fields: Any) -> Path:
    document: dict[str, Any] = {
        "uri": "urn:newsml:afp.com:20261207:harbour",
        "standard": {"name": "ninjs", "version": "3.0"},
        "type": "text",
        "version": "1",
        "versionCreated": "2026-12-07T08:00:00Z",
        "pubStatus": "usable",
        "urgency": 3,
        "language": "fr",
        "slugline": "port-reouverture",
        "by": "Jeanne Martin",
        "located": "MARSEILLE",
        "infoSources": [{"name": "AFP"}],
        "headlines": [{"role": "main", "value": "Le port rouvre"}],
        "bodies": [
            {"role": "main", "contentType": "text/html", "value": "<p>Le port a rouvert.</p>"}
        ],
    }
    document.update(fields)
    path = tmp_path / name
    path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    return path


# ---- IPTC's examples ---------------------------------------------------------------------------
def test_ipcts_ninjs_examples_text_items_come_in_and_the_rest_is_refused_by_name(
    newsroom: Newsroom,
) -> None:
    report = take(newsroom, ninjs_examples("3.0"))
    assert len(report.added) == 7 and report.updated == () and report.unchanged == ()
    reasons = {Path(r.file).name: r.reason for r in report.refused}
    assert reasons["ap_image.json"] == (
        "the item is of type 'picture': only text becomes a wire story"
    )
    assert "event" in reasons["simpleEvent.json"]
    assert len(reasons) == 11
    dpa = next(s for s in newsroom.wires.current() if s.item.agency == "dpa")
    assert (dpa.item.version, dpa.item.urgency, dpa.item.language) == (2, 4, "de")
    assert dpa.item.headline.startswith("Faktencheck Derby-Elfmeter")
    assert "Lucien Favre" in dpa.item.body and "<section" not in dpa.item.body
    # The same items in ninjs 1.4 and 2.1 spellings are the same deliveries.
    again = take(newsroom, ninjs_examples("2.1"))
    assert again.added == () and again.updated == () and len(again.unchanged) == 6
    older = take(newsroom, ninjs_examples("1.4"))
    assert {Path(d.file).name for d in older.added} >= {"ninjsExMediumText1.json"}


def test_ipcts_newsml_examples_give_their_fields(newsroom: Newsroom) -> None:
    report = take(newsroom, NEWSML, "newsml")
    assert sorted(Path(d.file).name for d in report.added) == [
        "LISTING_1_A_NewsML-G2_News_Item.xml",
        "LISTING_2_NewsML-G2_Text_Document.xml",
    ]
    assert {Path(r.file).name: r.reason for r in report.refused} == {
        "LISTING_12_Knowledge_Item_for_Access_Codes.xml": (
            "<knowledgeItem> is not a NewsML-G2 news item (<newsItem>)"
        ),
        "LISTING_3_Photo_in_NewsML-G2.xml": (
            "the item's class is 'picture': only text becomes a wire story"
        ),
    }
    stories = {s.item.guid: s.item for s in newsroom.wires.current()}
    first = stories["urn:newsml:acmenews.com:20161018:US-FINANCE-FED"]
    assert (first.agency, first.version, first.slugline) == ("REUTERS", 11, "US-Finance-Fed")
    assert (first.byline, first.dateline, first.language) == ("Meredith Jameson", "Berlin", "en-GB")
    assert first.signal is WireSignal.UPDATE and first.status is WireStatus.USABLE
    assert first.headline == 'Fed to halt QE to avert "bubble"'
    second = stories["urn:newsml:acmenews.com:20161121:US-FINANCE-FED"]
    assert second.agency == "acmenews.com" and second.dateline == "New York, NY"
    assert second.body.startswith("(New York, NY - October 21) Et, sent luptat luptat")
    assert second.body.count("\n\n") >= 1  # NITF paragraphs stay paragraphs


# ---- updates, corrections, withdrawals ---------------------------------------------------------
def test_an_update_replaces_the_item_and_keeps_the_earlier_version(
    newsroom: Newsroom, tmp_path: Path
) -> None:
    first = take(newsroom, item(tmp_path, "v1.json"))
    assert len(first.added) == 1
    again = take(newsroom, item(tmp_path, "v1.json"))
    assert len(again.unchanged) == 1 and wire_count(newsroom) == 1
    update = item(
        tmp_path,
        "v2.json",
        version="2",
        headlines=[{"role": "main", "value": "Le port rouvre, les navires attendent"}],
    )
    second = take(newsroom, update)
    assert [(d.version, d.delivery.value) for d in second.updated] == [(2, "updated")]
    (current,) = newsroom.wires.current()
    assert current.item.version == 2 and current.item.agency == "AFP"
    history = newsroom.wires.history(current.item.guid)
    assert [s.item.version for s in history] == [2, 1]
    assert [s.current for s in history] == [True, False]
    late = take(newsroom, item(tmp_path, "v1.json"))
    assert [r.reason for r in late.refused] == [
        "version 1 of urn:newsml:afp.com:20261207:harbour is older than version 2, already here"
    ]


def test_a_correction_and_a_withdrawal_of_the_same_version_are_updates(
    newsroom: Newsroom, tmp_path: Path
) -> None:
    take(newsroom, item(tmp_path, "v1.json"))
    corrected = item(
        tmp_path,
        "corrected.json",
        descriptions=[{"role": "correction", "value": "Le port est à Marseille, pas à Toulon."}],
    )
    assert len(take(newsroom, corrected).updated) == 1
    (current,) = newsroom.wires.current()
    assert current.item.signal is WireSignal.CORRECTION
    assert current.item.correction == "Le port est à Marseille, pas à Toulon."
    withdrawn = item(tmp_path, "withdrawn.json", pubStatus="canceled")
    assert len(take(newsroom, withdrawn).updated) == 1
    (current,) = newsroom.wires.current()
    assert current.item.withdrawn
    assert len(newsroom.wires.history(current.item.guid)) == 3


def test_a_newsml_correction_signal_and_canceled_status(newsroom: Newsroom, tmp_path: Path) -> None:
    source = (NEWSML / "LISTING_2_NewsML-G2_Text_Document.xml").read_text(encoding="utf-8")
    take(newsroom, NEWSML / "LISTING_2_NewsML-G2_Text_Document.xml", "newsml")
    corrected = tmp_path / "corrected.xml"
    corrected.write_text(
        source.replace('version="11"', 'version="12"').replace(
            '<pubStatus qcode="stat:usable" />',
            '<pubStatus qcode="stat:usable" /><signal qcode="sig:correction" />',
        ),
        encoding="utf-8",
    )
    assert len(take(newsroom, corrected, "newsml").updated) == 1
    canceled = tmp_path / "canceled.xml"
    canceled.write_text(
        source.replace('version="11"', 'version="13"').replace("stat:usable", "stat:canceled"),
        encoding="utf-8",
    )
    assert len(take(newsroom, canceled, "newsml").updated) == 1
    history = newsroom.wires.history("urn:newsml:acmenews.com:20161121:US-FINANCE-FED")
    assert [(s.item.version, s.item.signal, s.item.status) for s in history] == [
        (13, WireSignal.NONE, WireStatus.CANCELED),
        (12, WireSignal.CORRECTION, WireStatus.USABLE),
        (11, WireSignal.NONE, WireStatus.USABLE),
    ]


# ---- rewriting and notices --------------------------------------------------------------------
def test_a_rewrite_credits_the_agency_links_the_item_and_hears_of_its_updates(
    newsroom: Newsroom, tmp_path: Path
) -> None:
    take(newsroom, item(tmp_path, "v1.json"))
    (wire,) = newsroom.wires.current()
    draft = newsroom.wires.rewrite(wire.id)
    assert (draft.headline, draft.credit, draft.byline) == (
        "Le port rouvre",
        "AFP",
        "Jeanne Martin",
    )
    assert (draft.dateline, draft.language, draft.slug) == ("MARSEILLE", "fr", "port-reouverture")
    assert draft.body == "Le port a rouvert.\n"
    rewritten_from = newsroom.wires.rewritten_from(draft.id)
    assert rewritten_from is not None and rewritten_from.id == wire.id
    assert newsroom.wires.notices() == []
    writer = newsroom.user
    take(newsroom, item(tmp_path, "v2.json", version="2"))
    (notice,) = newsroom.wires.notices()
    assert (notice.article_id, notice.agency, notice.rewritten_from) == (draft.id, "AFP", wire.id)
    assert not notice.withdrawn
    # Someone else is not told of another's rewrite's update...
    newsroom.identity.switch(newsroom.users.ensure("other", "Other", frozenset({Role.DESK})))
    assert newsroom.wires.notices() == []
    # ...but a withdrawal is flagged for everyone.
    assert not newsroom.articles.rows([draft.id])[draft.id].wire_withdrawn
    take(newsroom, item(tmp_path, "v3.json", version="3", pubStatus="canceled"))
    (flag,) = newsroom.wires.notices()
    assert flag.withdrawn and flag.article_id == draft.id
    assert newsroom.articles.rows([draft.id])[draft.id].wire_withdrawn  # flagged in the list
    newsroom.identity.switch(writer)
    newsroom.wires.seen(draft.id)
    assert [n.withdrawn for n in newsroom.wires.notices()] == [True]
    with pytest.raises(InvalidInput, match="AFP withdrew “Le port rouvre”"):
        newsroom.wires.rewrite(newsroom.wires.current()[0].id)


def test_the_seen_update_no_longer_shows(newsroom: Newsroom, tmp_path: Path) -> None:
    take(newsroom, item(tmp_path, "v1.json"))
    draft = newsroom.wires.rewrite(newsroom.wires.current()[0].id)
    take(newsroom, item(tmp_path, "v2.json", version="2"))
    assert len(newsroom.wires.notices()) == 1
    newsroom.wires.seen(draft.id)
    assert newsroom.wires.notices() == []


def test_a_moderator_may_neither_import_nor_rewrite(newsroom: Newsroom, tmp_path: Path) -> None:
    take(newsroom, item(tmp_path, "v1.json"))
    wire_id = newsroom.wires.current()[0].id
    moderator = newsroom.users.ensure("mod", "Mod", frozenset({Role.MODERATOR}))
    newsroom.identity.switch(moderator)
    with pytest.raises(NotAllowed):
        take(newsroom, item(tmp_path, "v2.json", version="2"))
    with pytest.raises(NotAllowed):
        newsroom.wires.rewrite(wire_id)
    assert wire_count(newsroom) == 1


# ---- our own ninjs export comes back in -------------------------------------------------------
@pytest.mark.parametrize("version", ["2.1", "3.0"])
def test_our_ninjs_export_imports_as_wire_items(
    newsroom: Newsroom, tmp_path: Path, version: str
) -> None:
    story = newsroom.articles.create(
        ArticleEdit(
            headline="Harbour reopens",
            standfirst="Ships queued at dawn.",
            body="The harbour **reopened** on Monday.\n\nShips queued.\n",
            byline="Rhea Tamm",
            dateline="TALLINN",
            credit="Newsdesk Wire",
            language="et",
        )
    )
    export_ninjs(newsroom.database, tmp_path / "out", version)  # type: ignore[arg-type]
    report = take(newsroom, tmp_path / "out")
    assert report.refused == () and len(report.added) == 1
    (wire,) = newsroom.wires.current()
    assert wire.item.guid == f"urn:uuid:{story.uuid}"
    assert (wire.item.headline, wire.item.byline, wire.item.dateline) == (
        "Harbour reopens",
        "Rhea Tamm",
        "TALLINN",
    )
    assert wire.item.summary == "Ships queued at dawn." and wire.item.language == "et"
    assert wire.item.body == "The harbour **reopened** on Monday.\n\nShips queued.\n"
    assert wire.item.status is WireStatus.WITHHELD  # a draft is not usable yet


# ---- the command line -------------------------------------------------------------------------
def test_cli_json_lists_added_updated_unchanged_and_refused(
    database_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "drop"
    folder.mkdir()
    item(folder, "a.json")
    (folder / "broken.json").write_text("{not json", encoding="utf-8")
    code = main(["--database", database_url, "import", "ninjs", str(folder), "--json"])
    payload = json.loads(capsys.readouterr().out)
    assert code == 1
    assert [e["guid"] for e in payload["added"]] == ["urn:newsml:afp.com:20261207:harbour"]
    assert payload["refused"] == [
        {
            "file": str(folder / "broken.json"),
            "reason": "not JSON: Expecting property name enclosed in double quotes (line 1)",
        }
    ]
    item(folder, "a.json", version="2")
    (folder / "broken.json").unlink()
    assert main(["--database", database_url, "import", "ninjs", str(folder)]) == 0
    captured = capsys.readouterr()
    assert captured.out == "0 wire items added, 1 updated, 0 unchanged, 0 refused\n"


def test_cli_a_missing_path_is_one_line_and_exit_2(
    database_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = tmp_path / "nowhere"
    assert main(["--database", database_url, "import", "newsml", str(missing)]) == 2
    captured = capsys.readouterr()
    assert captured.err == f"newsdesk: {missing}: no such file or folder\n"
    assert captured.out == ""


def test_a_folder_look_reads_only_files_not_seen_as_they_are(tmp_path: Path) -> None:
    drop = tmp_path / "afp"
    drop.mkdir()
    item(drop, "a.json")
    (drop / "b.xml").write_text("<newsItem", encoding="utf-8")
    (drop / ".hidden.json").write_text("{}", encoding="utf-8")
    first = new_wire_files([drop, tmp_path / "gone"], frozenset())
    assert [Path(name).name for name, _ in first.files.items] == ["a.json"]
    assert [Path(r.file).name for r in first.files.refused] == ["b.xml"]
    assert first.unreadable == (str(tmp_path / "gone"),)
    again = new_wire_files([drop], first.seen)
    assert again.files.items == () and again.files.refused == ()
    item(drop, "a.json", version="2", headlines=[{"role": "main", "value": "Longer now"}])
    changed = new_wire_files([drop], again.seen)
    assert [i.version for _, i in changed.files.items] == [2]


def test_two_imports_at_once_never_leave_two_current_versions(
    newsroom: Newsroom, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    take(newsroom, item(tmp_path, "v1.json"))
    # What a second import racing the first would do: add a current row beside it.
    import newsdesk.services.wires as wires_module

    monkeypatch.setattr(wires_module, "judge_delivery", lambda _current, _incoming: Delivery.ADDED)
    with pytest.raises(InvalidInput, match="Another import took some of these items"):
        take(newsroom, item(tmp_path, "v2.json", version="2"))
    assert wire_count(newsroom) == 1
    (current,) = newsroom.wires.current()
    assert current.item.version == 1


def test_a_folder_credits_its_agency_only_to_items_that_name_none(tmp_path: Path) -> None:
    drop = tmp_path / "drop"
    drop.mkdir()
    item(drop, "named.json")
    item(drop, "bare.json", uri="item-1", infoSources=[])
    found = new_wire_files([AgencyFolder(drop, "Reuters")], frozenset())
    agencies = {Path(name).name: i.agency for name, i in found.files.items}
    assert agencies == {"named.json": "AFP", "bare.json": "Reuters"}
    uncredited = new_wire_files([AgencyFolder(drop)], frozenset())
    assert {i.agency for _, i in uncredited.files.items} == {"AFP", ""}


def test_the_wires_saved_view_lists_the_rewrites_with_their_items_facts(
    newsroom: Newsroom, tmp_path: Path
) -> None:
    take(newsroom, item(tmp_path, "v1.json"))
    draft = newsroom.wires.rewrite(newsroom.wires.current()[0].id)
    own = newsroom.articles.create(ArticleEdit(headline="Our own story"))
    listed = newsroom.articles.list_ids(ArticleQuery(view=SavedView.WIRES))
    assert listed == [draft.id]
    assert newsroom.articles.view_counts()[SavedView.WIRES] == 1
    assert view_named("wires") is SavedView.WIRES
    rows = newsroom.articles.rows([draft.id, own.id])
    wire_row = rows[draft.id]
    assert (wire_row.wire_agency, wire_row.wire_urgency, wire_row.wire_version) == ("AFP", 3, 1)
    assert not wire_row.wire_updated and not wire_row.wire_withdrawn
    assert (rows[own.id].wire_agency, rows[own.id].wire_version) == ("", None)
    # The agency's update: the row says which version is newest, and that it moved on.
    take(newsroom, item(tmp_path, "v2.json", version="2", urgency=1))
    updated = newsroom.articles.rows([draft.id])[draft.id]
    assert (updated.wire_version, updated.wire_urgency, updated.wire_updated) == (2, 1, True)
