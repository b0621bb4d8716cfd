# /// script
# requires-python = ">=3.12"
# dependencies = ["uvloop==0.23.0"]
# ///
import asyncio

import uvloop


# --8<-- [start:main]
async def echo(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
    writer.write(await reader.readline())
    await writer.drain()
    writer.close()
    await writer.wait_closed()


async def main() -> None:
    loop = asyncio.get_running_loop()
    print("loop:", type(loop).__module__, type(loop).__name__)
    server = await asyncio.start_server(echo, "127.0.0.1", 0)  # (1)!
    port = server.sockets[0].getsockname()[1]
    async with server:
        reader, writer = await asyncio.open_connection("127.0.0.1", port)
        writer.write(b"hello, uvloop\n")
        print("echo:", (await asyncio.wait_for(reader.readline(), 5)).decode().strip())
        writer.close()
        await writer.wait_closed()


asyncio.run(main(), loop_factory=uvloop.new_event_loop)  # (2)!
asyncio.run(main())  # (3)!
# --8<-- [end:main]
