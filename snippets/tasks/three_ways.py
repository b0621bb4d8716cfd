# /// script
# requires-python = ">=3.11"
# ///
import asyncio


async def fetch() -> str:
    await asyncio.sleep(0.1)
    return "data"


async def main() -> None:
    task = asyncio.create_task(fetch(), name="fetch")  # (1)!
    print(f"asyncio.create_task: {task.get_name()} -> {await task}")

    loop = asyncio.get_running_loop()
    task = loop.create_task(fetch())  # (2)!
    print(f"loop.create_task: {type(task).__name__} -> {await task}")

    task = asyncio.ensure_future(fetch())  # (3)!
    print(f"ensure_future(coroutine): {type(task).__name__} -> {await task}")

    future = loop.create_future()
    future.set_result("ready")
    same = asyncio.ensure_future(future)  # (4)!
    print(f"ensure_future(future) is future: {same is future}")

    try:
        asyncio.create_task(future)  # (5)!
    except TypeError as exc:
        print(f"create_task(future): TypeError: {str(exc).split(',')[0]}")


asyncio.run(main())
