# /// script
# requires-python = ">=3.11"
# [tool.guide]
# # The point is the ResourceWarning on stderr, so run it as a reader would.
# stderr = "show"
# ///
import asyncio
import warnings

warnings.simplefilter("error", ResourceWarning)  # (1)!


async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
    writer.write(await reader.readline())
    writer.close()
    await writer.wait_closed()


async def ask(port: int) -> bytes:
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    writer.write(b"ping\n")
    return await asyncio.wait_for(reader.read(), 5)  # (2)!


async def main() -> None:
    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    async with server:
        port = server.sockets[0].getsockname()[1]
        print("reply:", await ask(port))


asyncio.run(main())
print("asyncio.run returned")
