# /// script
# requires-python = ">=3.11"
# dependencies = ["fastapi==0.165.0", "uvicorn==0.54.0", "httpx==0.28.1"]
# ///
import asyncio
import contextlib
import json
import socket

import httpx
import uvicorn
from fastapi import FastAPI
from fastapi.responses import StreamingResponse

FIRST_TOKEN = 5  # longest wait for the first token
STALL = 0.3  # longest wait between two tokens

model = FastAPI()


@model.get("/generate")
async def generate(prompt: str) -> StreamingResponse:
    async def events():
        for i, word in enumerate(f"you said {prompt}".split()):
            await asyncio.sleep(0.6 if i == 3 else 0.05)  # the fourth token stalls
            yield f"data: {json.dumps({'token': word})}\n\n"
        yield "data: [DONE]\n\n"

    return StreamingResponse(events(), media_type="text/event-stream")


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


async def stream_tokens(client: httpx.AsyncClient, prompt: str):
    async with client.stream("GET", "/generate", params={"prompt": prompt}) as response:
        response.raise_for_status()
        async for line in response.aiter_lines():
            if not line.startswith("data: "):
                continue
            data = line.removeprefix("data: ")
            if data == "[DONE]":
                return
            yield json.loads(data)["token"]


# --8<-- [start:solution]
async def read_with_stall_timeout(client: httpx.AsyncClient, prompt: str) -> list[str]:
    loop = asyncio.get_running_loop()
    tokens = []
    try:
        async with contextlib.aclosing(stream_tokens(client, prompt)) as stream:  # (1)!
            async with asyncio.timeout(FIRST_TOKEN) as deadline:
                async for token in stream:
                    tokens.append(token)
                    deadline.reschedule(loop.time() + STALL)  # (2)!
    except TimeoutError:
        tokens.append(f"<stalled for {STALL} s>")
    return tokens


async def main() -> None:
    async with serving(model) as url:
        client = await asyncio.to_thread(httpx.AsyncClient, base_url=url, timeout=5)
        async with client:
            print(await read_with_stall_timeout(client, "hi"))
            print(await read_with_stall_timeout(client, "hi there"))


asyncio.run(main())
# --8<-- [end:solution]
