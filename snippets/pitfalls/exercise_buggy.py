# /// script
# requires-python = ">=3.11"
# [tool.guide]
# # A program with three pitfalls: its warnings on stderr are the clues.
# stderr = "show"
# ///
import asyncio
import time


async def log(message: str) -> None:
    await asyncio.sleep(0)
    print(message)


async def download(url: str) -> str:
    time.sleep(0.1)
    if url == "/missing":
        raise LookupError(url)
    return f"<page {url}>"


async def main() -> None:
    log("downloading")
    asyncio.create_task(download("/missing"))
    start = time.perf_counter()
    pages = await asyncio.gather(download("/a"), download("/b"))
    print(pages)
    print(f"took {time.perf_counter() - start:.1f} s")


asyncio.run(main())
