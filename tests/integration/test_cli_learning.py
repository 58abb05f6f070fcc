"""`newsdesk comments learn`, `comments commenter` and the filter's reasons in
`comments list --json`, on both databases."""

from __future__ import annotations

import json

import pytest
from tests.integration.test_cli import run

from newsdesk.domain.enums import CommentStatus


def _spam_ids(capsys: pytest.CaptureFixture[str], url: str) -> list[str]:
    _, out, _ = run(capsys, "--database", url, "comments", "list", "--status", "pending", "--json")
    return [c["id"] for c in json.loads(out)]


def test_learn_prints_what_it_learned_from_and_how_well(
    database_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    url = database_url
    run(capsys, "--database", url, "demo")
    code, out, _ = run(capsys, "--database", url, "comments", "learn")
    assert code == 0
    assert "Learned from 0 approved and 0 spam comments decided here" in out
    assert "Cross-validated (5 folds, threshold 0.5): precision 0." in out
    assert "the starter model goes on" in out
    pending = _spam_ids(capsys, url)
    assert run(capsys, "--database", url, "comments", "spam", *pending[:2])[0] == 0
    code, out, _ = run(capsys, "--database", url, "comments", "learn", "--json")
    report = json.loads(out)
    assert code == 0 and report["saved"] is True
    assert report["learned_from"]["spam"] >= 2
    assert report["starter"] == {"wanted": 350, "unwanted": 350, "weight": 1.0}
    assert 0 < report["cross_validated"]["f1"] <= 1


def test_list_json_gives_the_score_and_what_weighed_most(
    database_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    run(capsys, "--database", database_url, "demo")
    code, out, _ = run(
        capsys, "--database", database_url, "comments", "list", "--status", "all", "--json"
    )
    comments = json.loads(out)
    assert code == 0 and comments
    for comment in comments:
        assert isinstance(comment["spam_score"], float)
        reasons = comment["score_reasons"]
        assert reasons and {"feature", "weight"} == set(reasons[0])
        weights = [abs(r["weight"]) for r in reasons]
        assert weights == sorted(weights, reverse=True)


def test_commenter_history_orders_and_bulk_approval(
    database_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    url = database_url
    run(capsys, "--database", url, "demo")
    _, out, _ = run(capsys, "--database", url, "comments", "list", "--status", "pending", "--json")
    email = json.loads(out)[0]["email"]
    code, out, _ = run(capsys, "--database", url, "comments", "commenter", email, "--json")
    history = json.loads(out)
    assert code == 0 and history["email"] == email and history["comments"]["pending"] >= 1
    pending = history["comments"]["pending"]
    code, out, _ = run(
        capsys, "--database", url, "comments", "commenter", email.upper(),
        "--always", "spam", "--approve-pending", "--json",
    )  # fmt: skip
    after = json.loads(out)
    assert (after["always"], after["approved_now"]) == ("spam", pending)
    assert after["comments"]["pending"] == 0
    _, out, _ = run(
        capsys, "--database", url, "comments", "list", "--commenter", email, "--status",
        CommentStatus.APPROVED.value, "--json",
    )  # fmt: skip
    assert len(json.loads(out)) >= pending
    code, out, _ = run(
        capsys, "--database", url, "comments", "commenter", email, "--always", "none"
    )
    assert code == 0 and "no standing order" in out
    code, _, err = run(capsys, "--database", url, "comments", "commenter", "not-an-address")
    assert code == 1 and err.strip() == "newsdesk: A commenter is named by their e-mail address"
