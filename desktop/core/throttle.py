"""Slowing down password guessing: after three failures each further try waits longer."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field

FREE_ATTEMPTS = 3
FIRST_DELAY_SECONDS = 5
MAX_DELAY_SECONDS = 300


def delay_after(failures: int) -> int:
    """Seconds to wait after `failures` consecutive failures: 0, 0, 0, 5, 10, 20, … up to 300."""
    if failures < FREE_ATTEMPTS:
        return 0
    return int(min(MAX_DELAY_SECONDS, FIRST_DELAY_SECONDS * 2 ** (failures - FREE_ATTEMPTS)))


@dataclass
class LoginThrottle:
    """Counts consecutive failures per user name (case-insensitive) in this process."""

    clock: Callable[[], float] = time.monotonic
    _failures: dict[str, int] = field(default_factory=dict)
    _last_failure: dict[str, float] = field(default_factory=dict)

    def seconds_to_wait(self, username: str) -> int:
        key = username.casefold()
        delay = delay_after(self._failures.get(key, 0))
        if not delay:
            return 0
        remaining = self._last_failure[key] + delay - self.clock()
        return max(0, int(remaining + 0.999))

    def failed(self, username: str) -> None:
        key = username.casefold()
        self._failures[key] = self._failures.get(key, 0) + 1
        self._last_failure[key] = self.clock()

    def succeeded(self, username: str) -> None:
        key = username.casefold()
        self._failures.pop(key, None)
        self._last_failure.pop(key, None)

    def failures(self, username: str) -> int:
        return self._failures.get(username.casefold(), 0)
