# /// script
# requires-python = ">=3.11"
# ///
import asyncio


async def fail_soon() -> None:
    await asyncio.sleep(0.1)
    raise ValueError("bad row")


async def worker(call_uncancel: bool) -> str:
    me = asyncio.current_task()
    try:
        await asyncio.sleep(1)  # a step that may be skipped
    except asyncio.CancelledError:  # (1)!
        if call_uncancel:
            me.uncancel()  # (2)!
        print(f"  step skipped, cancelling() = {me.cancelling()}")
    try:
        async with asyncio.TaskGroup() as tg:  # (3)!
            tg.create_task(fail_soon())
    except* ValueError:
        print("  ValueError from the group handled")
    await asyncio.sleep(0.1)  # the next step
    return "worker finished"


async def main() -> None:
    for call_uncancel in (False, True):
        print(f"uncancel() called: {call_uncancel}")
        task = asyncio.create_task(worker(call_uncancel))
        await asyncio.sleep(0.1)
        task.cancel()
        try:
            print(" ", await task)
        except asyncio.CancelledError:
            print("  the worker ended up cancelled")


asyncio.run(main())
