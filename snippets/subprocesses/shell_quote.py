# /// script
# requires-python = ">=3.11"
# ///
import asyncio
import shlex
import sys

SHOW_ARGS = "import sys; print(sys.argv[1:])"
filename = "notes.txt; echo INJECTED"  # (1)!


async def run_shell(command: str) -> None:
    proc = await asyncio.create_subprocess_shell(command, stdout=asyncio.subprocess.PIPE)
    async with asyncio.timeout(10):
        out, _ = await proc.communicate()
    print(out.decode().strip())


async def main() -> None:
    python = shlex.quote(sys.executable)
    code = shlex.quote(SHOW_ARGS)

    print("-- shell, pasted in:")
    await run_shell(f"{python} -c {code} {filename}")  # (2)!

    print("-- shell, shlex.quote:")
    await run_shell(f"{python} -c {code} {shlex.quote(filename)}")  # (3)!

    print("-- exec, no shell:")
    proc = await asyncio.create_subprocess_exec(  # (4)!
        sys.executable, "-c", SHOW_ARGS, filename, stdout=asyncio.subprocess.PIPE
    )
    async with asyncio.timeout(10):
        out, _ = await proc.communicate()
    print(out.decode().strip())


asyncio.run(main())
