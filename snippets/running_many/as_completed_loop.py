# /// script
# requires-python = ">=3.11"
# ///
import asyncio

PAGES = {"slow.html": 0.3, "fast.html": 0.1, "medium.html": 0.2}


async def download(page: str) -> tuple[str, int]:
    await asyncio.sleep(PAGES[page])
    return page, len(page) * 100  # (1)!


async def main() -> None:
    tasks = [asyncio.create_task(download(page)) for page in PAGES]
    for next_done in asyncio.as_completed(tasks):  # (2)!
        page, size = await next_done
        print(f"{page}: {size} bytes (one of our tasks? {next_done in tasks})")


asyncio.run(main())
