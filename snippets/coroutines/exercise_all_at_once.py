# /// script
# requires-python = ">=3.11"
# [tool.guide]
# timings = { together = 0.3 }
# ///
import asyncio
import time


async def download(name: str, seconds: float) -> str:
    await asyncio.sleep(seconds)
    return f"{name} ({seconds} s)"


async def download_all(jobs: list[tuple[str, float]]) -> list[str]:
    tasks = [asyncio.create_task(download(name, seconds)) for name, seconds in jobs]  # (1)!
    return [await task for task in tasks]  # (2)!


async def main() -> None:
    start = time.perf_counter()
    results = await download_all([("a", 0.3), ("b", 0.1), ("c", 0.2)])
    print(results)
    print(f"together: {time.perf_counter() - start:.1f} s")


asyncio.run(main())
