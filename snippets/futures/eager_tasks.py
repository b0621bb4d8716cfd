# /// script
# requires-python = ">=3.12"
# ///
import asyncio


async def cached(key):
    print(f"  cached({key}) runs")  # (1)!
    return key


async def remote(key):
    print(f"  remote({key}) starts")
    await asyncio.sleep(0.1)  # (2)!
    print(f"  remote({key}) resumes")
    return key


async def demo():
    quick = asyncio.create_task(cached("x"))
    print(f"create_task(cached) returned, done = {quick.done()}")
    slow = asyncio.create_task(remote("y"))
    print(f"create_task(remote) returned, done = {slow.done()}")
    print("results:", await quick, await slow)


async def main():
    loop = asyncio.get_running_loop()
    print("== default: tasks start on a later turn of the loop")
    await demo()
    loop.set_task_factory(asyncio.eager_task_factory)  # (3)!
    print("== eager: tasks start inside create_task()")
    await demo()


asyncio.run(main())
