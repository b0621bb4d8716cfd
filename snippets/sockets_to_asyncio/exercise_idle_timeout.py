# /// script
# requires-python = ">=3.11"
# [tool.guide]
# timings = { "connection closed after" = 0.3 }
# ///
import asyncio
import time

IDLE = 0.3  # seconds of silence before the server hangs up


async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
    try:
        while True:
            try:
                async with asyncio.timeout(IDLE):  # (1)!
                    line = await reader.readline()
            except TimeoutError:
                writer.write(b"idle too long, bye\n")
                break
            if not line:
                break
            writer.write(line)
            await writer.drain()
    finally:
        writer.close()
        await writer.wait_closed()


async def main() -> None:
    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    async with server, asyncio.timeout(5):  # (2)!
        reader, writer = await asyncio.open_connection("127.0.0.1", port)
        start = time.perf_counter()
        writer.write(b"hello\n")
        print("reply:", (await reader.readline()).decode().strip())
        print("reply:", (await reader.readline()).decode().strip())  # then say nothing
        print("then:", await reader.read())  # (3)!
        print(f"connection closed after {time.perf_counter() - start:.1f} s")
        writer.close()
        await writer.wait_closed()


asyncio.run(main())
