"""So many posts a minute from one address, then the seconds to wait."""

from __future__ import annotations

from newsdesk.web.rate_limit import RateLimit


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_the_limit_holds_one_address_and_lets_others_through() -> None:
    clock = Clock()
    limit = RateLimit(3, 60, clock=clock)
    assert [limit.wait("a") for _ in range(3)] == [0, 0, 0]
    assert limit.wait("a") == 60
    assert limit.wait("b") == 0
    clock.now += 45
    assert limit.wait("a") == 15
    clock.now += 15
    assert limit.wait("a") == 0  # the first post left the window


def test_refused_posts_do_not_extend_the_wait() -> None:
    clock = Clock()
    limit = RateLimit(1, 60, clock=clock)
    assert limit.wait("a") == 0
    for _ in range(100):
        clock.now += 0.5
        limit.wait("a")
    clock.now = 1060
    assert limit.wait("a") == 0


def test_memory_stays_bounded_under_many_addresses() -> None:
    clock = Clock()
    limit = RateLimit(2, 60, clock=clock, keep=1000)
    for number in range(10_000):
        clock.now += 0.001
        limit.wait(f"address-{number}")
    assert len(limit._times) <= 1000
