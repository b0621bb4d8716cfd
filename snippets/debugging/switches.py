# /// script
# requires-python = ">=3.11"
# [tool.guide]
# # Run as a reader would: the tests' usual "-X dev" would switch debug mode on for every line.
# stderr = "show"
# ///
import asyncio
import os
import subprocess
import sys


async def report(switch: str) -> None:
    debug = asyncio.get_running_loop().get_debug()
    print(f"{switch:<26} debug = {debug}", flush=True)


async def set_debug_inside() -> None:
    asyncio.get_running_loop().set_debug(True)  # (1)!
    await report("loop.set_debug(True)")


if len(sys.argv) > 1:  # (2)!
    asyncio.run(report(sys.argv[1]))
    sys.exit()

asyncio.run(report("nothing"))
env = dict(os.environ, PYTHONASYNCIODEBUG="1")
subprocess.run([sys.executable, __file__, "PYTHONASYNCIODEBUG=1"], env=env, check=True)
subprocess.run([sys.executable, "-X", "dev", __file__, "python -X dev"], check=True)
asyncio.run(report("asyncio.run(debug=True)"), debug=True)
asyncio.run(set_debug_inside())
