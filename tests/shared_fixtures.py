"""Where the shared fixtures (WordPress exports, IPTC ninjs schemas) are on this machine.

They sit beside the repository in `../shared/fixtures`; a clone elsewhere finds them
through $NEWSDESK_SHARED_FIXTURES, a `shared/fixtures` folder beside any parent folder,
or the machine's usual `/work/shared/fixtures`.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

REPO_ROOT = Path(__file__).resolve().parents[1]
USUAL_PLACE = Path("/work/shared/fixtures")


def find_shared_fixtures() -> Path:
    """The folder if found, else where it was expected (callers check `is_dir()`)."""
    configured = os.environ.get("NEWSDESK_SHARED_FIXTURES")
    if configured:
        return Path(configured)
    for parent in REPO_ROOT.parents:
        candidate = parent / "shared" / "fixtures"
        if candidate.is_dir():
            return candidate
    return USUAL_PLACE


def shared_fixtures() -> Path:
    """The folder; skips the test when it is missing (fails under CI, where it must be)."""
    folder = find_shared_fixtures()
    if not folder.is_dir():
        if os.environ.get("CI"):
            pytest.fail(f"the shared fixtures are missing ({folder}); CI is set", pytrace=False)
        pytest.skip(f"the shared fixtures are missing ({folder}); set NEWSDESK_SHARED_FIXTURES")
    return folder
