# /// script
# requires-python = ">=3.11"
# dependencies = ["pytest==9.2.0"]
# ///
import asyncio
import selectors
import time

import pytest


# --8<-- [start:code]
async def ask(replies: asyncio.Queue, timeout: float = 60.0) -> str:
    """The code under test: gives up after `timeout` seconds."""
    async with asyncio.timeout(timeout):
        return await replies.get()
# --8<-- [end:code]


# --8<-- [start:loop]
class JumpingSelector(selectors.DefaultSelector):
    """A fake clock that jumps ahead whenever the loop would sleep."""

    now = 0.0

    def select(self, timeout=None):
        events = super().select(0)  # (1)!
        if events or timeout == 0:
            return events
        if timeout is None:  # (2)!
            return super().select(None)
        self.now += timeout  # (3)!
        return []


class TimeTravelLoop(asyncio.SelectorEventLoop):
    def __init__(self) -> None:
        self.clock = JumpingSelector()
        super().__init__(self.clock)

    def time(self) -> float:  # (4)!
        return self.clock.now
# --8<-- [end:loop]


# --8<-- [start:tests]
def test_small_timeout():  # (1)!
    with pytest.raises(TimeoutError):
        asyncio.run(ask(asyncio.Queue(), timeout=0.01))


@pytest.fixture
def runner():
    with asyncio.Runner(loop_factory=TimeTravelLoop) as runner:  # (2)!
        yield runner


def test_gives_up_after_60_seconds(runner):
    started = time.monotonic()
    with pytest.raises(TimeoutError):
        runner.run(ask(asyncio.Queue()))
    assert runner.get_loop().time() == 60.0  # (3)!
    assert time.monotonic() - started < 1.0  # (4)!


def test_reply_after_59_seconds(runner):
    async def scenario():
        replies = asyncio.Queue()
        asyncio.get_running_loop().call_later(59, replies.put_nowait, "pong")
        return await ask(replies)

    assert runner.run(scenario()) == "pong"
    assert runner.get_loop().time() == 59.0
# --8<-- [end:tests]


if __name__ == "__main__":
    import os
    import sys

    here = os.path.dirname(os.path.abspath(__file__))
    args = [__file__, "-v", "--no-header",
            "-c", os.devnull, "--confcutdir", here,
            "--disable-plugin-autoload", "-p", "no:cacheprovider"]
    sys.exit(pytest.main(args))
