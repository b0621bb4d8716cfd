# /// script
# requires-python = ">=3.11"
# dependencies = ["pytest==9.2.0", "anyio==4.16.0"]
# ///
import asyncio

import anyio.pytest_plugin
import pytest

# --8<-- [start:tests]
pytestmark = pytest.mark.anyio  # (1)!


@pytest.fixture(scope="module")
def anyio_backend():  # (2)!
    return "asyncio"


@pytest.fixture(scope="module")
async def shared_loop():  # (3)!
    yield asyncio.get_running_loop()


async def test_first(shared_loop):
    assert asyncio.get_running_loop() is shared_loop


async def test_second(shared_loop):
    assert asyncio.get_running_loop() is shared_loop
    with anyio.fail_after(1):  # (4)!
        await asyncio.sleep(0.01)
# --8<-- [end:tests]


if __name__ == "__main__":
    import os
    import sys

    here = os.path.dirname(os.path.abspath(__file__))
    args = [__file__, "-v", "--no-header",
            "-c", os.devnull, "--confcutdir", here,
            "--disable-plugin-autoload", "-p", "no:cacheprovider"]
    sys.exit(pytest.main(args, plugins=[anyio.pytest_plugin]))
