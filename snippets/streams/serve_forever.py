# /// script
# requires-python = ">=3.11"
# ///
import asyncio


async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
    try:
        async with asyncio.timeout(10):  # a generous idle timeout
            while line := await reader.readline():
                writer.write(line)
                await writer.drain()
    finally:
        writer.close()
        await writer.wait_closed()


async def main() -> None:
    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    serving = asyncio.create_task(server.serve_forever())  # (1)!

    reader, writer = await asyncio.open_connection("127.0.0.1", port)  # (2)!
    writer.write(b"hi\n")
    async with asyncio.timeout(5):
        print("client got:", await reader.readline())

    serving.cancel()  # (3)!
    done, _ = await asyncio.wait({serving}, timeout=0.5)
    print("serve_forever() ended within 0.5 s:", bool(done))
    try:
        async with asyncio.timeout(0.1):
            print("client reads:", await reader.read(100))
    except TimeoutError:
        print("client: connection still open")

    writer.close()  # (4)!
    await writer.wait_closed()
    async with asyncio.timeout(5):
        await asyncio.gather(serving, return_exceptions=True)
    print("server closed:", not server.is_serving())


asyncio.run(main())
