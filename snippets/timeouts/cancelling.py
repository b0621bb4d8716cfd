# /// script
# requires-python = ">=3.11"
# ///
import asyncio


async def request() -> str:
    me = asyncio.current_task()
    try:
        async with asyncio.timeout(0.1):
            try:
                await asyncio.sleep(1)
            finally:
                print(f"  cleanup starts, cancelling() = {me.cancelling()}")  # (1)!
                try:
                    await asyncio.sleep(0.5)  # e.g. telling the server we are leaving
                except asyncio.CancelledError:
                    print(f"  cleanup interrupted, cancelling() = {me.cancelling()}")  # (2)!
                    raise
    except TimeoutError:
        print(f"  TimeoutError, cancelling() = {me.cancelling()}")  # (3)!
        return "gave up politely"
    return "done"


async def main() -> None:
    print("only the timeout fires:")
    print("  result:", await asyncio.create_task(request()))

    print("someone else cancels the task during the cleanup:")
    task = asyncio.create_task(request())
    await asyncio.sleep(0.3)
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        print("  CancelledError came out, task.cancelled() =", task.cancelled())  # (4)!


asyncio.run(main())
