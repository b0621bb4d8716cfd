# /// script
# requires-python = ">=3.11"
# ///
import asyncio


async def consume(queue: asyncio.Queue[str]) -> None:
    try:
        while True:
            item = await queue.get()
            print(f"  consumer: handled {item}")
            queue.task_done()
    except asyncio.CancelledError:
        print("  consumer: cancelled when the runner closed")
        raise


async def start() -> tuple[asyncio.Queue[str], asyncio.Task[None]]:
    queue: asyncio.Queue[str] = asyncio.Queue()
    consumer = asyncio.create_task(consume(queue), name="consumer")
    return queue, consumer


async def submit(queue: asyncio.Queue[str], item: str) -> None:
    await queue.put(item)
    await queue.join()  # wait until the consumer has handled it


with asyncio.Runner() as runner:  # (1)!
    queue, consumer = runner.run(start())
    for item in ("a", "b"):
        print(f"run submit({item!r})")
        runner.run(submit(queue, item))  # (2)!
    loop = runner.get_loop()
print("loop closed:", loop.is_closed(), "| consumer cancelled:", consumer.cancelled())
