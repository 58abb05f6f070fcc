"""At most so many posts a minute from one address, counted in the receiver's memory.

The intake has its own rule against floods (a second comment from one address within
15 s is refused), but only after a transaction; this limit turns a flood away before it
costs the database anything, with the seconds to wait (HTTP 429, Retry-After). Each
receiver process counts for itself: behind several receivers a flood gets through each
one's share.
"""

from __future__ import annotations

import math
import time
from collections import deque
from collections.abc import Callable

KEEP = 100_000
"""Addresses remembered at once; past this, those quiet for a window are forgotten."""


class RateLimit:
    def __init__(
        self,
        most: int,
        window: float = 60.0,
        *,
        clock: Callable[[], float] = time.monotonic,
        keep: int = KEEP,
    ) -> None:
        if most < 1 or window <= 0:
            raise ValueError("a rate limit lets at least one post through in some time")
        self.most = most
        self.window = window
        self._clock = clock
        self._keep = keep
        self._times: dict[str, deque[float]] = {}

    def wait(self, key: str) -> int:
        """0 when a post from `key` may go ahead now (and it is counted), else the whole
        seconds until it may."""
        now = self._clock()
        times = self._times.get(key)
        if times is None:
            if len(self._times) >= self._keep:
                self._forget(now)
            times = self._times[key] = deque()
        while times and times[0] <= now - self.window:
            times.popleft()
        if len(times) >= self.most:
            return max(1, math.ceil(times[0] + self.window - now))
        times.append(now)
        return 0

    def _forget(self, now: float) -> None:
        quiet = [
            key for key, times in self._times.items() if not times or times[-1] <= now - self.window
        ]
        for key in quiet:
            del self._times[key]
        if len(self._times) >= self._keep:  # all busy: forget the oldest half
            for key in list(self._times)[: len(self._times) // 2]:
                del self._times[key]
