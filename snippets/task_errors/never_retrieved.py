# /// script
# requires-python = ">=3.11"
# [tool.guide]
# # The example exists to show the message asyncio prints on stderr.
# stderr = "show"
# ///
import asyncio
import gc


async def fetch_price() -> float:
    await asyncio.sleep(0.1)
    raise ConnectionError("price service unreachable")


async def main() -> None:
    task = asyncio.create_task(fetch_price(), name="price")
    await asyncio.sleep(0.2)
    print("the task has failed, and nothing was printed yet")
    del task  # (1)!
    gc.collect()  # (2)!
    print("main goes on as if nothing happened")


asyncio.run(main())
