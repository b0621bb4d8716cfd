# /// script
# requires-python = ">=3.11"
# [tool.guide]
# timeout = 60  # tracing 100000 tasks is slow on a busy machine
# ///
import asyncio
import tracemalloc

URLS = [f"/page/{n}" for n in range(100_000)]
LIMIT = 100


async def fetch(url: str) -> None:
    await asyncio.sleep(0)  # stands in for the real request


# --8<-- [start:measure]
async def all_up_front() -> None:
    sem = asyncio.Semaphore(LIMIT)

    async def limited(url: str) -> None:
        async with sem:
            await fetch(url)

    async with sem:  # (1)!
        tasks = [asyncio.create_task(limited(url)) for url in URLS]
        await asyncio.sleep(0)  # every task starts, then waits at the semaphore
        report("100000 tasks + a Semaphore")
    await asyncio.gather(*tasks)


async def worker_pool() -> None:
    queue: asyncio.Queue[str] = asyncio.Queue()
    for url in URLS:
        queue.put_nowait(url)  # (2)!

    async def worker() -> None:
        while True:
            url = await queue.get()
            await fetch(url)
            queue.task_done()

    workers = [asyncio.create_task(worker()) for _ in range(LIMIT)]
    await asyncio.sleep(0)
    report(f"{LIMIT} workers + a Queue")
    await queue.join()
    for w in workers:
        w.cancel()
    await asyncio.gather(*workers, return_exceptions=True)


def report(name: str) -> None:
    mib = tracemalloc.get_traced_memory()[0] / 2**20
    tracemalloc.stop()
    print(f"{name}: about {round(mib, -1) if mib >= 10 else round(mib):.0f} MiB")


for approach in [all_up_front, worker_pool]:
    tracemalloc.start()  # (3)!
    asyncio.run(approach(), debug=False)  # (4)!
# --8<-- [end:measure]
