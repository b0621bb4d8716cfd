# /// script
# requires-python = ">=3.11"
# ///
import asyncio
import contextvars

request_id = contextvars.ContextVar("request_id", default="-")
rows = contextvars.ContextVar("rows", default=0)


async def query(sql: str) -> None:
    print(f"[{request_id.get()}] {sql}")
    rows.set(rows.get() + 1)  # (1)!


async def main() -> None:
    ctx = contextvars.Context()  # (2)!
    ctx.run(request_id.set, "req-9")
    await asyncio.create_task(query("SELECT 1"), context=ctx)  # (3)!
    await asyncio.create_task(query("SELECT 2"), context=ctx)
    print("rows counted in ctx:", ctx[rows])  # (4)!
    print("rows in main's own context:", rows.get())


asyncio.run(main())
