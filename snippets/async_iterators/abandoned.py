# /// script
# requires-python = ">=3.11"
# ///
import asyncio
from collections.abc import AsyncIterator

pool: list[AsyncIterator[int]] = []  # lives longer than main(), like a cache or a pool


async def numbers(tag: str) -> AsyncIterator[int]:
    try:
        for n in range(3):
            yield n
    finally:
        await asyncio.sleep(0)  # async clean-up, e.g. closing a connection
        print(f"{tag}: finally")


async def main() -> None:
    async for _ in numbers("A"):  # (1)!
        break
    print("A: left the loop")

    b = numbers("B")
    pool.append(b)  # (2)!
    async for _ in b:
        break
    print("B: left the loop")

    c = numbers("C")  # (3)!
    async for _ in c:
        break
    print("C: left the loop")

    await asyncio.sleep(0.1)
    print("main returns")


asyncio.run(main())  # (4)!
print("asyncio.run returned")
