# /// script
# requires-python = ">=3.11"
# ///
import asyncio
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager


@asynccontextmanager  # (1)!
async def connection(name: str) -> AsyncIterator[str]:
    await asyncio.sleep(0.1)  # connecting
    print(f"{name}: connected")
    try:
        yield f"<connection to {name}>"  # (2)!
    finally:  # (3)!
        await asyncio.sleep(0.1)  # closing
        print(f"{name}: closed")


async def main() -> None:
    async with connection("db") as conn:
        print(f"using {conn}")
    try:
        async with connection("db"):
            raise ValueError("bad query")
    except ValueError as exc:
        print(f"caught: {exc}")


asyncio.run(main())
