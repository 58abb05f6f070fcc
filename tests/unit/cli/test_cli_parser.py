"""`newsdesk`'s command line as argparse sees it: every command module plugged in once,
the database address chosen in a known order, bad arguments refused before any work."""

from __future__ import annotations

import argparse
import importlib
import pkgutil

import pytest

import newsdesk.cli
from newsdesk import __version__
from newsdesk.cli.main import (
    COMMAND_MODULES,
    EXIT_DATABASE_ERROR,
    UsageError,
    build_parser,
    database_url,
    main,
)
from newsdesk.storage.database import default_database_url


def command_names(parser: argparse.ArgumentParser) -> set[str]:
    (commands,) = (a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    return set(commands.choices)


def test_every_module_with_commands_is_registered() -> None:
    found = {
        info.name
        for info in pkgutil.iter_modules(newsdesk.cli.__path__)
        if hasattr(importlib.import_module(f"newsdesk.cli.{info.name}"), "register")
    }
    assert found == {module.__name__.rsplit(".", 1)[1] for module in COMMAND_MODULES}


def test_every_command_has_its_runner_and_no_command_is_taken_twice() -> None:
    parser, runners = build_parser()
    assert set(runners) == command_names(parser)
    assert all(callable(runner) for runner in runners.values())
    counted = 0
    for module in COMMAND_MODULES:
        commands = argparse.ArgumentParser().add_subparsers()
        counted += len(module.register(commands, argparse.ArgumentParser(add_help=False)))
    assert counted == len(runners)


@pytest.mark.parametrize(
    "argv",
    [
        ["where"],
        ["articles", "list", "--json"],
        ["articles", "show", "my-slug"],
        ["comments", "list", "--status", "all"],
        ["check", "my-slug"],
        ["export", "site", "/tmp/site"],
        ["admin", "list-users"],
        ["offline", "status"],
    ],
)
def test_the_database_may_be_named_after_the_command(argv: list[str]) -> None:
    parser, _runners = build_parser()
    before = parser.parse_args(["--database", "sqlite:///a.sqlite", *argv])
    after = parser.parse_args([*argv, "--database", "sqlite:///a.sqlite"])
    assert before.database == after.database == "sqlite:///a.sqlite"
    assert before.command == after.command == argv[0]


def test_no_database_option_leaves_the_choice_to_the_environment() -> None:
    parser, _runners = build_parser()
    assert not hasattr(parser.parse_args(["where"]), "database")


def test_the_database_comes_from_the_option_then_the_environment_then_the_default(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv("NEWSDESK_DATABASE_URL", raising=False)
    assert database_url(argparse.Namespace()) == default_database_url()
    monkeypatch.setenv("NEWSDESK_DATABASE_URL", "sqlite:///env.sqlite")
    assert database_url(argparse.Namespace()) == "sqlite:///env.sqlite"
    given = argparse.Namespace(database="sqlite:///option.sqlite")
    assert database_url(given) == "sqlite:///option.sqlite"


@pytest.mark.parametrize("empty", ["", "   "])
def test_an_empty_database_option_is_refused(empty: str) -> None:
    with pytest.raises(UsageError, match="--database is empty"):
        database_url(argparse.Namespace(database=empty))


def test_an_empty_database_option_ends_in_one_line_and_exit_2(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["--database", "", "where"]) == EXIT_DATABASE_ERROR
    error = capsys.readouterr().err
    assert error.startswith("newsdesk: --database is empty") and error.count("\n") == 1


def test_an_argument_that_is_not_utf8_is_refused_before_any_work(
    capsys: pytest.CaptureFixture[str],
) -> None:
    undecodable = b"caf\xe9".decode("utf-8", "surrogateescape")
    assert main(["--database", "sqlite:///x.sqlite", "articles", "show", undecodable]) == 2
    assert capsys.readouterr().err == "newsdesk: The article given is not UTF-8 text\n"


def test_an_unsupported_database_is_refused_without_a_traceback(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["--database", "mysql://ann:secret@db/news", "where"]) == EXIT_DATABASE_ERROR
    error = capsys.readouterr().err
    assert error.startswith("newsdesk: Unsupported database 'mysql'")
    assert "secret" not in error and "Traceback" not in error


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exited:
        main(["--version"])
    assert exited.value.code == 0
    assert capsys.readouterr().out == f"Newsdesk {__version__}\n"


def test_an_unknown_command_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exited:
        main(["publish-everything"])
    assert exited.value.code == 2
    assert "invalid choice: 'publish-everything'" in capsys.readouterr().err
