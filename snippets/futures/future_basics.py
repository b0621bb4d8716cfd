# /// script
# requires-python = ">=3.11"
# ///
import asyncio


async def main():
    loop = asyncio.get_running_loop()

    fut = loop.create_future()  # (1)!
    print("new: done =", fut.done(), "cancelled =", fut.cancelled())
    try:
        fut.result()  # (2)!
    except asyncio.InvalidStateError as exc:
        print("too early:", exc)
    loop.call_later(0.1, fut.set_result, 42)  # (3)!
    print("await ->", await fut)
    print("now: done =", fut.done(), "result() =", fut.result())
    try:
        fut.set_result(43)  # (4)!
    except asyncio.InvalidStateError as exc:
        print("set twice:", exc)

    failed = loop.create_future()
    failed.set_exception(ValueError("no data"))
    try:
        await failed  # (5)!
    except ValueError as exc:
        print("await raised", repr(exc))

    cancelled = loop.create_future()
    cancelled.cancel()
    print("cancelled: done =", cancelled.done(),
          "cancelled =", cancelled.cancelled())
    try:
        cancelled.result()
    except asyncio.CancelledError:
        print("result() raised CancelledError")


asyncio.run(main())
