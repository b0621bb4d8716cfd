# /// script
# requires-python = ">=3.11"
# ///
import asyncio
import functools


def report(label, fut):
    print(f"callback {label}: result = {fut.result()!r}")


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    fut.add_done_callback(functools.partial(report, "A"))  # (1)!
    fut.add_done_callback(lambda f: print("callback B"))
    fut.set_result("ready")
    print("set_result() returned; no callback has run yet")  # (2)!
    await asyncio.sleep(0)  # (3)!
    print("after one turn of the loop")
    fut.add_done_callback(functools.partial(report, "late"))  # (4)!
    await asyncio.sleep(0)


asyncio.run(main())
