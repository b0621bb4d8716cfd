# /// script
# requires-python = ">=3.11"
# ///
import asyncio


async def where(caller: asyncio.Task) -> str:
    if asyncio.current_task() is caller:
        return "in the caller's task"
    return "in a new task"


async def main() -> None:
    me = asyncio.current_task()
    print("wait_for ran the coroutine", await asyncio.wait_for(where(me), timeout=1))
    try:
        await asyncio.wait_for(asyncio.sleep(1), timeout=0.1)
    except TimeoutError:
        print("wait_for raised TimeoutError")


asyncio.run(main())
