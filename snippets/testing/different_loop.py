# /// script
# requires-python = ">=3.11"
# dependencies = ["pytest==9.2.0", "pytest-asyncio==1.5.0"]
# ///
import asyncio

import pytest
import pytest_asyncio


async def echo(reader: asyncio.StreamReader,
               writer: asyncio.StreamWriter) -> None:
    while line := await reader.readline():
        writer.write(line)
    writer.close()
    await writer.wait_closed()


# --8<-- [start:tests]
@pytest_asyncio.fixture(scope="session", loop_scope="session")  # (1)!
async def connection():
    server = await asyncio.start_server(echo, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    yield reader, writer
    writer.close()
    await writer.wait_closed()
    server.close()
    await server.wait_closed()


@pytest.mark.asyncio  # (2)!
async def test_default_loop(connection):
    reader, writer = connection
    writer.write(b"ping\n")
    assert await reader.readline() == b"ping\n"


@pytest.mark.asyncio(loop_scope="session")  # (3)!
async def test_session_loop(connection):
    reader, writer = connection
    writer.write(b"ping\n")
    assert await reader.readline() == b"ping\n"
# --8<-- [end:tests]


if __name__ == "__main__":
    import os

    here = os.path.dirname(os.path.abspath(__file__))
    args = [__file__, "-v", "--no-header",
            "-c", os.devnull, "--confcutdir", here,
            "--disable-plugin-autoload", "-p", "no:cacheprovider",
            "-o", "asyncio_default_fixture_loop_scope=function",
            "--tb=short", "-rN"]
    code = pytest.main(args, plugins=[pytest_asyncio.plugin])
    print(f"pytest exit code {code}: test_default_loop fails on purpose")
