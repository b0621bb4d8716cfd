# /// script
# requires-python = ">=3.11"
# dependencies = ["aiohttp==3.14.5"]
# ///
"""A small website to crawl, served on 127.0.0.1 by the examples of this chapter."""
import asyncio
import contextlib
import re
from collections import Counter

from aiohttp import ClientSession, ClientTimeout, web

# --8<-- [start:site]
PAGES = 20
EXTRA = {  # (1)!
    3: ["/slow/1", "/slow/2"],
    4: ["/flaky/1", "/flaky/2"],
    5: ["/broken"],
    7: ["/hang"],
    9: ["/missing"],
}


def links(n: int) -> list[str]:
    own = [f"/page/{(n + 1) % PAGES}", f"/page/{n * 2 % PAGES}#top", f"./{n // 2}"]  # (2)!
    return own + EXTRA.get(n, [])


def html(hrefs: list[str]) -> str:
    return "".join(f'<a href="{h}">{h}</a>\n' for h in hrefs)


@contextlib.asynccontextmanager
async def serve(slow: float = 0.5):
    stop = asyncio.Event()
    failures: Counter[str] = Counter()

    async def page(request: web.Request) -> web.Response:
        n = int(request.match_info["n"])
        return web.Response(text=html(links(n)), content_type="text/html")

    async def slow_page(request: web.Request) -> web.Response:
        await asyncio.sleep(slow)
        return web.Response(text=html(["/page/0"]), content_type="text/html")

    async def flaky(request: web.Request) -> web.Response:
        failures[request.path] += 1
        if failures[request.path] <= 2:  # (3)!
            return web.Response(status=500)
        return web.Response(text=html(["/page/1"]), content_type="text/html")

    async def broken(request: web.Request) -> web.Response:
        return web.Response(status=500)

    async def hang(request: web.Request) -> web.Response:
        await stop.wait()  # (4)!
        return web.Response(text="too late")

    app = web.Application()
    app.router.add_get("/page/{n:\\d+}", page)
    app.router.add_get("/slow/{n}", slow_page)
    app.router.add_get("/flaky/{n}", flaky)
    app.router.add_get("/broken", broken)
    app.router.add_get("/hang", hang)
    runner = web.AppRunner(app, access_log=None, shutdown_timeout=1)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)  # (5)!
    await site.start()
    host, port = runner.addresses[0][:2]
    try:
        yield f"http://{host}:{port}"
    finally:
        stop.set()
        await runner.cleanup()
# --8<-- [end:site]


# --8<-- [start:tour]
async def main() -> None:
    async with serve() as root, ClientSession(timeout=ClientTimeout(total=1)) as session:
        async with session.get(f"{root}/page/3") as resp:
            body = await resp.text()
        print("/page/3 ->", resp.status, re.findall(r'href="([^"]+)"', body))
        for path in ["/slow/1", "/flaky/1", "/flaky/1", "/flaky/1", "/broken", "/missing", "/hang"]:
            try:
                async with session.get(root + path) as resp:
                    print(f"{path} -> {resp.status}")
            except TimeoutError:
                print(f"{path} -> no answer within 1 s")


if __name__ == "__main__":  # other examples import serve() from this file
    asyncio.run(main())
# --8<-- [end:tour]
