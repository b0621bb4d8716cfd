# /// script
# requires-python = ">=3.11"
# [tool.guide]
# timings = { after = 1.0 }
# ///
import asyncio


async def call(service: str, seconds: float, deadline: float) -> str:
    async with asyncio.timeout_at(deadline):  # (1)!
        await asyncio.sleep(seconds)
        return f"{service}: ok"


async def main() -> None:
    loop = asyncio.get_running_loop()
    start = loop.time()
    deadline = start + 1.0  # (2)!
    print(await call("auth", 0.4, deadline))
    print(await call("profile", 0.4, deadline))
    try:
        print(await call("recommendations", 0.8, deadline))
    except TimeoutError:
        print(f"recommendations: out of time after {loop.time() - start:.1f} s")


asyncio.run(main())
