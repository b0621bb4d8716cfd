# /// script
# requires-python = ">=3.11"
# [tool.guide]
# timings = { "timed out after" = 0.2, "asyncio.run returned after" = 0.6 }
# ///
import asyncio
import threading
import time


def convert(stop: threading.Event | None = None) -> None:
    for _ in range(6):  # six slices of blocking work
        if stop is not None and stop.is_set():
            print("thread: stopped early")
            return
        time.sleep(0.1)
    print("thread: ran to the end")


# --8<-- [start:bug]
async def bug() -> None:
    start = time.perf_counter()
    try:
        await asyncio.wait_for(asyncio.to_thread(convert), 0.2)
    except TimeoutError:
        print(f"timed out after {time.perf_counter() - start:.1f} s")  # the thread runs on
# --8<-- [end:bug]


# --8<-- [start:fix]
async def fix() -> None:
    stop = threading.Event()
    try:
        await asyncio.wait_for(asyncio.to_thread(convert, stop), 0.2)
    except TimeoutError:
        stop.set()  # threads cannot be cancelled: ask the work to stop itself
        print("timed out: asked the thread to stop")
# --8<-- [end:fix]


start = time.perf_counter()
asyncio.run(bug())
print(f"asyncio.run returned after {time.perf_counter() - start:.1f} s")
asyncio.run(fix())
