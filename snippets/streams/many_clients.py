# /// script
# requires-python = ">=3.11"
# [tool.guide]
# timings = { "50 clients" = 2.0 }
# ///
import asyncio
import time


async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
    try:
        async with asyncio.timeout(5):
            name = (await reader.readline()).decode().strip()
            await asyncio.sleep(2)  # (1)!
            writer.write(f"hello, {name}\n".encode())
            await writer.drain()
    finally:
        writer.close()
        await writer.wait_closed()


async def client(port: int, n: int) -> str:
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    try:
        writer.write(f"client {n}\n".encode())
        async with asyncio.timeout(5):
            return (await reader.readline()).decode().strip()
    finally:
        writer.close()
        await writer.wait_closed()


async def main() -> None:
    server = await asyncio.start_server(handle, "127.0.0.1", 0)  # (2)!
    port = server.sockets[0].getsockname()[1]
    async with server:
        start = time.perf_counter()
        async with asyncio.TaskGroup() as tg:
            tasks = [tg.create_task(client(port, n)) for n in range(50)]
        elapsed = time.perf_counter() - start
    print(tasks[0].result(), "...", tasks[-1].result())
    print(f"50 clients: {elapsed:.1f} s")  # (3)!


asyncio.run(main())
