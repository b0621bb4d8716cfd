# /// script
# requires-python = ">=3.11"
# ///
import asyncio


async def fetch(name: str, delay: float, fail: bool = False) -> str:
    await asyncio.sleep(delay)
    if fail:
        raise ConnectionError(f"{name}: connection reset")
    return f"{name} done"


async def settle(coro) -> str | Exception:
    try:
        return await coro
    except Exception as exc:  # (1)!
        return exc


async def main() -> None:
    jobs = {"a": (0.1, True), "b": (0.3, False), "c": (0.2, True), "d": (0.2, False)}
    async with asyncio.TaskGroup() as tg:
        tasks = {
            name: tg.create_task(settle(fetch(name, delay, fail)))  # (2)!
            for name, (delay, fail) in jobs.items()
        }
    for name, task in tasks.items():
        print(f"{name}: {task.result()!r}")


asyncio.run(main())
