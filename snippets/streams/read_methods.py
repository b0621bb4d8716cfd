# /// script
# requires-python = ">=3.11"
# ///
import asyncio


async def send_and_hang_up(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
    writer.write(b"\x00\x05" + b"hello" + b"GET /a\r\n" + b"line\n" + b"abc")  # (1)!
    await writer.drain()
    writer.close()
    await writer.wait_closed()


async def read_all(reader: asyncio.StreamReader) -> None:
    size = int.from_bytes(await reader.readexactly(2), "big")  # (2)!
    print("readexactly:", await reader.readexactly(size))
    print("readuntil:  ", await reader.readuntil(b"\r\n"))  # (3)!
    print("readline:   ", await reader.readline())
    try:
        await reader.readexactly(10)  # (4)!
    except asyncio.IncompleteReadError as exc:
        print("IncompleteReadError:", exc)
        print("  partial:", exc.partial, "expected:", exc.expected)
    print("readline at EOF:", await reader.readline())  # (5)!
    print("read at EOF:", await reader.read(100))


async def main() -> None:
    server = await asyncio.start_server(send_and_hang_up, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    async with server:
        reader, writer = await asyncio.open_connection("127.0.0.1", port)
        try:
            async with asyncio.timeout(5):
                await read_all(reader)
        finally:
            writer.close()
            await writer.wait_closed()


asyncio.run(main())
