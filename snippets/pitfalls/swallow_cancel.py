# /// script
# requires-python = ">=3.11"
# ///
import asyncio


# --8<-- [start:bug]
async def worker_bug() -> str:
    for _ in range(3):
        try:
            await asyncio.sleep(0.05)
        except asyncio.CancelledError:  # or a bare except:, or except BaseException:
            print("worker: cancelled? carry on")
    return "finished"
# --8<-- [end:bug]


# --8<-- [start:fix]
async def worker_fix() -> str:
    try:
        for _ in range(3):
            await asyncio.sleep(0.05)
    except asyncio.CancelledError:
        print("worker: cleaning up")
        raise  # always let the cancellation go on
    return "finished"
# --8<-- [end:fix]


async def main() -> None:
    for worker in (worker_bug, worker_fix):
        task = asyncio.create_task(worker())
        await asyncio.sleep(0.01)
        task.cancel()
        try:
            print(f"{worker.__name__}: returned {await task!r} after cancel()")
        except asyncio.CancelledError:
            print(f"{worker.__name__}: cancelled")


asyncio.run(main())
