# /// script
# requires-python = ">=3.11"
# dependencies = ["fastapi==0.165.0", "uvicorn==0.54.0", "httpx==0.28.1"]
# ///
import asyncio
import contextlib
import socket

import httpx
import uvicorn
from fastapi import FastAPI, Request
from fastapi.responses import PlainTextResponse

# --8<-- [start:app]
app = FastAPI()


@app.get("/", response_class=PlainTextResponse)
async def hello() -> str:
    return "hello"


@app.post("/echo", response_class=PlainTextResponse)
async def echo(request: Request) -> bytes:
    return await request.body()  # (1)!
# --8<-- [end:app]


# --8<-- [start:serving]
@contextlib.asynccontextmanager
async def serving(app):
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))  # (1)!
    server = uvicorn.Server(uvicorn.Config(app, log_level="warning"))  # (2)!
    asyncio.get_running_loop().slow_callback_duration = 1  # (3)!
    task = asyncio.create_task(server.serve(sockets=[sock]))
    try:
        async with asyncio.timeout(5):
            while not server.started:  # (4)!
                await asyncio.sleep(0.01)
        yield f"http://127.0.0.1:{sock.getsockname()[1]}"
    finally:
        server.should_exit = True  # (5)!
        await task
        sock.close()
# --8<-- [end:serving]


# --8<-- [start:main]
async def main() -> None:
    async with serving(app) as url:
        client = await asyncio.to_thread(httpx.AsyncClient, base_url=url, timeout=5)  # (1)!
        async with client:
            for method, path, body in [("GET", "/", None), ("POST", "/echo", "ping"), ("GET", "/nope", None)]:
                response = await client.request(method, path, content=body)
                print(method, path, response.status_code, response.text)


asyncio.run(main())
# --8<-- [end:main]
