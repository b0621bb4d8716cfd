# /// script
# requires-python = ">=3.11"
# ///
import asyncio


async def step(i: int) -> int:
    return i * i  # no await inside: calling it never suspends anything


# --8<-- [start:bug]
async def crunch_bug() -> None:
    for i in range(3):
        await step(i)
        print(f"step {i}")
# --8<-- [end:bug]


# --8<-- [start:fix]
async def crunch_fix() -> None:
    for i in range(3):
        await step(i)
        print(f"step {i}")
        await asyncio.sleep(0)  # a real suspension: other tasks get a turn
# --8<-- [end:fix]


async def heartbeat() -> None:
    print("heartbeat")


async def main() -> None:
    for crunch in (crunch_bug, crunch_fix):
        print(f"-- {crunch.__name__}")
        beat = asyncio.create_task(heartbeat())
        await crunch()
        await beat


asyncio.run(main())
