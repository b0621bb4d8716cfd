# /// script
# requires-python = ">=3.11"
# ///
import asyncio


async def download() -> None:
    print("download: started")
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError as exc:
        print(f"download: cancelled, message {exc.args}")
        raise  # (1)!
    finally:
        print("download: connection closed")  # (2)!


async def main() -> None:
    task = asyncio.create_task(download())
    await asyncio.sleep(0.1)
    task.cancel("user pressed Stop")  # (3)!
    try:
        await task
    except asyncio.CancelledError:
        print("main: task.cancelled() =", task.cancelled())


asyncio.run(main())
