# /// script
# requires-python = ">=3.11"
# ///
import asyncio

MAX_SIZE = 2**20


# --8<-- [start:framing]
async def send_msg(writer: asyncio.StreamWriter, payload: bytes) -> None:
    writer.write(len(payload).to_bytes(4, "big") + payload)  # (1)!
    await writer.drain()


async def recv_msg(reader: asyncio.StreamReader) -> bytes | None:
    try:
        header = await reader.readexactly(4)
    except asyncio.IncompleteReadError as exc:
        if exc.partial:  # (2)!
            raise ConnectionError("connection closed inside a header") from None
        return None  # a clean end, between two messages
    size = int.from_bytes(header, "big")
    if size > MAX_SIZE:  # (3)!
        raise ValueError(f"message of {size} bytes is too large")
    try:
        return await reader.readexactly(size)
    except asyncio.IncompleteReadError as exc:
        raise ConnectionError(f"connection closed after {len(exc.partial)} of {size} bytes") from None
# --8<-- [end:framing]


async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
    try:
        while True:
            async with asyncio.timeout(5):
                message = await recv_msg(reader)
            if message is None:
                print("server: client finished")
                break
            await send_msg(writer, message[::-1])
    except ConnectionError as exc:
        print("server:", exc)
    finally:
        writer.close()
        await writer.wait_closed()


async def main() -> None:
    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    async with server:
        reader, writer = await asyncio.open_connection("127.0.0.1", port)
        for message in (b"hello", b"two\nlines", b""):
            await send_msg(writer, message)
            async with asyncio.timeout(5):
                print("client got:", await recv_msg(reader))
        writer.write_eof()
        async with asyncio.timeout(5):
            print("client got:", await recv_msg(reader))  # the server hung up
        writer.close()
        await writer.wait_closed()

        reader, writer = await asyncio.open_connection("127.0.0.1", port)
        writer.write((10).to_bytes(4, "big") + b"abc")  # promises 10 bytes, sends 3
        writer.write_eof()
        async with asyncio.timeout(5):
            await reader.read()  # wait until the server hangs up
        writer.close()
        await writer.wait_closed()


asyncio.run(main())
