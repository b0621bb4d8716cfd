# /// script
# requires-python = ">=3.11"
# ///
import asyncio


async def fetch(name: str, delay: float) -> str:
    await asyncio.sleep(delay)
    return name


async def broken(delay: float) -> str:
    await asyncio.sleep(delay)
    raise ValueError("broken fetch")


async def main() -> None:
    results = await asyncio.gather(
        fetch("slow", 0.3), broken(0.1), fetch("medium", 0.2),
        return_exceptions=True,  # (1)!
    )
    print(results)
    for result in results:
        if isinstance(result, BaseException):  # (2)!
            print(f"failed: {result!r}")
        else:
            print(f"ok: {result}")


asyncio.run(main())
