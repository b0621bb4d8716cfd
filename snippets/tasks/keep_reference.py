# /// script
# requires-python = ">=3.11"
# ///
import asyncio
from collections.abc import Coroutine
from typing import Any

background_tasks: set[asyncio.Task[None]] = set()  # (1)!


def start_in_background(coro: Coroutine[Any, Any, None]) -> None:
    task = asyncio.create_task(coro)
    background_tasks.add(task)  # (2)!
    task.add_done_callback(background_tasks.discard)  # (3)!


async def send_email(to: str, delay: float) -> None:
    await asyncio.sleep(delay)
    print(f"sent to {to}")


async def main() -> None:
    start_in_background(send_email("ann", 0.2))
    start_in_background(send_email("bob", 0.1))
    print(f"running: {len(background_tasks)}")
    await asyncio.sleep(0.3)
    print(f"running: {len(background_tasks)}")


asyncio.run(main())
