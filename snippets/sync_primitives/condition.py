# /// script
# requires-python = ">=3.11"
# ///
import asyncio


class Shop:
    def __init__(self) -> None:
        self.stock = 0
        self.changed = asyncio.Condition()  # (1)!


async def buyer(shop: Shop, name: str, wanted: int) -> None:
    async with shop.changed:  # (2)!
        await shop.changed.wait_for(lambda: shop.stock >= wanted)  # (3)!
        shop.stock -= wanted
        print(f"{name} bought {wanted}, {shop.stock} left")


async def supplier(shop: Shop) -> None:
    for amount in (2, 3, 4):
        await asyncio.sleep(0.1)
        async with shop.changed:
            shop.stock += amount
            print(f"delivery of {amount}, stock {shop.stock}")
            shop.changed.notify_all()  # (4)!


async def main() -> None:
    shop = Shop()
    async with asyncio.TaskGroup() as tg:
        tg.create_task(buyer(shop, "ann", 3))
        tg.create_task(buyer(shop, "ben", 2))
        tg.create_task(buyer(shop, "cat", 4))
        tg.create_task(supplier(shop))


asyncio.run(main())
