# /// script
# requires-python = ">=3.11"
# ///
import asyncio


async def wait_for_it(fut):
    print("  coroutine: awaiting the future")
    value = await fut
    print(f"  coroutine: resumed with {value!r}")
    return value.upper()


async def main():
    fut = asyncio.get_running_loop().create_future()
    coro = wait_for_it(fut)
    yielded = coro.send(None)  # (1)!
    print("send(None) handed out the future itself:", yielded is fut)
    fut.set_result("hello")  # (2)!
    try:
        coro.send(None)  # (3)!
    except StopIteration as stop:
        print("coroutine returned", repr(stop.value))


asyncio.run(main())
