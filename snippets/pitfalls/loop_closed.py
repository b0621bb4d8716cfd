# /// script
# requires-python = ">=3.11"
# [tool.guide]
# # Run as a reader would: the failed close leaves a socket behind, and -X dev would report it too.
# stderr = "show"
# ///
import asyncio
import socket


class Client:
    async def connect(self) -> None:
        self.server_side, sock = socket.socketpair()  # stands in for a real server
        self.reader, self.writer = await asyncio.open_connection(sock=sock)

    async def aclose(self) -> None:
        self.writer.close()
        await self.writer.wait_closed()
        self.server_side.close()


# --8<-- [start:bug]
async def connect() -> Client:
    client = Client()
    await client.connect()
    return client  # the connection outlives asyncio.run


client = asyncio.run(connect())
try:
    client.writer.close()  # needs the loop, which is closed by now
except RuntimeError as exc:
    print(f"{type(exc).__name__}: {exc}")
# --8<-- [end:bug]


# --8<-- [start:fix]
async def main() -> None:
    client = Client()
    await client.connect()
    try:
        print("connected")
    finally:
        await client.aclose()  # close while the loop still runs


asyncio.run(main())
print("closed cleanly")
# --8<-- [end:fix]
