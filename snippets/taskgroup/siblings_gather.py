# /// script
# requires-python = ">=3.11"
# [tool.guide]
# timings = { after = 0.1 }
# ///
import asyncio
import time


# --8<-- [start:workload]
async def fetch(name: str, delay: float, fail: bool = False) -> str:
    await asyncio.sleep(delay)
    if fail:
        raise ConnectionError(f"{name}: connection reset")
    return f"{name} done"


def state(task: asyncio.Task) -> str:
    if not task.done():
        return "still running"
    if task.cancelled():
        return "cancelled"
    if task.exception() is not None:
        return f"failed with {task.exception()!r}"
    return f"finished: {task.result()!r}"
# --8<-- [end:workload]


# --8<-- [start:main]
async def main() -> None:
    start = time.perf_counter()
    tasks = [
        asyncio.create_task(fetch("a", 0.1, fail=True), name="a"),
        asyncio.create_task(fetch("b", 0.5), name="b"),
        asyncio.create_task(fetch("c", 0.3, fail=True), name="c"),
    ]
    try:
        await asyncio.gather(*tasks)
    except ConnectionError as exc:
        print(f"caught after {time.perf_counter() - start:.1f} s: {exc!r}")
    for task in tasks:
        print(f"  {task.get_name()}: {state(task)}")
    await asyncio.sleep(0.5)
    print("0.5 s later:")
    for task in tasks:
        print(f"  {task.get_name()}: {state(task)}")
# --8<-- [end:main]


asyncio.run(main())
