"""Media library timings: adding camera JPEGs with their renditions, and opening a library
of many pictures as the Media panel does.

    .venv/bin/python benchmarks/bench_media.py [--count 100] [--library 10000]
        [--database sqlite:///benchmarks/out/media.sqlite]

Targets (issue 16): 1,000 camera JPEGs of 12 megapixels added at 10 a second; 10,000
pictures open in the panel under 300 ms. Each JPEG is 4000 × 3000 and distinct (the
same pixels with a different comment segment, so the library does not take it for one
it has and every file is decoded whole). The baseline, measured in the same run, is
Pillow decoding one of them at full size (no draft mode); the ratio says how many
baseline decodes one add costs. Prints figures and the load average; asserts nothing.
"""

from __future__ import annotations

import argparse
import io
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT))

from PIL import Image  # noqa: E402
from tests.media_samples import encoded, pixels, with_metadata  # noqa: E402

from newsdesk.services.media.library import (  # noqa: E402
    PreparedPicture,
    prepare_picture,
    prepare_pictures,
)
from newsdesk.services.newsroom import open_newsroom  # noqa: E402


def _distinct(jpeg: bytes, number: int) -> bytes:
    """The same JPEG with a COM segment naming `number` right after its SOI marker."""
    comment = f"newsdesk benchmark {number}".encode()
    segment = b"\xff\xfe" + (len(comment) + 2).to_bytes(2, "big") + comment
    return jpeg[:2] + segment + jpeg[2:]


def _load() -> str:
    one, five, fifteen = os.getloadavg()
    return f"load average {one:.2f} {five:.2f} {fifteen:.2f} on {os.cpu_count()} cores"


def _camera_jpeg() -> bytes:
    """A 12-megapixel JPEG as heavy as a camera's: a gradient with sensor-like noise, at
    quality 92, with the photo desk's metadata (tests/media_samples.py)."""
    base = pixels(4000, 3000)
    noise = Image.effect_noise((4000, 3000), 40).convert("RGB")
    photo = Image.blend(base, noise, 0.35)
    return with_metadata(
        encoded(photo, "JPEG", quality=92), exif={"Exif.Image.Artist": "Benchmark"}
    )


def bench_adding(url: str, count: int, batch: int) -> None:
    camera = _camera_jpeg()
    print(f"camera JPEG: 4000 × 3000, {len(camera) / 1e6:.1f} MB; {_load()}")
    baseline = []
    for _ in range(3):
        start = time.perf_counter()
        with Image.open(io.BytesIO(camera)) as image:
            image.load()
        baseline.append(time.perf_counter() - start)
    base = statistics.median(baseline)
    print(f"baseline: Pillow decodes it whole in {base * 1000:.0f} ms")
    newsroom = open_newsroom(url)
    try:
        started = time.perf_counter()
        prepare_times, write_times = [], []
        for number in range(count):
            data = _distinct(camera, number)
            start = time.perf_counter()
            prepared = prepare_picture(data, f"DSC_{number:04}.JPG")
            middle = time.perf_counter()
            newsroom.media.add_prepared([prepared])
            prepare_times.append(middle - start)
            write_times.append(time.perf_counter() - middle)
        total = time.perf_counter() - started
        each = total / count
        print(
            f"one at a time: added {count:,} in {total:.1f} s: {count / total:.1f} a second "
            f"(target 10); decode and renditions median "
            f"{statistics.median(prepare_times) * 1000:.0f} ms, write median "
            f"{statistics.median(write_times) * 1000:.0f} ms; one add = {each / base:.2f} × "
            f"the baseline; {_load()}"
        )
        # As the app adds many files (a drop, File ▸ Add pictures…, `media add FILE…`):
        # decoded on every core (prepare_pictures), then one transaction a batch.
        started = time.perf_counter()
        for first in range(0, count, batch):
            numbers = range(count + first, count + min(first + batch, count))
            made = prepare_pictures([(_distinct(camera, n), f"DSC_{n:04}.JPG") for n in numbers])
            newsroom.media.add_prepared([m for m in made if isinstance(m, PreparedPicture)])
        total = time.perf_counter() - started
        print(
            f"in batches of {batch} on {os.cpu_count()} cores: added {count:,} in {total:.1f} s: "
            f"{count / total:.1f} a second (target 10); one add = "
            f"{total / count / base:.2f} × the baseline; {_load()}"
        )
    finally:
        newsroom.close()


def bench_library(url: str, size: int) -> None:
    newsroom = open_newsroom(url)
    try:
        have = len(newsroom.media.ids())
        small = encoded(pixels(96, 64), "JPEG")
        start = time.perf_counter()
        batch = []
        for number in range(have, size):
            batch.append(prepare_picture(_distinct(small, 10_000_000 + number), f"p{number}.jpg"))
            if len(batch) == 500:
                newsroom.media.add_prepared(batch)
                batch = []
        if batch:
            newsroom.media.add_prepared(batch)
        if size > have:
            print(f"library filled to {size:,} pictures in {time.perf_counter() - start:.1f} s")
        opens, screens, searches = [], [], []
        for _ in range(5):
            start = time.perf_counter()
            ids = newsroom.media.ids()
            opens.append(time.perf_counter() - start)
            start = time.perf_counter()
            newsroom.media.pictures(ids[:60])
            newsroom.media.thumbnails(ids[:60])
            screens.append(time.perf_counter() - start)
            start = time.perf_counter()
            newsroom.media.ids("p123")
            searches.append(time.perf_counter() - start)
    finally:
        newsroom.close()
    print(
        f"{len(ids):,} pictures: all ids (the panel opening) median "
        f"{statistics.median(opens) * 1000:.1f} ms (target < 300 ms); a screenful of 60 "
        f"with thumbnails (on a worker) {statistics.median(screens) * 1000:.1f} ms; "
        f"a search {statistics.median(searches) * 1000:.1f} ms; {_load()}"
    )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--count", type=int, default=100)
    parser.add_argument("--batch", type=int, default=8, help="files a batch when added together")
    parser.add_argument("--library", type=int, default=10_000)
    parser.add_argument("--database", default="")
    arguments = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        url = arguments.database or f"sqlite:///{folder}/media.sqlite"
        print("Noisy figures: other work shares this machine (see the load average).")
        bench_adding(url, arguments.count, arguments.batch)
        bench_library(url, arguments.library)


if __name__ == "__main__":
    main()
