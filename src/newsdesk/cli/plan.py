"""`newsdesk plan …`: the planning desk's budget from the command line."""

from __future__ import annotations

import argparse
import json
from datetime import date, datetime, time
from pathlib import Path
from typing import Any

from newsdesk.cli.registry import Runner
from newsdesk.cli.serialize import iso
from newsdesk.domain.errors import InvalidInput
from newsdesk.domain.planning import (
    KEEP,
    MAX_PRIORITY,
    AssignmentRole,
    Keep,
    PlanChanges,
    PlanDraft,
    PlanItem,
    PlanStatus,
)
from newsdesk.services.newsroom import Newsroom
from newsdesk.services.planning import PlanQuery
from newsdesk.services.planning_export import FORMATS, write_budget


def register(
    commands: argparse._SubParsersAction,  # type: ignore[type-arg]
    common: argparse.ArgumentParser,
) -> dict[str, Runner]:
    plan = commands.add_parser("plan", parents=[common], help="the planning desk's budget")
    actions = plan.add_subparsers(dest="action", metavar="ACTION", required=True)
    listing = actions.add_parser("list", parents=[common], help="the budget's items")
    listing.add_argument("--date", metavar="YYYY-MM-DD", help="the edition")
    listing.add_argument("--section", help="section slug or name")
    listing.add_argument("--assignee", metavar="NAME", help="login, user name or name")
    listing.add_argument("--status", choices=[s.value for s in PlanStatus])
    listing.add_argument("--json", action="store_true", help="JSON for scripts")
    add = actions.add_parser("add", parents=[common], help="plan an item")
    add.add_argument("--date", required=True, metavar="YYYY-MM-DD", help="the edition")
    add.add_argument("--slug", required=True, help="slug or working headline")
    add.add_argument("--section", help="section slug or name")
    add.add_argument("--pitch", default="", help="a paragraph saying what the story is")
    add.add_argument("--words", metavar="N", help="planned length in words")
    add.add_argument("--due", metavar="HH:MM", help="due on the edition's day, local time")
    add.add_argument("--assignee", metavar="NAME", help="the writer (login or name)")
    add.add_argument(
        "--role", choices=[r.value for r in AssignmentRole], default="writer", help="as what"
    )
    add.add_argument("--json", action="store_true", help="JSON for scripts")
    edit = actions.add_parser(
        "edit",
        parents=[common],
        help="change an item: its details (planners), status and notes (its people too)",
    )
    edit.add_argument("item", help="plan item id or UUID")
    edit.add_argument("--slug", help="slug or working headline")
    edit.add_argument("--pitch", help="a paragraph saying what the story is")
    edit.add_argument("--words", metavar="N|none", help="planned length in words")
    edit.add_argument("--due", metavar="HH:MM|none", help="due on the edition's day, local time")
    edit.add_argument("--section", metavar="S|none", help="section slug or name")
    edit.add_argument("--priority", metavar="N", help=f"-{MAX_PRIORITY} to {MAX_PRIORITY}")
    edit.add_argument(
        "--assignee", metavar="NAME", action="append", default=[], help="put someone on it"
    )
    edit.add_argument(
        "--role", choices=[r.value for r in AssignmentRole], default="writer", help="as what"
    )
    edit.add_argument(
        "--remove-assignee",
        metavar="NAME",
        action="append",
        default=[],
        help="take someone off it (in every role)",
    )
    edit.add_argument("--status", choices=[s.value for s in PlanStatus])
    edit.add_argument("--notes", help="the item's notes (replaces them)")
    edit.add_argument("--json", action="store_true", help="JSON for scripts")
    start = actions.add_parser("start", parents=[common], help="start the item's story")
    start.add_argument("item", help="plan item id or UUID")
    start.add_argument("--json", action="store_true", help="JSON for scripts")
    export = actions.add_parser("export", parents=[common], help="the day's budget as a file")
    export.add_argument("--date", required=True, metavar="YYYY-MM-DD", help="the edition")
    export.add_argument("--format", required=True, choices=FORMATS, dest="budget_format")
    export.add_argument("file", type=Path, metavar="FILE")
    return {"plan": run}


def parse_day(text: str) -> date:
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise InvalidInput(f"{text[:40]!r} is not a date (YYYY-MM-DD)") from None


def parse_due(day: date, text: str) -> datetime:
    """HH:MM on `day` in this computer's zone, as an aware time."""
    try:
        clock = time.fromisoformat(text.strip())
    except ValueError:
        raise InvalidInput(f"{text[:40]!r} is not a time of day (HH:MM)") from None
    if clock.tzinfo is not None:
        raise InvalidInput("Give the due time as HH:MM, local time")
    return datetime.combine(day, clock).astimezone()


def parse_words(text: str) -> int:
    cleaned = text.strip()
    if not (cleaned.isascii() and cleaned.isdigit()) or len(cleaned) > 7:
        raise InvalidInput(f"{text[:40]!r} is not a number of words")
    return int(cleaned)


def item_json(item: PlanItem) -> dict[str, Any]:
    return {
        "id": item.id,
        "uuid": item.uuid,
        "date": item.edition.isoformat(),
        "section": item.section_name or None,
        "slug": item.slug,
        "pitch": item.pitch,
        "words_planned": item.words_planned,
        "words_actual": item.words_actual,
        "due": iso(item.due_at),
        "priority": item.priority,
        "status": item.status.value,
        "notes": item.notes,
        "assignees": [{"name": a.name, "role": a.role.value} for a in item.assignees],
        "story": item.story_slug or None,
    }


def run(newsroom: Newsroom, arguments: argparse.Namespace) -> int:
    plan = newsroom.planning
    if arguments.action == "start":
        started = plan.start_story(plan.find(arguments.item).id)
        if arguments.json:
            print(json.dumps(item_json(started.item), indent=2, ensure_ascii=False))
        else:
            print(f"Started {started.slug} from plan item {started.item.id}")
        return 0
    if arguments.action == "add":
        return _add(newsroom, arguments)
    if arguments.action == "edit":
        return _edit(newsroom, arguments)
    day = parse_day(arguments.date) if arguments.date is not None else None
    if arguments.action == "export":
        assert day is not None
        items = plan.budget(PlanQuery(edition=day))
        count = write_budget(items, day, arguments.file, arguments.budget_format)
        print(f"{count} plan item{'' if count == 1 else 's'} in {arguments.file}")
        return 0
    section = newsroom.sections.find(arguments.section).id if arguments.section else None
    assignee = plan.person(arguments.assignee).id if arguments.assignee is not None else None
    status = PlanStatus(arguments.status) if arguments.status else None
    items = plan.budget(PlanQuery(day, section, assignee, status))
    if arguments.json:
        print(json.dumps([item_json(i) for i in items], indent=2, ensure_ascii=False))
        return 0
    for item in items:
        words = f"{item.words_actual or 0}/{item.words_planned or '–'}"
        print(
            f"{item.id:>6}  {item.edition}  {item.section_name[:12]:12}  {item.status.value:11}  "
            f"{words:>11}  {item.slug}"
        )
    print(f"{len(items)} plan item{'' if len(items) == 1 else 's'}")
    return 0


def _add(newsroom: Newsroom, arguments: argparse.Namespace) -> int:
    plan = newsroom.planning
    day = parse_day(arguments.date)
    words = parse_words(arguments.words) if arguments.words is not None else None
    due = parse_due(day, arguments.due) if arguments.due is not None else None
    section = newsroom.sections.find(arguments.section).id if arguments.section else None
    people = []
    if arguments.assignee is not None:
        people.append((plan.person(arguments.assignee).id, AssignmentRole(arguments.role)))
    draft = PlanDraft(day, arguments.slug, section, arguments.pitch, words, due)
    item = plan.add(draft, people)
    if arguments.json:
        print(json.dumps(item_json(item), indent=2, ensure_ascii=False))
    else:
        print(f"Planned {item.slug!r} for {item.edition} (item {item.id})")
    return 0


NONE = "none"
"""What clears the planned words, the due time or the section (`plan edit`)."""


def parse_priority(text: str) -> int:
    cleaned = text.strip()
    digits = cleaned.removeprefix("-")
    if not (digits.isascii() and digits.isdigit()) or len(digits) > 3:
        raise InvalidInput(f"{text[:40]!r} is not a priority (a whole number)")
    return int(cleaned)


def _changes(newsroom: Newsroom, item: PlanItem, arguments: argparse.Namespace) -> PlanChanges:
    """What `plan edit` asks to change on `item`, read and checked before anything is
    written."""

    def cleared(text: str | None) -> bool:
        return text is not None and text.strip().casefold() == NONE

    words: int | Keep | None = KEEP
    if arguments.words is not None:
        words = None if cleared(arguments.words) else parse_words(arguments.words)
    due: datetime | Keep | None = KEEP
    if arguments.due is not None:
        due = None if cleared(arguments.due) else parse_due(item.edition, arguments.due)
    section: int | Keep | None = KEEP
    if arguments.section is not None:
        section = (
            None if cleared(arguments.section) else newsroom.sections.find(arguments.section).id
        )
    return PlanChanges(
        slug=arguments.slug if arguments.slug is not None else KEEP,
        pitch=arguments.pitch if arguments.pitch is not None else KEEP,
        words_planned=words,
        due_at=due,
        section_id=section,
        priority=parse_priority(arguments.priority) if arguments.priority is not None else KEEP,
    )


def _edit(newsroom: Newsroom, arguments: argparse.Namespace) -> int:
    """Details, people, then status and notes, in one change of the item (one
    transaction): every name and value is checked first, and a refusal writes nothing."""
    plan = newsroom.planning
    item = plan.find(arguments.item)
    changes = _changes(newsroom, item, arguments)
    on_it = {a.user_id for a in item.assignees}
    leaving = [plan.person(name) for name in arguments.remove_assignee]
    for person in leaving:
        if person.id not in on_it:
            raise InvalidInput(f"{person.display_name} is not on plan item {item.id}")
    coming = [plan.person(name) for name in arguments.assignee]
    role = AssignmentRole(arguments.role)
    status = PlanStatus(arguments.status) if arguments.status else None
    if not (changes.given() or leaving or coming or status or arguments.notes is not None):
        raise InvalidInput("Say what to change (--slug, --words, --remove-assignee…)")
    item = plan.revise(
        item.id,
        changes,
        removed=[(person.id, None) for person in leaving],
        added=[(person.id, role) for person in coming],
        status=status,
        notes=arguments.notes,
    )
    if arguments.json:
        print(json.dumps(item_json(item), indent=2, ensure_ascii=False))
    else:
        print(f"Changed plan item {item.id} ({item.slug})")
    return 0
