# /// script
# requires-python = ">=3.11"
# [tool.guide]
# timings = { took = 0.1 }
# ///
import asyncio
import time

URLS = ["/a", "/b", "/missing"]


async def log(message: str) -> None:
    await asyncio.sleep(0)
    print(message)


async def download(url: str) -> str:
    await asyncio.sleep(0.1)  # (1)!
    if url == "/missing":
        raise LookupError(url)
    return f"<page {url}>"


async def main() -> None:
    await log("downloading")  # (2)!
    start = time.perf_counter()
    results = await asyncio.gather(*(download(u) for u in URLS), return_exceptions=True)  # (3)!
    for url, result in zip(URLS, results, strict=True):
        print(f"{url}: {result!r}")
    print(f"took {time.perf_counter() - start:.1f} s")


asyncio.run(main())
