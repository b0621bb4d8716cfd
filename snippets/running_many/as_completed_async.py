# /// script
# requires-python = ">=3.13"
# ///
import asyncio

PAGES = {"slow.html": 0.3, "fast.html": 0.1, "medium.html": 0.2}


async def download(page: str) -> int:
    await asyncio.sleep(PAGES[page])
    return len(page) * 100


async def main() -> None:
    pages = {asyncio.create_task(download(page)): page for page in PAGES}  # (1)!
    async for task in asyncio.as_completed(pages):  # (2)!
        print(f"{pages[task]}: {task.result()} bytes")  # (3)!


asyncio.run(main())
