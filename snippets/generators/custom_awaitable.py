# /// script
# requires-python = ">=3.11"
# ///
import asyncio


class YieldOnce:
    """Gives the event loop one turn, like asyncio.sleep(0)."""

    def __await__(self):
        yield  # (1)!


class Connection:
    """Awaiting it 'connects' and gives back the connection itself."""

    def __init__(self, name):
        self.name = name

    def __await__(self):
        yield from asyncio.sleep(0.1).__await__()  # (2)!
        return self


async def polite(name):
    for i in range(3):
        print(f"{name} {i}")
        await YieldOnce()
    return name


async def main():
    print(await asyncio.gather(polite("a"), polite("b")))
    conn = await Connection("db")  # (3)!
    print("connected to", conn.name)


asyncio.run(main())
