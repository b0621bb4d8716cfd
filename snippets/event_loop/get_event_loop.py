# /// script
# requires-python = ">=3.11"
# [tool.guide]
# # Python 3.12 and 3.13 print a DeprecationWarning on stderr: run it as a reader would.
# stderr = "show"
# ///
import asyncio

# Old style: ask for "the" loop at module level, before any loop exists.
try:
    loop = asyncio.get_event_loop()
except RuntimeError as exc:  # Python 3.14+
    print("module level: RuntimeError:", exc)
else:
    print("module level: got a loop, running =", loop.is_running())
    loop.close()


async def main() -> None:
    same = asyncio.get_event_loop() is asyncio.get_running_loop()
    print("inside a coroutine: the running loop =", same)


asyncio.run(main())

try:
    asyncio.get_event_loop()
except RuntimeError as exc:
    print("after asyncio.run: RuntimeError:", exc)

try:
    asyncio.get_running_loop()
except RuntimeError as exc:
    print("get_running_loop outside a coroutine: RuntimeError:", exc)
