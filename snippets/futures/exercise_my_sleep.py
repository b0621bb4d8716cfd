# /// script
# requires-python = ">=3.11"
# [tool.guide]
# timings = { together = 0.5 }
# ///
import asyncio
import time


async def my_sleep(delay, result=None):
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    handle = loop.call_later(delay, fut.set_result, result)  # (1)!
    try:
        return await fut
    finally:
        handle.cancel()  # (2)!


async def main():
    start = time.perf_counter()
    print(await asyncio.gather(my_sleep(0.5, "slow"), my_sleep(0.4, "fast")))
    print(f"together: {time.perf_counter() - start:.1f} s")

    try:
        async with asyncio.timeout(0.1):  # (3)!
            await my_sleep(0.3, "too late")
    except TimeoutError:
        print("timed out after 0.1 s")
    await asyncio.sleep(0.3)  # (4)!
    print("0.3 s later: no stray callback fired")


asyncio.run(main())
