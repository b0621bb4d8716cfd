# /// script
# requires-python = ">=3.11"
# ///
import asyncio

DONE = None  # (1)!


async def worker(name: str, queue: asyncio.Queue[int | None]) -> None:
    while (job := await queue.get()) is not DONE:  # (2)!
        await asyncio.sleep(0.1)
        print(f"{name} finished job {job}")
    print(f"{name} stops")


async def main() -> None:
    queue: asyncio.Queue[int | None] = asyncio.Queue()
    async with asyncio.TaskGroup() as tg:
        for n in range(2):
            tg.create_task(worker(f"worker-{n}", queue))
        for job in range(1, 5):
            await queue.put(job)
        for _ in range(2):
            await queue.put(DONE)  # (3)!


asyncio.run(main())
