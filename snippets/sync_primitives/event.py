# /// script
# requires-python = ">=3.11"
# ///
import asyncio


async def worker(name: str, ready: asyncio.Event) -> None:
    print(f"{name}: waiting")
    await ready.wait()  # (1)!
    print(f"{name}: go")


async def main() -> None:
    ready = asyncio.Event()
    async with asyncio.TaskGroup() as tg:
        for name in ("a", "b", "c"):
            tg.create_task(worker(name, ready))
        await asyncio.sleep(0.1)  # e.g. loading the configuration
        print("main: ready.set()")
        ready.set()  # (2)!
    await ready.wait()  # (3)!
    print(f"is_set() = {ready.is_set()}")


asyncio.run(main())
