# /// script
# requires-python = ">=3.11"
# ///
import asyncio

try:
    asyncio.Lock(loop=None)  # (1)!
except TypeError as exc:
    print(f"TypeError: {exc}")

queue: asyncio.Queue[str] = asyncio.Queue()  # (2)!


async def main() -> str:
    asyncio.get_running_loop().call_later(0.1, queue.put_nowait, "hello")
    return await queue.get()  # (3)!


print(f"first asyncio.run: {asyncio.run(main())}")
try:
    asyncio.run(main())  # (4)!
except RuntimeError as exc:
    print(f"second asyncio.run: RuntimeError: ...{str(exc).rpartition('>')[2]}")
