# /// script
# requires-python = ">=3.11"
# ///
import asyncio
from collections import Counter

outcomes: Counter[str] = Counter()
failures: list[str] = []


def tally(task: asyncio.Task) -> None:
    if task.cancelled():  # (1)!
        outcomes["cancelled"] += 1
    elif (exc := task.exception()) is not None:
        outcomes["failed"] += 1
        failures.append(f"{task.get_name()}: {exc!r}")
    else:
        outcomes["ok"] += 1


async def job(seconds: float, fail: bool) -> None:
    await asyncio.sleep(seconds)
    if fail:
        raise RuntimeError(f"gave up after {seconds} s")


async def main() -> None:
    plan = [(0.1, False), (0.2, True), (0.1, False), (1.0, False), (0.3, True)]
    tasks = []
    for number, (seconds, fail) in enumerate(plan, 1):
        task = asyncio.create_task(job(seconds, fail), name=f"job-{number}")
        task.add_done_callback(tally)
        tasks.append(task)
    await asyncio.sleep(0.5)
    tasks[3].cancel()  # job-4 is taking too long
    await asyncio.wait(tasks)  # (2)!
    print(dict(sorted(outcomes.items())))
    print("\n".join(failures))


asyncio.run(main())
