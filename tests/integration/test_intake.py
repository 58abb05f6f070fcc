"""Intake rules one by one (each reason), the JSON Lines file and its exit codes, on both
databases."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from tests.integration.test_moderation import assert_counts_right

from newsdesk.cli.main import main
from newsdesk.domain.entities import ArticleEdit
from newsdesk.domain.enums import CommentStatus
from newsdesk.domain.hold_reasons import HoldReason, ReasonCode
from newsdesk.domain.intake import IntakeRules, Refused, Submission
from newsdesk.domain.moderation import ModerationAction
from newsdesk.services.comments import CommentQuery
from newsdesk.services.demo import load_demo
from newsdesk.services.intake import IntakeReport
from newsdesk.services.newsroom import Newsroom, open_newsroom

SEED_SLUG = "us-and-russian-authorities-show-desire-to-improve-relations"
T0 = datetime(2025, 3, 1, 9, 0, tzinfo=UTC)


def sub(**changes: object) -> Submission:
    base = Submission(
        article=SEED_SLUG,
        name="Rita Reader",
        email="rita@example.net",
        body="A thoughtful remark about the talks.",
        submitted_at=T0,
        website="",
        ip="",
    )
    return replace(base, **changes)  # type: ignore[arg-type]


@pytest.fixture
def demo(newsroom: Newsroom) -> Newsroom:
    load_demo(newsroom)
    return newsroom


def take(newsroom: Newsroom, *submissions: Submission) -> IntakeReport:
    report = newsroom.intake.ingest(list(enumerate(submissions, start=1)))
    assert_counts_right(newsroom)
    return report


def only(
    newsroom: Newsroom, submission: Submission
) -> tuple[CommentStatus, tuple[str, ...], float]:
    comment = newsroom.comments.get(newsroom.intake.submit(submission))
    return comment.status, tuple(reason.text for reason in comment.reasons), comment.spam_score


@pytest.mark.parametrize(
    ("changes", "reason"),
    [
        ({"name": " "}, "name is required"),
        ({"email": ""}, "e-mail address is required"),
        ({"email": "not-an-address"}, "not a valid e-mail"),
        ({"website": "javascript:alert(1)"}, r"not an http\(s\) address"),
        ({"name": "x" * 246}, "longer than 245"),
        ({"email": "a" * 95 + "@b.com"}, "longer than 100"),
        ({"website": "https://example.org/" + "p" * 190}, "longer than 200"),
        ({"body": "w" * 65_526}, "longer than 65,525"),
        ({"body": "  "}, "comment is empty"),
        ({"article": "no-such-story"}, "no story"),
    ],
)
def test_bad_submissions_are_refused_with_the_reason(
    demo: Newsroom, changes: dict[str, object], reason: str
) -> None:
    with pytest.raises(Refused, match=reason):
        demo.intake.submit(sub(**changes))


def test_limits_are_inclusive(demo: Newsroom) -> None:
    status, _, _ = only(demo, sub(name="n" * 245, body="b" * 65_525))
    assert status is CommentStatus.PENDING


def test_first_comment_from_an_address_is_held_then_known_ones_are_approved(
    demo: Newsroom,
) -> None:
    status, reasons, score = only(demo, sub())
    assert (status, reasons) == (CommentStatus.PENDING, ("first comment from this address",))
    assert 0 < score < 1
    # pending, never approved: still held
    status, reasons, _ = only(
        demo, sub(body="Second thought.", submitted_at=T0 + timedelta(minutes=5))
    )
    assert status is CommentStatus.PENDING
    assert reasons == ("no approved comment from this address yet",)
    # an approved address is trusted
    approved = demo.comments.get(
        demo.intake.submit(sub(body="Third.", submitted_at=T0 + timedelta(hours=1)))
    )
    demo.moderation.moderate([approved.id], ModerationAction.APPROVE)
    status, reasons, score = only(demo, sub(body="Fourth.", submitted_at=T0 + timedelta(hours=2)))
    assert (status, reasons) == (CommentStatus.APPROVED, ())
    assert score < IntakeRules().hold_at  # the learned filter's score, not the rules' 0
    # ... unless automatic approval is switched off
    rules = demo.intake_settings.rules()
    demo.intake_settings.save(replace(rules, auto_approve_known=False))
    status, reasons, _ = only(demo, sub(body="Fifth.", submitted_at=T0 + timedelta(hours=3)))
    assert (status, reasons) == (CommentStatus.PENDING, ("automatic approval is off",))


def test_two_links_hold_a_comment(demo: Newsroom) -> None:
    # Three bare links are spam to the learned filter: the rules are tested without it.
    rules = demo.intake_settings.rules()
    demo.intake_settings.save(replace(rules, spam_at=1.0, hold_at=1.0))
    body = "See https://a.example.org and http://b.example.org and www.c.example.org"
    status, reasons, _ = only(demo, sub(body=body))
    assert status is CommentStatus.PENDING and "3 links" in reasons
    status, reasons, _ = only(
        demo, sub(email="one@example.net", body="Only https://a.example.org here")
    )
    assert not any("link" in r for r in reasons)


def test_moderation_words_hold_and_blocked_words_go_to_spam_or_trash(demo: Newsroom) -> None:
    status, reasons, _ = only(demo, sub(body="Cheap LOAN offers"))
    assert status is CommentStatus.PENDING and "moderation word: loan" in reasons
    status, reasons, score = only(demo, sub(email="c@example.net", body="Best Casino in town"))
    assert (status, reasons, score) == (CommentStatus.SPAM, ("blocked word: casino",), 1.0)
    rules = demo.intake_settings.rules()
    demo.intake_settings.save(
        IntakeRules(
            moderation_words=rules.moderation_words,
            blocked_words=("ugly slur",),
            blocked_action=CommentStatus.TRASH,
        )
    )
    status, reasons, _ = only(demo, sub(email="d@example.net", body="You UGLY  slur"))
    assert status is CommentStatus.PENDING  # whole phrase, not words apart
    status, reasons, _ = only(demo, sub(email="e@example.net", body="you ugly slur!"))
    assert (status, reasons) == (CommentStatus.TRASH, ("blocked word: ugly slur",))
    # whole words only: "casino" is no longer listed, and "classic" never matched "ass"
    status, _, _ = only(demo, sub(email="f@example.net", body="casino classic"))
    assert status is CommentStatus.PENDING


def test_flood_and_duplicates_are_refused(demo: Newsroom) -> None:
    report = take(
        demo,
        sub(ip="198.51.100.20"),
        sub(body="Quick follow-up", submitted_at=T0 + timedelta(seconds=10)),  # same author
        sub(email="o@example.net", ip="198.51.100.20", submitted_at=T0 + timedelta(seconds=12)),
        sub(email="far@example.net", ip="203.0.113.9", submitted_at=T0 + timedelta(seconds=30)),
        sub(submitted_at=T0 + timedelta(minutes=10)),  # exact duplicate of line 1
    )
    assert [(p.line, p.reason.split(":")[0]) for p in report.refused] == [
        (2, "flood"),
        (3, "flood"),
        (5, "duplicate"),
    ]
    assert report.total_taken == 2
    # the duplicate is found in the database too, in a later file
    later = take(demo, sub(submitted_at=T0 + timedelta(days=1)))
    assert later.refused and "duplicate" in later.refused[0].reason


def test_many_comments_in_a_minute_are_held_with_the_count(demo: Newsroom) -> None:
    report = take(
        demo,
        *(
            sub(body=f"Point {n}", submitted_at=T0 + timedelta(seconds=16 * n), ip="")
            for n in range(4)
        ),
    )
    assert report.total_taken == 4
    comments = demo.comments.list_comments(CommentQuery(status=None, author="rita"))
    reasons = {c.body: [reason.text for reason in c.reasons] for c in comments}
    assert "3 comments in 60 s" in reasons["Point 2"]
    assert "4 comments in 60 s" in reasons["Point 3"]


def test_hostile_comment_is_stored_as_text_and_never_published_raw(demo: Newsroom) -> None:
    from newsdesk.rendering.page import _comments  # the page's comment section

    hostile = "<script>alert('x')</script><img src=x onerror=alert(1)> Nice"
    comment_id = demo.intake.submit(sub(body=hostile))
    comment = demo.comments.get(comment_id)
    assert comment.body == hostile
    approved = replace(comment, status=CommentStatus.APPROVED)
    html = _comments([approved])
    assert "<script" not in html and "<img" not in html
    assert "&lt;script&gt;" in html  # shown as the text it is
    assert comment.author_email not in html


def write_lines(path: Path, lines: Sequence[object]) -> Path:
    path.write_text(
        "\n".join(line if isinstance(line, str) else json.dumps(line) for line in lines) + "\n",
        encoding="utf-8",
    )
    return path


def record(**changes: object) -> dict[str, object]:
    base: dict[str, object] = {
        "article": SEED_SLUG,
        "name": "Rita Reader",
        "email": "rita@example.net",
        "website": "https://rita.example.org/",
        "body": "A remark",
        "time": "2025-03-01T09:00:00Z",
        "ip": "198.51.100.20",
    }
    return {**base, **changes}


def test_cli_ingest_reports_lines_counts_and_exit_codes(
    demo: Newsroom, database_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    demo.close()
    good = write_lines(
        tmp_path / "good.jsonl",
        [record(), "", record(email="b@example.net", body="Visit our casino", ip="")],
    )
    assert main(["--database", database_url, "comments", "ingest", str(good)]) == 0
    out = capsys.readouterr().out
    assert "2 comments taken (1 pending, 0 approved, 1 spam, 0 trash); 0 refused" in out
    mixed = write_lines(
        tmp_path / "mixed.jsonl",
        [
            "{not json",
            record(email="c@example.net", body="Fine", ip="192.0.2.99"),
            record(email="", body="No address"),
            [1, 2],
            record(article=99999, email="d@example.net"),
        ],
    )
    code = main(["--database", database_url, "comments", "ingest", "--json", str(mixed)])
    assert code == 1
    report = json.loads(capsys.readouterr().out)
    assert report["taken"]["pending"] == 1
    assert [p["line"] for p in report["refused"]] == [1, 3, 4, 5]
    assert "e-mail address is required" in report["refused"][1]["reason"]
    assert main(["--database", database_url, "comments", "ingest", str(tmp_path / "nope")]) == 2
    assert "no such file" in capsys.readouterr().err
    (tmp_path / "latin1.jsonl").write_bytes(b'{"name": "Ren\xe9"}\n')
    code = main(["--database", database_url, "comments", "ingest", str(tmp_path / "latin1.jsonl")])
    assert code == 2


def test_cli_moderation_actions(
    demo: Newsroom, database_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    pending = demo.comments.list_comments(CommentQuery(status=CommentStatus.PENDING))
    first, second = pending[0], pending[1]
    demo.close()
    args = ["--database", database_url, "comments"]
    assert main([*args, "approve", str(first.id), second.uuid]) == 0
    assert "2 comments approved" in capsys.readouterr().out
    assert main([*args, "spam", str(first.id), "--json"]) == 0
    payload = json.loads(capsys.readouterr().out)
    assert payload["action"] == "spam" and payload["changed"][0]["status"] == "spam"
    for action in ("unapprove", "trash", "restore"):
        assert main([*args, action, str(second.id)]) == 0
    assert main([*args, "approve", "999999"]) == 1
    assert "No comment has the id" in capsys.readouterr().err


def test_a_large_file_goes_in_whole_with_its_rules_and_counts(demo: Newsroom) -> None:
    """More comments than one batch (a COPY on PostgreSQL): every one in, as judged."""
    submissions = [
        sub(
            name=f"Reader {n}",
            email=f"reader{n % 400}@example.org",
            body=f"Remark number {n}" + (" about the casino" if n % 50 == 0 else ""),
            submitted_at=T0 + timedelta(minutes=n),
        )
        for n in range(1200)
    ]
    report = take(demo, *submissions)
    assert report.refused == ()
    assert report.taken[CommentStatus.SPAM] == 24  # the blocked word
    assert report.taken[CommentStatus.PENDING] == 1176  # none from an approved address
    found = demo.comments.list_comments(CommentQuery(status=None, author="reader7"))
    first = [c for c in found if c.author_email == "reader7@example.org"][-1]
    assert (first.body, first.author_name, first.submitted_at) == (
        "Remark number 7",
        "Reader 7",
        T0 + timedelta(minutes=7),
    )
    assert first.reasons and first.status is CommentStatus.PENDING


def ingest_file(
    database_url: str, path: Path, capsys: pytest.CaptureFixture[str]
) -> tuple[int, dict[str, Any], str]:
    code = main(["--database", database_url, "comments", "ingest", "--json", str(path)])
    captured = capsys.readouterr()
    return code, json.loads(captured.out), captured.err


def test_lines_end_at_newline_only_as_json_lines_says(
    demo: Newsroom, database_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    demo.close()
    path = tmp_path / "separators.jsonl"
    lines = [
        json.dumps(
            record(body="One\u2028two\u0085three\u2029four\x1c\x1d\x1e", ip=""), ensure_ascii=False
        ),
        "{not json",
        json.dumps(record(email="later@example.net", body="Later", ip=""), ensure_ascii=False),
    ]
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode("utf-8"))
    code, report, _ = ingest_file(database_url, path, capsys)
    assert code == 1
    assert report["taken"] == {"pending": 2, "approved": 0, "spam": 0, "trash": 0}
    assert [problem["line"] for problem in report["refused"]] == [2]


def test_a_byte_order_mark_is_allowed(
    demo: Newsroom, database_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    demo.close()
    path = tmp_path / "bom.jsonl"
    path.write_bytes(b"\xef\xbb\xbf" + json.dumps(record()).encode() + b"\n")
    code, report, _ = ingest_file(database_url, path, capsys)
    assert (code, report["refused"]) == (0, [])


def test_what_no_database_can_store_is_removed_or_refused_with_its_line(
    demo: Newsroom, database_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A NUL (PostgreSQL's driver refused the whole file, quoting every row's e-mail and
    IP address) or half a surrogate pair is removed and said; JSON nested 200,000 deep
    and numbers no column holds are refused lines; the good lines go in."""
    demo.close()
    path = tmp_path / "hostile.jsonl"
    lines = [
        json.dumps(record(email="nul@example.net", body="Nul\u0000here", ip="192.0.2.1")),
        json.dumps(record(email="sur@example.net", body="Half \ud800 pair", ip="192.0.2.2")),
        "[" * 200_000 + "]" * 200_000,
        json.dumps(record(email="big@example.net", article=10**22, ip="192.0.2.3")),
        '{"article": ' + "9" * 5000 + "}",
        json.dumps(record(email="good@example.net", body="Fine", ip="192.0.2.4")),
        json.dumps(record(email="nul2@example.net", name="N\u0000", ip="192.0.2.5")),
        json.dumps(record(email="fine@example.net", body="Also fine", ip="192.0.2.6")),
    ]
    write_lines(path, lines)
    code = main(["--database", database_url, "comments", "ingest", str(path)])
    captured = capsys.readouterr()
    assert code == 1
    assert "5 comments taken" in captured.out
    refused = [
        line.split(": refused: ") for line in captured.err.splitlines() if ": refused: " in line
    ]
    assert [(where.rsplit(":", 1)[1], reason) for where, reason in refused] == [
        ("3", "not a comment: JSON nested too deeply"),
        ("4", "no story '10000000000000000000000'"),
        ("5", "not a comment: a number too long to read"),
    ]
    removed = [line for line in captured.err.splitlines() if "removed" in line]
    assert [line.split(":")[1] for line in removed] == ["1", "2", "7"]
    for private in ("nul@", "sur@", "big@", "192.0.2."):
        assert private not in captured.err
    reopened = open_newsroom(database_url)
    try:
        bodies = {c.body for c in reopened.comments.list_comments(CommentQuery(status=None))}
    finally:
        reopened.close()
    assert {"Fine", "Also fine", "Nulhere", "Half  pair"} <= bodies


def test_a_flood_of_lines_from_one_address_is_judged_line_by_line(demo: Newsroom) -> None:
    """20,000 comments sharing one IP address (30 s on the old quadratic check): the
    ones 5 s after the one before are floods, the others are held for the burst."""
    start = T0 + timedelta(days=2)
    moments: list[datetime] = []
    for n in range(20_000):
        gap = timedelta(seconds=5 if n % 10 == 9 else 20)
        moments.append(start if not moments else moments[-1] + gap)
    submissions = [
        sub(
            email=f"reader{n}@example.org",
            body=f"Remark {n}",
            ip="198.51.100.77",
            submitted_at=moment,
        )
        for n, moment in enumerate(moments)
    ]
    report = demo.intake.ingest(list(enumerate(submissions, start=1)))
    assert [problem.line for problem in report.refused] == list(range(10, 20_001, 10))
    assert {problem.reason.split(":")[0] for problem in report.refused} == {"flood"}
    assert report.taken[CommentStatus.PENDING] == 18_000
    held = demo.comments.list_comments(CommentQuery(status=None, author="reader3@"))
    assert HoldReason(ReasonCode.BURST, 3) in held[0].reasons  # lines 2 and 3 in the minute before


def test_control_characters_in_comments_are_removed_and_said(
    demo: Newsroom, database_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    demo.close()
    path = write_lines(
        tmp_path / "controls.jsonl",
        [
            record(name="Ri\u0000ta", body="Bell\u0007 rings\u001b[31m \ud800 twice"),
            record(
                email="clean@example.net", body="Nothing odd", ip="", time="2025-03-01T10:00:00Z"
            ),
            record(email="", body="refused \u0001 anyway"),
        ],
    )
    code = main(["--database", database_url, "comments", "ingest", "--json", str(path)])
    assert code == 1
    report = json.loads(capsys.readouterr().out)
    assert report["changed"] == [{"line": 1, "how": "removed 4 control characters"}]
    assert [p["line"] for p in report["refused"]] == [3]
    late = "2025-03-01T11:00:00Z"
    one = write_lines(
        tmp_path / "one.jsonl", [record(email="e@example.net", body="Hi\u0001", ip="", time=late)]
    )
    assert main(["--database", database_url, "comments", "ingest", str(one)]) == 0
    assert f"{one}:1: removed 1 control character\n" in capsys.readouterr().err
    again = open_newsroom(database_url)
    try:
        bodies = {
            c.author_email: (c.author_name, c.body)
            for c in again.comments.list_comments(CommentQuery(status=None))
        }
    finally:
        again.close()
    assert bodies["rita@example.net"] == ("Rita", "Bell rings[31m  twice")
    assert bodies["e@example.net"][1] == "Hi"


def test_a_story_closed_to_comments_takes_none(demo: Newsroom) -> None:
    story = demo.articles.find(SEED_SLUG)
    edit = replace(ArticleEdit.of(story), comments_open=False)
    demo.articles.save(story.id, edit, story.version)
    with pytest.raises(Refused, match="comments are closed on this story"):
        demo.intake.submit(sub())
    report = take(demo, sub(body="One"), sub(body="Two", email="two@example.net"))
    assert [p.reason for p in report.refused] == ["comments are closed on this story"] * 2
    reopened = demo.articles.get(story.id)
    demo.articles.save(story.id, replace(edit, comments_open=True), reopened.version)
    assert demo.intake.submit(sub(body="Open again"))


def test_warming_up_readies_the_spam_filter_before_the_first_comment(
    demo: Newsroom, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`serve comments` warms the intake up before it listens, so the first post does not
    wait while the starter model is trained (or the stored one read)."""
    from newsdesk.services import spam_model

    trained: list[int] = []
    real_train = spam_model.train

    def counting_train(*args: Any, **kwargs: Any) -> Any:
        trained.append(1)
        return real_train(*args, **kwargs)

    monkeypatch.setattr(spam_model, "_starter", None)
    monkeypatch.setattr(spam_model, "train", counting_train)
    demo.intake.warm_up()
    assert trained == [1]
    demo.intake.submit(
        Submission(
            article=SEED_SLUG,
            name="Early Reader",
            email="early@example.org",
            body="First to comment after the server started.",
            submitted_at=datetime.now(UTC),
        )
    )
    assert trained == [1]  # the first comment found the model ready
