# /// script
# requires-python = ">=3.11"
# ///
import asyncio

background: set[asyncio.Task] = set()


async def save(order: str) -> None:
    await asyncio.sleep(0.3)
    print(f"{order}: saved")


async def checkout(order: str) -> None:
    task = asyncio.create_task(save(order))
    background.add(task)  # (1)!
    task.add_done_callback(background.discard)
    await asyncio.shield(task)  # (2)!
    print(f"{order}: checkout complete")


async def main() -> None:
    try:
        async with asyncio.timeout(0.1):
            await checkout("order-42")
    except TimeoutError:
        print("checkout timed out")  # (3)!
        print("saves still running:", len(background))
    await asyncio.gather(*background)  # (4)!
    print("saves still running:", len(background))


asyncio.run(main())
