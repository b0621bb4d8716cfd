# /// script
# requires-python = ">=3.10"
# [tool.guide]
# # Shows the DeprecationWarning (3.10) and the TypeError (3.11+) a reader sees.
# stderr = "show"
# ///
import asyncio


async def func(n: int) -> int:
    await asyncio.sleep(0.1)
    return n


async def main() -> None:
    coros = [func(1), func(2)]
    try:
        done, pending = await asyncio.wait(coros)
    except TypeError as exc:
        print(f"TypeError: {exc}")
        for coro in coros:
            coro.close()  # never started: close them, or Python warns "never awaited"
        return
    print(sorted(task.result() for task in done))


asyncio.run(main())
