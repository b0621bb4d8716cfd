# /// script
# requires-python = ">=3.11"
# ///
import asyncio
import sys
from asyncio.subprocess import PIPE

PRINT_1MB = "import sys; sys.stdout.write('x' * 1_000_000)"  # (1)!


async def wait_at_most(proc: asyncio.subprocess.Process, seconds: float) -> str:
    try:
        async with asyncio.timeout(seconds):
            await proc.wait()
        return f"returned {proc.returncode}"
    except TimeoutError:
        return f"still waiting after {seconds} s"


async def main() -> None:
    proc = await asyncio.create_subprocess_exec(sys.executable, "-c", PRINT_1MB, stdout=PIPE)
    print("wait():", await wait_at_most(proc, 1))  # (2)!
    proc.kill()  # (3)!
    print("wait() after kill():", await wait_at_most(proc, 1))  # (4)!
    out, _ = await proc.communicate()  # (5)!
    print(f"communicate() after kill(): returncode {proc.returncode}, output cut short: {len(out) < 1_000_000}")

    proc = await asyncio.create_subprocess_exec(sys.executable, "-c", PRINT_1MB, stdout=PIPE)
    async with asyncio.timeout(10):
        out, _ = await proc.communicate()  # (6)!
    print(f"communicate(): returncode {proc.returncode}, {len(out)} bytes")


asyncio.run(main())
