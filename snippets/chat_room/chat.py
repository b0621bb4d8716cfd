# /// script
# requires-python = ">=3.11"
# ///
import asyncio
import socket

QUEUE_SIZE = 8  # messages waiting for one client before it counts as slow


# --8<-- [start:client]
class Client:
    def __init__(self, name: str, writer: asyncio.StreamWriter) -> None:
        self.name = name
        self.writer = writer
        self.queue: asyncio.Queue[str | None] = asyncio.Queue(QUEUE_SIZE)  # (1)!
        self.sender = asyncio.create_task(self.send_loop())

    async def send_loop(self) -> None:  # (2)!
        try:
            while (line := await self.queue.get()) is not None:
                self.writer.write(line.encode() + b"\n")
                await self.writer.drain()
        except ConnectionError:
            pass  # the client vanished
        finally:
            self.writer.close()

    def hang_up(self, farewell: str) -> None:  # (3)!
        try:
            self.queue.put_nowait(farewell)
            self.queue.put_nowait(None)
        except asyncio.QueueFull:
            self.kick()

    def kick(self) -> None:
        self.sender.cancel()
        self.writer.transport.abort()  # (4)!
# --8<-- [end:client]


# --8<-- [start:server]
clients: dict[str, Client] = {}  # nickname -> client, in joining order


def broadcast(text: str, skip: Client | None = None) -> None:
    for client in list(clients.values()):
        if client is skip or client.name not in clients:  # skip: the sender
            continue
        try:
            client.queue.put_nowait(text)  # (1)!
        except asyncio.QueueFull:
            del clients[client.name]  # (2)!
            client.kick()
            broadcast(f"* {client.name} was too slow and got disconnected")


async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
    small_buffers(writer)
    name = (await reader.readline()).decode().strip()  # (3)!
    if not name or name in clients:
        writer.write(f"* nickname {name!r} is taken\n".encode())
        writer.close()
        await writer.wait_closed()
        return
    client = clients[name] = Client(name, writer)
    client.queue.put_nowait(f"* welcome {name}, online: {', '.join(clients)}")
    broadcast(f"* {name} joined", skip=client)
    try:
        while line := await reader.readline():
            text = line.decode().strip()
            if text == "/quit":  # (4)!
                break
            broadcast(f"{name}: {text}", skip=client)
    finally:
        if clients.get(name) is client:  # it left on its own
            del clients[name]
            broadcast(f"* {name} left")
            client.hang_up("* bye")
        await asyncio.wait([client.sender], timeout=5)  # (5)!
        await writer.wait_closed()
# --8<-- [end:server]


# --8<-- [start:buffers]
def small_buffers(writer: asyncio.StreamWriter) -> None:
    # Demo setting: small socket buffers, so a client that stops reading
    # fills them after a few KB rather than a few MB.
    writer.get_extra_info("socket").setsockopt(socket.SOL_SOCKET, socket.SO_SNDBUF, 4096)
    writer.transport.set_write_buffer_limits(high=4096)
# --8<-- [end:buffers]


# --8<-- [start:shutdown]
async def shut_down(server: asyncio.Server, handlers: set[asyncio.Task]) -> None:
    server.close()  # (1)!
    while clients:
        clients.popitem()[1].hang_up("* server shutting down")  # (2)!
    await asyncio.wait(handlers, timeout=5)  # (3)!
    await server.wait_closed()
# --8<-- [end:shutdown]


# --8<-- [start:bot]
class Bot:
    """A scripted chat client; it prints what it says and hears."""

    def __init__(self, name: str, label: str = "") -> None:
        self.name = name
        self.label = label or name  # what the transcript calls it

    async def join(self, port: int, rcvbuf: int | None = None) -> None:
        sock = socket.socket()
        if rcvbuf:
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, rcvbuf)
        sock.setblocking(False)
        await asyncio.get_running_loop().sock_connect(sock, ("127.0.0.1", port))
        self.reader, self.writer = await asyncio.open_connection(sock=sock)
        print(f"{self.label:>7} joins as {self.name}")
        await self.say(self.name, quiet=True)

    async def say(self, text: str, quiet: bool = False) -> None:
        if not quiet:
            print(f"{self.label:>7} says   {text}")
        self.writer.write(text.encode() + b"\n")
        await self.writer.drain()

    async def hear(self, quiet: bool = False) -> str:
        line = (await self.reader.readline()).decode().rstrip("\n") or "<connection closed>"
        if not quiet:
            print(f"{self.label:>7} hears  {line}")
        return line

    async def leave(self) -> None:
        print(f"{self.label:>7} disconnects")
        self.writer.close()
        await self.writer.wait_closed()
# --8<-- [end:bot]


# --8<-- [start:script]
async def main() -> None:
    handlers: set[asyncio.Task] = set()

    async def tracked(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        handlers.add(asyncio.current_task())
        await handle(reader, writer)

    server = await asyncio.start_server(tracked, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    alice, bob, carol, dave = map(Bot, ["alice", "bob", "carol", "dave"])
    impostor = Bot("alice", label="alice 2")
    async with asyncio.timeout(10):  # (1)!
        await alice.join(port)
        await alice.hear()
        await bob.join(port)
        await bob.hear()
        await alice.hear()
        await impostor.join(port)  # (2)!
        await impostor.hear()
        await impostor.hear()
        await impostor.leave()

        await alice.say("hi bob")
        await bob.hear()
        await carol.join(port, rcvbuf=4096)  # (3)!
        await alice.hear()
        await bob.hear()

        print("-- bob pastes a long log, one line at a time, and carol reads nothing")
        for n in range(1, 20_000):
            await bob.say(f"log line {n} " + "." * 1000, quiet=True)
            if (line := await alice.hear(quiet=True)).startswith("* "):  # (4)!
                print(f"{alice.label:>7} hears  {line}")
                await alice.hear(quiet=True)  # the log line bob just sent
                break
        await bob.hear()

        await dave.join(port)
        await dave.hear()
        await alice.hear()
        await bob.hear()
        await bob.say("/quit")  # (5)!
        await bob.hear()
        await bob.hear()
        await bob.leave()
        await alice.hear()
        await dave.hear()
        await dave.leave()  # (6)!
        await alice.hear()

        print("-- the server shuts down")
        await shut_down(server, handlers)
        await alice.hear()
        await alice.hear()
        await alice.leave()
        await carol.leave()
# --8<-- [end:script]


asyncio.run(main())
