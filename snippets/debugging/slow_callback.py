# /// script
# requires-python = ">=3.11"
# [tool.guide]
# # The point is the warning asyncio logs to stderr in debug mode.
# stderr = "show"
# ///
import asyncio
import logging
import time


class RoundDuration(logging.Filter):  # (1)!
    def filter(self, record: logging.LogRecord) -> bool:
        if record.msg.startswith("Executing"):
            record.args = (record.args[0], round(record.args[1], 1))
        return True


logging.getLogger("asyncio").addFilter(RoundDuration())


async def build_report() -> None:
    time.sleep(0.3)  # (2)!


async def main() -> None:
    loop = asyncio.get_running_loop()
    print("slow_callback_duration =", loop.slow_callback_duration)  # (3)!
    await loop.create_task(build_report(), name="report")  # (4)!
    print("main: done")


asyncio.run(main(), debug=True)
