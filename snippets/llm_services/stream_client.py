# /// script
# requires-python = ">=3.11"
# dependencies = ["fastapi==0.165.0", "uvicorn==0.54.0", "httpx==0.28.1"]
# [tool.guide]
# timings = { "first token after" = 0.1, "all tokens after" = 0.5 }
# ///
import asyncio
import contextlib
import json
import socket
import time

import httpx
import uvicorn
from fastapi import FastAPI
from fastapi.responses import StreamingResponse

# --8<-- [start:model]
model = FastAPI()


@model.get("/generate")
async def generate(prompt: str) -> StreamingResponse:
    async def events():
        for word in f"you said {prompt}".split():
            await asyncio.sleep(0.1)  # (1)!
            yield f"data: {json.dumps({'token': word})}\n\n"  # (2)!
        yield "data: [DONE]\n\n"

    return StreamingResponse(events(), media_type="text/event-stream")
# --8<-- [end:model]


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


# --8<-- [start:client]
async def stream_tokens(client: httpx.AsyncClient, prompt: str):
    async with client.stream("GET", "/generate", params={"prompt": prompt}) as response:  # (1)!
        response.raise_for_status()
        async for line in response.aiter_lines():  # (2)!
            if not line.startswith("data: "):
                continue  # (3)!
            data = line.removeprefix("data: ")
            if data == "[DONE]":
                return
            yield json.loads(data)["token"]


async def main() -> None:
    async with serving(model) as url:
        client = await asyncio.to_thread(httpx.AsyncClient, base_url=url, timeout=5)
        async with client:
            await client.get("/generate", params={"prompt": "warm-up"})  # (4)!
            start = time.perf_counter()
            async for token in stream_tokens(client, "hello streaming world"):
                if token == "you":
                    print(f"first token after {time.perf_counter() - start:.1f} s")
                print(" ", token)
            print(f"all tokens after {time.perf_counter() - start:.1f} s")


asyncio.run(main())
# --8<-- [end:client]
