# /// script
# requires-python = ">=3.11"
# ///
import asyncio


class Account:
    def __init__(self, balance: int) -> None:
        self.balance = balance
        self.lock = asyncio.Lock()  # (1)!

    async def withdraw(self, who: str, amount: int) -> None:
        async with self.lock:  # (2)!
            if self.balance >= amount:
                await asyncio.sleep(0.1)
                self.balance -= amount
                print(f"{who}: took {amount}, balance {self.balance}")
            else:
                print(f"{who}: refused, balance {self.balance}")


async def main() -> None:
    account = Account(100)
    async with asyncio.TaskGroup() as tg:
        tg.create_task(account.withdraw("alice", 80))
        tg.create_task(account.withdraw("bob", 80))
    print(f"final balance: {account.balance}")


asyncio.run(main())
