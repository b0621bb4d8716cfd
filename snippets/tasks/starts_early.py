# /// script
# requires-python = ">=3.11"
# [tool.guide]
# timings = { coroutine = 1.0, task = 0.5 }
# ///
import asyncio
import time


async def download(label: str) -> str:
    print(f"  {label}: download starts")
    await asyncio.sleep(0.5)
    return "file"


async def other_work() -> None:
    print("  other work starts")
    await asyncio.sleep(0.5)


# --8<-- [start:coroutine]
async def with_coroutine() -> None:
    coro = download("coroutine")  # (1)!
    await other_work()
    await coro
# --8<-- [end:coroutine]


# --8<-- [start:task]
async def with_task() -> None:
    task = asyncio.create_task(download("task"))  # (2)!
    await other_work()
    await task
# --8<-- [end:task]


async def main() -> None:
    for label, way in (("coroutine", with_coroutine), ("task", with_task)):
        start = time.perf_counter()
        await way()
        print(f"{label}: {time.perf_counter() - start:.1f} s")


asyncio.run(main())
