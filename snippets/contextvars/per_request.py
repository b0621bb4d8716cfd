# /// script
# requires-python = ">=3.11"
# ///
import asyncio
import contextvars

request_id = contextvars.ContextVar("request_id", default="-")  # (1)!


def log(message: str) -> None:
    print(f"[{request_id.get()}] {message}")  # (2)!


async def load_user(user: str) -> None:
    log(f"loading {user}")
    await asyncio.sleep(0.1)
    log(f"{user} loaded")


async def handle(rid: str, user: str) -> None:
    request_id.set(rid)  # (3)!
    log("request started")
    await load_user(user)


async def main() -> None:
    log("server starting")
    async with asyncio.TaskGroup() as tg:
        tg.create_task(handle("req-1", "alice"))
        tg.create_task(handle("req-2", "bob"))
    log("server idle")  # (4)!


asyncio.run(main())
