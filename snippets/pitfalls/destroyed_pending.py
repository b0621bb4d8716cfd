# /// script
# requires-python = ">=3.11"
# [tool.guide]
# # The point is the "Task was destroyed" message asyncio writes to stderr.
# stderr = "show"
# ///
import asyncio
import gc


async def refresh_cache() -> None:
    try:
        await asyncio.sleep(10)  # the next refresh is a long way off
    finally:
        print("refresh_cache: cleaned up")


async def main() -> None:
    asyncio.create_task(refresh_cache(), name="refresh")
    await asyncio.sleep(0.01)


# --8<-- [start:bug]
loop = asyncio.new_event_loop()
loop.run_until_complete(main())  # returns with the refresh task still pending
loop.close()
print("loop closed")
del loop
gc.collect()  # a real program gets here whenever the collector runs, often at exit
# --8<-- [end:bug]

# --8<-- [start:fix]
asyncio.run(main())  # cancels what is left, and waits for it
print("asyncio.run returned")
# --8<-- [end:fix]
