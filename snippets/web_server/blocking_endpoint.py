# /// script
# requires-python = ">=3.11"
# dependencies = ["fastapi==0.165.0", "uvicorn==0.54.0", "httpx==0.28.1"]
# [tool.guide]
# # Under `python -X dev` asyncio reports each blocking call on stderr, so run it as a reader would.
# stderr = "show"
# timings = { "async def, time.sleep" = 1.0, "plain def, time.sleep" = 0.2, "async def, to_thread" = 0.2 }
# ///
import asyncio
import contextlib
import socket
import time

import httpx
import uvicorn
from fastapi import FastAPI

# --8<-- [start:app]
app = FastAPI()


@app.get("/blocking")
async def blocking() -> str:
    time.sleep(0.2)  # (1)!
    return "done"


@app.get("/threadpool")
def threadpool() -> str:  # (2)!
    time.sleep(0.2)
    return "done"


@app.get("/to-thread")
async def to_thread() -> str:
    await asyncio.to_thread(time.sleep, 0.2)  # (3)!
    return "done"
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


# --8<-- [start:main]
async def main() -> None:
    async with serving(app) as url:
        client = await asyncio.to_thread(httpx.AsyncClient, base_url=url, timeout=5)
        async with client:
            await asyncio.gather(*[client.get("/to-thread") for _ in range(5)])  # (1)!
            for label, path in [("async def, time.sleep", "/blocking"),
                                ("plain def, time.sleep", "/threadpool"),
                                ("async def, to_thread", "/to-thread")]:
                start = time.perf_counter()
                async with asyncio.TaskGroup() as tg:
                    for _ in range(5):  # (2)!
                        tg.create_task(client.get(path))
                print(f"{label}: {time.perf_counter() - start:.1f} s for 5 requests")


asyncio.run(main())
# --8<-- [end:main]
