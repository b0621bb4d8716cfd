# /// script
# requires-python = ">=3.11"
# dependencies = ["aiohttp==3.14.5", "httpx==0.28.1"]
# [tool.guide]
# timings = { "/slow/3" = 1.0, "/slow/5" = 1.2, "/slow/6" = 1.8, "/slow/8" = 0.3 }
# ///
import asyncio
import time

import aiohttp
import anyio._backends._asyncio  # noqa: F401  (httpx imports it on its first request; import it before the loop runs)
import httpx

from local_site import serve


async def timed(path: str, request) -> str:
    start = time.monotonic()
    try:
        result = await request(path)
    except Exception as exc:
        result = type(exc).__name__
    return f"  {path}: {time.monotonic() - start:.1f} s, {result}"


# --8<-- [start:aiohttp]
async def with_aiohttp(root: str, paths: list[str], limits: aiohttp.ClientTimeout) -> None:
    connector = aiohttp.TCPConnector(limit=1)  # (1)!
    async with aiohttp.ClientSession(root, connector=connector, timeout=limits) as session:

        async def get(path: str) -> int:
            async with session.get(path) as resp:
                await resp.read()
                return resp.status

        for line in await asyncio.gather(*(timed(p, get) for p in paths)):
            print(line)
# --8<-- [end:aiohttp]


# --8<-- [start:httpx]
async def with_httpx(root: str, paths: list[str]) -> None:
    limits = httpx.Limits(max_connections=1)
    timeout = httpx.Timeout(5.0, pool=0.3)  # (1)!
    client = await asyncio.to_thread(httpx.AsyncClient, base_url=root, limits=limits, timeout=timeout)
    async with client:

        async def get(path: str) -> int:
            return (await client.get(path)).status_code

        for line in await asyncio.gather(*(timed(p, get) for p in paths)):
            print(line)
# --8<-- [end:httpx]


# --8<-- [start:main]
async def main() -> None:
    async with serve(slow=0.6) as root:  # every /slow/ page takes 0.6 s
        print("aiohttp, limit=1, total=1.0:")
        await with_aiohttp(root, ["/slow/1", "/slow/2", "/slow/3"], aiohttp.ClientTimeout(total=1.0))  # (1)!
        print("aiohttp, limit=1, sock_connect=1.0, sock_read=1.0:")
        sockets_only = aiohttp.ClientTimeout(sock_connect=1.0, sock_read=1.0)  # (2)!
        await with_aiohttp(root, ["/slow/4", "/slow/5", "/slow/6"], sockets_only)
        print("httpx, max_connections=1, pool=0.3:")
        await with_httpx(root, ["/slow/7", "/slow/8", "/slow/9"])


asyncio.run(main())
# --8<-- [end:main]
