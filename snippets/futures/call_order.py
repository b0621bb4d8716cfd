# /// script
# requires-python = ">=3.11"
# ///
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()  # (1)!

    def say(label):
        print(f"{loop.time() - start:.1f} s  {label}")

    loop.call_later(0.2, say, "call_later(0.2)")
    loop.call_at(start + 0.1, say, "call_at(start + 0.1)")
    loop.call_later(0, say, "call_later(0)")
    loop.call_soon(say, "call_soon #1")
    loop.call_soon(say, "call_soon #2")
    handle = loop.call_later(0.15, say, "never printed")
    handle.cancel()  # (2)!
    say("main() goes on: nothing has run yet")  # (3)!
    await asyncio.sleep(0.3)


asyncio.run(main())
