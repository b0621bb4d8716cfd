# /// script
# requires-python = ">=3.11"
# [tool.guide]
# # The failed call also leaves a coroutine never awaited: that warning is part of the symptom.
# stderr = "show"
# ///
import asyncio


async def fetch() -> str:
    await asyncio.sleep(0.01)
    return "data"


# --8<-- [start:bug]
async def bug() -> None:
    try:
        asyncio.run(fetch())  # already inside a running loop
    except RuntimeError as exc:
        print(f"RuntimeError: {exc}")
# --8<-- [end:bug]


# --8<-- [start:fix]
async def fix() -> None:
    print("got", await fetch())  # in a coroutine (or a Jupyter cell), just await
# --8<-- [end:fix]


async def main() -> None:
    await bug()
    await fix()


asyncio.run(main())
