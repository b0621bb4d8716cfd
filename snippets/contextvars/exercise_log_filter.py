# /// script
# requires-python = ">=3.11"
# ///
import asyncio
import contextvars
import logging
import sys

request_id = contextvars.ContextVar("request_id", default="-")


class RequestIdFilter(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        record.request_id = request_id.get()  # (1)!
        return True


handler = logging.StreamHandler(sys.stdout)
handler.addFilter(RequestIdFilter())  # (2)!
handler.setFormatter(logging.Formatter("%(request_id)s %(levelname)s %(message)s"))
log = logging.getLogger("app")
log.addHandler(handler)
log.setLevel(logging.INFO)


async def handle(rid: str, delay: float) -> None:
    request_id.set(rid)
    log.info("started")
    await asyncio.sleep(delay)
    await asyncio.to_thread(log.info, "written from a thread")  # (3)!
    log.info("finished")


async def main() -> None:
    log.info("starting")
    async with asyncio.TaskGroup() as tg:
        tg.create_task(handle("req-1", 0.2))
        tg.create_task(handle("req-2", 0.1))
    log.info("done")


asyncio.run(main())
