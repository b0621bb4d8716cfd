# /// script
# requires-python = ">=3.11"
# [tool.guide]
# timings = { "gave up after" = 0.5 }
# ///
import asyncio
import signal


async def main(flush_seconds: float, second_signal_at: float | None) -> None:
    loop = asyncio.get_running_loop()
    main_task = asyncio.current_task()
    stop = asyncio.Event()

    def on_sigterm() -> None:
        if not stop.is_set():
            print("  first SIGTERM: shutting down gracefully")
            stop.set()  # (1)!
        else:
            print("  second SIGTERM: giving up on the cleanup")
            main_task.cancel()  # (2)!

    loop.add_signal_handler(signal.SIGTERM, on_sigterm)
    loop.call_later(0.1, signal.raise_signal, signal.SIGTERM)
    if second_signal_at is not None:
        loop.call_later(second_signal_at, signal.raise_signal, signal.SIGTERM)

    async with asyncio.timeout(10):
        await stop.wait()
    start = loop.time()
    try:
        await asyncio.sleep(flush_seconds)  # flushing buffers, closing connections...
        print("  cleanup finished")
    except asyncio.CancelledError:
        print(f"  gave up after {loop.time() - start:.1f} s of cleanup")
        raise


for flush, second in (0.2, None), (5.0, 0.6):
    print(f"cleanup takes {flush} s:")
    try:
        asyncio.run(main(flush, second))
    except asyncio.CancelledError:
        print("  exit: cancelled")  # (3)!
    else:
        print("  exit: clean")
