"""Making a newsroom file read-only for this test process, even when it runs as root.

Permissions alone do not stop root: it writes through them with CAP_DAC_OVERRIDE. While
the block runs, the calling thread gives that capability up (Linux, per thread), so
the file and folder modes apply as they would to anyone else. A read-only folder
stands in for a read-only disk: nothing can be created beside the file either.
"""

from __future__ import annotations

import ctypes
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

CAP_DAC_OVERRIDE = 1
_CAPABILITY_VERSION_3 = 0x20080522


class _Header(ctypes.Structure):
    _fields_ = [("version", ctypes.c_uint32), ("pid", ctypes.c_int)]


class _Data(ctypes.Structure):
    _fields_ = [
        ("effective", ctypes.c_uint32),
        ("permitted", ctypes.c_uint32),
        ("inheritable", ctypes.c_uint32),
    ]


def _call(name: str, header: _Header, data: ctypes.Array[_Data]) -> None:
    libc = ctypes.CDLL(None, use_errno=True)
    if getattr(libc, name)(ctypes.byref(header), data) != 0:
        error = ctypes.get_errno()
        raise OSError(error, f"{name}: {os.strerror(error)}")


@contextmanager
def _without_permission_override() -> Iterator[None]:
    if not hasattr(os, "geteuid") or os.geteuid() != 0:
        yield
        return
    if not sys.platform.startswith("linux"):
        raise RuntimeError("cannot make a file read-only for root here")
    data = (_Data * 2)()
    _call("capget", _Header(_CAPABILITY_VERSION_3, 0), data)
    saved = data[0].effective
    data[0].effective = saved & ~(1 << CAP_DAC_OVERRIDE)
    _call("capset", _Header(_CAPABILITY_VERSION_3, 0), data)
    try:
        yield
    finally:
        data[0].effective = saved
        _call("capset", _Header(_CAPABILITY_VERSION_3, 0), data)


@contextmanager
def read_only(path: Path, *, folder_too: bool = False) -> Iterator[None]:
    """`path` (and with `folder_too` its folder) read-only for this thread until the end."""
    folder = path.parent
    file_mode, folder_mode = path.stat().st_mode, folder.stat().st_mode
    path.chmod(0o444)
    if folder_too:
        folder.chmod(0o555)
    try:
        with _without_permission_override():
            yield
    finally:
        folder.chmod(folder_mode)
        path.chmod(file_mode)
