"""What the last export wrote, kept as a small text file in the output folder.

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
FORMAT = 3


def content_hash(data: bytes) -> str:
    return hashlib.blake2b(data, digest_size=16).hexdigest()


@dataclass
class Manifest:
    options: str = ""
    files: dict[str, list[str]] = field(default_factory=dict)
    """Site path → [fingerprint of its inputs, hash of its content]."""
    watermark: tuple[int, int] = (0, 0)
    """The newest comment and moderation log entry the last export had seen."""
    stale: bool = False
    """The options changed (or there was no manifest): every file is rewritten."""

    def is_current(self, path: str, fingerprint: str) -> bool:
        entry = self.files.get(path)
        return not self.stale and entry is not None and entry[0] == fingerprint

    @classmethod
    def load(cls, folder: Path, options: str) -> Manifest:
        """The manifest of the last export (a JSON header line, then one file a line)."""
        try:
            with (folder / MANIFEST_NAME).open(encoding="utf-8") as handle:
                header: Any = json.loads(handle.readline())
                lines = handle.read().split("\n")
        except (OSError, ValueError):
            return cls(options=options, stale=True)
        if not isinstance(header, dict):
            return cls(options=options, stale=True)
        files: dict[str, list[str]] = {}
        for line in lines:
            parts = line.split("\t")
            if len(parts) == 3:
                files[parts[0]] = [parts[1], parts[2]]
        stale = header.get("format") != FORMAT or header.get("options") != options
        mark = header.get("watermark") or [0, 0]
        watermark = (int(mark[0]), int(mark[1])) if len(mark) == 2 else (0, 0)
        return cls(options=options, files=files, watermark=watermark, stale=stale)

    def save(self, folder: Path) -> None:
        header = {"format": FORMAT, "options": self.options, "watermark": list(self.watermark)}
        lines = [json.dumps(header, separators=(",", ":"))]
        lines += [f"{path}\t{entry[0]}\t{entry[1]}" for path, entry in self.files.items()]
        write_atomically(folder / MANIFEST_NAME, ("\n".join(lines) + "\n").encode("utf-8"))


def write_atomically(path: Path, data: bytes) -> None:
    """Readers of the site never see half a file: write beside, then rename over."""
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(f".{path.name}.tmp")
    temporary.write_bytes(data)
    os.replace(temporary, path)
