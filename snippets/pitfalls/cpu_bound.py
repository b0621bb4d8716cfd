# /// script
# requires-python = ">=3.11"
# [tool.guide]
# # Run as a reader would: under -X dev, debug mode would also log the long step on stderr.
# stderr = "show"
# ///
import asyncio
import concurrent.futures
import multiprocessing


def checksum(n: int) -> int:
    return sum(i * i % 7 for i in range(n))  # pure Python: holds the CPU (and the GIL)


async def heartbeat(beats: list[float]) -> None:
    while True:
        beats.append(asyncio.get_running_loop().time())
        await asyncio.sleep(0.01)


async def measure(label: str, work) -> None:
    beats: list[float] = []
    beat = asyncio.create_task(heartbeat(beats))
    await asyncio.sleep(0.05)
    before = len(beats)
    await work()
    beat.cancel()
    print(f"{label}: heartbeat kept going? {len(beats) - before > 3}")


# --8<-- [start:bug]
async def bug() -> None:
    checksum(1_000_000)  # runs on the event loop's thread: nothing else moves
# --8<-- [end:bug]


# --8<-- [start:fix]
pool = concurrent.futures.ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("spawn"))


async def fix() -> None:
    loop = asyncio.get_running_loop()
    await loop.run_in_executor(pool, checksum, 1_000_000)  # another process, another CPU
# --8<-- [end:fix]


async def main() -> None:
    await measure("in the coroutine", bug)
    await measure("in a process pool", fix)


if __name__ == "__main__":  # the pool's worker process imports this file too
    with pool:
        asyncio.run(main())
