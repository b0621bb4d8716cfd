# /// script
# requires-python = ">=3.11"
# dependencies = ["pytest==9.2.0", "pytest-asyncio==1.5.0"]
# ///
import asyncio

import pytest
import pytest_asyncio


# --8<-- [start:server]
async def shout(reader: asyncio.StreamReader,
                writer: asyncio.StreamWriter) -> None:
    """The code under test: answers every line in capitals."""
    try:
        while line := await reader.readline():
            writer.write(line.upper())
            await writer.drain()
    finally:
        writer.close()
        await writer.wait_closed()
# --8<-- [end:server]


# --8<-- [start:tests]
@pytest_asyncio.fixture  # (1)!
async def port():
    server = await asyncio.start_server(shout, "127.0.0.1", 0)  # (2)!
    async with server:  # (3)!
        yield server.sockets[0].getsockname()[1]


async def ask(port: int, text: str) -> str:
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    try:
        writer.write(text.encode() + b"\n")
        return (await reader.readline()).decode().strip()
    finally:
        writer.close()
        await writer.wait_closed()


@pytest.mark.asyncio  # (4)!
async def test_one_client(port):
    async with asyncio.timeout(5):  # (5)!
        assert await ask(port, "hello") == "HELLO"


@pytest.mark.asyncio
async def test_two_clients_at_once(port):
    async with asyncio.timeout(5):
        answers = await asyncio.gather(ask(port, "a"), ask(port, "b"))
    assert answers == ["A", "B"]
# --8<-- [end:tests]


# --8<-- [start:main]
if __name__ == "__main__":  # (6)!
    import os
    import sys

    here = os.path.dirname(os.path.abspath(__file__))
    args = [__file__, "-v", "--no-header",
            "-c", os.devnull, "--confcutdir", here,  # (7)!
            "--disable-plugin-autoload", "-p", "no:cacheprovider",  # (8)!
            "-o", "asyncio_default_fixture_loop_scope=function"]  # (9)!
    sys.exit(pytest.main(args, plugins=[pytest_asyncio.plugin]))
# --8<-- [end:main]
