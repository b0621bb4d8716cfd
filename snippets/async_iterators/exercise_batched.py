# /// script
# requires-python = ">=3.11"
# ///
import asyncio
from collections.abc import AsyncIterable, AsyncIterator


async def events() -> AsyncIterator[str]:
    for n in range(1, 8):
        await asyncio.sleep(0.01)  # events arrive one by one
        yield f"event-{n}"


async def batched(source: AsyncIterable[str], size: int) -> AsyncIterator[list[str]]:
    batch: list[str] = []
    async for item in source:
        batch.append(item)
        if len(batch) == size:
            yield batch  # (1)!
            batch = []
    if batch:
        yield batch  # (2)!


async def main() -> None:
    async for batch in batched(events(), 3):
        print(batch)


asyncio.run(main())
