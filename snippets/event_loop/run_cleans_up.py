# /// script
# requires-python = ">=3.11"
# ///
import asyncio
import time
from collections.abc import AsyncIterator


async def worker() -> None:
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("worker: cancelled")
        raise


async def ticks() -> AsyncIterator[int]:
    try:
        for n in range(10):
            yield n
            await asyncio.sleep(0.1)
    finally:
        print("ticks: async generator closed")


def blocking_job() -> None:
    time.sleep(0.3)
    print("thread: blocking job finished")


async def current_loop() -> asyncio.AbstractEventLoop:
    return asyncio.get_running_loop()


background = set()
paused = []


async def main() -> asyncio.AbstractEventLoop:
    loop = asyncio.get_running_loop()
    background.add(asyncio.create_task(worker()))  # (1)!
    gen = ticks()
    print("first tick:", await anext(gen))
    paused.append(gen)  # (2)!
    background.add(loop.run_in_executor(None, blocking_job))  # (3)!
    print("main: returning")
    return loop


loop = asyncio.run(main())
print("after asyncio.run, loop closed:", loop.is_closed())
print("the next run gets a new loop:", asyncio.run(current_loop()) is not loop)
