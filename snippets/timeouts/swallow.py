# /// script
# requires-python = ">=3.11"
# [tool.guide]
# timings = { took = 0.5 }
# ///
import asyncio
import time


async def stubborn() -> str:
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:  # (1)!
        print("  stubborn: ignoring the cancellation")
    await asyncio.sleep(0.4)
    return "finished anyway"


async def main() -> None:
    print("under asyncio.timeout(0.1):")
    start = time.perf_counter()
    async with asyncio.timeout(0.1):
        result = await stubborn()
    print(f"  no TimeoutError, took {time.perf_counter() - start:.1f} s, got {result!r}")

    print("after task.cancel():")
    task = asyncio.create_task(stubborn())
    await asyncio.sleep(0.1)
    task.cancel()
    result = await task
    print(f"  await task returned {result!r}, task.cancelled() = {task.cancelled()}")


asyncio.run(main())
