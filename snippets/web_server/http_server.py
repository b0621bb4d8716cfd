# /// script
# requires-python = ">=3.11"
# [tool.guide]
# timings = { "idle connection closed after" = 0.5 }
# ///
import asyncio
import time
from http import HTTPStatus

MAX_HEAD = 8 * 1024  # request line + headers, in bytes
MAX_BODY = 64 * 1024
IDLE_TIMEOUT = 0.5  # seconds a connection may wait for its next request


class BadRequest(Exception):
    def __init__(self, status: int, reason: str) -> None:
        super().__init__(reason)
        self.status = status


# --8<-- [start:read]
async def read_request(reader: asyncio.StreamReader):
    try:
        head = await reader.readuntil(b"\r\n\r\n")  # (1)!
    except asyncio.IncompleteReadError as exc:
        if exc.partial:
            raise BadRequest(400, "incomplete request") from None
        return None  # (2)!
    except asyncio.LimitOverrunError:
        raise BadRequest(431, "headers too large") from None
    request_line, *lines = head[:-4].decode("latin-1").split("\r\n")
    parts = request_line.split(" ")
    if len(parts) != 3 or parts[2] not in ("HTTP/1.0", "HTTP/1.1"):
        raise BadRequest(400, "bad request line")
    headers = {}
    for line in lines:
        name, colon, value = line.partition(":")
        if not colon or not name or name != name.strip():  # (3)!
            raise BadRequest(400, "bad header line")
        headers[name.lower()] = value.strip()
    length = headers.get("content-length", "0")
    if not length.isdigit():
        raise BadRequest(400, "bad Content-Length")
    if int(length) > MAX_BODY:
        raise BadRequest(413, "body too large")
    body = await reader.readexactly(int(length))  # (4)!
    return *parts, headers, body
# --8<-- [end:read]


# --8<-- [start:handle]
def route(method: str, path: str, body: bytes) -> tuple[int, str]:
    if (method, path) == ("GET", "/"):
        return 200, "hello"
    if (method, path) == ("POST", "/echo"):
        return 200, body.decode()
    return 404, "not found"


async def respond(writer, status: int, text: str, keep_alive: bool) -> None:
    body = text.encode()
    head = f"HTTP/1.1 {status} {HTTPStatus(status).phrase}\r\nContent-Length: {len(body)}\r\n"  # (1)!
    if not keep_alive:
        head += "Connection: close\r\n"
    writer.write(head.encode() + b"\r\n" + body)
    await writer.drain()


async def handle(reader, writer) -> None:
    try:
        while True:
            try:
                async with asyncio.timeout(IDLE_TIMEOUT):  # (2)!
                    request = await read_request(reader)
            except TimeoutError:
                break
            except BadRequest as exc:
                await respond(writer, exc.status, str(exc), keep_alive=False)
                break
            if request is None:
                break
            method, path, version, headers, body = request
            connection = headers.get("connection", "").lower()
            keep_alive = connection != "close" if version == "HTTP/1.1" else connection == "keep-alive"  # (3)!
            await respond(writer, *route(method, path, body), keep_alive)
            if not keep_alive:
                break
    except ConnectionError:
        pass
    finally:
        writer.close()
# --8<-- [end:handle]


# --8<-- [start:client]
async def send(reader, writer, raw: bytes) -> str:
    writer.write(raw)
    head = await reader.readuntil(b"\r\n\r\n")
    status_line, *lines = head.decode().split("\r\n")
    headers = dict(line.split(": ", 1) for line in lines if line)
    body = await reader.readexactly(int(headers["Content-Length"]))
    return f"{status_line.split()[1]} {body.decode()!r}"


async def closed(reader) -> bool:
    return await reader.read(1) == b""


async def main() -> None:
    server = await asyncio.start_server(handle, "127.0.0.1", 0, limit=MAX_HEAD)  # (1)!
    port = server.sockets[0].getsockname()[1]
    async with server, asyncio.timeout(10):
        print("keep-alive: three requests, one connection")
        reader, writer = await asyncio.open_connection("127.0.0.1", port)
        print(" ", await send(reader, writer, b"GET / HTTP/1.1\r\nHost: x\r\n\r\n"))
        print(" ", await send(reader, writer, b"POST /echo HTTP/1.1\r\nContent-Length: 4\r\n\r\nping"))
        print(" ", await send(reader, writer, b"GET /nope HTTP/1.1\r\nConnection: close\r\n\r\n"))
        print("  then closed:", await closed(reader))
        writer.close()

        for name, raw in [
            ("malformed request line", b"HELLO\r\n\r\n"),
            ("malformed header", b"GET / HTTP/1.1\r\nno colon here\r\n\r\n"),
            ("bad Content-Length", b"POST /echo HTTP/1.1\r\nContent-Length: -1\r\n\r\n"),
            ("huge headers", b"GET / HTTP/1.1\r\nX-Junk: " + b"a" * 10_000 + b"\r\n\r\n"),
        ]:
            reader, writer = await asyncio.open_connection("127.0.0.1", port)
            print(f"{name}: {await send(reader, writer, raw)}, then closed: {await closed(reader)}")
            writer.close()

        reader, writer = await asyncio.open_connection("127.0.0.1", port)
        start = time.perf_counter()
        await closed(reader)  # (2)!
        print(f"idle connection closed after {time.perf_counter() - start:.1f} s")
        writer.close()
        await writer.wait_closed()


asyncio.run(main())
# --8<-- [end:client]
