# /// script
# requires-python = ">=3.11"
# [tool.guide]
# timings = { sequential = 3.0, concurrent = 1.0 }
# ///
import asyncio
import time


async def fetch(name: str) -> str:
    await asyncio.sleep(1)  # (1)!
    return f"{name} done"


# --8<-- [start:sequential]
async def sequential() -> list[str]:
    return [await fetch("a"), await fetch("b"), await fetch("c")]
# --8<-- [end:sequential]


# --8<-- [start:concurrent]
async def concurrent() -> list[str]:
    return await asyncio.gather(fetch("a"), fetch("b"), fetch("c"))  # (2)!
# --8<-- [end:concurrent]


async def main() -> None:
    for way in (sequential, concurrent):
        start = time.perf_counter()
        results = await way()
        print(f"{way.__name__}: {time.perf_counter() - start:.1f} s {results}")


asyncio.run(main())
