# /// script
# requires-python = ">=3.11"
# ///
import asyncio
import logging
import re
import time


class SlowTasks(logging.Handler):
    """Collects the names of the tasks that asyncio reports as slow."""

    def __init__(self) -> None:
        super().__init__()
        self.names: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        message = record.getMessage()
        if message.startswith("Executing"):  # (1)!
            if found := re.search(r"name='([^']*)'", message):
                self.names.append(found[1])


async def thumbnail(size: int) -> None:
    await asyncio.sleep(0.05)


async def resize(size: int) -> None:
    time.sleep(0.2)  # the culprit: a blocking call


async def main() -> None:
    async with asyncio.TaskGroup() as tg:
        tg.create_task(thumbnail(64), name="thumbnail")
        tg.create_task(resize(1024), name="resize")
        tg.create_task(thumbnail(128), name="preview")


slow = SlowTasks()
asyncio_logger = logging.getLogger("asyncio")
asyncio_logger.addHandler(slow)  # (2)!
asyncio.run(main(), debug=True)  # (3)!
print("blocked the loop:", slow.names)
