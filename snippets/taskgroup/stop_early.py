# /// script
# requires-python = ">=3.11"
# [tool.guide]
# timings = { found = 0.2 }
# ///
import asyncio
import time


class Found(Exception):  # (1)!
    """Raised only to end the group early; never leaves this module."""


async def search(place: str, delay: float, hit: bool) -> None:
    try:
        await asyncio.sleep(delay)
    except asyncio.CancelledError:
        print(f"  {place}: cancelled")
        raise
    print(f"  {place}: finished, hit = {hit}")
    if hit:
        raise Found(place)  # (2)!


async def main() -> None:
    start = time.perf_counter()
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(search("disk", 0.1, hit=False))
            tg.create_task(search("cache", 0.2, hit=True))
            tg.create_task(search("network", 1.0, hit=False))
    except* Found as group:  # (3)!
        print("found in", group.exceptions[0])
    print(f"found: {time.perf_counter() - start:.1f} s")


asyncio.run(main())
