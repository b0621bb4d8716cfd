# /// script
# requires-python = ">=3.11"
# [tool.guide]
# timeout = 60
# ///
import asyncio
import signal
import sys


# --8<-- [start:child]
async def work(cleanup_seconds: float) -> None:
    print("ready")
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("main task: cancelled, cleaning up")  # (1)!
        try:
            await asyncio.sleep(cleanup_seconds)
        except asyncio.CancelledError:
            print("main task: cleanup cancelled too")  # (2)!
            raise
        print("main task: cleanup done")
        raise


def child(cleanup_seconds: float) -> None:
    try:
        asyncio.run(work(cleanup_seconds))
    except KeyboardInterrupt:
        print("asyncio.run raised KeyboardInterrupt")  # (3)!
# --8<-- [end:child]


# --8<-- [start:parent]
async def press_ctrl_c(times: int, cleanup_seconds: float) -> None:
    proc = await asyncio.create_subprocess_exec(
        sys.executable, "-u", __file__, str(cleanup_seconds),  # (1)!
        stdout=asyncio.subprocess.PIPE,
    )
    try:
        async with asyncio.timeout(20):
            await proc.stdout.readline()  # (2)!
            for _ in range(times):
                proc.send_signal(signal.SIGINT)  # (3)!
                await asyncio.sleep(0.5)
            output = await proc.stdout.read()
            await proc.wait()
    finally:
        if proc.returncode is None:  # the timeout hit: leave no child behind
            proc.kill()
            await proc.wait()
    for line in output.decode().splitlines():
        print("  child:", line)
    print("  exit code:", proc.returncode)


async def main() -> None:
    print("one Ctrl-C, quick cleanup:")
    await press_ctrl_c(times=1, cleanup_seconds=0.1)
    print("two Ctrl-C, slow cleanup:")
    await press_ctrl_c(times=2, cleanup_seconds=5)


if __name__ == "__main__":
    if len(sys.argv) > 1:
        child(float(sys.argv[1]))
    else:
        asyncio.run(main())
# --8<-- [end:parent]
