# /// script
# requires-python = ">=3.11"
# [tool.guide]
# # The point is the warning Python prints on stderr, so run it as a reader would.
# stderr = "show"
# ///
import asyncio


async def save(record: str) -> None:
    await asyncio.sleep(0.1)
    print(f"saved {record}")


async def main() -> None:
    save("order-1")  # forgot the await
    print("main is done")


asyncio.run(main())
