# /// script
# requires-python = ">=3.11"
# ///
import asyncio

handlers: dict[asyncio.Task, asyncio.StreamWriter] = {}
ready = asyncio.Barrier(4)  # three clients and main()


async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
    handlers[asyncio.current_task()] = writer  # (1)!
    try:
        async with asyncio.timeout(10):
            while line := await reader.readline():
                writer.write(line)
                await writer.drain()
    finally:
        del handlers[asyncio.current_task()]
        writer.close()
        await writer.wait_closed()


async def stop(server: asyncio.Server) -> None:
    server.close()  # (2)!
    for writer in handlers.values():  # (3)!
        writer.write(b"server shutting down\n")
        writer.close()
    async with asyncio.timeout(5):
        await asyncio.gather(*handlers, return_exceptions=True)  # (4)!
        await server.wait_closed()


async def client(port: int, n: int) -> str:
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    try:
        writer.write(f"hello from {n}\n".encode())
        async with asyncio.timeout(5):
            echo = await reader.readline()
            await ready.wait()  # connected, answered, now idle
            rest = await reader.read()  # until the server hangs up
        return f"{echo!r} then {rest!r}"
    finally:
        writer.close()
        await writer.wait_closed()


async def main() -> None:
    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    clients = [asyncio.create_task(client(port, n)) for n in range(3)]
    async with asyncio.timeout(5):
        await ready.wait()
    print("handlers running:", len(handlers))
    await stop(server)
    print("handlers running:", len(handlers))
    for reply in await asyncio.gather(*clients):
        print(reply)


asyncio.run(main())
