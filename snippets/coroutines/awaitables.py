# /// script
# requires-python = ">=3.11"
# ///
import asyncio
import inspect


async def compute() -> int:
    await asyncio.sleep(0.1)
    return 42


async def main() -> None:
    loop = asyncio.get_running_loop()

    coro = compute()  # a coroutine: runs when awaited
    task = asyncio.create_task(compute())  # a Task: already scheduled
    future = loop.create_future()  # a Future: an empty slot for a result
    loop.call_later(0.1, future.set_result, "filled in later")

    for thing in (coro, task, future):
        print(f"{type(thing).__name__:<9} awaitable={inspect.isawaitable(thing)}", end="  ")
        print("->", await thing)

    try:
        await compute  # (1)!
    except TypeError as exc:
        print("TypeError:", exc)


asyncio.run(main())
