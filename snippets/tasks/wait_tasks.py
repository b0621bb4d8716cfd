# /// script
# requires-python = ">=3.11"
# ///
import asyncio


async def func(n: int) -> int:
    await asyncio.sleep(0.1)
    return n


# --8<-- [start:wait]
async def with_wait() -> list[int]:
    tasks = [asyncio.create_task(func(1)), asyncio.create_task(func(2))]  # (1)!
    await asyncio.wait(tasks)
    return [task.result() for task in tasks]  # (2)!
# --8<-- [end:wait]


# --8<-- [start:gather]
async def with_gather() -> list[int]:
    return await asyncio.gather(func(1), func(2))  # (3)!
# --8<-- [end:gather]


# --8<-- [start:taskgroup]
async def with_taskgroup() -> list[int]:
    async with asyncio.TaskGroup() as tg:  # (4)!
        tasks = [tg.create_task(func(1)), tg.create_task(func(2))]
    return [task.result() for task in tasks]
# --8<-- [end:taskgroup]


async def main() -> None:
    for way in (with_wait, with_gather, with_taskgroup):
        print(f"{way.__name__}: {await way()}")


asyncio.run(main())
