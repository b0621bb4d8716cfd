# /// script
# requires-python = ">=3.11"
# ///
import asyncio

done = asyncio.Event()


async def feed(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
    sent = 0
    try:
        async with asyncio.timeout(5):
            while True:
                writer.write(f"update {sent}\n".encode())
                await writer.drain()  # (1)!
                sent += 1
                await asyncio.sleep(0.05)  # the next update is not ready yet
    except ConnectionError:  # (2)!
        print(f"server: the client is gone after {sent} updates")
    finally:
        writer.close()
        try:
            await writer.wait_closed()  # (3)!
        except ConnectionError:
            print("server: wait_closed() raised a ConnectionError too")
        done.set()


async def main() -> None:
    server = await asyncio.start_server(feed, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    async with server:
        reader, writer = await asyncio.open_connection("127.0.0.1", port)
        async with asyncio.timeout(5):
            for _ in range(3):
                print("client:", (await reader.readline()).decode().strip())
        writer.close()  # (4)!
        await writer.wait_closed()
        print("client: hung up")
        async with asyncio.timeout(5):
            await done.wait()


asyncio.run(main())
