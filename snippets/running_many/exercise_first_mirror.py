# /// script
# requires-python = ">=3.11"
# [tool.guide]
# timings = { elapsed = 0.3 }
# ///
import asyncio
import time

# How long each mirror takes, and whether it answers or fails.
MIRRORS = {"mirror-a": (0.1, False), "mirror-b": (0.3, True), "mirror-c": (0.8, True)}


async def download(mirror: str) -> str:
    delay, works = MIRRORS[mirror]
    try:
        await asyncio.sleep(delay)
    except asyncio.CancelledError:
        print(f"  {mirror} cancelled")
        raise
    if not works:
        raise ConnectionError(f"{mirror} is down")
    return f"file from {mirror}"


async def first_success(mirrors: list[str]) -> str:
    pending = {asyncio.create_task(download(m), name=m) for m in mirrors}
    try:
        while pending:
            done, pending = await asyncio.wait(pending, return_when=asyncio.FIRST_COMPLETED)
            for task in sorted(done, key=asyncio.Task.get_name):
                if task.exception() is not None:  # a failure is "completed" too
                    print(f"  {task.get_name()} failed: {task.exception()}")
            winners = [task for task in done if task.exception() is None]
            if winners:
                return winners[0].result()
        raise ConnectionError("every mirror failed")
    finally:
        for task in pending:  # whatever is still running is our job to stop
            task.cancel()
        if pending:
            await asyncio.wait(pending)


async def main() -> None:
    start = time.perf_counter()
    print(await first_success(list(MIRRORS)))
    print(f"elapsed: {time.perf_counter() - start:.1f} s")
    try:
        await first_success(["mirror-a"])
    except ConnectionError as exc:
        print(f"ConnectionError: {exc}")


asyncio.run(main())
