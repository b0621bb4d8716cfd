# /// script
# requires-python = ">=3.11"
# [tool.guide]
# timings = { signalled = 0.2 }
# ///
import asyncio
import threading
import time


def blocking_job(loop: asyncio.AbstractEventLoop, done: asyncio.Event) -> None:
    time.sleep(0.2)  # blocking work, in its own thread
    loop.call_soon_threadsafe(done.set)  # (1)!


async def main() -> None:
    loop = asyncio.get_running_loop()
    done = asyncio.Event()
    thread = threading.Thread(target=blocking_job, args=(loop, done))
    start = time.perf_counter()
    thread.start()
    async with asyncio.timeout(2):
        await done.wait()
    print(f"signalled: {time.perf_counter() - start:.1f} s")
    thread.join()


asyncio.run(main())
