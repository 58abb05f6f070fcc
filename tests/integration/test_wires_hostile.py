"""Hostile and broken wire files: each refused with one reason, none expanded, fetched or
half-written; arbitrary input never raises anything but the refusal."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from newsdesk.cli.main import main
from newsdesk.services.interchange.newsml_read import read_newsml
from newsdesk.services.interchange.ninjs_read import read_ninjs, wire_item_from_ninjs
from newsdesk.services.interchange.wire_common import WireRefused
from newsdesk.services.newsroom import Newsroom
from newsdesk.storage.orm_wires import WireItem as WireRow

NAR = 'xmlns="http://iptc.org/std/nar/2006-10-01/"'

BILLION_LAUGHS = f"""<?xml version="1.0"?>
<!DOCTYPE newsItem [
 <!ENTITY lol "lol">
 <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
]>
<newsItem {NAR} guid="urn:x" version="1"><contentMeta><headline>&lol4;</headline>
</contentMeta></newsItem>"""

EXTERNAL_ENTITY = f"""<?xml version="1.0"?>
<!DOCTYPE newsItem [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
<newsItem {NAR} guid="urn:x" version="1"><contentMeta><headline>&secret;</headline>
</contentMeta></newsItem>"""

ENTITY_LATE = f"""<?xml version="1.0"?>
<newsItem {NAR} guid="urn:x" version="1"><contentMeta><headline>Fine</headline>
</contentMeta></newsItem>
<!-- {"padding " * 600} -->
<!DOCTYPE x [<!ENTITY a "b">]>"""

SCRIPTED = f"""<?xml version="1.0"?>
<newsItem {NAR} guid="urn:x" version="1"><contentMeta><headline>Hello</headline>
</contentMeta><contentSet><inlineXML contenttype="application/xhtml+xml">
<html xmlns="http://www.w3.org/1999/xhtml"><body><p onclick="steal()">Text</p>
<script>alert(1)</script><a href="javascript:alert(2)">link</a></body></html>
</inlineXML></contentSet></newsItem>"""


def write(tmp_path: Path, name: str, data: str | bytes) -> Path:
    path = tmp_path / name
    if isinstance(data, bytes):
        path.write_bytes(data)
    else:
        path.write_text(data, encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (BILLION_LAUGHS, "the document declares a DOCTYPE or entities; NewsML-G2 has none"),
        (EXTERNAL_ENTITY, "the document declares a DOCTYPE or entities; NewsML-G2 has none"),
        (ENTITY_LATE, "the document declares a DOCTYPE or entities; NewsML-G2 has none"),
        ("", "the file is empty"),
        ("<newsItem", "not well-formed XML (line 1)"),
        ("<rss/>", "not NewsML-G2: the root is not in IPTC's NAR namespace"),
        (f'<newsItem {NAR} version="1"/>', "the news item has no guid"),
        (f'<newsItem {NAR} guid="g" version="x"/>', "version 'x' is not a whole number"),
        (f'<newsItem {NAR} guid="g"/>', "neither a headline nor a body"),
        (
            f'<newsItem {NAR} guid="g"><itemMeta><pubStatus qcode="stat:gone"/></itemMeta>'
            "<contentMeta><headline>h</headline></contentMeta></newsItem>",
            "pubStatus 'gone' is not an IPTC status",
        ),
    ],
)
def test_hostile_or_broken_newsml_is_refused_with_its_reason(
    tmp_path: Path, content: str, reason: str
) -> None:
    with pytest.raises(WireRefused) as refused:
        read_newsml(write(tmp_path, "item.xml", content))
    assert refused.value.reason.startswith(reason)


def test_markup_from_the_wire_passes_the_newsrooms_policy(tmp_path: Path) -> None:
    item = read_newsml(write(tmp_path, "item.xml", SCRIPTED))
    assert "Text" in item.body and "link" in item.body
    for hostile in ("<script", "alert(1)", "onclick", "javascript:"):
        assert hostile not in item.body


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"", "the file is empty"),
        (b"\xff\xfe{", "not UTF-8"),
        (b"[1, 2]", "not a ninjs object"),
        (b'{"type": "text", "headlines": []}', "no uri"),
        (b'{"uri": "u", "version": true, "headline": "h"}', "a version is a number"),
        (b'{"uri": "u", "version": "-3", "headline": "h"}', "version '-3' is not a whole"),
        (b'{"uri": "u", "version": "\xc2\xb2", "headline": "h"}', "version '\xb2' is not a whole"),
        (b'{"uri": "u", "version": "' + b"9" * 5000 + b'", "headline": "h"}', "version '999"),
        (b'{"uri": "u", "pubstatus": "gone", "headline": "h"}', "pubstatus 'gone' is not"),
        (b'{"uri": "u"}', "neither a headline nor a body"),
        (b"[" * 100_000 + b"]" * 100_000, "not JSON"),
        (b'{"uri": "u", "version": ' + b"9" * 5000 + b"}", "not JSON the newsroom can read"),
        (b'{"uri": "u", "x": ' + b"[" * 60 + b"]" * 60 + b"}", "the document is nested"),
    ],
)
def test_hostile_or_broken_ninjs_is_refused_with_its_reason(
    tmp_path: Path, content: bytes, reason: str
) -> None:
    with pytest.raises(WireRefused) as refused:
        read_ninjs(write(tmp_path, "item.json", content))
    assert refused.value.reason.startswith(reason)


def test_a_file_over_five_megabytes_is_refused_unread(tmp_path: Path) -> None:
    path = write(tmp_path, "big.json", b" " * 5_000_001)
    with pytest.raises(WireRefused, match="a wire item is at most 5 MB"):
        read_ninjs(path)


KEYS = [
    "uri",
    "version",
    "headline",
    "headlines",
    "bodies",
    "body_html",
    "type",
    "by",
    "pubStatus",
    "urgency",
    "descriptions",
    "infoSources",
    "located",
    "role",
    "value",
    "contentType",
    "language",
    "versionCreated",
    "copyrightholder",
    "name",
]
_JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda children: (
        st.lists(children, max_size=4)
        | st.dictionaries(
            st.sampled_from(KEYS),
            children,
            max_size=8,
        )
    ),
    max_leaves=30,
)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(document=_JSON)
def test_any_json_is_a_wire_item_or_a_refusal(document: object) -> None:
    try:
        item = wire_item_from_ninjs(document, Path("any.json"), json.dumps(document))
    except WireRefused as refused:
        assert refused.reason and "\n" not in refused.reason
    else:
        assert item.guid and item.headline and item.version >= 0


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    head=st.sampled_from(["", f"<newsItem {NAR} guid='g'>", "<?xml version='1.0'?>"]),
    noise=st.text(max_size=200),
)
def test_any_xml_like_text_is_a_wire_item_or_a_refusal(
    tmp_path_factory: pytest.TempPathFactory, head: str, noise: str
) -> None:
    path = tmp_path_factory.mktemp("x") / "item.xml"
    path.write_text(head + noise, encoding="utf-8", errors="surrogatepass")
    try:
        read_newsml(path)
    except WireRefused as refused:
        assert refused.reason


def test_cli_refuses_hostile_files_and_writes_only_the_good_one(
    newsroom: Newsroom, database_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    write(tmp_path, "1-bomb.xml", BILLION_LAUGHS)
    write(tmp_path, "2-external.xml", EXTERNAL_ENTITY)
    write(tmp_path, "3-good.xml", SCRIPTED)
    code = main(["--database", database_url, "import", "newsml", str(tmp_path)])
    captured = capsys.readouterr()
    assert code == 1
    assert captured.err.splitlines() == [
        f"{tmp_path / '1-bomb.xml'}: refused: the document declares a DOCTYPE or entities; "
        "NewsML-G2 has none",
        f"{tmp_path / '2-external.xml'}: refused: the document declares a DOCTYPE or entities; "
        "NewsML-G2 has none",
    ]
    assert "Traceback" not in captured.err
    with newsroom.database.transaction() as session:
        assert session.scalar(select(func.count()).select_from(WireRow)) == 1
        assert "root:" not in (session.scalar(select(WireRow.source)) or "")
