# /// script
# requires-python = ">=3.11"
# [tool.guide]
# timings = { "no limit" = 0.3, "limit of 3" = 0.9 }
# ///
import asyncio
import contextlib
import time
from contextlib import AbstractAsyncContextManager


class Meter:
    """Counts how many downloads run at the same moment."""

    def __init__(self) -> None:
        self.now = self.peak = 0


async def download(limit: AbstractAsyncContextManager, meter: Meter) -> None:
    async with limit:  # (1)!
        meter.now += 1
        meter.peak = max(meter.peak, meter.now)
        await asyncio.sleep(0.3)  # the request itself
        meter.now -= 1


async def run(label: str, limit: AbstractAsyncContextManager) -> None:
    meter = Meter()
    start = time.perf_counter()
    async with asyncio.TaskGroup() as tg:
        for _ in range(9):
            tg.create_task(download(limit, meter))
    print(f"{label}: {time.perf_counter() - start:.1f} s, at most {meter.peak} at once")


async def main() -> None:
    await run("no limit", contextlib.nullcontext())  # (2)!
    await run("limit of 3", asyncio.Semaphore(3))  # (3)!


asyncio.run(main())
