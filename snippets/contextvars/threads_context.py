# /// script
# requires-python = ">=3.11"
# ///
import asyncio
import contextvars
import functools

request_id = contextvars.ContextVar("request_id", default="-")


def blocking_work(how: str) -> None:
    print(f"{how:35} sees request_id = {request_id.get()}")


async def main() -> None:
    request_id.set("req-7")
    loop = asyncio.get_running_loop()
    await asyncio.to_thread(blocking_work, "to_thread")  # (1)!
    await loop.run_in_executor(None, blocking_work, "run_in_executor")  # (2)!
    ctx = contextvars.copy_context()
    call = functools.partial(ctx.run, blocking_work, "run_in_executor + copy_context")
    await loop.run_in_executor(None, call)  # (3)!


asyncio.run(main())
