# /// script
# requires-python = ">=3.11"
# ///
import asyncio
import os
import sys
import time

CHILD = """
import time
for step in range(1, 4):
    time.sleep(0.2)
    print(f"step {step} done")
"""


async def follow(unbuffered: str) -> None:
    env = {**os.environ, "PYTHONUNBUFFERED": unbuffered}  # (1)!
    proc = await asyncio.create_subprocess_exec(
        sys.executable, "-c", CHILD, stdout=asyncio.subprocess.PIPE, env=env
    )
    start = time.perf_counter()
    try:
        while True:
            async with asyncio.timeout(5):  # (2)!
                line = await proc.stdout.readline()
            if not line:  # (3)!
                break
            print(f"  {time.perf_counter() - start:.1f} s: {line.decode().strip()}")
        async with asyncio.timeout(5):
            await proc.wait()
    finally:
        if proc.returncode is None:
            proc.kill()
            await proc.wait()


async def main() -> None:
    print("PYTHONUNBUFFERED unset: the child's stdout is block-buffered")
    await follow("")
    print("PYTHONUNBUFFERED=1: each print reaches the pipe at once")
    await follow("1")


asyncio.run(main())
