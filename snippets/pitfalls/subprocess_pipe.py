# /// script
# requires-python = ">=3.11"
# ///
import asyncio
import sys

CHILD = [sys.executable, "-c", "print('x' * 1_000_000)"]  # more output than a pipe holds


# --8<-- [start:bug]
async def bug() -> None:
    proc = await asyncio.create_subprocess_exec(*CHILD, stdout=asyncio.subprocess.PIPE)
    try:
        async with asyncio.timeout(1):
            await proc.wait()  # nobody reads stdout: the child blocks on a full pipe
    except TimeoutError:
        print("wait(): still waiting after 1 s")
        proc.kill()
        await proc.communicate()
# --8<-- [end:bug]


# --8<-- [start:fix]
async def fix() -> None:
    proc = await asyncio.create_subprocess_exec(*CHILD, stdout=asyncio.subprocess.PIPE)
    async with asyncio.timeout(10):
        out, _ = await proc.communicate()  # reads while it waits
    print(f"communicate(): {len(out)} bytes, exit code {proc.returncode}")
# --8<-- [end:fix]


async def main() -> None:
    await bug()
    await fix()


asyncio.run(main())
