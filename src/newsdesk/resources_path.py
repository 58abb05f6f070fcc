"""Where the bundled resources (demo newsroom, templates, CSS) are found.

In an installed wheel they sit inside the package (``newsdesk/resources``); in a source
checkout, including an editable install, they sit at the repository root.
"""

from __future__ import annotations

from pathlib import Path

import newsdesk

_INSTALLED = Path(newsdesk.__file__).parent / "resources"
_CHECKOUT = Path(__file__).resolve().parents[2] / "resources"


def resource_path(*parts: str) -> Path:
    base = _INSTALLED if _INSTALLED.is_dir() else _CHECKOUT
    return base.joinpath(*parts)
