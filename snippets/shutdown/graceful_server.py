# /// script
# requires-python = ">=3.11"
# [tool.guide]
# timings = { "stopped after" = 1.1 }
# ///
import asyncio
import signal

in_flight: set[asyncio.Task] = set()


async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
    in_flight.add(asyncio.current_task())  # (1)!
    seconds = float(await reader.readline())
    try:
        await asyncio.sleep(seconds)  # the work
        writer.write(b"done\n")
        await writer.drain()
        print(f"server: {seconds} s request finished")
    except asyncio.CancelledError:  # (2)!
        writer.write(b"server shutting down, try again\n")
        print(f"server: {seconds} s request cancelled")
    finally:
        writer.close()
        in_flight.discard(asyncio.current_task())


# --8<-- [start:shutdown]
async def shutdown(server: asyncio.Server, grace: float) -> None:
    server.close()  # (3)!
    print("server: no longer accepting connections")
    if in_flight:
        print(f"server: waiting up to {grace} s for {len(in_flight)} requests")
        _, pending = await asyncio.wait(in_flight, timeout=grace)  # (4)!
        for task in pending:
            task.cancel()  # (5)!
        await asyncio.gather(*pending, return_exceptions=True)
    await server.wait_closed()  # (6)!
# --8<-- [end:shutdown]


async def request(port: int, seconds: float) -> str:
    try:
        reader, writer = await asyncio.open_connection("127.0.0.1", port)
    except ConnectionRefusedError:
        return f"{seconds} s request: connection refused"
    try:
        writer.write(f"{seconds}\n".encode())
        async with asyncio.timeout(10):
            reply = await reader.readline()
        return f"{seconds} s request: {reply.decode().strip() or 'no reply'}"
    finally:
        writer.close()
        await writer.wait_closed()


# --8<-- [start:main]
async def main() -> None:
    loop = asyncio.get_running_loop()
    stop = asyncio.Event()
    loop.add_signal_handler(signal.SIGTERM, stop.set)
    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    start = loop.time()

    requests = [asyncio.create_task(request(port, s)) for s in (0.3, 5.0)]
    loop.call_later(0.1, signal.raise_signal, signal.SIGTERM)  # (7)!
    async with asyncio.timeout(10):
        await stop.wait()
    print("server: SIGTERM")
    stopping = asyncio.create_task(shutdown(server, grace=1.0))
    requests.append(asyncio.create_task(request(port, 0.1)))  # (8)!
    await stopping
    print(f"server: stopped after {loop.time() - start:.1f} s")
    for line in await asyncio.gather(*requests):
        print("client:", line)


asyncio.run(main())
# --8<-- [end:main]
