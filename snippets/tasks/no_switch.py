# /// script
# requires-python = ">=3.11"
# ///
import asyncio


async def double(n: int) -> int:
    return n * 2  # (1)!


async def worker(yield_each_step: bool) -> None:
    for n in range(1, 4):
        result = await double(n)  # (2)!
        print(f"  worker: step {n} -> {result}")
        if yield_each_step:
            await asyncio.sleep(0)  # (3)!


async def ticker() -> None:
    for _ in range(3):
        print("  ticker: tick")
        await asyncio.sleep(0)


async def main() -> None:
    for yield_each_step in (False, True):
        print(f"== yield_each_step={yield_each_step}")
        await asyncio.gather(worker(yield_each_step), ticker())


asyncio.run(main())
