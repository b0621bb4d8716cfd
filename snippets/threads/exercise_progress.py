# /// script
# requires-python = ">=3.11"
# ///
import asyncio
import threading
import time
from collections.abc import Callable


def download(name: str, on_progress: Callable[[int], None]) -> str:  # (1)!
    for percent in (25, 50, 75, 100):
        time.sleep(0.1)
        on_progress(percent)
    return f"{name}: saved"


async def download_with_progress(name: str) -> str:
    loop = asyncio.get_running_loop()
    progress: asyncio.Queue[int | None] = asyncio.Queue()

    def report(percent: int | None) -> None:  # (2)!
        loop.call_soon_threadsafe(progress.put_nowait, percent)

    def work() -> str:
        try:
            return download(name, report)
        finally:
            report(None)  # (3)!

    job = asyncio.create_task(asyncio.to_thread(work))
    while (percent := await progress.get()) is not None:
        print(f"  {percent:3}% (printed in thread {threading.current_thread().name})")
    return await job  # (4)!


print(asyncio.run(download_with_progress("report.pdf")))
