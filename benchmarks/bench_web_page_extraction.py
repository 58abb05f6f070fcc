"""Web page import against a public corpus with ground truth: body token precision,
recall and F1 per page (median and mean), before and after the page tidying, and how
many bylines look like site furniture.

    .venv/bin/python benchmarks/bench_web_page_extraction.py CORPUS_DIR

CORPUS_DIR holds `ground-truth.json` ({page id: {"articleBody": …}}) and
`html/PAGE_ID.html.gz`, as the public article-extraction-benchmark of scrapinghub
(181 news pages) lays them out; fetch it yourself, it is not kept in this repository.
"Before" is the extractor's own text (what the import kept until issue 20), "after" is
`extract_page` (headline repeat, boilerplate and teaser blocks left out; the dateline
and credit it splits off are counted back in). Target: median F1 ≥ 0.92, no byline taken
from navigation. Prints figures, asserts nothing.

    .venv/bin/python benchmarks/bench_web_page_extraction.py --metadata PAGES_DIR

scores what that corpus has no truth for, the title (exact, and a site's name after it
aside: readability keeps "| eHow", the import drops it), the byline (the same names,
"By" and "and"/"avec" aside) and the language (its primary subtag), against pages with
expected metadata: mozilla/readability's test pages (`NAME/source.html` beside
`NAME/expected-metadata.json`) or tests/fixtures/web_pages (`NAME.html` beside
`NAME.expected.json`). "Before" is the extractor's own title, author and language
(English when it has none, as the import stored every page until issue 20).
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import re
import statistics
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

import trafilatura  # noqa: E402

from newsdesk.domain.errors import InvalidInput  # noqa: E402
from newsdesk.services.interchange.page_facts import clean_byline  # noqa: E402
from newsdesk.services.interchange.webpage import extract_page  # noqa: E402

_WORD = re.compile(r"\w+")
_FURNITURE = {"username", "admin", "staff", "menu", "login", "sign in", "subscribe"}


def tokens(text: str) -> Counter[str]:
    return Counter(_WORD.findall(text.casefold()))


def scores(truth: str, found: str) -> tuple[float, float, float]:
    true, got = tokens(truth), tokens(found)
    overlap = sum((true & got).values())
    precision = overlap / sum(got.values()) if got else 0.0
    recall = overlap / sum(true.values()) if true else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def before(page: str) -> tuple[str, str]:
    body = trafilatura.extract(
        page,
        output_format="markdown",
        include_comments=False,
        include_links=False,
        include_formatting=True,
        include_tables=True,
    )
    meta = trafilatura.extract_metadata(page)
    return body or "", (meta.author if meta and meta.author else "")


def after(page: str) -> tuple[str, str]:
    try:
        extracted = extract_page(page)
    except InvalidInput:
        return "", ""
    text = " ".join([extracted.dateline, extracted.body, extracted.credit])
    return text, extracted.byline


def furniture(byline: str) -> bool:
    return any(part.strip().casefold() in _FURNITURE for part in re.split(r"[;,|]", byline))


def table(name: str, rows: list[tuple[float, float, float]]) -> None:
    precision, recall, f1 = zip(*rows, strict=True)
    print(
        f"{name:<7} median P {statistics.median(precision):.3f} R {statistics.median(recall):.3f}"
        f" F1 {statistics.median(f1):.3f} | mean P {statistics.mean(precision):.3f}"
        f" R {statistics.mean(recall):.3f} F1 {statistics.mean(f1):.3f}"
    )


_CONNECTORS = {"by", "and", "avec", "et", "with", "und", "von", "par", "por"}


def names(byline: str) -> frozenset[str]:
    return frozenset(w for w in _WORD.findall(byline.casefold()) if w not in _CONNECTORS)


_SITE_TAIL = re.compile(r"^\s*(?:\||-|–|—|·|_|::)\s*\S")


def same_title(expected: str, got: str) -> bool:
    """The same headline, a site's name after it aside ("How to … | eHow")."""
    expected, got = " ".join(expected.split()), " ".join(got.split())
    if not got:
        return False
    return expected == got or (
        expected.startswith(got) and bool(_SITE_TAIL.match(expected[len(got) :]))
    )


def metadata_pages(folder: Path) -> list[tuple[str, Path, Path]]:
    """(name, page, expected metadata) in either layout."""
    pages = [
        (d.name, d / "source.html", d / "expected-metadata.json")
        for d in sorted(folder.iterdir())
        if (d / "source.html").is_file() and (d / "expected-metadata.json").is_file()
    ]
    pages += [
        (p.stem, p, p.with_name(f"{p.stem}.expected.json"))
        for p in sorted(folder.glob("*.html"))
        if p.with_name(f"{p.stem}.expected.json").is_file()
    ]
    return pages


def before_facts(page: str) -> tuple[str, str, str]:
    meta = trafilatura.extract_metadata(page)
    if meta is None:
        return "", "", "en"
    return meta.title or "", meta.author or "", "en"


def after_facts(page: str) -> tuple[str, str, str]:
    try:
        extracted = extract_page(page)
    except InvalidInput:
        return "", "", ""
    return extracted.headline, extracted.byline, extracted.language


def score_metadata(folder: Path) -> None:
    pages = metadata_pages(folder)
    print(f"load average {os.getloadavg()[0]:.2f}; {len(pages)} pages in {folder}")
    counts = {side: Counter[str]() for side in ("before", "after")}
    totals: Counter[str] = Counter()
    started = time.perf_counter()
    for _name, path, expected_path in pages:
        page = path.read_text(encoding="utf-8", errors="replace")
        expected = json.loads(expected_path.read_text(encoding="utf-8"))
        title, byline, language = (expected.get(k) or "" for k in ("title", "byline", "lang"))
        totals["title"] += bool(title)
        totals["byline"] += bool(byline)
        totals["language"] += bool(language)
        for side, facts in (("before", before_facts), ("after", after_facts)):
            got_title, got_byline, got_language = facts(page)
            counts[side]["title"] += bool(title) and " ".join(got_title.split()) == " ".join(
                title.split()
            )
            counts[side]["headline"] += bool(title) and same_title(title, got_title)
            counts[side]["byline"] += bool(byline) and names(got_byline) == names(byline)
            counts[side]["language"] += bool(language) and (
                got_language.split("-")[0].casefold() == language.split("-")[0].casefold()
            )
            counts[side]["furniture"] += furniture(got_byline)
    print(f"{time.perf_counter() - started:.1f} s")
    for side, got in counts.items():
        print(
            f"{side:<7} title {got['title']}/{totals['title']}"
            f" (site name aside {got['headline']})"
            f" byline {got['byline']}/{totals['byline']}"
            f" language {got['language']}/{totals['language']}"
            f" bylines from furniture {got['furniture']}"
        )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("corpus", type=Path, nargs="?")
    parser.add_argument("--pages", type=int, default=0, help="only the first N pages")
    parser.add_argument("--metadata", type=Path, help="score title, byline and language")
    arguments = parser.parse_args()
    if arguments.metadata is not None:
        score_metadata(arguments.metadata)
        return
    if arguments.corpus is None:
        parser.error("give CORPUS_DIR or --metadata PAGES_DIR")
    truth = json.loads((arguments.corpus / "ground-truth.json").read_text(encoding="utf-8"))
    keys = sorted(truth)[: arguments.pages or None]
    print(f"load average {os.getloadavg()[0]:.2f} (other work on the machine skews the time)")
    old: list[tuple[float, float, float]] = []
    new: list[tuple[float, float, float]] = []
    old_furniture = new_furniture = 0
    bylines = 0
    started = time.perf_counter()
    for key in keys:
        path = arguments.corpus / "html" / f"{key}.html.gz"
        page = gzip.decompress(path.read_bytes()).decode("utf-8", errors="replace")
        expected = truth[key].get("articleBody", "")
        old_text, old_byline = before(page)
        new_text, new_byline = after(page)
        old.append(scores(expected, old_text))
        new.append(scores(expected, new_text))
        old_furniture += furniture(clean_byline("") or old_byline)
        new_furniture += furniture(new_byline)
        bylines += bool(new_byline)
    seconds = time.perf_counter() - started
    print(f"{len(keys)} pages in {seconds:.1f} s")
    table("before", old)
    table("after", new)
    print(f"bylines from furniture: before {old_furniture}, after {new_furniture}")
    print(f"pages with a byline after: {bylines}")


if __name__ == "__main__":
    main()
