# /// script
# requires-python = ">=3.11"
# [tool.guide]
# # Python 3.12 and 3.13 print a DeprecationWarning on stderr: run it as a reader would.
# stderr = "show"
# ///
import asyncio


async def main() -> str:
    await asyncio.sleep(0.01)
    return "done"


# --8<-- [start:bug]
try:
    loop = asyncio.get_event_loop()  # no loop is running here
    print("old style:", loop.run_until_complete(main()))
    loop.close()
except RuntimeError as exc:
    print(f"RuntimeError: {exc}")
# --8<-- [end:bug]

# --8<-- [start:fix]
print("asyncio.run:", asyncio.run(main()))
# --8<-- [end:fix]
