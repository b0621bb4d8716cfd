# /// script
# requires-python = ">=3.11"
# dependencies = ["fastapi==0.165.0", "uvicorn==0.54.0", "httpx==0.28.1"]
# ///
import asyncio
import contextlib
import socket
from collections import Counter

import httpx
import uvicorn
from fastapi import FastAPI
from fastapi.responses import StreamingResponse

TOKENS = 20
generated = Counter()  # tokens each endpoint's model produced


# --8<-- [start:gateway]
async def model(name: str):  # (1)!
    for i in range(TOKENS):
        await asyncio.sleep(0.05)
        generated[name] += 1
        yield f"t{i}"


async def pump(tokens, queue: asyncio.Queue) -> None:
    async for token in tokens:
        await queue.put(token)
    await queue.put(None)


gateway = FastAPI()
background = set()


@gateway.get("/naive")
async def naive() -> StreamingResponse:
    queue = asyncio.Queue()
    task = asyncio.create_task(pump(model("naive"), queue))  # (2)!
    background.add(task)
    task.add_done_callback(background.discard)

    async def events():
        while (token := await queue.get()) is not None:
            yield f"data: {token}\n\n"

    return StreamingResponse(events(), media_type="text/event-stream")


@gateway.get("/careful")
async def careful() -> StreamingResponse:
    async def events():
        queue = asyncio.Queue(maxsize=2)  # (3)!
        producer = asyncio.create_task(pump(model("careful"), queue))
        try:
            while (token := await queue.get()) is not None:
                yield f"data: {token}\n\n"
        finally:
            producer.cancel()  # (4)!

    return StreamingResponse(events(), media_type="text/event-stream")
# --8<-- [end:gateway]


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


# --8<-- [start:main]
async def main() -> None:
    async with serving(gateway) as url:
        client = await asyncio.to_thread(httpx.AsyncClient, base_url=url, timeout=5)
        async with client:
            for path in ["/naive", "/careful"]:
                async with client.stream("GET", path) as response:
                    lines = (line async for line in response.aiter_lines() if line)
                    read = [await anext(lines) for _ in range(3)]  # (1)!
                    await lines.aclose()
                await asyncio.sleep(TOKENS * 0.05 + 0.2)  # (2)!
                total = generated[path[1:]]  # (3)!
                made = f"all {TOKENS}" if total == TOKENS else f"at most {len(read) + 3}" if total <= len(read) + 3 else total
                print(f"{path}: the client read {len(read)} tokens and left; the model made {made} of {TOKENS}")


asyncio.run(main())
# --8<-- [end:main]
