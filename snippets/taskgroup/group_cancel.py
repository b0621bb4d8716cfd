# /// script
# requires-python = ">=3.15"
# [tool.guide]
# timings = { found = 0.2 }
# ///
import asyncio
import time


async def search(tg: asyncio.TaskGroup, place: str, delay: float, hit: bool) -> None:
    try:
        await asyncio.sleep(delay)
    except asyncio.CancelledError:
        print(f"  {place}: cancelled")
        raise
    print(f"  {place}: finished, hit = {hit}")
    if hit:
        print("found in", place)
        tg.cancel()  # (1)!


async def main() -> None:
    start = time.perf_counter()
    async with asyncio.TaskGroup() as tg:  # (2)!
        tg.create_task(search(tg, "disk", 0.1, hit=False))
        tg.create_task(search(tg, "cache", 0.2, hit=True))
        tg.create_task(search(tg, "network", 1.0, hit=False))
    print(f"found: {time.perf_counter() - start:.1f} s")


asyncio.run(main())
