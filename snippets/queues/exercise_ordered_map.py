# /// script
# requires-python = ">=3.11"
# [tool.guide]
# timings = { "9 items, 3 workers" = 0.6 }
# ///
import asyncio
import time
from collections.abc import Awaitable, Callable


async def slow_square(n: int) -> int:
    await asyncio.sleep(0.2 if n % 2 else 0.1)
    return n * n


async def map_with_workers(
    func: Callable[[int], Awaitable[int]], items: list[int], workers: int
) -> list[int]:
    queue: asyncio.Queue[tuple[int, int]] = asyncio.Queue()
    for index, item in enumerate(items):  # (1)!
        queue.put_nowait((index, item))
    results = [0] * len(items)

    async def worker() -> None:
        while not queue.empty():  # (2)!
            index, item = queue.get_nowait()
            results[index] = await func(item)  # (3)!

    async with asyncio.TaskGroup() as tg:
        for _ in range(workers):
            tg.create_task(worker())
    return results


async def main() -> None:
    start = time.perf_counter()
    results = await map_with_workers(slow_square, list(range(1, 10)), workers=3)
    print(results)
    print(f"9 items, 3 workers: {time.perf_counter() - start:.1f} s")


asyncio.run(main())
