# /// script
# requires-python = ">=3.11"
# dependencies = ["gevent==26.9.0"]
# [tool.guide]
# timings = { "cooperative: longest gap" = 0.1, "CPU work: longest gap" = 0.5, "blocking C call: longest gap" = 0.5 }
# ///
from gevent import monkey

monkey.patch_all()

import time

import gevent

# --8<-- [start:hog]
blocking_sleep = monkey.get_original("time", "sleep")  # (1)!


def ticker(gaps: list[float]) -> None:
    last = time.monotonic()
    while True:
        time.sleep(0.1)  # patched: yields to the other greenlets
        now = time.monotonic()
        gaps.append(now - last)
        last = now


def cooperative() -> None:
    time.sleep(0.5)


def cpu_work() -> None:
    end = time.monotonic() + 0.5
    while time.monotonic() < end:  # (2)!
        pass


def blocking_c_call() -> None:
    blocking_sleep(0.5)  # (3)!


for job in [cooperative, cpu_work, blocking_c_call]:
    gaps: list[float] = []
    tick = gevent.spawn(ticker, gaps)
    gevent.sleep(0.25)
    gevent.spawn(job).join()
    gevent.sleep(0.25)
    tick.kill()
    label = job.__name__.replace("_", " ").replace("cpu", "CPU").replace(" c ", " C ")
    print(f"{label}: longest gap between ticks {max(gaps):.1f} s")
# --8<-- [end:hog]
