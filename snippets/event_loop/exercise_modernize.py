# /// script
# requires-python = ">=3.11"
# ///
import asyncio


async def heartbeat() -> None:
    try:
        for _ in range(100):  # beats for 10 s unless cancelled
            await asyncio.sleep(0.1)
    except asyncio.CancelledError:
        print("heartbeat: cancelled, cleaning up")
        raise


background = set()


async def main() -> None:
    loop = asyncio.get_running_loop()  # (1)!
    loop.call_later(0.1, print, "timer: fired")
    background.add(asyncio.create_task(heartbeat()))  # (2)!
    await asyncio.sleep(0.25)
    print("main: done")


asyncio.run(main())  # (3)!
print("asyncio.run returned")
