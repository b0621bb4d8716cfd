# /// script
# requires-python = ">=3.11"
# [tool.guide]
# timings = { "two threads" = 1.0, "two processes" = 0.5 }
# # Timed CPU work: nothing else may run beside it, and the processes need two free cores
# # (while other programs keep the cores busy, the test measures how many are free and scales).
# exclusive = true
# cores = { "two processes" = 2 }
# ///
import asyncio
import time
import timeit
from concurrent.futures import Executor, ProcessPoolExecutor, ThreadPoolExecutor


def calibrate(seconds: float) -> int:
    """How many turns of count()'s loop take about `seconds` on this machine."""
    n = 100_000
    took = min(timeit.repeat(lambda: count(n), number=1, repeat=5))
    return int(n * seconds / took)


# --8<-- [start:main]
def count(n: int) -> int:  # (1)!
    total = 0
    for i in range(n):
        total += i % 7
    return total


async def two_jobs(pool: Executor, n: int) -> float:
    loop = asyncio.get_running_loop()
    start = time.perf_counter()
    await asyncio.gather(
        loop.run_in_executor(pool, count, n),  # (2)!
        loop.run_in_executor(pool, count, n),
    )
    return time.perf_counter() - start


async def main(n: int, threads: Executor, processes: Executor) -> None:
    asyncio.get_running_loop().slow_callback_duration = 0.5  # (3)!
    start = time.perf_counter()
    await asyncio.get_running_loop().run_in_executor(threads, count, n)
    print(f"one job:                 {time.perf_counter() - start:.1f} s")
    print(f"two jobs, two threads:   {await two_jobs(threads, n):.1f} s")
    print(f"two jobs, two processes: {await two_jobs(processes, n):.1f} s")


if __name__ == "__main__":  # (4)!
    n = calibrate(0.5)
    with (
        ThreadPoolExecutor(max_workers=2) as threads,
        ProcessPoolExecutor(max_workers=2) as processes,  # (5)!
    ):
        for pool in threads, processes:  # (6)!
            list(pool.map(time.sleep, [0.2, 0.2]))
        asyncio.run(main(n, threads, processes))
# --8<-- [end:main]
