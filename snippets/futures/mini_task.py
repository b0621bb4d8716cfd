# /// script
# requires-python = ">=3.11"
# ///
import asyncio


class MiniTask:
    """Drives a coroutine the way asyncio.Task does, minus cancellation."""

    def __init__(self, coro, name):
        self.coro = coro
        self.name = name
        self.loop = asyncio.get_running_loop()
        self.done = self.loop.create_future()  # (1)!
        self.loop.call_soon(self.step)  # (2)!

    def step(self, _=None):
        try:
            yielded = self.coro.send(None)  # (3)!
        except StopIteration as stop:
            self.done.set_result(stop.value)  # (4)!
        except Exception as exc:
            self.done.set_exception(exc)
        else:
            if yielded is None:  # a bare yield, as in asyncio.sleep(0)
                self.loop.call_soon(self.step)
            else:  # a Future: resume when it is done
                print(f"  [{self.name}] waits for a {type(yielded).__name__}")
                yielded.add_done_callback(self.step)  # (5)!


async def job(name, delay):
    print(f"{name}: start")
    await asyncio.sleep(delay)
    print(f"{name}: woke up after {delay} s")
    return name.upper()


async def main():
    a = MiniTask(job("a", 0.2), "a")
    b = MiniTask(job("b", 0.1), "b")
    print("results:", await a.done, await b.done)  # (6)!


asyncio.run(main())
