# /// script
# requires-python = ">=3.11"
# ///
import asyncio

IDLE = 0.5  # seconds of silence we accept


async def receive(gaps: list[float]) -> None:
    loop = asyncio.get_running_loop()
    received = 0
    try:
        async with asyncio.timeout(IDLE) as cm:
            for gap in gaps:
                await asyncio.sleep(gap)  # (1)!
                received += 1
                cm.reschedule(loop.time() + IDLE)  # (2)!
        print(f"all {received} chunks received")
    except TimeoutError:
        print(f"silent for {IDLE} s after {received} chunks, giving up")


async def main() -> None:
    await receive([0.2, 0.2, 0.2, 0.2])
    await receive([0.2, 0.2, 1.0, 0.2])


asyncio.run(main())
