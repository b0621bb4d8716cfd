# /// script
# requires-python = ">=3.11"
# dependencies = ["fastapi==0.165.0", "uvicorn==0.54.0", "httpx==0.28.1"]
# ///
import asyncio
import contextlib
import random
import socket
from collections import Counter

import httpx
import uvicorn
from fastapi import FastAPI
from fastapi.responses import JSONResponse

# --8<-- [start:upstream]
upstream = FastAPI()
busy = 0  # requests being served right now
attempts = Counter()


@upstream.get("/complete")
async def complete(prompt: str):
    global busy
    attempts[prompt] += 1
    if busy >= 2:  # (1)!
        return JSONResponse({"error": "too many requests"}, status_code=429)
    if prompt == "flaky" and attempts[prompt] <= 2:  # (2)!
        return JSONResponse({"error": "overloaded"}, status_code=503)
    busy += 1
    try:
        await asyncio.sleep(0.5 if prompt == "slow" else 0.1)  # (3)!
        return {"text": prompt.upper()}
    finally:
        busy -= 1
# --8<-- [end:upstream]


@contextlib.asynccontextmanager
async def serving(app):  # from the web server chapter (web_server/fastapi_app.py)
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    server = uvicorn.Server(uvicorn.Config(app, log_level="warning"))
    asyncio.get_running_loop().slow_callback_duration = 1
    task = asyncio.create_task(server.serve(sockets=[sock]))
    try:
        async with asyncio.timeout(5):
            while not server.started:
                await asyncio.sleep(0.01)
        yield f"http://127.0.0.1:{sock.getsockname()[1]}"
    finally:
        server.should_exit = True
        await task
        sock.close()


# --8<-- [start:call]
limit = asyncio.Semaphore(2)  # (1)!
RETRY_ON = {429, 500, 502, 503, 504}


async def call(client: httpx.AsyncClient, prompt: str, tries: int = 3) -> str:
    for attempt in range(1, tries + 1):
        try:
            async with limit:
                async with asyncio.timeout(0.3):  # (2)!
                    response = await client.get("/complete", params={"prompt": prompt})
            if response.status_code not in RETRY_ON:
                response.raise_for_status()  # (3)!
                return response.json()["text"]
            problem = f"HTTP {response.status_code}"
        except (TimeoutError, httpx.TransportError) as exc:
            problem = type(exc).__name__
        print(f"  {prompt}: attempt {attempt} failed ({problem})")
        if attempt < tries:
            await asyncio.sleep(0.05 * 2 ** attempt * random.uniform(0.5, 1))  # (4)!
    return f"gave up after {tries} attempts"
# --8<-- [end:call]


# --8<-- [start:main]
async def main() -> None:
    async with serving(upstream) as url:
        client = await asyncio.to_thread(httpx.AsyncClient, base_url=url, timeout=5)
        async with client:
            print("no limit, no retries:")
            responses = await asyncio.gather(*[client.get("/complete", params={"prompt": f"p{i}"})
                                               for i in range(6)])
            print(" ", sorted(r.status_code for r in responses))
            print("Semaphore(2), timeout, retries:")
            print(" ", await asyncio.gather(*[call(client, f"p{i}") for i in range(6)]))
            for prompt in ["flaky", "slow"]:
                print(f"  {prompt} -> {await call(client, prompt)}")


asyncio.run(main())
# --8<-- [end:main]
