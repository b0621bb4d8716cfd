# /// script
# requires-python = ">=3.11"
# ///
import asyncio
from collections.abc import AsyncIterator

PAGES = [["ann", "ben"], ["cat", "dan"], ["eve"]]


async def fetch_page(number: int) -> list[str]:
    print(f"  (fetching page {number})")
    await asyncio.sleep(0.1)  # a request to an API
    return PAGES[number - 1] if number <= len(PAGES) else []


async def all_users() -> AsyncIterator[str]:  # (1)!
    number = 1
    while page := await fetch_page(number):  # (2)!
        for user in page:
            yield user  # (3)!
        number += 1


async def main() -> None:
    async for user in all_users():
        print(user)
        if user == "cat":
            break  # (4)!


asyncio.run(main())
