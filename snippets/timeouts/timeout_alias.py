# /// script
# requires-python = ">=3.10"
# ///
import asyncio


async def main() -> None:
    try:
        await asyncio.wait_for(asyncio.sleep(1), timeout=0.1)
    except TimeoutError:
        print("caught by: except TimeoutError")
    except asyncio.TimeoutError:
        print("caught by: except asyncio.TimeoutError")
    print("asyncio.TimeoutError is TimeoutError:", asyncio.TimeoutError is TimeoutError)


asyncio.run(main())
