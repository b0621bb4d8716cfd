# /// script
# requires-python = ">=3.11"
# ///
import asyncio

# --8<-- [start:bug]
ready = asyncio.Event()  # module level: used by every asyncio.run below


async def wait_until_ready() -> None:
    asyncio.get_running_loop().call_later(0.01, ready.set)
    await ready.wait()
    ready.clear()


asyncio.run(wait_until_ready())  # the first loop: the event binds to it
try:
    asyncio.run(wait_until_ready())  # a second, new loop
except RuntimeError as exc:
    print("RuntimeError:", exc)
# --8<-- [end:bug]


# --8<-- [start:fix]
async def main() -> None:
    ready = asyncio.Event()  # created inside the loop that uses it
    asyncio.get_running_loop().call_later(0.01, ready.set)
    await ready.wait()
    print("ready")


asyncio.run(main())
asyncio.run(main())
# --8<-- [end:fix]
