"""The comment receiver under load: 50 readers posting at once, and one address flooding.

    python benchmarks/bench_receiver.py [--server URL] [--seconds 60] [--clients 50]
        [--rate 350] [--no-flood] [--json FILE]

It creates a throwaway PostgreSQL newsroom (`--server` names an account that may create
databases), loads the demo stories, and starts `newsdesk serve comments` on it as its own
process on 127.0.0.1 (behind "a proxy" it trusts, so each simulated reader can post from
an address of its own: IPv6 documentation addresses, one /64 each, never contacted).
Then, for `--seconds`:

- `--clients` readers post the exported form's fields (form-encoded, a fresh form token
  ten seconds old, a new e-mail address and text each time) over keep-alive
  connections, together offering `--rate` comments a second (0: each as fast as it can).
  Latency is counted from when a post was due, so a receiver that falls behind pays for
  the wait (no coordinated omission);
- one more client floods from a single address over 50 connections, each posting again
  as soon as it has an answer (unless `--no-flood`), from a process of its own: the rate
  limit should turn it away with 429 while the readers' comments go on.

Afterwards the receiver is stopped (SIGTERM) and the database read directly: every
comment acknowledged with a 303 must be there exactly once, and no comment twice. The
report gives accepted comments a second, p50, p95, p99 and maximum latency, the answers
by status, the flood's, the receiver's CPU time and the machine's load average before
and after (the receiver, PostgreSQL and this script share the machine's cores with
whatever else runs: the figures are indicative). Exit status 0 when nothing was lost,
1 when something was, 2 when the run failed.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import multiprocessing
import os
import re
import signal
import subprocess
import sys
import time
import uuid
from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from importlib.util import find_spec
from multiprocessing.connection import Connection as Connection_
from pathlib import Path
from urllib.parse import urlencode

if find_spec("newsdesk") is None:  # running from a checkout without `pip install -e .`
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

import psycopg
from sqlalchemy import func, select
from sqlalchemy.engine import make_url

from newsdesk.domain.form_tokens import fresh_token
from newsdesk.services.comment_receiver import CommentReceiver
from newsdesk.services.demo import load_demo
from newsdesk.services.newsroom import open_newsroom
from newsdesk.storage import orm

SEED_SLUG = "us-and-russian-authorities-show-desire-to-improve-relations"
SITE = "https://news.example.org/"
FLOOD_ADDRESS = "2001:db8:ffff:ffff::1"
FLOOD_CONNECTIONS = 50
PER_MINUTE = 6
TARGET_RATE = 300
TARGET_P99_MS = 100


@dataclass
class Tally:
    latencies: list[float] = field(default_factory=list)
    statuses: Counter[int] = field(default_factory=Counter)
    acknowledged: list[str] = field(default_factory=list)
    errors: Counter[str] = field(default_factory=Counter)


class Connection:
    """HTTP/1.1 over one keep-alive connection: cheap enough that the load generator
    leaves the cores to the receiver and the database."""

    def __init__(self, port: int) -> None:
        self.port = port
        self.reader: asyncio.StreamReader | None = None
        self.writer: asyncio.StreamWriter | None = None

    async def post(self, body: bytes, forwarded_for: str) -> int:
        if self.writer is None:
            self.reader, self.writer = await asyncio.open_connection("127.0.0.1", self.port)
        assert self.reader is not None
        head = (
            f"POST /comments HTTP/1.1\r\nHost: receiver\r\n"
            f"Content-Type: application/x-www-form-urlencoded\r\n"
            f"Content-Length: {len(body)}\r\nX-Forwarded-For: {forwarded_for}\r\n\r\n"
        )
        self.writer.write(head.encode("ascii") + body)
        await self.writer.drain()
        status_line = await self.reader.readline()
        if not status_line:
            raise ConnectionResetError("closed by the receiver")
        length, close = 0, False
        while True:
            line = await self.reader.readline()
            if line in (b"\r\n", b""):
                break
            name, _, value = line.partition(b":")
            name = name.strip().lower()
            if name == b"content-length":
                length = int(value)
            elif name == b"connection" and value.strip().lower() == b"close":
                close = True
        if length:
            await self.reader.readexactly(length)
        if close:
            await self.close()
        return int(status_line.split()[1])

    async def close(self) -> None:
        if self.writer is not None:
            self.writer.close()
            with contextlib.suppress(OSError):
                await self.writer.wait_closed()
        self.reader = self.writer = None


@dataclass(frozen=True)
class Story:
    uuid: str
    secret: bytes

    def form(self, number: str) -> tuple[bytes, str]:
        body = f"Reader post {number}: the talks in Sochi, seen from here."
        handed_out = datetime.now(UTC) - timedelta(seconds=10)
        fields = {
            "comment": body,
            "author": f"Reader {number}",
            "email": f"reader-{number}@bench.invalid",
            "url": "",
            "article_uuid": self.uuid,
            "form_token": fresh_token(self.secret, self.uuid, handed_out),
            "parent_id": "",
        }
        return urlencode(fields).encode("ascii"), body


async def reader(
    number: int, port: int, story: Story, interval: float, start: float, end: float, tally: Tally
) -> None:
    connection = Connection(port)
    due = start
    sent = 0
    while due < end:
        now = time.perf_counter()
        if interval and due > now:
            await asyncio.sleep(due - now)
        begun = due if interval else time.perf_counter()
        body, text = story.form(f"{number}-{sent}")
        address = f"2001:db8:{number:x}:{sent:x}::1"  # a reader of its own: /64 each
        try:
            status = await connection.post(body, address)
        except (OSError, asyncio.IncompleteReadError, ValueError) as error:
            tally.errors[type(error).__name__] += 1
            await connection.close()
        else:
            tally.latencies.append((time.perf_counter() - begun) * 1000)
            tally.statuses[status] += 1
            if status == 303:
                tally.acknowledged.append(text)
        sent += 1
        due = due + interval if interval else time.perf_counter()
    await connection.close()


async def flooder(port: int, story: Story, end: float, tally: Tally, number: int) -> None:
    connection = Connection(port)
    sent = 0
    while time.perf_counter() < end:
        body, text = story.form(f"flood-{number}-{sent}")
        try:
            status = await connection.post(body, FLOOD_ADDRESS)
        except (OSError, asyncio.IncompleteReadError, ValueError) as error:
            tally.errors[type(error).__name__] += 1
            await connection.close()
        else:
            tally.statuses[status] += 1
            if status == 303:
                tally.acknowledged.append(text)
        sent += 1
        await asyncio.sleep(0)  # fairness within this process, no pause
    await connection.close()


async def flood(port: int, story: Story, seconds: float, tally: Tally) -> None:
    end = time.perf_counter() + seconds
    await asyncio.gather(*(flooder(port, story, end, tally, n) for n in range(FLOOD_CONNECTIONS)))


def flood_process(port: int, story: Story, seconds: float, answers: Connection_) -> None:
    """The flood, from a process of its own (as an attacker is another machine): it
    does not slow this process's readers down, only the receiver."""
    tally = Tally()
    asyncio.run(flood(port, story, seconds, tally))
    answers.send((dict(tally.statuses), tally.acknowledged, dict(tally.errors)))
    answers.close()


async def readers_load(
    port: int, story: Story, clients: int, rate: float, seconds: float
) -> tuple[Tally, float]:
    readers = Tally()
    interval = clients / rate if rate else 0.0
    start = time.perf_counter() + 0.2
    end = start + seconds
    offsets = [start + n * interval / clients for n in range(clients)]  # spread evenly
    tasks = [reader(n, port, story, interval, offsets[n], end, readers) for n in range(clients)]
    await asyncio.gather(*tasks)
    return readers, time.perf_counter() - start


def load(
    port: int, story: Story, clients: int, rate: float, seconds: float, flood: bool
) -> tuple[Tally, Tally, float]:
    flood_tally = Tally()
    context = multiprocessing.get_context("fork")
    receiving, sending = context.Pipe(duplex=False)
    flooding = context.Process(target=flood_process, args=(port, story, seconds + 0.2, sending))
    if flood:
        flooding.start()
    readers, elapsed = asyncio.run(readers_load(port, story, clients, rate, seconds))
    if flood:
        statuses, acknowledged, errors = receiving.recv()
        flooding.join()
        flood_tally.statuses.update(statuses)
        flood_tally.acknowledged.extend(acknowledged)
        flood_tally.errors.update(errors)
    return readers, flood_tally, elapsed


def percentile(values: list[float], share: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


def start_receiver(url: str, log: Path) -> tuple[subprocess.Popen[str], int]:
    environment = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    process = subprocess.Popen(
        [
            sys.executable, "-m", "newsdesk", "--database", url, "serve", "comments",
            "--site-url", SITE, "--listen", "127.0.0.1:0", "--trusted-proxy", "127.0.0.1",
            "--per-minute", str(PER_MINUTE),
        ],
        stdout=subprocess.PIPE,
        stderr=log.open("w"),
        text=True,
        env=environment,
    )  # fmt: skip
    assert process.stdout is not None
    line = process.stdout.readline()
    found = re.search(r"http://127\.0\.0\.1:(\d+)/comments", line)
    if not found:
        process.kill()
        raise RuntimeError(f"the receiver did not start: {line!r} (see {log})")
    return process, int(found.group(1))


def cpu_seconds(pid: int) -> float:
    """The process's CPU time so far (user and system), from /proc."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def peak_memory_mb(pid: int) -> int:
    """The process's peak resident memory (VmHWM), in MB."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) // 1024
    return 0


def database_counts(url: str) -> tuple[Counter[str], int]:
    """Every benchmark comment's body and how often it is stored; the flood's count."""
    newsroom = open_newsroom(url, create=False)
    try:
        with newsroom.database.transaction() as session:
            rows = session.execute(
                select(orm.Comment.body, func.count())
                .where(orm.Comment.author_email.like("reader-%@bench.invalid"))
                .group_by(orm.Comment.body)
            )
            bodies = Counter({body: count for body, count in rows})
            flood = session.scalar(
                select(func.count()).select_from(orm.Comment).where(orm.Comment.ip == FLOOD_ADDRESS)
            )
        return bodies, int(flood or 0)
    finally:
        newsroom.close()


def run(arguments: argparse.Namespace) -> int:
    server = make_url(arguments.server)
    name = f"newsdesk_receiver_{uuid.uuid4().hex[:10]}"
    admin = server.set(drivername="postgresql").render_as_string(hide_password=False)
    url = server.set(database=name).render_as_string(hide_password=False)
    with psycopg.connect(admin, autocommit=True) as connection:
        connection.execute(f"CREATE DATABASE {name}")
    log = Path(arguments.log)
    process: subprocess.Popen[str] | None = None
    try:
        newsroom = open_newsroom(url)
        load_demo(newsroom)
        story = newsroom.articles.find(SEED_SLUG)
        secret = CommentReceiver(newsroom.database, newsroom.intake).secret()
        newsroom.close()
        process, port = start_receiver(url, log)
        time.sleep(0.5)
        load_before = os.getloadavg()
        readers, flood, elapsed = load(
            port,
            Story(story.uuid, secret),
            arguments.clients,
            arguments.rate,
            arguments.seconds,
            not arguments.no_flood,
        )
        load_after = os.getloadavg()
        receiver_cpu = cpu_seconds(process.pid)
        receiver_memory = peak_memory_mb(process.pid)
        process.send_signal(signal.SIGTERM)
        process.wait(timeout=60)
        stored, flood_stored = database_counts(url)
    finally:
        if process is not None and process.poll() is None:
            process.kill()
        with psycopg.connect(admin, autocommit=True) as connection:
            connection.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
    acknowledged = Counter(readers.acknowledged + flood.acknowledged)
    lost = [body for body in acknowledged if stored.get(body, 0) < 1]
    twice = [body for body, count in stored.items() if count > 1]
    accepted = readers.statuses[303]
    figures = {
        "clients": arguments.clients,
        "offered_per_second": arguments.rate or None,
        "seconds": round(elapsed, 1),
        "posts": sum(readers.statuses.values()),
        "accepted": accepted,
        "accepted_per_second": round(accepted / elapsed, 1),
        "p50_ms": round(percentile(readers.latencies, 0.50), 1),
        "p95_ms": round(percentile(readers.latencies, 0.95), 1),
        "p99_ms": round(percentile(readers.latencies, 0.99), 1),
        "max_ms": round(max(readers.latencies, default=float("nan")), 1),
        "statuses": dict(sorted(readers.statuses.items())),
        "errors": dict(readers.errors),
        "flood_posts": sum(flood.statuses.values()),
        "flood_statuses": dict(sorted(flood.statuses.items())),
        "flood_stored": flood_stored,
        "acknowledged": sum(acknowledged.values()),
        "lost": len(lost),
        "stored_twice": len(twice),
        "receiver_cpu_seconds": round(receiver_cpu, 1),
        "receiver_peak_memory_mb": receiver_memory,
        "load_average_before": [round(x, 2) for x in load_before],
        "load_average_after": [round(x, 2) for x in load_after],
        "cores": os.cpu_count(),
    }
    print_report(figures)
    if arguments.json:
        Path(arguments.json).write_text(json.dumps(figures, indent=2) + "\n")
    return 1 if lost or twice else 0


def print_report(f: dict[str, object]) -> None:
    offered = f"{f['offered_per_second']}/s offered" if f["offered_per_second"] else "unpaced"
    print(f"{f['clients']} readers for {f['seconds']} s ({offered}), PostgreSQL, one receiver")
    print(
        f"  accepted {f['accepted']:,} comments: {f['accepted_per_second']}/s "
        f"(target >= {TARGET_RATE}/s)"
    )
    print(
        f"  latency p50 {f['p50_ms']} ms, p95 {f['p95_ms']} ms, p99 {f['p99_ms']} ms "
        f"(target < {TARGET_P99_MS} ms), max {f['max_ms']} ms"
    )
    print(f"  answers {f['statuses']}, connection errors {f['errors'] or 'none'}")
    print(
        f"  flood from one address: {f['flood_posts']:,} posts, answers {f['flood_statuses']}, "
        f"{f['flood_stored']} stored (limit {PER_MINUTE} a minute)"
    )
    print(
        f"  acknowledged {f['acknowledged']:,}: lost {f['lost']}, stored twice {f['stored_twice']}"
    )
    print(
        f"  receiver CPU {f['receiver_cpu_seconds']} s, peak memory "
        f"{f['receiver_peak_memory_mb']} MB"
    )
    print(
        f"  load average before {f['load_average_before']}, after {f['load_average_after']} "
        f"on {f['cores']} cores (shared with PostgreSQL, this script and anything else "
        "running: indicative figures)"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--server", default="postgresql://postgres@127.0.0.1:5432/postgres")
    parser.add_argument("--seconds", type=float, default=60.0)
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument(
        "--rate", type=float, default=350.0, help="comments a second offered in all (0: unpaced)"
    )
    parser.add_argument("--no-flood", action="store_true", help="no flooding address")
    parser.add_argument("--json", help="write the figures to this file")
    parser.add_argument("--log", default="/tmp/newsdesk-bench-receiver.log")
    arguments = parser.parse_args()
    try:
        return run(arguments)
    except Exception as error:
        print(f"bench_receiver: the run failed: {type(error).__name__}: {error}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
