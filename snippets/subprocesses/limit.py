# /// script
# requires-python = ">=3.11"
# [tool.guide]
# timings = { "6 commands, 3 at a time" = 2.0 }
# ///
import asyncio
import sys
import time

running = peak = 0


async def run(sem: asyncio.Semaphore, n: int) -> str:
    global running, peak
    async with sem:  # (1)!
        running += 1
        peak = max(peak, running)
        try:
            proc = await asyncio.create_subprocess_exec(
                sys.executable, "-c", f"import time; time.sleep(1); print('job {n} ok')",
                stdout=asyncio.subprocess.PIPE,
            )
            async with asyncio.timeout(10):
                out, _ = await proc.communicate()
            return out.decode().strip()
        finally:
            running -= 1


async def main() -> None:
    sem = asyncio.Semaphore(3)
    start = time.perf_counter()
    async with asyncio.TaskGroup() as tg:
        tasks = [tg.create_task(run(sem, n)) for n in range(6)]
    print([t.result() for t in tasks])
    print(f"6 commands, 3 at a time: {time.perf_counter() - start:.1f} s, at most {peak} running")


asyncio.run(main())
