# /// script
# requires-python = ">=3.11"
# ///
import asyncio
import signal
import sys


# --8<-- [start:child]
async def serve(handle_sigterm: bool) -> None:
    stop = asyncio.Event()
    if handle_sigterm:
        loop = asyncio.get_running_loop()
        loop.add_signal_handler(signal.SIGTERM, stop.set)  # (1)!
    print("ready")
    try:
        async with asyncio.timeout(10):
            await stop.wait()
        print("SIGTERM received, shutting down")
    finally:
        print("finally: closing connections")  # (2)!
# --8<-- [end:child]


async def send_sigterm(handle_sigterm: bool) -> None:
    proc = await asyncio.create_subprocess_exec(
        sys.executable, "-u", __file__, "handle" if handle_sigterm else "ignore",
        stdout=asyncio.subprocess.PIPE,
    )
    async with asyncio.timeout(10):
        await proc.stdout.readline()
        proc.terminate()  # (3)!
        output = await proc.stdout.read()
        await proc.wait()
    for line in output.decode().splitlines():
        print("  child:", line)
    print("  exit code:", proc.returncode)


async def main() -> None:
    print("without a handler:")
    await send_sigterm(handle_sigterm=False)
    print("with loop.add_signal_handler:")
    await send_sigterm(handle_sigterm=True)


if __name__ == "__main__":
    if len(sys.argv) > 1:
        asyncio.run(serve(sys.argv[1] == "handle"))
    else:
        asyncio.run(main())
