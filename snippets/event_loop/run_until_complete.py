# /// script
# requires-python = ">=3.11"
# ///
import asyncio


async def worker() -> None:
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("worker: cancelled")
        raise


background = set()


async def main() -> None:
    background.add(asyncio.create_task(worker(), name="worker"))
    print("main: returning")


loop = asyncio.new_event_loop()  # (1)!
asyncio.set_event_loop(loop)
loop.run_until_complete(main())
print("after run_until_complete, loop closed:", loop.is_closed())
print("still pending:", [t.get_name() for t in asyncio.all_tasks(loop)])

try:  # (2)!
    pending = asyncio.all_tasks(loop)
    for task in pending:
        task.cancel()
    loop.run_until_complete(asyncio.gather(*pending, return_exceptions=True))
    loop.run_until_complete(loop.shutdown_asyncgens())
    loop.run_until_complete(loop.shutdown_default_executor())
finally:
    asyncio.set_event_loop(None)
    loop.close()
print("after the cleanup, loop closed:", loop.is_closed())
