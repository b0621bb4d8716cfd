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
    with ThreadPoolExecutor(max_workers=2, thread_name_prefix="db") as pool:  # (1)!
        names = await asyncio.gather(*(
            loop.run_in_executor(pool, functools.partial(query, "SELECT 1", timeout=5))  # (2)!
            for _ in range(4)
        ))
    print("threads used:", sorted(set(names)))
    print(f"4 queries on 2 threads: {time.perf_counter() - start:.1f} s")


asyncio.run(main())
