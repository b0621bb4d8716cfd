# /// script
# requires-python = ">=3.11"
# ///
import asyncio

LINE = b"x" * 99 + b"\n"
ticks = 0


async def ticker() -> None:  # (1)!
    global ticks
    while True:
        ticks += 1
        await asyncio.sleep(0)


async def dump(writer: asyncio.StreamWriter, yield_each_time: bool) -> None:
    for _ in range(100):  # 10 kB: below the high-water mark
        writer.write(LINE)
        await writer.drain()  # (2)!
        if yield_each_time:
            await asyncio.sleep(0)  # (3)!


async def run(port: int, yield_each_time: bool) -> None:
    global ticks
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    try:
        ticks = 0
        await dump(writer, yield_each_time)
        print(f"yield_each_time={yield_each_time}: other tasks ran {ticks} times during 100 writes")
        writer.write_eof()
        async with asyncio.timeout(5):
            print("  server counted", (await reader.read()).decode())
    finally:
        writer.close()
        await writer.wait_closed()


async def count(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
    async with asyncio.timeout(5):
        data = await reader.read()
    writer.write(f"{len(data)} bytes".encode())
    writer.close()
    await writer.wait_closed()


async def main() -> None:
    server = await asyncio.start_server(count, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    async with server, asyncio.TaskGroup() as tg:
        background = tg.create_task(ticker())
        await run(port, yield_each_time=False)
        await run(port, yield_each_time=True)
        background.cancel()


asyncio.run(main())
