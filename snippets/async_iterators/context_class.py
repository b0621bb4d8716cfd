# /// script
# requires-python = ">=3.11"
# ///
import asyncio


class Connection:
    def __init__(self, name: str) -> None:
        self.name = name

    async def __aenter__(self) -> "Connection":  # (1)!
        await asyncio.sleep(0.1)  # connecting
        print(f"{self.name}: connected")
        return self  # (2)!

    async def __aexit__(self, exc_type, exc, tb) -> bool:  # (3)!
        await asyncio.sleep(0.1)  # saying goodbye to the server
        print(f"{self.name}: closed, exception: {exc_type.__name__ if exc_type else None}")
        return False  # (4)!

    async def query(self, sql: str) -> str:
        await asyncio.sleep(0.1)
        return f"result of {sql!r}"


async def main() -> None:
    async with Connection("db") as conn:
        print(await conn.query("SELECT 1"))
    try:
        async with Connection("db") as conn:
            raise ValueError("bad query")
    except ValueError as exc:
        print(f"caught: {exc}")


asyncio.run(main())
