# /// script
# requires-python = ">=3.11"
# ///
import asyncio
import time

START = time.perf_counter()


def log(message: str) -> None:
    print(f"[{time.perf_counter() - START:.1f} s] {message}")


async def fetch(name: str, delay: float) -> str:
    await asyncio.sleep(delay)
    log(f"{name} finished")
    return name


async def broken(delay: float) -> str:
    await asyncio.sleep(delay)
    raise ValueError("broken fetch")


async def main() -> None:
    try:
        await asyncio.gather(fetch("slow", 0.3), broken(0.1), fetch("medium", 0.2))
    except ValueError as exc:
        log(f"gather raised {exc!r}")  # (1)!
    await asyncio.sleep(0.3)  # (2)!
    log("main done")


asyncio.run(main())
