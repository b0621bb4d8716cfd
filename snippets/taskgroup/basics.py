# /// script
# requires-python = ">=3.11"
# [tool.guide]
# timings = { together = 0.3 }
# ///
import asyncio
import time


async def fetch(name: str, delay: float) -> str:
    await asyncio.sleep(delay)
    print(f"  {name} finished")
    return f"{name} done"


async def main() -> None:
    start = time.perf_counter()
    async with asyncio.TaskGroup() as tg:  # (1)!
        a = tg.create_task(fetch("a", 0.3))
        b = tg.create_task(fetch("b", 0.2))
        c = tg.create_task(fetch("c", 0.1))
        print("all three started")  # (2)!
    print(f"together: {time.perf_counter() - start:.1f} s")  # (3)!
    print([a.result(), b.result(), c.result()])


asyncio.run(main())
