"""`newsdesk demo`, `migrate` and `where`: the newsroom database itself."""

from __future__ import annotations

import argparse

from newsdesk.cli.registry import Runner
from newsdesk.services.demo import load_demo
from newsdesk.services.newsroom import Newsroom

CREATING = frozenset({"demo", "migrate"})
"""The commands that make a newsroom file where there is none; every other one refuses
a missing file (a mistyped path must not become a new, empty newsroom)."""


def register(
    commands: argparse._SubParsersAction,  # type: ignore[type-arg]
    common: argparse.ArgumentParser,
) -> dict[str, Runner]:
    commands.add_parser("demo", parents=[common], help="load the demo newsroom (idempotent)")
    commands.add_parser("migrate", parents=[common], help="bring the database schema up to date")
    commands.add_parser("where", parents=[common], help="print which database would be used")
    return {"demo": run_demo, "migrate": run_migrate, "where": run_where}


def run_demo(newsroom: Newsroom, _arguments: argparse.Namespace) -> int:
    report = load_demo(newsroom)
    print(
        f"Demo newsroom loaded into {newsroom.database.description}: "
        f"{report.articles} stories, {report.sections} sections, "
        f"{report.comments} comments added"
    )
    return 0


def run_migrate(newsroom: Newsroom, _arguments: argparse.Namespace) -> int:
    print(f"{newsroom.database.description} is up to date")
    return 0


def run_where(newsroom: Newsroom, _arguments: argparse.Namespace) -> int:
    print(newsroom.database.description)
    return 0
