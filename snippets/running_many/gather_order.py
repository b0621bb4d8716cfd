# /// script
# requires-python = ">=3.11"
# [tool.guide]
# timings = { total = 0.3 }
# ///
import asyncio
import time


async def fetch(name: str, delay: float) -> str:
    await asyncio.sleep(delay)
    print(f"{name} finished")
    return name


async def main() -> None:
    start = time.perf_counter()
    results = await asyncio.gather(  # (1)!
        fetch("slow", 0.3),
        fetch("fast", 0.1),
        fetch("medium", 0.2),
    )
    print(f"results: {results}")  # (2)!
    print(f"total: {time.perf_counter() - start:.1f} s")


asyncio.run(main())
