"""Copy-check timings: every check on a 5,000-word story.

    .venv/bin/python benchmarks/bench_checks.py [--words 5000]

Target (issue 4): under 150 ms. The dictionary loads once per language (timed apart);
prints figures, asserts nothing.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from newsdesk.domain.checks import (  # noqa: E402
    CheckContext,
    CheckInput,
    StyleRule,
    run_checks,
)
from newsdesk.domain.checks.spelling import dictionary_for  # noqa: E402

SEED = ROOT / "resources/demo/articles/us-russia-relations.md"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--words", type=int, default=5000)
    arguments = parser.parse_args()
    seed = SEED.read_text(encoding="utf-8").strip()
    seed_words = len(seed.split())
    body = "\n\n".join([seed] * (arguments.words // seed_words + 1))
    start = time.perf_counter()
    dictionary_for("en")
    print(f"English dictionary loaded once in {(time.perf_counter() - start) * 1000:.0f} ms")
    context = CheckContext(
        words=frozenset({"pompeo", "lavrov"}),
        style=(
            *(StyleRule(f"phrase {i}", f"better {i}") for i in range(200)),
            StyleRule("special advocate", "special counsel"),
        ),
    )
    story = CheckInput(headline="Headline", standfirst="Standfirst", body=body)
    times, findings = [], []
    for _ in range(10):
        start = time.perf_counter()
        findings = run_checks(story, context)
        times.append((time.perf_counter() - start) * 1000)
    print(
        f"{len(body.split()):,} words: median {statistics.median(times):.1f} ms, "
        f"worst {max(times):.1f} ms, {len(findings)} findings (target < 150 ms)"
    )


if __name__ == "__main__":
    main()
