# /// script
# requires-python = ">=3.11"
# [tool.guide]
# timings = { "producer done" = 0.4, "consumer done" = 1.0 }
# ///
import asyncio
import time

START = time.perf_counter()


def now() -> str:
    return f"{time.perf_counter() - START:.1f} s"


async def producer(queue: asyncio.Queue[int]) -> None:
    for item in range(1, 6):
        await queue.put(item)  # (1)!
        print(f"{now()}  put {item}, queue size {queue.qsize()}")
    print(f"producer done: {now()}")


async def consumer(queue: asyncio.Queue[int]) -> None:
    for _ in range(5):
        item = await queue.get()
        print(f"{now()}      took {item}")
        await asyncio.sleep(0.2)  # slow work
        queue.task_done()
    print(f"consumer done: {now()}")


async def main() -> None:
    queue: asyncio.Queue[int] = asyncio.Queue(maxsize=2)  # (2)!
    async with asyncio.TaskGroup() as tg:
        tg.create_task(producer(queue))
        tg.create_task(consumer(queue))


asyncio.run(main())
