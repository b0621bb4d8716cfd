# /// script
# requires-python = ">=3.14"
# ///
import asyncio
import re
import subprocess
import sys


async def fetch(url: str, never: asyncio.Future[None]) -> None:
    await never


async def crawl(url: str, never: asyncio.Future[None]) -> None:
    await fetch(url, never)


async def serve() -> None:  # (1)!
    never = asyncio.get_running_loop().create_future()
    tasks = [asyncio.create_task(crawl(u, never), name=f"crawl {u}") for u in ("/a", "/b")]
    await asyncio.sleep(0)
    print("ready", flush=True)
    await asyncio.gather(*tasks)


if sys.argv[1:] == ["serve"]:
    asyncio.run(serve())
    sys.exit()

with subprocess.Popen([sys.executable, __file__, "serve"], stdout=subprocess.PIPE, text=True) as child:
    try:
        child.stdout.readline()  # (2)!
        for command in ("ps", "pstree"):
            print(f"$ python -m asyncio {command} PID")
            result = subprocess.run(  # (3)!
                [sys.executable, "-m", "asyncio", command, str(child.pid)],
                capture_output=True, text=True, timeout=20,
            )
            pid = re.compile(rf"^{child.pid} +", re.MULTILINE)  # (4)!
            print(pid.sub(lambda m: "PID".ljust(len(m[0])), result.stdout + result.stderr))
    finally:
        child.kill()
