# /// script
# requires-python = ">=3.11"
# dependencies = ["fastapi==0.165.0", "uvicorn==0.54.0", "httpx==0.28.1"]
# ///
import asyncio
import contextlib
import socket

import httpx
import uvicorn
from fastapi import FastAPI
from fastapi.responses import JSONResponse

# --8<-- [start:models]
models = FastAPI()
LATENCY = {"broken": 0.05, "small": 0.2, "large": 0.6}


@models.get("/{name}/complete")
async def complete(name: str, prompt: str):
    await asyncio.sleep(LATENCY[name])
    if name == "broken":
        return JSONResponse({"error": "internal"}, status_code=500)
    return {"text": f"{name} says: {prompt}"}
# --8<-- [end:models]


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


# --8<-- [start:fan_out]
async def ask(client: httpx.AsyncClient, name: str, prompt: str) -> str:
    response = await client.get(f"/{name}/complete", params={"prompt": prompt})
    response.raise_for_status()
    return response.json()["text"]


async def first_good(client: httpx.AsyncClient, prompt: str) -> str:
    tasks = {asyncio.create_task(ask(client, name, prompt)): name for name in LATENCY}
    try:
        async with asyncio.timeout(2):  # (1)!
            for next_done in asyncio.as_completed(tasks):  # (2)!
                try:
                    return await next_done
                except httpx.HTTPStatusError as exc:
                    print(f"  a model failed: {exc.response.status_code}")  # (3)!
                except httpx.TransportError as exc:
                    print(f"  a model failed: {type(exc).__name__}")
        raise RuntimeError("every model failed")
    finally:
        for task in tasks:
            task.cancel()  # (4)!
        await asyncio.gather(*tasks, return_exceptions=True)
        print("  cancelled:", sorted(name for task, name in tasks.items() if task.cancelled()))
# --8<-- [end:fan_out]


async def main() -> None:
    async with serving(models) as url:
        client = await asyncio.to_thread(httpx.AsyncClient, base_url=url, timeout=5)
        async with client:
            print("answer:", await first_good(client, "hi"))


asyncio.run(main())
