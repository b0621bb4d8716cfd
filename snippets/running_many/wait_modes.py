# /// script
# requires-python = ">=3.11"
# [tool.guide]
# timings = { FIRST_COMPLETED = 0.1, FIRST_EXCEPTION = 0.4, ALL_COMPLETED = 0.8 }
# ///
import asyncio
import time


async def job(delay: float, fail: bool = False) -> str:
    await asyncio.sleep(delay)
    if fail:
        raise ValueError("b broke")
    return "ok"


def outcome(task: asyncio.Task[str]) -> str:
    error = task.exception()  # (1)!
    return repr(error) if error else task.result()


async def run(return_when: str) -> None:
    tasks = {
        asyncio.create_task(job(0.1), name="a"),
        asyncio.create_task(job(0.4, fail=True), name="b"),
        asyncio.create_task(job(0.8), name="c"),
    }
    start = time.perf_counter()
    done, pending = await asyncio.wait(tasks, return_when=return_when)  # (2)!
    elapsed = time.perf_counter() - start
    finished = [f"{t.get_name()}={outcome(t)}" for t in sorted(done, key=asyncio.Task.get_name)]
    print(f"{return_when} after {elapsed:.1f} s")
    print(f"  done:    {', '.join(finished)}")
    print(f"  pending: {sorted(t.get_name() for t in pending)}")
    for task in pending:
        task.cancel()  # (3)!
    if pending:
        await asyncio.wait(pending)


async def main() -> None:
    for return_when in (asyncio.FIRST_COMPLETED, asyncio.FIRST_EXCEPTION, asyncio.ALL_COMPLETED):
        await run(return_when)


asyncio.run(main())
