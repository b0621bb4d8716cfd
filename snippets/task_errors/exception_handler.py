# /// script
# requires-python = ">=3.11"
# ///
import asyncio
import logging
import sys

logging.basicConfig(stream=sys.stdout, level=logging.INFO, format="%(levelname)s %(message)s")
log = logging.getLogger("app")


def handle_exception(loop: asyncio.AbstractEventLoop, context: dict) -> None:
    task = context.get("future")  # (1)!
    name = task.get_name() if isinstance(task, asyncio.Task) else "-"
    log.error("asyncio: %s (task %s)", context["message"], name, exc_info=context.get("exception"))


async def refresh_cache() -> None:
    await asyncio.sleep(0.1)
    raise KeyError("config")


async def main() -> None:
    asyncio.get_running_loop().set_exception_handler(handle_exception)  # (2)!
    asyncio.create_task(refresh_cache(), name="refresh-cache")  # (3)!
    await asyncio.sleep(0.2)
    log.info("main is done")


asyncio.run(main())
