# /// script
# requires-python = ">=3.11"
# dependencies = ["pytest==9.2.0"]
# ///
import asyncio
import selectors

import pytest


# --8<-- [start:code]
async def retry(operation, attempts: int = 4, delay: float = 1.0):
    """Retry on ConnectionError, doubling the pause each time."""
    for attempt in range(1, attempts + 1):
        try:
            return await operation()
        except ConnectionError:
            if attempt == attempts:
                raise
            await asyncio.sleep(delay)
            delay *= 2
# --8<-- [end:code]


class JumpingSelector(selectors.DefaultSelector):
    now = 0.0

    def select(self, timeout=None):
        events = super().select(0)
        if events or timeout == 0:
            return events
        if timeout is None:
            return super().select(None)
        self.now += timeout
        return []


class TimeTravelLoop(asyncio.SelectorEventLoop):
    def __init__(self) -> None:
        self.clock = JumpingSelector()
        super().__init__(self.clock)

    def time(self) -> float:
        return self.clock.now


# --8<-- [start:tests]
@pytest.fixture
def runner():
    with asyncio.Runner(loop_factory=TimeTravelLoop) as runner:
        yield runner


def flaky(loop, failures: int, calls: list):
    """An operation that fails `failures` times, then answers "ok"."""
    async def operation():
        calls.append(loop.time())  # (1)!
        if len(calls) <= failures:
            raise ConnectionError("down")
        return "ok"
    return operation


def test_gives_up_after_four_attempts(runner):
    calls = []
    with pytest.raises(ConnectionError):
        runner.run(retry(flaky(runner.get_loop(), 99, calls)))
    assert calls == [0.0, 1.0, 3.0, 7.0]  # (2)!


def test_succeeds_on_third_attempt(runner):
    calls = []
    assert runner.run(retry(flaky(runner.get_loop(), 2, calls))) == "ok"
    assert calls == [0.0, 1.0, 3.0]
# --8<-- [end:tests]


if __name__ == "__main__":
    import os
    import sys

    here = os.path.dirname(os.path.abspath(__file__))
    args = [__file__, "-v", "--no-header",
            "-c", os.devnull, "--confcutdir", here,
            "--disable-plugin-autoload", "-p", "no:cacheprovider"]
    sys.exit(pytest.main(args))
