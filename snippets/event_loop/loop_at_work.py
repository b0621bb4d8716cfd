# /// script
# requires-python = ">=3.11"
# ///
import asyncio
import socket
import time

START = time.perf_counter()


def log(message: str) -> None:
    print(f"{time.perf_counter() - START:.1f} s  {message}")


async def reader(sock: socket.socket) -> None:
    loop = asyncio.get_running_loop()
    log("reader: waiting for data")
    data = await loop.sock_recv(sock, 100)  # (1)!
    log(f"reader: got {data!r}")


async def main() -> None:
    loop = asyncio.get_running_loop()  # (2)!
    left, right = socket.socketpair()
    with left, right:
        left.setblocking(False)
        right.setblocking(False)
        loop.call_later(0.2, log, "timer: 0.2 s are up")  # (3)!
        loop.call_later(0.1, right.send, b"ping")
        loop.call_soon(log, "callback: runs as soon as main yields")
        task = asyncio.create_task(reader(left))
        log("main: scheduled a callback, two timers and a task")
        await task  # (4)!
        await asyncio.sleep(0.15)


asyncio.run(main())
