# /// script
# requires-python = ">=3.11"
# [tool.guide]
# timings = { "no maxsize" = 0.0, "maxsize=2" = 0.4 }
# ///
import asyncio
import time


# --8<-- [start:relay]
async def relay(queue: asyncio.Queue) -> None:
    start = time.perf_counter()
    most = 0

    async def model() -> None:  # fast: 20 tokens, no waiting
        nonlocal most
        for i in range(20):
            await queue.put(f"t{i}")  # (1)!
            most = max(most, queue.qsize())
        await queue.put(None)
        print(f"model done after {time.perf_counter() - start:.1f} s,", end=" ")

    async def sender() -> None:  # slow: a client on a bad network
        while await queue.get() is not None:
            await asyncio.sleep(0.02)

    async with asyncio.TaskGroup() as tg:
        tg.create_task(model())
        tg.create_task(sender())
    print(f"at most {most} tokens waiting")


async def main() -> None:
    for label, queue in [("no maxsize", asyncio.Queue()), ("maxsize=2", asyncio.Queue(maxsize=2))]:
        print(f"{label}:", end=" ")
        await relay(queue)


asyncio.run(main())
# --8<-- [end:relay]
