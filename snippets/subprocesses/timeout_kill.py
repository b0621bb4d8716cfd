# /// script
# requires-python = ">=3.11"
# ///
import asyncio
import sys

CHILD = """
import signal, sys, time
if sys.argv[1] == "stubborn":
    signal.signal(signal.SIGTERM, signal.SIG_IGN)  # ignores terminate()
print("ready", flush=True)
time.sleep(30)
"""


# --8<-- [start:stop]
async def stop(proc: asyncio.subprocess.Process, grace: float = 0.5) -> None:
    if proc.returncode is not None:
        return
    proc.terminate()  # (1)!
    try:
        async with asyncio.timeout(grace):
            await proc.wait()
    except TimeoutError:
        proc.kill()  # (2)!
        await proc.wait()  # (3)!
# --8<-- [end:stop]


async def run(kind: str) -> None:
    proc = await asyncio.create_subprocess_exec(
        sys.executable, "-c", CHILD, kind, stdout=asyncio.subprocess.PIPE
    )
    try:
        async with asyncio.timeout(5):
            await proc.stdout.readline()  # "ready"
        async with asyncio.timeout(0.5):
            await proc.wait()
    except TimeoutError:
        print(f"{kind}: timed out, returncode = {proc.returncode}")  # (4)!
    finally:
        await stop(proc)  # (5)!
    print(f"{kind}: stopped, returncode = {proc.returncode}")


async def main() -> None:
    await run("polite")
    await run("stubborn")


asyncio.run(main())
