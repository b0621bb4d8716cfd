# /// script
# requires-python = ">=3.11"
# [tool.guide]
# timings = { "timed out after" = 0.5 }
# ///
import asyncio
import sys
import time
from asyncio.subprocess import PIPE

started: list[asyncio.subprocess.Process] = []  # only for the check at the end


# --8<-- [start:run]
async def run(*args: str) -> tuple[int, str]:
    proc = await asyncio.create_subprocess_exec(*args, stdout=PIPE)
    started.append(proc)
    try:
        out, _ = await proc.communicate()
    finally:
        if proc.returncode is None:  # (1)!
            proc.kill()
            await proc.communicate()  # (2)!
    return proc.returncode, out.decode()
# --8<-- [end:run]


async def main() -> None:
    async with asyncio.timeout(5):
        code, out = await run(sys.executable, "-c", "print('quick')")
    print("quick:", code, out.strip())

    async with asyncio.timeout(5):
        code, out = await run(sys.executable, "-c", "print('bad input'); raise SystemExit(2)")
    print("failing:", code, out.strip())

    noisy_and_slow = "import time; print('x' * 1_000_000); time.sleep(30)"
    start = time.perf_counter()
    try:
        async with asyncio.timeout(0.5):
            await run(sys.executable, "-c", noisy_and_slow)
    except TimeoutError:
        print(f"noisy and slow: timed out after {time.perf_counter() - start:.1f} s")

    print("return codes of every child:", [proc.returncode for proc in started])


asyncio.run(main())
