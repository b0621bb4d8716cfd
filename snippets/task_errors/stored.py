# /// script
# requires-python = ">=3.11"
# ///
import asyncio


async def fetch_price() -> float:
    await asyncio.sleep(0.1)
    raise ConnectionError("price service unreachable")


async def main() -> None:
    task = asyncio.create_task(fetch_price())
    await asyncio.sleep(0.2)
    print("main is fine; task.done() =", task.done())  # (1)!
    print("task.exception() ->", repr(task.exception()))  # (2)!
    try:
        task.result()
    except ConnectionError as exc:
        print("task.result() raised", repr(exc))
    try:
        await task  # (3)!
    except ConnectionError as exc:
        print("await task raised", repr(exc))


asyncio.run(main())
