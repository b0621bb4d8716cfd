# /// script
# requires-python = ">=3.11"
# ///
import asyncio
import signal


async def worker(jobs: list[int], stop: asyncio.Event, report: dict[str, list]) -> None:
    while jobs and not stop.is_set():  # (1)!
        job = jobs.pop(0)
        try:
            await asyncio.sleep(0.4)  # the work
        except asyncio.CancelledError:
            report["interrupted"].append(job)
            raise
        report["finished"].append(job)


async def main(on_sigterm: str) -> None:
    loop = asyncio.get_running_loop()
    stop = asyncio.Event()
    if on_sigterm == "cancel every task":
        def cancel_everything() -> None:
            for task in asyncio.all_tasks():  # (2)!
                task.cancel()
        loop.add_signal_handler(signal.SIGTERM, cancel_everything)
    else:
        loop.add_signal_handler(signal.SIGTERM, stop.set)  # (3)!

    jobs, report = list(range(1, 11)), {"finished": [], "interrupted": []}
    loop.call_later(0.6, signal.raise_signal, signal.SIGTERM)
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(worker(jobs, stop, report))
            tg.create_task(worker(jobs, stop, report))
    finally:
        for key, values in report.items():  # (4)!
            print(f"  {key}: {sorted(values)}")


for how in "cancel every task", "set an event":
    print(f"SIGTERM handler that does this: {how}")
    try:
        asyncio.run(main(how))
        print("  asyncio.run returned normally")
    except asyncio.CancelledError:
        print("  asyncio.run raised CancelledError")  # (5)!
