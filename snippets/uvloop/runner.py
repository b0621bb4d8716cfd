# /// script
# requires-python = ">=3.11"
# dependencies = ["uvloop==0.23.0"]
# ///
import asyncio

import uvloop


async def which(step: str) -> str:
    loop = asyncio.get_running_loop()
    return f"{step}: {type(loop).__module__}.{type(loop).__name__}"


# --8<-- [start:runner]
with asyncio.Runner(loop_factory=uvloop.new_event_loop) as runner:  # (1)!
    print(runner.run(which("Runner, first run")))
    print(runner.run(which("Runner, same loop again")))
    print("the runner's loop:", type(runner.get_loop()).__name__)

print(uvloop.run(which("uvloop.run")))  # (2)!
# --8<-- [end:runner]
