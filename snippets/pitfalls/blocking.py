# /// script
# requires-python = ">=3.11"
# [tool.guide]
# # Run as a reader would: under -X dev, debug mode would also log each blocking step on stderr.
# stderr = "show"
# timings = { "time.sleep" = 0.4, "asyncio.sleep" = 0.2 }
# ///
import asyncio
import time


# --8<-- [start:bug]
async def fetch_bug(url: str) -> None:
    time.sleep(0.2)  # blocks the whole event loop
# --8<-- [end:bug]


# --8<-- [start:fix]
async def fetch_fix(url: str) -> None:
    await asyncio.sleep(0.2)  # or: await asyncio.to_thread(blocking_call)
# --8<-- [end:fix]


async def main() -> None:
    for fetch in (fetch_bug, fetch_fix):
        start = time.perf_counter()
        await asyncio.gather(fetch("/a"), fetch("/b"))
        label = "time.sleep" if fetch is fetch_bug else "asyncio.sleep"
        print(f"two fetches with {label}: {time.perf_counter() - start:.1f} s")


asyncio.run(main())
