# /// script
# requires-python = ">=3.11"
# [tool.guide]
# timings = { together = 0.3 }
# ///
import asyncio
import time


def legacy_fetch(name: str) -> str:  # a blocking library call you cannot change
    time.sleep(0.3)
    return f"{name} done"


async def main() -> None:
    start = time.perf_counter()
    results = await asyncio.gather(
        asyncio.to_thread(legacy_fetch, "a"),  # (1)!
        asyncio.to_thread(legacy_fetch, "b"),
        asyncio.to_thread(legacy_fetch, "c"),
    )
    print(results)
    print(f"together: {time.perf_counter() - start:.1f} s")


asyncio.run(main())
