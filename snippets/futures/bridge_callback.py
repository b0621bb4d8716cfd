# /// script
# requires-python = ">=3.11"
# [tool.guide]
# timings = { together = 0.1 }
# ///
import asyncio
import threading
import time


# --8<-- [start:legacy]
def legacy_fetch(key, callback):
    """Does the work in its own thread, then calls callback(error, value)."""

    def work():
        time.sleep(0.1)  # the slow part: network, disk, ...
        if key == "missing":
            callback(KeyError(key), None)
        else:
            callback(None, f"value of {key}")

    threading.Thread(target=work).start()
# --8<-- [end:legacy]


# --8<-- [start:bridge]
async def fetch(key):
    loop = asyncio.get_running_loop()
    fut = loop.create_future()

    def settle(error, value):  # runs in the event loop's thread
        if fut.done():  # (1)!
            return
        if error is not None:
            fut.set_exception(error)
        else:
            fut.set_result(value)

    def on_done(error, value):  # runs in the client's thread
        loop.call_soon_threadsafe(settle, error, value)  # (2)!

    legacy_fetch(key, on_done)
    return await fut  # (3)!
# --8<-- [end:bridge]


async def main():
    start = time.perf_counter()
    results = await asyncio.gather(
        fetch("a"), fetch("b"), fetch("missing"), return_exceptions=True
    )
    print(results)
    print(f"together: {time.perf_counter() - start:.1f} s")


asyncio.run(main())
