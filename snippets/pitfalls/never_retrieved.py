# /// script
# requires-python = ">=3.11"
# [tool.guide]
# # The point is the error asyncio logs on stderr.
# stderr = "show"
# ///
import asyncio
import gc


async def send_report() -> None:
    await asyncio.sleep(0.01)
    raise ConnectionError("mail server down")


# --8<-- [start:bug]
async def bug() -> None:
    task = asyncio.create_task(send_report())
    await asyncio.sleep(0.05)  # the task fails meanwhile; nobody looks
    del task
    gc.collect()  # the report comes only when the task is collected
# --8<-- [end:bug]


# --8<-- [start:fix]
async def fix() -> None:
    try:
        async with asyncio.TaskGroup() as tg:  # or: await the task yourself
            tg.create_task(send_report())
    except* ConnectionError as group:
        print("handled:", group.exceptions[0])
# --8<-- [end:fix]


async def main() -> None:
    await bug()
    await fix()


asyncio.run(main())
