"""The offline-sync tests' newsrooms: a newsroom on the real PostgreSQL server, and
laptops on SQLite files copied from the migrated template."""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from newsdesk.services.newsroom import Newsroom, open_newsroom


@pytest.fixture
def server(postgres_url: str) -> Iterator[Newsroom]:
    opened = open_newsroom(postgres_url)
    yield opened
    opened.close()


@pytest.fixture
def make_laptop(sqlite_template: Path, tmp_path: Path) -> Iterator[Callable[[str], Newsroom]]:
    opened: list[Newsroom] = []

    def make(name: str) -> Newsroom:
        path = tmp_path / f"{name}.sqlite"
        shutil.copy(sqlite_template, path)
        laptop = open_newsroom(f"sqlite:///{path}")
        opened.append(laptop)
        return laptop

    yield make
    for laptop in opened:
        laptop.close()


@pytest.fixture
def laptop(make_laptop: Callable[[str], Newsroom]) -> Newsroom:
    return make_laptop("laptop")
