# /// script
# requires-python = ">=3.11"
# ///
import asyncio
import logging
import sys
from collections.abc import Coroutine

logging.basicConfig(stream=sys.stdout, level=logging.INFO, format="%(levelname)s %(message)s")
log = logging.getLogger("app")


background: set[asyncio.Task] = set()


def spawn(coro: Coroutine, *, name: str) -> asyncio.Task:
    task = asyncio.create_task(coro, name=name)
    background.add(task)  # (1)!
    task.add_done_callback(report)
    return task


def report(task: asyncio.Task) -> None:
    background.discard(task)
    if task.cancelled():  # (2)!
        log.info("%s was cancelled", task.get_name())
        return
    exc = task.exception()
    if exc is not None:
        log.error("%s failed", task.get_name(), exc_info=exc)  # (3)!


async def send_email(to: str, delay: float) -> None:
    await asyncio.sleep(delay)
    if "@" not in to:
        raise ValueError(f"not an email address: {to!r}")
    log.info("mail sent to %s", to)


async def main() -> None:
    spawn(send_email("ana@example.com", 0.1), name="welcome-mail")
    spawn(send_email("bob", 0.2), name="invoice-mail")
    slow = spawn(send_email("cy@example.com", 5), name="digest-mail")
    await asyncio.sleep(0.3)
    slow.cancel()
    await asyncio.gather(*background, return_exceptions=True)  # (4)!
    log.info("background tasks left: %d", len(background))


asyncio.run(main())
