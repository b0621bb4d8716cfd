# /// script
# requires-python = ">=3.11"
# ///
import asyncio
import warnings


async def job() -> str:
    return "done"


def try_ensure_future() -> None:
    coro = job()
    with warnings.catch_warnings(record=True) as caught:  # (1)!
        warnings.simplefilter("always")
        try:
            task = asyncio.ensure_future(coro)
        except RuntimeError as exc:
            coro.close()
            print("  ensure_future: RuntimeError:", exc)
        else:
            result = task.get_loop().run_until_complete(task)
            print("  ensure_future: made a task on a new loop ->", result)
            task.get_loop().close()
            asyncio.set_event_loop(None)
    for warning in caught:
        print(f"  {warning.category.__name__}: {warning.message}")


print("no loop set:")
try_ensure_future()

print("a loop set but not running:")
loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)  # (2)!
print("  get_event_loop() is that loop:", asyncio.get_event_loop() is loop)
task = asyncio.ensure_future(job())
print("  ensure_future: task on that loop ->", loop.run_until_complete(task))
asyncio.set_event_loop(None)
loop.close()
