# /// script
# requires-python = ">=3.10"
# ///
import asyncio


async def load(name: str, load_time: float) -> None:
    await asyncio.sleep(load_time)
    print(f"{name} is ready")


async def play(name: str) -> None:
    print(f"{name} starts")


async def main() -> None:
    players = {"ann": 0.1, "ben": 0.3, "cat": 0.2}
    await asyncio.gather(*(load(name, t) for name, t in players.items()))  # (1)!
    await asyncio.gather(*(play(name) for name in players))  # (2)!


asyncio.run(main())
