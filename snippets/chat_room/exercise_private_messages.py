# /// script
# requires-python = ">=3.11"
# ///
import asyncio
import socket

QUEUE_SIZE = 8  # messages waiting for one client before it counts as slow


class Client:
    def __init__(self, name: str, writer: asyncio.StreamWriter) -> None:
        self.name = name
        self.writer = writer
        self.queue: asyncio.Queue[str | None] = asyncio.Queue(QUEUE_SIZE)
        self.sender = asyncio.create_task(self.send_loop())

    async def send_loop(self) -> None:
        try:
            while (line := await self.queue.get()) is not None:
                self.writer.write(line.encode() + b"\n")
                await self.writer.drain()
        except ConnectionError:
            pass  # the client vanished
        finally:
            self.writer.close()

    def hang_up(self, farewell: str) -> None:
        try:
            self.queue.put_nowait(farewell)
            self.queue.put_nowait(None)
        except asyncio.QueueFull:
            self.kick()

    def kick(self) -> None:
        self.sender.cancel()
        self.writer.transport.abort()


clients: dict[str, Client] = {}  # nickname -> client, in joining order


# --8<-- [start:send_to]
def send_to(client: Client, text: str) -> None:  # (1)!
    try:
        client.queue.put_nowait(text)
    except asyncio.QueueFull:
        del clients[client.name]
        client.kick()
        broadcast(f"* {client.name} was too slow and got disconnected")


def broadcast(text: str, skip: Client | None = None) -> None:
    for client in list(clients.values()):
        if client is not skip and client.name in clients:
            send_to(client, text)
# --8<-- [end:send_to]


async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
    small_buffers(writer)
    name = (await reader.readline()).decode().strip()
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
            if text == "/quit":
                break
            # --8<-- [start:msg]
            if text.startswith("/msg "):  # (1)!
                to, _, message = text.removeprefix("/msg ").partition(" ")
                if to in clients:
                    send_to(clients[to], f"{name} (private): {message}")
                else:
                    send_to(client, f"* no one called {to!r} is here")
                continue
            # --8<-- [end:msg]
            broadcast(f"{name}: {text}", skip=client)
    finally:
        if clients.get(name) is client:  # it left on its own
            del clients[name]
            broadcast(f"* {name} left")
            client.hang_up("* bye")
        await asyncio.wait([client.sender], timeout=5)
        await writer.wait_closed()


def small_buffers(writer: asyncio.StreamWriter) -> None:
    # Demo setting: small socket buffers, so a client that stops reading
    # fills them after a few KB rather than a few MB.
    writer.get_extra_info("socket").setsockopt(socket.SOL_SOCKET, socket.SO_SNDBUF, 4096)
    writer.transport.set_write_buffer_limits(high=4096)


async def shut_down(server: asyncio.Server, handlers: set[asyncio.Task]) -> None:
    server.close()
    while clients:
        clients.popitem()[1].hang_up("* server shutting down")
    await asyncio.wait(handlers, timeout=5)
    await server.wait_closed()


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


async def main() -> None:
    handlers: set[asyncio.Task] = set()

    async def tracked(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        handlers.add(asyncio.current_task())
        await handle(reader, writer)

    server = await asyncio.start_server(tracked, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    alice, bob, carol = map(Bot, ["alice", "bob", "carol"])
    async with asyncio.timeout(10):
        await alice.join(port)
        await alice.hear()
        await bob.join(port)
        await bob.hear()
        await alice.hear()
        await carol.join(port)
        await carol.hear()
        await alice.hear()
        await bob.hear()
        await alice.say("/msg bob lunch at noon?")
        await bob.hear()
        await bob.say("/msg alice sure")
        await alice.hear()
        await alice.say("/msg dave are you there?")
        await alice.hear()
        await alice.say("hello everyone")  # carol's next line: no private message before it
        await bob.hear()
        await carol.hear()
        print("-- the server shuts down")
        await shut_down(server, handlers)
        for bot in (alice, bob, carol):
            await bot.hear()
            await bot.hear()
            await bot.leave()


asyncio.run(main())
