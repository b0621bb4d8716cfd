# /// script
# requires-python = ">=3.11"
# ///
import asyncio
import contextvars

user = contextvars.ContextVar("user", default="nobody")
seen = contextvars.ContextVar("seen")


async def child() -> None:
    print("child sees:", user.get())  # (1)!
    user.set("child")
    seen.get().append("child was here")  # (2)!


async def main() -> None:
    user.set("alice")
    seen.set([])
    task = asyncio.create_task(child())  # (3)!
    user.set("bob")
    await task
    print("parent sees:", user.get())  # (4)!
    print("shared list:", seen.get())


asyncio.run(main())
