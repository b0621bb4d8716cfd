# /// script
# requires-python = ">=3.11"
# ///
import asyncio


async def fail() -> None:
    await asyncio.sleep(0.01)
    raise ValueError("boom")


async def slow(name: str) -> None:
    try:
        await asyncio.sleep(0.1)
        print(f"{name}: finished anyway")
    except asyncio.CancelledError:
        print(f"{name}: cancelled")
        raise


# --8<-- [start:bug]
async def bug() -> None:
    try:
        await asyncio.gather(fail(), slow("gather sibling"))
    except ValueError as exc:
        print("gather raised:", exc)  # ...while the sibling keeps running
    await asyncio.sleep(0.2)
# --8<-- [end:bug]


# --8<-- [start:fix]
async def fix() -> None:
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fail())
            tg.create_task(slow("TaskGroup sibling"))
    except* ValueError as group:
        print("TaskGroup raised:", group.exceptions)
# --8<-- [end:fix]


async def main() -> None:
    await bug()
    await fix()


asyncio.run(main())
