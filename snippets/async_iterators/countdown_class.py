# /// script
# requires-python = ">=3.11"
# ///
import asyncio


class Countdown:
    def __init__(self, start: int) -> None:
        self.current = start

    def __aiter__(self) -> "Countdown":  # (1)!
        return self

    async def __anext__(self) -> int:  # (2)!
        if self.current == 0:
            raise StopAsyncIteration  # (3)!
        await asyncio.sleep(0.1)  # e.g. waiting for the next tick
        self.current -= 1
        return self.current + 1


async def main() -> None:
    async for n in Countdown(3):  # (4)!
        print(n)
    print("liftoff")


asyncio.run(main())
