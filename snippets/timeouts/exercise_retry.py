# /// script
# requires-python = ">=3.11"
# ///
import asyncio


async def fetch(seconds: float) -> str:
    await asyncio.sleep(seconds)
    return f"answer after {seconds} s"


async def fetch_with_retry(delays: list[float], per_try: float, total: float) -> str:
    loop = asyncio.get_running_loop()
    start = loop.time()
    async with asyncio.timeout_at(start + total):  # (1)!
        for attempt, seconds in enumerate(delays, 1):
            try:
                async with asyncio.timeout(per_try):  # (2)!
                    return await fetch(seconds)
            except TimeoutError:
                print(f"  attempt {attempt} timed out at {loop.time() - start:.1f} s")
    raise RuntimeError("every attempt timed out")


async def main() -> None:
    for delays in ([0.5, 0.1], [0.5, 0.5, 0.5]):
        print(f"delays {delays}:")
        try:
            print("  got", await fetch_with_retry(delays, per_try=0.4, total=1.0))
        except TimeoutError:  # (3)!
            print("  gave up: the total deadline passed")


asyncio.run(main())
