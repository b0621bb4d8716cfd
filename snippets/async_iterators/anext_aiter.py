# /// script
# requires-python = ">=3.11"
# ///
import asyncio
from collections.abc import AsyncIterator


async def ticks() -> AsyncIterator[int]:
    for n in range(1, 4):
        await asyncio.sleep(0.1)
        yield n


async def main() -> None:
    gen = ticks()
    print("first:", await anext(gen))  # (1)!
    async for n in gen:  # (2)!
        print("rest:", n)
    print("default:", await anext(gen, None))  # (3)!
    try:
        await anext(gen)
    except StopAsyncIteration:
        print("StopAsyncIteration")

    iterator = aiter(ticks())  # (4)!
    print("via aiter:", await anext(iterator))
    await iterator.aclose()


asyncio.run(main())
