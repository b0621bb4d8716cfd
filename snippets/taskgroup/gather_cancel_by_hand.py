# /// script
# requires-python = ">=3.10"
# ///
import asyncio


async def fetch(name: str, delay: float, fail: bool = False) -> str:
    await asyncio.sleep(delay)
    if fail:
        raise ConnectionError(f"{name}: connection reset")
    return f"{name} done"


async def gather_all(*coros):
    tasks = [asyncio.create_task(coro) for coro in coros]
    try:
        return await asyncio.gather(*tasks)
    except BaseException:  # (1)!
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)  # (2)!
        raise


async def main() -> None:
    print(await gather_all(fetch("a", 0.1), fetch("b", 0.2)))
    try:
        await gather_all(fetch("a", 0.1, fail=True), fetch("b", 0.3), fetch("c", 0.2))
    except ConnectionError as exc:
        print("caught:", repr(exc))
    others = [t for t in asyncio.all_tasks() if t is not asyncio.current_task()]
    print("tasks still running:", len(others))


asyncio.run(main())
