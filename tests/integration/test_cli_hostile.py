"""Every `newsdesk` command, found in the parser itself (a new command is covered as it
is added), run with hostile arguments, files and databases.

Whatever the input, a command ends with exit 0, 1 or 2 and says what went wrong from the
place that knows: no traceback, no "unexpected failure" (the last-resort line of
`main`), and never a commenter's e-mail or IP address in what it prints on standard
error. Runs are in-process (`main([...])`) for speed, plus a few through the real entry
point.
"""

from __future__ import annotations

import argparse
import io
import json
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from tests.read_only import read_only

from newsdesk.cli import newsroom_commands
from newsdesk.cli.main import build_parser, main
from newsdesk.services.comments import CommentQuery
from newsdesk.services.demo import load_demo
from newsdesk.services.newsroom import open_newsroom

SEED_SLUG = "us-and-russian-authorities-show-desire-to-improve-relations"
LAST_RESORT = "unexpected failure"

HOSTILE_TEXT = (
    "9" * 30,  # no 64-bit column holds it
    "9223372036854775808",  # one past the largest
    "-1",
    "0",
    "",
    "   ",
    "²",  # isdigit(), yet int() refuses it
    "١٢",
    "x" * 5000,
    "'; DROP TABLE comments; --",
    "%s%n{0}\\",
    "\u202e\u2028\u0085\x1b[2J",
    "\udcff",  # a byte of another encoding, as Python hands argv on
)


def leaf_commands(
    parser: argparse.ArgumentParser, path: tuple[str, ...] = ()
) -> Iterator[tuple[tuple[str, ...], argparse.ArgumentParser]]:
    """(command words, its parser) for every command that runs something."""
    groups = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
    if not groups:
        yield path, parser
        return
    for name, sub in groups[0].choices.items():
        yield from leaf_commands(sub, (*path, name))


COMMANDS = dict(leaf_commands(build_parser()[0]))
COMMAND_IDS = [" ".join(words) for words in COMMANDS]


@dataclass
class Places:
    """Paths a command may be handed, each hostile in its own way."""

    root: Path

    def paths(self) -> dict[str, Path]:
        text = self.root / "a-file.txt"
        text.write_text("just text\n")
        folder = self.root / "a-folder"
        folder.mkdir(exist_ok=True)
        return {
            "a file": text,
            "a folder": folder,
            "missing": self.root / "missing" / "deeper" / "x.out",
            "through a file": text / "sub",
            "cannot be made": Path("/proc/newsdesk-nowhere/x.out"),
            "empty": Path(""),
        }

    def files(self) -> dict[str, Path]:
        contents: dict[str, bytes] = {
            "empty": b"",
            "binary": bytes(range(256)) * 8,
            "latin-1": "Renée écrit\n".encode("latin-1"),
            "lone surrogate": b'{"article": "x", "body": "\\ud800"}\n',
            "deep nesting": b"[" * 200_000 + b"]" * 200_000 + b"\n",
            "deep markup": b"<div>" * 100_000 + b"\n",
            "byte order mark": b'\xef\xbb\xbf{"article": "x"}\n',
            "line separators": '{"body": "a\u2028b\u0085c"}\n'.encode(),
            "huge numbers": b'{"article": ' + b"9" * 5000 + b', "time": 1e999999}\n',
            "nul": b'{"body": "\\u0000"}\n{"a": "\x00"}\n',
            "entities": b'<?xml version="1.0"?><!DOCTYPE r [<!ENTITY a "aaaaaaaaaa">'
            b'<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]><rss>&b;</rss>\n',
            "only line ends": b"\n\r\n\n",
        }
        folder = self.root / "files"
        folder.mkdir(exist_ok=True)
        files: dict[str, Path] = {}
        for name, data in contents.items():
            files[name] = folder / name.replace(" ", "-")
            files[name].write_bytes(data)
        return files


def argv_for(
    words: tuple[str, ...],
    parser: argparse.ArgumentParser,
    *,
    text: str | None = None,
    path: Path | None = None,
    option: str | None = None,
    benign_path: Path,
) -> list[str]:
    """The command with `text` (or `path`) in every positional place and `option` as
    every free option's value; the rest benign, choices valid, flags on."""
    argv = list(words)
    positionals: list[str] = []
    for action in parser._actions:
        if isinstance(action, argparse._HelpAction) or action.dest == "database":
            continue
        if not action.option_strings:
            if action.type is Path:
                positionals.append(str(path if path is not None else benign_path))
            elif text is not None:
                positionals.append(text)
            else:
                positionals.append({"article": SEED_SLUG, "ids": "1"}.get(action.dest, "nd_x"))
        elif action.nargs == 0:
            argv.append(action.option_strings[-1])
        elif action.choices:
            argv += [action.option_strings[-1], str(next(iter(action.choices)))]
        elif option is not None:
            argv.append(f"{action.option_strings[-1]}={option}")
    return [*argv, *positionals]


@pytest.fixture(scope="module")
def demo_template(tmp_path_factory: pytest.TempPathFactory, sqlite_template: Path) -> Path:
    path = tmp_path_factory.mktemp("hostile") / "demo.sqlite"
    shutil.copy(sqlite_template, path)
    newsroom = open_newsroom(f"sqlite:///{path}")
    load_demo(newsroom)
    newsroom.close()
    return path


def private_of(url: str) -> set[str]:
    """Every commenter's e-mail and IP address in the newsroom."""
    newsroom = open_newsroom(url)
    try:
        comments = newsroom.comments.list_comments(CommentQuery(status=None))
    finally:
        newsroom.close()
    return {c.author_email for c in comments if c.author_email} | {c.ip for c in comments if c.ip}


class Runner:
    def __init__(self, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
        self._capsys = capsys
        self._monkeypatch = monkeypatch
        self.private: set[str] = set()
        self.problems: list[str] = []

    def __call__(self, *argv: str) -> tuple[int, str, str]:
        self._monkeypatch.setattr(sys, "stdin", io.StringIO(""))
        try:
            code = main(list(argv))
        except SystemExit as leaving:  # argparse refusing an argument: its usage line, exit 2
            code = leaving.code if isinstance(leaving.code, int) else 2
        captured = self._capsys.readouterr()
        self.check(argv, code, captured.err)
        return code, captured.out, captured.err

    def check(self, argv: tuple[str, ...] | list[str], code: int, err: str) -> None:
        shown = " ".join(repr(a) if len(a) < 60 else repr(a[:60] + "…") for a in argv)
        if code not in (0, 1, 2):
            self.problems.append(f"{shown}: exit {code}")
        if "Traceback" in err:
            self.problems.append(f"{shown}: traceback\n{err}")
        if LAST_RESORT in err:
            self.problems.append(f"{shown}: {err.strip()}")
        leaked = sorted(p for p in self.private if p in err)
        if leaked:
            self.problems.append(f"{shown}: shows {leaked}")

    def assert_clean(self) -> None:
        assert not self.problems, "\n".join(self.problems)


@pytest.fixture
def run(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> Iterator[Runner]:
    monkeypatch.chdir(tmp_path)  # "" as a path is the current folder: keep it a throwaway
    monkeypatch.setattr("newsdesk.app.run_app", lambda _url: pytest.fail("the window opened"))
    runner = Runner(capsys, monkeypatch)
    yield runner
    runner.assert_clean()


@pytest.fixture
def demo_url(demo_template: Path, tmp_path: Path) -> str:
    path = tmp_path / "newsroom" / "demo.sqlite"
    path.parent.mkdir()
    shutil.copy(demo_template, path)
    return f"sqlite:///{path}"


@pytest.mark.parametrize("words", list(COMMANDS), ids=COMMAND_IDS)
def test_hostile_arguments(
    words: tuple[str, ...], run: Runner, demo_url: str, tmp_path: Path
) -> None:
    parser = COMMANDS[words]
    run.private = private_of(demo_url)
    places = Places(tmp_path)
    benign = tmp_path / "out" / "benign"
    database = ["--database", demo_url]
    for text in HOSTILE_TEXT:
        run(*database, *argv_for(words, parser, text=text, benign_path=benign))
    for text in ("9" * 30, "", "x" * 5000, "\u202e\x1b[2J", "\udcff"):
        run(*database, *argv_for(words, parser, option=text, benign_path=benign))
    if any(a.type is Path for a in parser._actions):
        for path in [*places.paths().values(), *places.files().values()]:
            run(*database, *argv_for(words, parser, path=path, benign_path=benign))


@pytest.mark.parametrize("words", list(COMMANDS), ids=COMMAND_IDS)
def test_hostile_databases(
    words: tuple[str, ...], run: Runner, demo_url: str, tmp_path: Path
) -> None:
    parser = COMMANDS[words]
    run.private = private_of(demo_url)
    argv = argv_for(words, parser, benign_path=tmp_path / "out" / "benign")
    text = tmp_path / "letter.txt"
    text.write_text("Dear editor")
    for database in (
        f"sqlite:///{tmp_path / 'no-such-newsroom.sqlite'}",
        f"sqlite:///{tmp_path}",
        f"sqlite:///{text}",
        "",
        " ",
        "not a url",
        "mysql://root@127.0.0.1/newsroom",
        "postgresql://nobody@127.0.0.1:1/newsroom",
    ):
        code, _, _ = run("--database", database, *argv)
        creates = "no-such" in database and words[0] in newsroom_commands.CREATING
        assert code == (0 if creates else 2), (database, argv)
    assert (tmp_path / "no-such-newsroom.sqlite").exists() == (words[0] in {"demo", "migrate"})
    demo = Path(demo_url.removeprefix("sqlite:///"))
    before = demo.read_bytes()
    for folder_too in (False, True):
        with read_only(demo, folder_too=folder_too):
            run("--database", demo_url, *argv)
    assert demo.read_bytes() == before


def test_every_command_is_covered() -> None:
    """The enumeration finds the commands, so a new one cannot slip past these tests."""
    assert {
        "articles show",
        "comments ingest",
        "check",
        "export site",
        "export wxr",
        "serve comments",
    } <= set(COMMAND_IDS)


# ---- comments ingest: any line content --------------------------------------------------------


def _utf8(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


EMAILS = st.from_regex(r"\A[a-z]{1,8}@[a-z]{1,8}\.(org|net)\Z")
IPS = st.ip_addresses().map(str)
ANY_TEXT = st.text(st.characters(codec=None), max_size=40)  # surrogates, NUL, separators
FIELD = st.one_of(ANY_TEXT, st.integers(), st.floats(), st.none(), st.booleans())
RECORD = st.fixed_dictionaries(
    {
        "article": st.one_of(st.just(SEED_SLUG), st.integers(), ANY_TEXT),
        "name": st.one_of(st.just("Rita"), ANY_TEXT),
        "email": EMAILS,
        "body": st.one_of(ANY_TEXT, st.just("A remark")),
        "ip": st.one_of(IPS, st.just("")),
    },
    optional={"time": FIELD, "website": FIELD, "extra": FIELD},
)
LINE = st.one_of(
    RECORD.map(json.dumps),  # ASCII: a surrogate or a NUL as an escape
    RECORD.map(lambda r: json.dumps(r, ensure_ascii=False)).filter(_utf8),
    st.text(st.characters(codec="utf-8", exclude_characters="\n\ufeff"), max_size=60),
    st.lists(st.integers(), max_size=3).map(json.dumps),
)
SUMMARY = re.compile(r"^(?P<taken>[\d,]+) comments? taken .*; (?P<refused>[\d,]+) refused$")


@settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(lines=st.lists(LINE, min_size=1, max_size=12), crlf=st.booleans(), bom=st.booleans())
def test_ingest_takes_or_refuses_each_line_once(
    lines: list[str], crlf: bool, bom: bool, run: Runner, demo_url: str, tmp_path: Path
) -> None:
    """Each line that is not blank is taken or refused, once, under its own number."""
    path = tmp_path / "lines.jsonl"
    text = ("\r\n" if crlf else "\n").join(lines) + "\n"
    path.write_bytes((b"\xef\xbb\xbf" if bom else b"") + text.encode("utf-8"))
    run.private = set()
    for line in lines:
        try:
            record = json.loads(line)
        except ValueError:
            continue
        if isinstance(record, dict):
            run.private |= {str(v) for v in (record.get("email"), record.get("ip")) if v}
    code, out, err = run("--database", demo_url, "comments", "ingest", str(path))
    summary = SUMMARY.match(out.strip())
    assert code in (0, 1) and summary, (out, err)
    prefix = f"{path}:"
    refused = [
        int(line[len(prefix) :].split(":")[0])
        for line in err.split("\n")
        if ": refused: " in line  # the others say what was cleaned from a line taken
    ]
    written = [n for n, line in enumerate(lines, start=1) if line.removesuffix("\r").strip()]
    assert len(set(refused)) == len(refused) and set(refused) <= set(written)
    taken = int(summary["taken"].replace(",", ""))
    assert taken + int(summary["refused"].replace(",", "")) == len(written)
    assert code == (1 if refused else 0)


# ---- the real entry point ---------------------------------------------------------------------


def newsdesk(*argv: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    return subprocess.run(
        [sys.executable, "-m", "newsdesk", *argv],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )


def test_the_entry_point_answers_in_one_line(demo_url: str, tmp_path: Path) -> None:
    text = tmp_path / "a-file.txt"
    text.write_text("not a folder")
    surrogate = tmp_path / "surrogate.jsonl"
    surrogate.write_text(
        json.dumps({"article": SEED_SLUG, "name": "R", "email": "r@x.org", "body": "\ud800"})
        + "\n"
        + json.dumps({"article": SEED_SLUG, "name": "R", "email": "r@x.org", "body": "Hi\x00"})
        + "\n"
    )
    cases = [
        (["articles", "show", "9" * 30], 1, "No story has the id or slug"),
        (["comments", "approve", "9" * 30], 1, "No comment has the id"),
        (["export", "site", str(text)], 2, "is a file, not a folder"),
        (["export", "wxr", "/proc/newsdesk-nowhere.xml"], 2, "Cannot write"),
        # A half surrogate pair and a NUL are removed and said (the first comment is then
        # empty, so refused: exit 1).
        (["comments", "ingest", str(surrogate)], 1, "surrogate.jsonl:2: removed 1 control"),
    ]
    for argv, code, message in cases:
        result = newsdesk("--database", demo_url, *argv)
        assert result.returncode == code, (argv, result.stderr)
        assert message in result.stderr and "Traceback" not in result.stderr
    missing = newsdesk("--database", f"sqlite:///{tmp_path / 'typo.sqlite'}", "articles", "list")
    assert missing.returncode == 2
    assert missing.stderr.startswith("newsdesk: No newsroom at ")
    assert missing.stderr.count("\n") == 1


# ---- both databases -----------------------------------------------------------------------------


def test_hostile_story_and_comment_references_on_both_databases(
    database_url: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    newsroom = open_newsroom(database_url)
    load_demo(newsroom)
    newsroom.close()
    runner = Runner(capsys, monkeypatch)
    runner.private = private_of(database_url)
    for text in HOSTILE_TEXT:
        for argv in (
            ["articles", "show", text],
            ["check", text],
            ["comments", "approve", text],
            ["comments", "list", f"--article={text}"],
            ["articles", "list", f"--section={text}", f"--search={text}"],
        ):
            code, _, _ = runner("--database", database_url, *argv)
            assert code in (1, 2) or (code == 0 and argv[1] == "list"), argv
    runner.assert_clean()
