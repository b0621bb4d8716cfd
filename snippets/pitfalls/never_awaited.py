# /// script
# requires-python = ">=3.11"
# [tool.guide]
# # The point is the warning Python prints on stderr, so run it as a reader would.
# stderr = "show"
# ///
import asyncio


async def save(record: str) -> None:
    await asyncio.sleep(0.01)
    print(f"saved {record}")


# --8<-- [start:bug]
async def bug() -> None:
    save("order-1")
# --8<-- [end:bug]


# --8<-- [start:fix]
async def fix() -> None:
    await save("order-2")
# --8<-- [end:fix]


async def main() -> None:
    await bug()
    await fix()


asyncio.run(main())
