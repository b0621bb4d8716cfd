# /// script
# requires-python = ">=3.11"
# [tool.guide]
# timings = { "done.set" = 1.0, "call_soon_threadsafe" = 0.1 }
# ///
import asyncio
import threading
import time


async def wait_for_thread(how: str) -> None:
    loop = asyncio.get_running_loop()
    done = asyncio.Event()

    def worker() -> None:
        time.sleep(0.1)
        try:
            if how == "done.set()":
                done.set()  # (1)!
            elif how == "loop.call_soon(done.set)":
                loop.call_soon(done.set)
            else:
                loop.call_soon_threadsafe(done.set)  # (2)!
        except RuntimeError as exc:
            print(f"  worker thread: RuntimeError: {exc}")

    loop.call_later(1.0, lambda: None)  # (3)!
    start = loop.time()
    thread = threading.Thread(target=worker)
    thread.start()
    try:
        async with asyncio.timeout(1.5):
            await done.wait()
        print(f"{how}: the waiting task woke up after {loop.time() - start:.1f} s")
    except TimeoutError:
        print(f"{how}: the waiting task never woke up (timed out)")
    thread.join()


asyncio.run(wait_for_thread("done.set()"), debug=False)
asyncio.run(wait_for_thread("loop.call_soon_threadsafe(done.set)"), debug=False)
print("in debug mode:")
asyncio.run(wait_for_thread("loop.call_soon(done.set)"), debug=True)  # (4)!
