# /// script
# requires-python = ">=3.11"
# ///
import asyncio
import threading


def from_thread(loop: asyncio.AbstractEventLoop, done: asyncio.Event) -> None:
    try:
        loop.call_soon(done.set)  # (1)!
    except RuntimeError as exc:
        print("call_soon:", exc)
    loop.call_soon_threadsafe(done.set)  # (2)!


async def main() -> None:
    done = asyncio.Event()
    thread = threading.Thread(target=from_thread, args=(asyncio.get_running_loop(), done))
    thread.start()
    await asyncio.wait_for(done.wait(), 5)
    print("event set from the thread")
    thread.join()


asyncio.run(main(), debug=True)  # (3)!
