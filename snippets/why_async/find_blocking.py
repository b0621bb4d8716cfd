# /// script
# requires-python = ">=3.11"
# [tool.guide]
# # The point is the report asyncio's debug mode prints on stderr: run it as a reader would.
# stderr = "show"
# ///
import asyncio
import time


async def fetch(name: str) -> str:
    time.sleep(0.2)  # (1)!
    return f"{name} done"


async def main() -> None:
    task = asyncio.create_task(fetch("a"), name="fetch-a")
    print(await task)


asyncio.run(main(), debug=True)  # (2)!
