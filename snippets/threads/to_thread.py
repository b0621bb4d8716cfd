# /// script
# requires-python = ">=3.11"
# [tool.guide]
# timings = { "three downloads" = 0.5 }
# ///
import asyncio
import time


def download(name: str) -> str:  # (1)!
    time.sleep(0.5)
    return f"{name}: 1 MB"


beats = 0


async def heartbeat() -> None:
    global beats
    while True:
        await asyncio.sleep(0.1)
        beats += 1


async def main() -> None:
    beat = asyncio.create_task(heartbeat())
    start = time.perf_counter()
    results = await asyncio.gather(
        asyncio.to_thread(download, "a.zip"),  # (2)!
        asyncio.to_thread(download, "b.zip"),
        asyncio.to_thread(download, "c.zip"),
    )
    print(results)
    print(f"three downloads: {time.perf_counter() - start:.1f} s")
    print("heartbeats kept coming meanwhile:", beats >= 3)  # (3)!
    beat.cancel()


asyncio.run(main())
