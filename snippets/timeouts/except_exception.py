# /// script
# requires-python = ">=3.11"
# ///
import asyncio


async def worker() -> None:
    try:
        await asyncio.sleep(1)
    except Exception as exc:  # (1)!
        print("worker: logged and ignored", repr(exc))


async def main() -> None:
    print("CancelledError is an Exception:", issubclass(asyncio.CancelledError, Exception))
    task = asyncio.create_task(worker())
    await asyncio.sleep(0.1)
    task.cancel()
    await asyncio.wait([task])
    print("task.cancelled():", task.cancelled())


asyncio.run(main())
