"""The fields a story needs before it can be passed as ready."""

from __future__ import annotations

from newsdesk.domain.checks.findings import CheckInput, CheckKind, Finding
from newsdesk.domain.workflow import missing_required


def check_required(story: CheckInput) -> list[Finding]:
    values: dict[str, object] = {
        "dateline": story.dateline,
        "section_id": 1 if story.has_section else None,
        "byline": story.byline,
        "credit": story.credit,
    }
    return [
        Finding(
            CheckKind.MISSING_FIELD,
            f"Missing {name}: required before the story can be passed as ready",
            field="section" if name == "section" else name.split()[0],
        )
        for name in missing_required(values)
    ]
