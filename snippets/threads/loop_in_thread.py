# /// script
# requires-python = ">=3.11"
# ///
import asyncio
import concurrent.futures
import threading


class BackgroundLoop:
    """An event loop in its own thread, serving a synchronous program."""

    def __enter__(self) -> "BackgroundLoop":
        ready = threading.Event()
        self.thread = threading.Thread(
            target=asyncio.run, args=(self._serve(ready),), name="asyncio"
        )
        self.thread.start()
        ready.wait(timeout=5)
        return self

    async def _serve(self, ready: threading.Event) -> None:
        self.loop = asyncio.get_running_loop()
        self.stop = asyncio.Event()
        ready.set()
        await self.stop.wait()  # (1)!

    def submit(self, coro) -> concurrent.futures.Future:
        return asyncio.run_coroutine_threadsafe(coro, self.loop)  # (2)!

    def __exit__(self, *exc_info) -> None:
        self.loop.call_soon_threadsafe(self.stop.set)  # (3)!
        self.thread.join(timeout=5)


async def fetch(name: str, seconds: float) -> str:
    try:
        await asyncio.sleep(seconds)
    except asyncio.CancelledError:
        print(f"{name}: cancelled in the {threading.current_thread().name} thread")
        raise
    return f"{name} (from the {threading.current_thread().name} thread)"


async def fetch_two() -> list[str]:
    return await asyncio.gather(fetch("a", 0.2), fetch("b", 0.1))


with BackgroundLoop() as background:
    print("main thread got:", background.submit(fetch_two()).result(timeout=2))  # (4)!
    background.loop.call_soon_threadsafe(print, "a plain callback, run by the loop")
    future = background.submit(fetch("slow", 10))
    try:
        future.result(timeout=0.3)
    except TimeoutError:
        print("main thread: gave up waiting for 'slow'")
        future.cancel()  # (5)!
