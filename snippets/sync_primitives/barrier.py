# /// script
# requires-python = ">=3.11"
# [tool.guide]
# timings = { "ann starts, waited" = 0.2 }
# ///
import asyncio
import time

START = time.perf_counter()


def now() -> str:
    return f"{time.perf_counter() - START:.1f} s"


async def player(name: str, load_time: float, barrier: asyncio.Barrier) -> None:
    await asyncio.sleep(load_time)  # loading the level
    print(f"{now()}: {name} is ready")
    ready = time.perf_counter()
    await barrier.wait()  # (1)!
    print(f"{now()}: {name} starts, waited {time.perf_counter() - ready:.1f} s")


async def main() -> None:
    barrier = asyncio.Barrier(3)  # (2)!
    async with asyncio.TaskGroup() as tg:
        tg.create_task(player("ann", 0.1, barrier))
        tg.create_task(player("ben", 0.3, barrier))
        tg.create_task(player("cat", 0.2, barrier))


asyncio.run(main())
