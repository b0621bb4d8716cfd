# /// script
# requires-python = ">=3.11"
# [tool.guide]
# timings = { "all jobs done" = 0.6 }
# ///
import asyncio
import time


async def worker(name: str, queue: asyncio.Queue[int]) -> None:
    while True:  # (1)!
        job = await queue.get()  # (2)!
        try:
            await asyncio.sleep(0.2)  # the work itself
            print(f"{name} finished job {job}")
        finally:
            queue.task_done()  # (3)!


async def main() -> None:
    queue: asyncio.Queue[int] = asyncio.Queue()
    for job in range(1, 10):
        queue.put_nowait(job)

    start = time.perf_counter()
    async with asyncio.TaskGroup() as tg:
        workers = [tg.create_task(worker(f"worker-{n}", queue)) for n in range(3)]
        await queue.join()  # (4)!
        for w in workers:
            w.cancel()  # (5)!
    print(f"all jobs done: {time.perf_counter() - start:.1f} s")


asyncio.run(main())
