# /// script
# requires-python = ">=3.11"
# [tool.guide]
# timings = { "4 queries on 2 threads" = 0.6 }
# ///
import asyncio
import functools
import threading
import time
from concurrent.futures import ThreadPoolExecutor


def query(sql: str, *, timeout: float) -> str:
    time.sleep(0.3)  # a blocking database driver
    return threading.current_thread().name


async def main() -> None:
    loop = asyncio.get_running_loop()
    start = time.perf_counter()
    call = functools.partial(query, "SELECT 1", timeout=5)  # (1)!
    with ThreadPoolExecutor(max_workers=2, thread_name_prefix="db") as pool:  # (2)!
        jobs = [loop.run_in_executor(pool, call) for _ in range(4)]
        names = await asyncio.gather(*jobs)
    print("threads used:", sorted(set(names)))
    print(f"4 queries on 2 threads: {time.perf_counter() - start:.1f} s")


asyncio.run(main())
