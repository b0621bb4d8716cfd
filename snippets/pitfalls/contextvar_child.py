# /// script
# requires-python = ">=3.11"
# ///
import asyncio
import contextvars

user = contextvars.ContextVar("user", default="anonymous")


# --8<-- [start:bug]
async def login_bug() -> None:
    user.set("alice")  # sets it in the child task's own copy of the context


async def bug() -> None:
    await asyncio.create_task(login_bug())
    print("after the child task:", user.get())
# --8<-- [end:bug]


# --8<-- [start:fix]
async def login_fix() -> str:
    return "alice"  # hand the value back instead


async def fix() -> None:
    user.set(await asyncio.create_task(login_fix()))  # set it where it is needed
    print("after the child task:", user.get())
# --8<-- [end:fix]


async def main() -> None:
    await bug()
    await fix()


asyncio.run(main())
