# /// script
# requires-python = ">=3.11"
# [tool.guide]
# timings = { awaited = 1.5, tasks = 1.0 }
# ///
import asyncio
import time


async def prepare(what: str, seconds: float) -> str:
    print(f"  start {what}")
    await asyncio.sleep(seconds)
    print(f"  {what} ready")
    return what


async def awaited() -> list[str]:
    coffee = await prepare("coffee", 0.5)  # (1)!
    toast = await prepare("toast", 1.0)
    return [coffee, toast]


async def tasks() -> list[str]:
    coffee_task = asyncio.create_task(prepare("coffee", 0.5))  # (2)!
    toast_task = asyncio.create_task(prepare("toast", 1.0))
    return [await coffee_task, await toast_task]  # (3)!


async def main() -> None:
    for way in (awaited, tasks):
        print(f"{way.__name__}:")
        start = time.perf_counter()
        result = await way()
        print(f"{way.__name__}: {time.perf_counter() - start:.1f} s {result}")


asyncio.run(main())
