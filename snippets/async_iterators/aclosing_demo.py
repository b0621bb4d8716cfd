# /// script
# requires-python = ">=3.11"
# ///
import asyncio
from collections.abc import AsyncIterator
from contextlib import aclosing


async def numbers(tag: str) -> AsyncIterator[int]:
    try:
        for n in range(3):
            yield n
    finally:
        await asyncio.sleep(0)  # async clean-up, e.g. closing a connection
        print(f"{tag}: finally")


async def main() -> None:
    async with aclosing(numbers("aclosing")) as gen:  # (1)!
        async for _ in gen:
            break
    print("aclosing: left the block")

    gen = numbers("aclose")
    try:
        async for _ in gen:
            break
    finally:
        await gen.aclose()  # (2)!
    print("aclose: left the loop")


asyncio.run(main())
