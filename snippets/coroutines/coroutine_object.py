# /// script
# requires-python = ">=3.11"
# ///
import asyncio
import inspect


async def greet(name: str) -> str:
    print(f"  greet({name!r}) starts running")
    await asyncio.sleep(0.1)
    return f"hello, {name}"


async def main() -> None:
    coro = greet("Ada")  # (1)!
    print("called greet(), got a", type(coro).__name__)
    print("iscoroutinefunction(greet):", inspect.iscoroutinefunction(greet))
    print("iscoroutine(coro):", inspect.iscoroutine(coro))
    print("state before await:", inspect.getcoroutinestate(coro))
    result = await coro  # (2)!
    print("state after await:", inspect.getcoroutinestate(coro))
    print("result:", result)


asyncio.run(main())
