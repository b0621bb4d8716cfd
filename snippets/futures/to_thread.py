# /// script
# requires-python = ">=3.11"
# [tool.guide]
# timings = { both = 0.2 }
# ///
import asyncio
import functools
import time


def blocking_io(name, seconds):
    time.sleep(seconds)  # stands in for a blocking client, file I/O, ...
    return f"{name} done"


async def main():
    loop = asyncio.get_running_loop()
    start = time.perf_counter()
    results = await asyncio.gather(
        asyncio.to_thread(blocking_io, "to_thread", seconds=0.2),  # (1)!
        loop.run_in_executor(  # (2)!
            None, functools.partial(blocking_io, "run_in_executor", seconds=0.2)
        ),
    )
    print(results)
    print(f"both: {time.perf_counter() - start:.1f} s")


asyncio.run(main())
