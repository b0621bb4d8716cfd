# /// script
# requires-python = ">=3.11"
# ///
import asyncio
import threading
import time


def export(stop: threading.Event | None = None) -> str:
    for part in range(1, 4):
        if stop is not None and stop.is_set():  # (1)!
            print(f"  thread: stop requested, leaving before part {part}")
            return "stopped"
        time.sleep(0.4)
        print(f"  thread: wrote part {part}")
    return "done"


async def main() -> None:
    print("cancel only the task:")
    task = asyncio.create_task(asyncio.to_thread(export))
    await asyncio.sleep(0.6)
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        print("  main: task cancelled")  # (2)!
    await asyncio.sleep(0.8)

    print("cancel the task and tell the thread:")
    stop = threading.Event()
    task = asyncio.create_task(asyncio.to_thread(export, stop))
    await asyncio.sleep(0.6)
    task.cancel()
    stop.set()  # (3)!
    try:
        await task
    except asyncio.CancelledError:
        print("  main: task cancelled")
    await asyncio.sleep(0.4)


asyncio.run(main())
