# /// script
# requires-python = ">=3.11"
# [tool.guide]
# # Under `python -X dev` asyncio reports each blocking call on stderr, so run it as a reader would.
# stderr = "show"
# timings = { blocking = 3.0 }
# ///
import asyncio
import time


async def fetch(name: str) -> str:
    time.sleep(1)  # (1)!
    return f"{name} done"


async def main() -> None:
    start = time.perf_counter()
    results = await asyncio.gather(fetch("a"), fetch("b"), fetch("c"))
    print(f"blocking: {time.perf_counter() - start:.1f} s {results}")


asyncio.run(main())
