"""What a saved news page says about itself, read where the page says it, and its text
tidied of what is not the story.

- The language: `<html lang>`, `og:locale` (``fr_FR`` → ``fr-FR``), a
  `content-language` meta; else guessed from the story's own text (py3langid).
- The publication time, with its time of day and zone: `article:published_time`,
  JSON-LD `datePublished`, `<time datetime>`, before what the extractor guessed.
- The headline without the site's name after it ("… | Aktuálně.cz").
- Bylines: site furniture ("Username", "Admin") dropped, the same name twice in another
  case once, stray trailing words in lower case ("Aleš Vávra před") cut; when the
  extractor finds none (or fewer names), the page's own byline markup (`class="byline"`,
  `itemprop="author"`, the author metas), co-authors "(avec …)" included.
- The body: the headline repeated as its first line, "Continue reading the main story"
  lines (alone or heading a paragraph), the page's date, section and comment count
  above the story, "You might also like" blocks at its head or tail, other stories'
  titles in brackets between its paragraphs ("[Read: …]"), and the other stories'
  headlines listed after its last sentence left out.
"""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime
from typing import Any

import py3langid
from lxml import etree
from lxml import html as lxml_html

_LANGUAGE_TAG = re.compile(r"^[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{2,8})*$")
_FURNITURE_NAMES = frozenset(
    {
        "username", "user", "admin", "administrator", "editor", "author", "staff", "guest",
        "anonymous", "webmaster", "by", "posted by", "written by", "share", "menu", "login",
        "log in", "sign in", "subscribe",
    }
)  # fmt: skip
_BYLINE_PARTS = re.compile(
    r"\s*(?:;|\||\(\s*(?:avec|with|mit|con)?|\)|,\s*(?=[A-ZÀ-Þ])|\band\b|\bund\b|\bet\b|"
    r"\bavec\b|\bwith\b)\s*"
)
_BOILERPLATE_LINE = re.compile(
    r"^\W*(?:continue reading(?: the main story)?|advertisement|skip advertisement|"
    r"story continues below(?: advertisement)?|read more|supported by|share this article|"
    r"from the section\b.*|[\d,.]+ comments?|read(?: more| also)?: .*)\W*$",
    re.IGNORECASE,
)
_DATE_LINE = re.compile(
    r"^\W*(?:\d{1,2}\.? \w+,? \d{4}|\w+ \d{1,2},? \d{4}|\d{4}-\d{2}-\d{2})"
    r"(?:,? \d{1,2}[:.]\d{2}(?: ?[ap]\.?m\.?)?(?: \w{2,5})?)?\W*$",
    re.IGNORECASE,
)
_BRACKETED_PROMO = re.compile(r"^[\s*_]*\\?\[[^\n]*\\?\][\s*_]*$")
"""A paragraph wholly in brackets: another story's title, linked from the page."""
_NOTE_IN_BRACKETS = re.compile(
    r"^\W*(?:editor'?s'? note|note|correction|clarification|updated?|this (?:article|story|"
    r"post|report|piece) (?:was|has been|is|originally)|an earlier version)\b",
    re.IGNORECASE,
)
"""A note of the newsroom's own in brackets, which belongs to the story."""
_CREDIT_LINE = re.compile(
    r"\b(?:by|reporting|reported|writing|written|editing|edited|photographs?|photography|"
    r"contributed|contributing|follow (?:him|her|them|us)|correspondent|reporter|"
    r"columnist)\b",
    re.IGNORECASE,
)
"""A line about who made the story, at its end: not another story's headline."""
_TITLE_SEPARATOR = re.compile(r"\s+(?:\||-|–|—|::|·)\s+")
_SENTENCE_END = (".", "!", "?", "…", "”", "»", '"', "'", ":", ")", "。", "！", "？", "؟")
MOST_TEASER_TITLES = 6
"""More short lines than this after the story are a list of its own, not teasers."""
_TEASER_HEADING = re.compile(
    r"^\W*(?:you (?:might|may) also like|recommended(?: for you)?|more (?:stories|from)\b.*|"
    r"related (?:stories|articles|coverage)|read (?:more|next)|most (?:read|popular)|"
    r"trending(?: now)?)\W*$",
    re.IGNORECASE,
)
_MARKUP = re.compile(r"[#*_`>\[\]]")


def _tree(page: str) -> Any:
    try:
        return lxml_html.document_fromstring(page)
    except (etree.ParserError, ValueError):
        return None


def _meta(tree: Any, *names: str) -> str:
    for name in names:
        for element in tree.iter("meta"):
            key = (element.get("property") or element.get("name") or "").strip().lower()
            equiv = (element.get("http-equiv") or "").strip().lower()
            if name in (key, equiv):
                value = (element.get("content") or "").strip()
                if value:
                    return value
    return ""


def _tag(value: str) -> str:
    """``fr_FR`` → ``fr-FR``, ``EN`` → ``en``; "" for what is not a language tag."""
    value = value.strip().replace("_", "-")
    if not _LANGUAGE_TAG.match(value) or len(value) > 35:
        return ""
    primary, *rest = value.split("-")
    return "-".join([primary.lower(), *(p.upper() if len(p) == 2 else p for p in rest)])


def page_site_name(page: str) -> str:
    """The site's name as the page gives it (`og:site_name`)."""
    tree = _tree(page)
    return _meta(tree, "og:site_name", "application-name") if tree is not None else ""


def declared_language(page: str) -> str:
    """The language the page declares for itself, as a tag ("" when it declares none)."""
    tree = _tree(page)
    if tree is None:
        return ""
    for value in (
        tree.get("lang") or tree.get("{http://www.w3.org/XML/1998/namespace}lang") or "",
        _meta(tree, "og:locale"),
        _meta(tree, "content-language", "language", "dc.language"),
    ):
        tag = _tag(value.split(",")[0])
        if tag:
            return tag
    return ""


def guessed_language(text: str) -> str:
    """The language of the story's text (py3langid), "" for too little text to tell."""
    words = _MARKUP.sub(" ", text).split()
    if len(words) < 8:
        return ""
    code, _score = py3langid.classify(" ".join(words[:2000]))
    return str(code)


def _moment(value: str) -> datetime | None:
    text = value.strip().replace("Z", "+00:00")
    if len(text) < 16:  # a day alone is no better than the extractor's
        return None
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def _json_ld_dates(tree: Any) -> list[str]:
    found: list[str] = []

    def walk(value: Any, depth: int = 0) -> None:
        if depth > 12:
            return
        if isinstance(value, dict):
            date = value.get("datePublished")
            if isinstance(date, str):
                found.append(date)
            for item in value.values():
                walk(item, depth + 1)
        elif isinstance(value, list):
            for item in value:
                walk(item, depth + 1)

    for script in tree.iter("script"):
        if (script.get("type") or "").strip().lower() == "application/ld+json" and script.text:
            try:
                walk(json.loads(script.text))
            except (ValueError, RecursionError):
                continue
    return found


def published_time(page: str) -> datetime | None:
    """When the page says the story was published, to the minute, with its zone."""
    tree = _tree(page)
    if tree is None:
        return None
    candidates = [
        _meta(tree, "article:published_time", "og:article:published_time", "datepublished"),
        *_json_ld_dates(tree),
        _meta(tree, "pubdate", "publishdate", "date", "dc.date.issued"),
        *((element.get("datetime") or "") for element in tree.iter("time")),
    ]
    for candidate in candidates:
        moment = _moment(candidate) if candidate else None
        if moment is not None:
            return moment
    return None


def _person(part: str) -> str:
    words = part.split()
    while words and words[-1][:1].islower():
        words.pop()  # "Aleš Vávra před": the name ends at its last capitalised word
    while words and words[0].lower() in ("by", "von", "par", "por"):
        words.pop(0)
    return " ".join(words)


def clean_byline(byline: str) -> str:
    """The page's bylines without furniture or repeats, joined by "; "."""
    names: list[str] = []
    for part in _BYLINE_PARTS.split(byline):
        name = _person(part.strip(" .,:"))
        if not name or name.casefold() in _FURNITURE_NAMES or len(name) > 80:
            continue
        if "@" in name or "://" in name:
            continue
        if name.casefold() not in (n.casefold() for n in names):
            names.append(name)
    return "; ".join(names)


def _text_of(element: Any) -> str:
    return " ".join(" ".join(element.itertext()).split())


def _in_furniture(element: Any) -> bool:
    """Inside navigation, an aside, a footer or the readers' comments: another story's
    byline or a reader's name, never the story's."""
    for ancestor in (element, *element.iterancestors()):
        if not isinstance(ancestor.tag, str):
            continue
        if ancestor is not element and ancestor.tag in ("nav", "aside", "footer"):
            return True
        marks = " ".join(
            ancestor.get(name) or "" for name in ("class", "id", "itemtype")
        ).casefold()
        if "comment" in marks:
            return True
    return False


def page_byline(page: str) -> str:
    """The byline the page's markup gives: an element classed "byline", one marked
    `itemprop="author"`, else the author metas; "" when none holds a name."""
    tree = _tree(page)
    if tree is None:
        return ""
    found: list[str] = []
    for element in tree.iter():
        if not isinstance(element.tag, str) or element.tag in ("meta", "script", "style"):
            continue
        if _in_furniture(element):
            continue
        classes = (element.get("class") or "").lower().split()
        marked = element.get("itemprop") == "author" or any(
            c == "byline" or c.endswith("-byline") for c in classes
        )
        if marked:
            text = _text_of(element)
            if 2 < len(text) <= 200:
                found.append(text)
        if len(found) >= 3:
            break
    found.append(_meta(tree, "author", "article:author", "og:article:author", "dc.creator"))
    for candidate in found:
        if "://" in candidate:
            continue
        byline = clean_byline(candidate)
        if byline:
            return byline
    return ""


def better_byline(extracted: str, page: str) -> str:
    """The extractor's byline, cleaned; the page's own when the extractor found none or
    only some of its names (Le Monde's "X (avec Y et Z)")."""
    mine = clean_byline(extracted)
    marked = page_byline(page)
    if not mine:
        return marked
    names = {n.casefold() for n in mine.split("; ")}
    theirs = {n.casefold() for n in marked.split("; ")} if marked else set()
    return marked if names < theirs else mine


def plain_title(title: str, site_names: tuple[str, ...]) -> str:
    """The headline without the site's name after it: "West Ham … | Aktuálně.cz"."""
    separators = list(_TITLE_SEPARATOR.finditer(title))
    if not separators:
        return title
    last = separators[-1]
    tail = title[last.end() :].strip().casefold()
    head = title[: last.start()].strip()
    for site in (" ".join(name.split()).casefold() for name in site_names):
        if len(tail) >= 3 and head and site and (site.startswith(tail) or _is_site(tail, site)):
            return head
    return title


def _is_site(tail: str, site: str) -> bool:
    """The tail is the site's name, or its name and a domain's ending ("bbc.co.uk"); not a
    phrase starting with the name ("BBC reporter detained")."""
    return re.fullmatch(re.escape(site) + r"(?:\.[a-z]{2,6})*", tail) is not None


def _plain(paragraph: str) -> str:
    return " ".join(_MARKUP.sub(" ", paragraph).split()).casefold()


def _without_boilerplate_lines(paragraph: str) -> str:
    lines = paragraph.split("\n")
    return "\n".join(line for line in lines if not _BOILERPLATE_LINE.match(_plain(line)))


def _promo(paragraph: str) -> bool:
    """Another story's title in brackets ("[Read: …]"), not a source or a photo credit
    ("[Engadget]", "[Photo: AP]"): four words or more, no figures."""
    if not _BRACKETED_PROMO.match(paragraph) or _NOTE_IN_BRACKETS.match(_plain(paragraph)):
        return False
    words = _plain(paragraph).split()
    return len(words) >= 4 and not any(character.isdigit() for character in paragraph)


def _furniture_at_head(paragraph: str) -> bool:
    """The page's date, section or comment count above the story, a line each."""
    lines = [_plain(line) for line in paragraph.split("\n") if line.strip()]
    return bool(lines) and all(
        _DATE_LINE.match(line) or _BOILERPLATE_LINE.match(line) for line in lines
    )


def _teaser_title(paragraph: str) -> bool:
    """Another story's headline: a line of four to fourteen words, without a sentence's
    end, figures, addresses or the dashes and "@" of a list of dates and places."""
    text = paragraph.strip()
    return (
        "\n" not in text
        and 4 <= len(text.split()) <= 14
        and not text.startswith("#")
        and not text.endswith(_SENTENCE_END)
        and not any(character.isdigit() for character in text)
        and not any(mark in text for mark in ("://", "@", " – ", " -- ", " — ", "|"))
        and not _CREDIT_LINE.search(text)
    )


def tidy_body(body: str, headline: str) -> str:
    """The story's paragraphs without the repeated headline and the page's boilerplate."""
    paragraphs = [p for p in body.split("\n\n") if p.strip()]
    if paragraphs and headline and _plain(paragraphs[0]) == _plain(headline):
        paragraphs = paragraphs[1:]
    kept = [
        kept
        for p in paragraphs
        if (kept := _without_boilerplate_lines(p)).strip() and not _promo(kept)
    ]
    while kept and _furniture_at_head(kept[0]):
        kept = kept[1:]
    # A teaser block: from its heading to the end, when in the last third of the story,
    # or up to the first real paragraph when at its head.
    for index, paragraph in enumerate(kept):
        if _TEASER_HEADING.match(_plain(paragraph)) and index >= len(kept) * 2 // 3:
            kept = kept[:index]
            break
    while kept and _TEASER_HEADING.match(_plain(kept[0])):
        kept = kept[1:]
        while kept and len(_plain(kept[0]).split()) < 12:
            kept = kept[1:]  # the teasers' short titles under the heading
    # Other stories' headlines listed after the last sentence (their links dropped).
    tail = len(kept)
    while tail > 1 and _teaser_title(kept[tail - 1]):
        tail -= 1
    if 2 <= len(kept) - tail <= MOST_TEASER_TITLES:
        kept = kept[:tail]
    return "\n\n".join(kept)
