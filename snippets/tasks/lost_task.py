# /// script
# requires-python = ">=3.11"
# [tool.guide]
# # The point is the "Task was destroyed" message asyncio writes to stderr.
# stderr = "show"
# ///
import asyncio
import gc


async def wait_for_reply(reply: asyncio.Future[str]) -> None:
    print("waiting for the reply")
    print(f"got {await reply}")  # (1)!


async def main() -> None:
    loop = asyncio.get_running_loop()
    asyncio.create_task(wait_for_reply(loop.create_future()))  # (2)!
    await asyncio.sleep(0.1)
    gc.collect()  # (3)!
    print("main goes on")


asyncio.run(main())
