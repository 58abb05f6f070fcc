"""Copy checks: plain functions over a story's text, no Qt and no database.

`run_checks` is what the Checks panel (on a worker thread) and `newsdesk check` call.
"""

from __future__ import annotations

from newsdesk.domain.checks.balance import check_balance
from newsdesk.domain.checks.embargo_mention import check_embargo_mention
from newsdesk.domain.checks.findings import (
    CheckContext,
    CheckInput,
    CheckKind,
    CheckSettings,
    Finding,
    FindingCode,
    PictureFacts,
    StyleRule,
)
from newsdesk.domain.checks.lengths import check_field_lengths, check_sentences
from newsdesk.domain.checks.memo import BodyMemo
from newsdesk.domain.checks.pictures import check_pictures
from newsdesk.domain.checks.required import check_required
from newsdesk.domain.checks.spelling import SpellingCheck, spelling_key
from newsdesk.domain.checks.style import StyleCheck
from newsdesk.domain.checks.text import Paragraph, paragraphs, prose_line, prose_lines
from newsdesk.domain.checks.typography import check_typography

__all__ = [
    "BodyMemo",
    "CheckContext",
    "CheckInput",
    "CheckKind",
    "CheckSettings",
    "Finding",
    "FindingCode",
    "PictureFacts",
    "StyleRule",
    "run_checks",
    "spelling_key",
]


DEFAULT_CONTEXT = CheckContext()


def run_checks(
    story: CheckInput, context: CheckContext = DEFAULT_CONTEXT, memo: BodyMemo | None = None
) -> list[Finding]:
    """Every finding for `story`: the short fields first, then the body in line order.

    With a `memo` (kept between runs on the same story), only the body's paragraphs that
    changed since the last run are checked again.
    """
    spelling = SpellingCheck(context.spelling_language or story.language, context.words)
    style = StyleCheck(context.style)
    findings: list[Finding] = check_required(story) + check_embargo_mention(story)
    pictures = check_pictures(story)
    findings += [f for f in pictures if f.field != "body"]
    findings += check_field_lengths(story.headline, story.standfirst, context.settings)
    for field, text in (("headline", story.headline), ("standfirst", story.standfirst)):
        prose = prose_line(" ".join(text.split("\n")))
        findings += check_balance(Paragraph(1, 0, (prose,)), story.language, field)
        findings += _line_checks(prose, 0, field, story.language, spelling, style)

    def check_paragraph(paragraph: Paragraph) -> list[Finding]:
        found = check_balance(paragraph, story.language)
        found += check_sentences(paragraph, context.settings)
        for offset, line in enumerate(paragraph.lines):
            number = paragraph.first_line + offset + 1
            found += _line_checks(line, number, "body", story.language, spelling, style)
        return found

    body: list[Finding] = []
    if memo is None:
        for paragraph in paragraphs(prose_lines(story.body)):
            body += check_paragraph(paragraph)
    else:
        memo.begin(story.language, context)
        for paragraph in paragraphs(prose_lines(story.body, memo.prose_line)):
            body += memo.findings(paragraph, check_paragraph)
        memo.end()
    body += [f for f in pictures if f.field == "body"]
    body.sort(key=lambda f: (f.line, f.start))
    return findings + body


def _line_checks(
    line: str, number: int, field: str, language: str, spelling: SpellingCheck, style: StyleCheck
) -> list[Finding]:
    return (
        check_typography(line, number, language, field)
        + style.check_line(line, number, field)
        + spelling.check_line(line, number, field)
    )
