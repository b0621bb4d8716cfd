# /// script
# requires-python = ">=3.11"
# dependencies = ["gevent==26.9.0"]
# [tool.guide]
# timings = { "in the threadpool: longest gap" = 0.1 }
# ///
from gevent import monkey

monkey.patch_all()

import time

import gevent

blocking_sleep = monkey.get_original("time", "sleep")


def ticker(gaps: list[float]) -> None:
    last = time.monotonic()
    while True:
        time.sleep(0.1)
        now = time.monotonic()
        gaps.append(now - last)
        last = now


# --8<-- [start:fix]
def blocking_c_call() -> None:
    gevent.get_hub().threadpool.apply(blocking_sleep, (0.5,))  # (1)!


gaps: list[float] = []
tick = gevent.spawn(ticker, gaps)
gevent.sleep(0.25)
gevent.spawn(blocking_c_call).join()
gevent.sleep(0.25)
tick.kill()
print(f"in the threadpool: longest gap between ticks {max(gaps):.1f} s")
# --8<-- [end:fix]
