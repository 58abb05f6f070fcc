"""How a command module plugs into `newsdesk`: it adds its sub-parser and names its runner.

Each module under `newsdesk.cli` owns one top-level command (`articles`, `comments`…);
`main` only collects them.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import Protocol

from newsdesk.services.newsroom import Newsroom

Runner = Callable[[Newsroom, argparse.Namespace], int]


class CommandModule(Protocol):
    def register(
        self,
        commands: argparse._SubParsersAction,  # type: ignore[type-arg]
        common: argparse.ArgumentParser,
    ) -> dict[str, Runner]: ...
