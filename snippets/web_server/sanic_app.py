# /// script
# requires-python = ">=3.11"
# dependencies = ["sanic==25.12.1", "uvicorn==0.54.0", "httpx==0.28.1"]
# ///
import asyncio
import contextlib
import socket

import httpx
import uvicorn
from sanic import Sanic
from sanic.response import text

# --8<-- [start:app]
app = Sanic("demo", configure_logging=False)  # (1)!


@app.get("/")
async def hello(request):
    return text("hello")


@app.post("/echo")
async def echo(request):
    return text(request.body.decode())
# --8<-- [end:app]


@contextlib.asynccontextmanager
async def serving(app):  # the same helper as in fastapi_app.py
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


async def main() -> None:
    async with serving(app) as url:
        client = await asyncio.to_thread(httpx.AsyncClient, base_url=url, timeout=5)
        async with client:
            for method, path, body in [("GET", "/", None), ("POST", "/echo", "ping"), ("GET", "/nope", None)]:
                response = await client.request(method, path, content=body)
                print(method, path, response.status_code, response.text if response.is_success else "")


asyncio.run(main())
