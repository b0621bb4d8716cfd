# /// script
# requires-python = ">=3.11"
# [tool.guide]
# timings = { "the longest drain" = 0.5 }
# ///
import asyncio
import socket
import time

CHUNK = b"x" * 65536


async def slow_reader(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
    await asyncio.sleep(0.5)  # (1)!
    total = 0
    async with asyncio.timeout(5):
        while data := await reader.read(65536):
            total += len(data)
    writer.write(f"received {total // 2**20} MiB".encode())
    writer.close()
    await writer.wait_closed()


async def main() -> None:
    server = await asyncio.start_server(slow_reader, "127.0.0.1", 0)
    listener = server.sockets[0]
    listener.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 65536)  # (2)!
    async with server:
        reader, writer = await asyncio.open_connection(*listener.getsockname())
        writer.get_extra_info("socket").setsockopt(socket.SOL_SOCKET, socket.SO_SNDBUF, 65536)
        print("write buffer limits (low, high):", writer.transport.get_write_buffer_limits())
        longest = 0.0
        for _ in range(16):  # 1 MiB
            writer.write(CHUNK)
            start = time.perf_counter()
            async with asyncio.timeout(5):
                await writer.drain()  # (3)!
            longest = max(longest, time.perf_counter() - start)
        print(f"the longest drain() took {longest:.1f} s")
        writer.write_eof()  # (4)!
        try:
            async with asyncio.timeout(5):
                print("server says:", (await reader.read()).decode())
        finally:
            writer.close()
            await writer.wait_closed()


asyncio.run(main())
