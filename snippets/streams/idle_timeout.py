# /// script
# requires-python = ">=3.11"
# ///
import asyncio
import time


async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
    try:
        async with asyncio.timeout(0.3):  # (1)!
            line = await reader.readline()
        print(f"server: got {line}" if line else "server: the client left")
    except TimeoutError:
        print("server: silent for 0.3 s, hanging up")
    finally:
        writer.close()
        await writer.wait_closed()


async def client(port: int, name: str, patience: float) -> None:
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    start = time.perf_counter()
    try:
        async with asyncio.timeout(patience):  # (2)!
            data = await reader.read(100)
        print(f"{name}: got {data} after {time.perf_counter() - start:.1f} s")  # (3)!
    except TimeoutError:
        print(f"{name}: no reply within {patience} s, giving up")
    finally:
        writer.close()
        await writer.wait_closed()


async def main() -> None:
    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    async with server:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(client(port, "impatient", patience=0.1))
            tg.create_task(client(port, "patient", patience=1.0))


asyncio.run(main())
