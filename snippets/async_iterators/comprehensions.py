# /// script
# requires-python = ">=3.11"
# [tool.guide]
# timings = { "one by one" = 0.3, "gather" = 0.1 }
# ///
import asyncio
import time
from collections.abc import AsyncIterator


async def users() -> AsyncIterator[str]:
    for name in ("ann", "ben", "cat"):
        await asyncio.sleep(0.01)
        yield name


async def profile(name: str) -> str:
    await asyncio.sleep(0.1)  # a request per user
    return name.upper()


async def main() -> None:
    names = [name async for name in users()]  # (1)!
    print(names)
    print({name: len(name) async for name in users() if name != "ben"})  # (2)!

    start = time.perf_counter()
    profiles = [await profile(name) for name in names]  # (3)!
    print(f"one by one: {time.perf_counter() - start:.1f} s {profiles}")

    start = time.perf_counter()
    profiles = await asyncio.gather(*(profile(name) for name in names))  # (4)!
    print(f"gather: {time.perf_counter() - start:.1f} s {profiles}")


asyncio.run(main())
