# /// script
# requires-python = ">=3.11"
# dependencies = ["aiohttp==3.14.5", "httpx==0.28.1"]
# ///
import asyncio

import aiohttp
import anyio._backends._asyncio  # noqa: F401  (httpx imports it on its first request; import it before the loop runs)
import httpx

from local_site import serve  # the test site of this chapter

PATHS = ["/page/1", "/broken", "/missing", "/hang"]


# --8<-- [start:aiohttp]
async def with_aiohttp(root: str) -> None:
    timeout = aiohttp.ClientTimeout(total=0.5)
    async with aiohttp.ClientSession(timeout=timeout) as session:  # (1)!
        for path in PATHS:
            try:
                async with session.get(root + path) as resp:
                    resp.raise_for_status()  # (2)!
                    body = await resp.text()
                print(f"  {path}: {resp.status}, {len(body)} characters")
            except aiohttp.ClientResponseError as exc:
                print(f"  {path}: {type(exc).__name__} {exc.status}")
            except TimeoutError as exc:  # (3)!
                print(f"  {path}: {type(exc).__name__}")
# --8<-- [end:aiohttp]


# --8<-- [start:httpx]
async def with_httpx(root: str) -> None:
    client = await asyncio.to_thread(httpx.AsyncClient, base_url=root, timeout=0.5)  # (1)!
    async with client:
        for path in PATHS:
            try:
                resp = await client.get(path)  # (2)!
                resp.raise_for_status()
                print(f"  {path}: {resp.status_code}, {len(resp.text)} characters")
            except httpx.HTTPStatusError as exc:
                print(f"  {path}: {type(exc).__name__} {exc.response.status_code}")
            except httpx.TimeoutException as exc:  # (3)!
                print(f"  {path}: {type(exc).__name__}, a TimeoutError? {isinstance(exc, TimeoutError)}")
# --8<-- [end:httpx]


async def main() -> None:
    async with serve() as root:
        print("aiohttp:")
        await with_aiohttp(root)
        print("httpx:")
        await with_httpx(root)


asyncio.run(main())
