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
    try:
        async with asyncio.TaskGroup() as tg:
            tasks = [
                tg.create_task(fetch("a", 0.1, fail=True), name="a"),
                tg.create_task(fetch("b", 0.5), name="b"),
                tg.create_task(fetch("c", 0.3, fail=True), name="c"),
            ]
    except* ConnectionError as group:
        print(f"caught after {time.perf_counter() - start:.1f} s: {group!r}")
    for task in tasks:
        print(f"  {task.get_name()}: {state(task)}")
# --8<-- [end:main]


asyncio.run(main())
