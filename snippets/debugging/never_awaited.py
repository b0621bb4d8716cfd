# /// script
# requires-python = ">=3.11"
# [tool.guide]
# # The point is the warning Python prints on stderr, so run it as a reader would.
# stderr = "show"
# ///
import asyncio

pending = []


async def save(record: str) -> None:
    await asyncio.sleep(0.1)


def schedule_save(record: str) -> None:  # (1)!
    pending.append(save(record))


async def main() -> None:
    schedule_save("order-1")
    print("main: done")


asyncio.run(main(), debug=True)
pending.clear()
