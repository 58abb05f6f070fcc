"""History and diff timings: a 5,000-word story with 500 revisions.

    .venv/bin/python benchmarks/bench_revisions.py [--database URL] [--revisions 500]

Targets (issue 4): the history opens under 200 ms, any two revisions diff under 100 ms.
Prints figures; asserts nothing.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TypeVar

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from sqlalchemy import update

from newsdesk.domain.entities import ArticleEdit
from newsdesk.services.newsroom import open_newsroom
from newsdesk.storage import orm

T = TypeVar("T")

SYLLABLES = [
    "ka",
    "lo",
    "mi",
    "ne",
    "su",
    "ra",
    "te",
    "vo",
    "pa",
    "di",
    "go",
    "ri",
    "sa",
    "le",
    "mu",
    "to",
    "ba",
    "ni",
    "ko",
    "ze",
]
_vocabulary = random.Random(7)
WORDS = list(
    {
        "".join(_vocabulary.choice(SYLLABLES) for _ in range(_vocabulary.randint(1, 4)))
        for _ in range(3000)
    }
)


def word(rng: random.Random) -> str:
    """Like real copy: a hundred common words make most of the text, the rest are rare."""
    if rng.random() < 0.6:
        return WORDS[rng.randrange(100)]
    return WORDS[rng.randrange(len(WORDS))]


def paragraphs(rng: random.Random, words: int) -> list[str]:
    result, left = [], words
    while left > 0:
        size = min(left, rng.randint(40, 90))
        text = " ".join(word(rng) for _ in range(size))
        result.append(text.capitalize() + ".")
        left -= size
    return result


def timed(function: Callable[..., T], *args: object, repeat: int = 5) -> tuple[T, float, float]:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        result = function(*args)
        times.append((time.perf_counter() - start) * 1000)
    return result, statistics.median(times), max(times)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--database")
    parser.add_argument("--revisions", type=int, default=500)
    parser.add_argument("--words", type=int, default=5000)
    arguments = parser.parse_args()
    url = arguments.database or f"sqlite:///{tempfile.mkdtemp()}/bench.sqlite"
    newsroom = open_newsroom(url)
    rng = random.Random(1)
    text = paragraphs(rng, arguments.words)
    article = newsroom.articles.create(ArticleEdit(headline="Long story", body="\n\n".join(text)))
    version = article.version
    start = time.perf_counter()
    for number in range(arguments.revisions - 1):
        index = rng.randrange(len(text))
        words = text[index].split()
        words[rng.randrange(len(words))] = word(rng)
        text[index] = " ".join(words)
        if number % 25 == 0:
            text.insert(rng.randrange(len(text)), paragraphs(rng, 50)[0])
        edit = ArticleEdit(headline=f"Long story {number}", body="\n\n".join(text))
        version = newsroom.articles.save(article.id, edit, version, reason="saved by hand").version
    writing = (time.perf_counter() - start) * 1000 / max(1, arguments.revisions - 1)
    with newsroom.database.transaction() as session:  # spread them over time, as in life
        session.execute(
            update(orm.Revision).values(updated_at=datetime.now(UTC) - timedelta(days=1))
        )

    history, median, worst = timed(newsroom.revisions.history, article.id)
    print(f"{len(history)} revisions, story of {len(' '.join(text).split()):,} words ({url})")
    print(f"save with revision and word counts: {writing:.1f} ms each")
    print(f"open history: median {median:.1f} ms, worst {worst:.1f} ms (target < 200 ms)")
    pairs = [(history[-1].id, history[0].id), (history[250].id, history[0].id)]
    pairs += [(history[i].id, history[i - 1].id) for i in (10, 100, 400)]
    for old, new in pairs:
        comparison, median, worst = timed(newsroom.revisions.compare, old, new)
        print(
            f"diff revision {old} → {new}: median {median:.1f} ms, worst {worst:.1f} ms "
            f"(+{comparison.words_added} −{comparison.words_removed}; target < 100 ms)"
        )
    newsroom.close()


if __name__ == "__main__":
    main()
