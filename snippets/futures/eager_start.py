# /// script
# requires-python = ">=3.14"
# ///
import asyncio


async def cached(key):
    print(f"  cached({key}) runs")
    return key


async def main():
    lazy = asyncio.create_task(cached("x"))
    print(f"create_task(cached) returned, done = {lazy.done()}")
    eager = asyncio.create_task(cached("y"), eager_start=True)  # (1)!
    print(f"create_task(cached, eager_start=True) returned, done = {eager.done()}")
    print("results:", await lazy, await eager)


asyncio.run(main())
