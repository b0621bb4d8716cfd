# /// script
# requires-python = ">=3.11"
# [tool.guide]
# timings = { after = 0.2 }
# ///
import asyncio
import time


async def slow_query() -> str:
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print("slow_query: cancelled, closing the cursor")  # (1)!
        raise
    return "rows"


async def main() -> None:
    start = time.perf_counter()
    try:
        async with asyncio.timeout(0.2) as cm:
            rows = await slow_query()
            print("got", rows)
    except TimeoutError:  # (2)!
        print(f"gave up after {time.perf_counter() - start:.1f} s")
    print("cm.expired():", cm.expired())


asyncio.run(main())
