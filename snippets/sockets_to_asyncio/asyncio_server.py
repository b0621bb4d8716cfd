# /// script
# requires-python = ">=3.11"
# [tool.guide]
# timings = { "bob: first reply" = 0.0, "both clients done" = 0.5 }
# ///
import asyncio
import socket
import threading
import time

socket.setdefaulttimeout(5)


# --8<-- [start:server]
connections: set[asyncio.Task] = set()


async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:  # (1)!
    connections.add(asyncio.current_task())
    try:
        while line := await reader.readline():  # (2)!
            writer.write(line)
            await writer.drain()  # (3)!
    finally:
        writer.close()
        await writer.wait_closed()


async def main() -> None:
    server = await asyncio.start_server(handle, "127.0.0.1", 0)  # (4)!
    port = server.sockets[0].getsockname()[1]
    async with server:  # closes the server on the way out
        await asyncio.to_thread(run_clients, port)  # (5)!
    await asyncio.wait(connections, timeout=5)  # (6)!
# --8<-- [end:server]


def client(name: str, port: int, results: dict, connected: threading.Event) -> None:
    start = time.perf_counter()
    with socket.create_connection(("127.0.0.1", port)) as sock, sock.makefile("rb") as replies:
        connected.set()
        sock.sendall(f"hello from {name}\n".encode())
        replies.readline()
        first = time.perf_counter() - start
        time.sleep(0.5)  # the client "types" for a while
        sock.sendall(f"bye from {name}\n".encode())
        replies.readline()
    results[name] = f"first reply after {first:.1f} s, done after {time.perf_counter() - start:.1f} s"


def run_clients(port: int) -> None:
    results: dict[str, str] = {}
    start = time.perf_counter()
    threads = []
    for name in ("alice", "bob"):
        connected = threading.Event()
        threads.append(threading.Thread(target=client, args=(name, port, results, connected)))
        threads[-1].start()
        connected.wait(5)  # alice first, then bob
    for t in threads:
        t.join()
    for name in sorted(results):
        print(f"{name}: {results[name]}")
    print(f"both clients done: {time.perf_counter() - start:.1f} s")


asyncio.run(main())
