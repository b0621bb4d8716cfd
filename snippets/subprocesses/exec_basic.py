# /// script
# requires-python = ">=3.11"
# ///
import asyncio
import sys

CODE = """
import sys
print("hello from the child")
print("something went wrong", file=sys.stderr)
sys.exit(3)
"""


async def main() -> None:
    proc = await asyncio.create_subprocess_exec(  # (1)!
        sys.executable, "-c", CODE,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )
    async with asyncio.timeout(10):
        out, err = await proc.communicate()  # (2)!
    print("exit code:", proc.returncode)  # (3)!
    print("stdout:", out.decode().strip())
    print("stderr:", err.decode().strip())


asyncio.run(main())
