# /// script
# requires-python = ">=3.11"
# dependencies = ["aiohttp==3.14.5"]
# [tool.guide]
# timings = { asyncio = 1.4 }
# ///
import asyncio
import re
import time

import aiohttp
from aiohttp import web

PAGES = 12


# --8<-- [start:server]
async def page(request: web.Request) -> web.Response:
    n = int(request.match_info["n"])
    await asyncio.sleep(0.2)
    body = "".join(f'<a href="/page/{k}">{k}</a>\n' for k in [(n + 1) % PAGES, n * 2 % PAGES])
    return web.Response(text=body, content_type="text/html")
# --8<-- [end:server]


# --8<-- [start:crawl]
async def crawl(root: str, workers: int = 4) -> list[str]:
    queue: asyncio.Queue[str] = asyncio.Queue()
    seen = {"/page/0"}
    queue.put_nowait("/page/0")

    async def worker(session: aiohttp.ClientSession) -> None:
        while True:
            path = await queue.get()
            try:
                async with session.get(root + path) as resp:
                    body = await resp.text()
                for link in re.findall(r'href="([^"]+)"', body):
                    if link not in seen:
                        seen.add(link)
                        queue.put_nowait(link)
            finally:
                queue.task_done()

    async with aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=2)) as session:
        async with asyncio.TaskGroup() as tg:
            tasks = [tg.create_task(worker(session)) for _ in range(workers)]
            await queue.join()
            for t in tasks:
                t.cancel()
    return sorted(seen, key=lambda p: int(p.rsplit("/", 1)[1]))


async def main() -> None:
    app = web.Application()
    app.router.add_get("/page/{n}", page)
    runner = web.AppRunner(app, access_log=None)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    start = time.monotonic()
    try:
        pages = await crawl(f"http://127.0.0.1:{runner.addresses[0][1]}")
    finally:
        await runner.cleanup()
    print(f"asyncio: {time.monotonic() - start:.1f} s for {len(pages)} pages")
    print(" ".join(pages))


asyncio.run(main())
# --8<-- [end:crawl]
