"""`newsdesk check STORY [--json]`: the copy checks from the command line.

Exits 1 when there are findings and 0 when the story is clean, so a newsroom can lint
stories in scripts.
"""

from __future__ import annotations

import argparse
import json

from newsdesk.cli.registry import Runner
from newsdesk.domain.checks import Finding
from newsdesk.services.newsroom import Newsroom

EXIT_CLEAN = 0
EXIT_FINDINGS = 1


def register(
    commands: argparse._SubParsersAction,  # type: ignore[type-arg]
    common: argparse.ArgumentParser,
) -> dict[str, Runner]:
    check = commands.add_parser(
        "check", parents=[common], help="run the copy checks on a story (exit 1 on findings)"
    )
    check.add_argument("article", help="id, UUID or slug")
    check.add_argument("--json", action="store_true", help="JSON for scripts")
    return {"check": run}


def finding_json(finding: Finding) -> dict[str, object]:
    return {
        "kind": finding.kind.value,
        "code": finding.code.value,
        "params": list(finding.params),
        "field": finding.field,
        "line": finding.line or None,
        "column": finding.start + 1,
        "message": finding.message,
        "text": finding.word or None,
        "replacement": finding.replacement,
    }


def run(newsroom: Newsroom, arguments: argparse.Namespace) -> int:
    article = newsroom.articles.find(arguments.article)
    notes = tuple(note.body for note in newsroom.notes.thread(article.id) if note.is_open)
    findings = newsroom.checks.check_story(article, notes)
    if arguments.json:
        print(json.dumps([finding_json(f) for f in findings], indent=2, ensure_ascii=False))
    else:
        for finding in findings:
            where = f"line {finding.line}" if finding.line else finding.field
            print(f"{finding.kind.value}\t{where}\t{finding.message}")
        count = len(findings)
        print(f"{count} finding{'' if count == 1 else 's'} in {article.slug}")
    return EXIT_FINDINGS if findings else EXIT_CLEAN
