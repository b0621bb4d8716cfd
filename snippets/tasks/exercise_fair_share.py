# /// script
# requires-python = ">=3.11"
# ///
import asyncio


async def check(item: int) -> bool:
    return item % 7 != 0  # never suspends


async def validate(items: range) -> int:
    bad = 0
    for n, item in enumerate(items, start=1):
        if not await check(item):
            bad += 1
        if n % 10 == 0:
            print(f"  validate: {n} items checked")
            await asyncio.sleep(0)  # (1)!
    return bad


async def heartbeat(beats: int) -> None:
    for _ in range(beats):
        print("  heartbeat")
        await asyncio.sleep(0)


async def main() -> None:
    bad, _ = await asyncio.gather(validate(range(1, 31)), heartbeat(3))
    print("bad items:", bad)


asyncio.run(main())
