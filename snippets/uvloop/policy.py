# /// script
# requires-python = ">=3.11"
# dependencies = ["uvloop==0.23.0"]
# [tool.guide]
# stderr = "show"  # the point: a DeprecationWarning on Python 3.14+
# ///
import asyncio
import warnings

import uvloop


async def main() -> None:
    print("running on", type(asyncio.get_running_loop()).__module__)


# --8<-- [start:policy]
asyncio.set_event_loop_policy(uvloop.EventLoopPolicy())
asyncio.run(main())  # (1)!
# --8<-- [end:policy]

# --8<-- [start:install]
with warnings.catch_warnings(record=True) as caught:  # (1)!
    warnings.simplefilter("always")
    uvloop.install()  # (2)!
asyncio.run(main())
for w in caught:
    print(f"  hidden {w.category.__name__}: {w.message}")
# --8<-- [end:install]
