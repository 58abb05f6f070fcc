"""What the last export wrote, kept as a JSON file in the output folder.

For each file, the fingerprint of what it was made from (a story's fingerprint, or for a
listing page, a feed or a sitemap part the fingerprints of what it lists) and a hash of
its content. The next export compares and rewrites only what changed,
removes files nothing produces any more (a killed story's page), and starts over when the
options (base URL, comment form address) or the manifest's own format differ.
"""

from __future__ import annotations

import hashlib
import json
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

MANIFEST_NAME = ".newsdesk-export.json"
FORMAT = 1


def content_hash(data: bytes) -> str:
    return hashlib.blake2b(data, digest_size=16).hexdigest()


@dataclass
class Manifest:
    options: str = ""
    files: dict[str, list[str]] = field(default_factory=dict)
    """Site path → [fingerprint of its inputs, hash of its content]."""
    stale: bool = False
    """The options changed (or there was no manifest): every file is rewritten."""

    def is_current(self, path: str, fingerprint: str) -> bool:
        entry = self.files.get(path)
        return not self.stale and entry is not None and entry[0] == fingerprint

    @classmethod
    def load(cls, folder: Path, options: str) -> Manifest:
        path = folder / MANIFEST_NAME
        try:
            data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return cls(options=options, stale=True)
        files = data.get("files") if isinstance(data, dict) else None
        if not isinstance(files, dict):
            return cls(options=options, stale=True)
        stale = data.get("format") != FORMAT or data.get("options") != options
        return cls(options=options, files=files, stale=stale)

    def save(self, folder: Path) -> None:
        data = {
            "format": FORMAT,
            "options": self.options,
            "files": self.files,
        }
        write_atomically(folder / MANIFEST_NAME, json.dumps(data, separators=(",", ":")).encode())


def write_atomically(path: Path, data: bytes) -> None:
    """Readers of the site never see half a file: write beside, then rename over."""
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(f".{path.name}.tmp")
    temporary.write_bytes(data)
    os.replace(temporary, path)
