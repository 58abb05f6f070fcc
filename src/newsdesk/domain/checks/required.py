"""The fields a story needs before it can be passed as ready."""

from __future__ import annotations

from newsdesk.domain.checks.findings import CheckInput, Finding, FindingCode
from newsdesk.domain.workflow import missing_required


def check_required(story: CheckInput) -> list[Finding]:
    values: dict[str, object] = {
        "dateline": story.dateline,
        "section_id": 1 if story.has_section else None,
        "byline": story.byline,
        "credit": story.credit,
    }
    fields = (name.split()[0] for name in missing_required(values))
    return [Finding(FindingCode.MISSING_FIELD, (field,), field=field) for field in fields]
