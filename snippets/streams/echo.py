# /// script
# requires-python = ">=3.11"
# ///
import asyncio


async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:  # (1)!
    try:
        while True:
            async with asyncio.timeout(5):  # (2)!
                line = await reader.readline()
            if not line or line == b"quit\n":  # (3)!
                break
            writer.write(line.upper())
            await writer.drain()  # (4)!
    finally:
        writer.close()
        await writer.wait_closed()  # (5)!


async def client(port: int) -> None:
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    try:
        for word in ("hello", "streams"):
            writer.write(f"{word}\n".encode())
            await writer.drain()
            async with asyncio.timeout(5):
                reply = await reader.readline()
            print("client got:", reply.decode().rstrip())
        writer.write(b"quit\n")
        async with asyncio.timeout(5):
            print("after quit:", await reader.read())  # (6)!
    finally:
        writer.close()
        await writer.wait_closed()


async def main() -> None:
    server = await asyncio.start_server(handle, "127.0.0.1", 0)  # (7)!
    port = server.sockets[0].getsockname()[1]
    async with server:  # (8)!
        await client(port)
    print("server closed")


asyncio.run(main())
