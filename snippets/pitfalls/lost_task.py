# /// script
# requires-python = ">=3.11"
# [tool.guide]
# # The point is the "Task was destroyed" message asyncio writes to stderr.
# stderr = "show"
# ///
import asyncio
import gc


async def wait_for_reply(reply: asyncio.Future[str]) -> None:
    print(f"got {await reply}")


# --8<-- [start:bug]
async def bug() -> None:
    loop = asyncio.get_running_loop()
    asyncio.create_task(wait_for_reply(loop.create_future()))  # nobody keeps the task
    await asyncio.sleep(0.01)
    gc.collect()  # in real programs the collector runs whenever it likes
# --8<-- [end:bug]


# --8<-- [start:fix]
background: set[asyncio.Task[None]] = set()


async def fix() -> None:
    reply = asyncio.get_running_loop().create_future()
    task = asyncio.create_task(wait_for_reply(reply))
    background.add(task)  # a strong reference...
    task.add_done_callback(background.discard)  # ...dropped when the task ends
    await asyncio.sleep(0.01)
    gc.collect()
    reply.set_result("the reply")
    await asyncio.sleep(0.01)
# --8<-- [end:fix]


async def main() -> None:
    await bug()
    await fix()


asyncio.run(main())
