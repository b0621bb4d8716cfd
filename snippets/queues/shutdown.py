# /// script
# requires-python = ">=3.13"
# ///
import asyncio


async def worker(name: str, queue: asyncio.Queue[int]) -> None:
    while True:
        try:
            job = await queue.get()
        except asyncio.QueueShutDown:  # (1)!
            print(f"{name} stops")
            return
        await asyncio.sleep(0.1)
        print(f"{name} finished job {job}")
        queue.task_done()


async def main() -> None:
    queue: asyncio.Queue[int] = asyncio.Queue()
    async with asyncio.TaskGroup() as tg:
        for n in range(2):
            tg.create_task(worker(f"worker-{n}", queue))
        for job in range(1, 5):
            await queue.put(job)
        queue.shutdown()  # (2)!
        try:
            await queue.put(5)
        except asyncio.QueueShutDown:
            print("put after shutdown: QueueShutDown")  # (3)!

    urgent: asyncio.Queue[int] = asyncio.Queue()
    for job in range(1, 4):
        urgent.put_nowait(job)
    urgent.shutdown(immediate=True)  # (4)!
    print(f"after shutdown(immediate=True): {urgent.qsize()} jobs left")


asyncio.run(main())
