# /// script
# requires-python = ">=3.11"
# [tool.guide]
# timings = { total = 0.4 }
# ///
import heapq
import itertools
import time
from collections import deque

START = time.monotonic()


def log(message):
    print(f"{time.monotonic() - START:.1f} s  {message}")


def sleep(seconds):
    yield seconds  # (1)!


class ToyLoop:
    def __init__(self):
        self.ready = deque()  # tasks that can run right now
        self.sleeping = []  # heap of (wake-up time, tie-breaker, task)
        self.counter = itertools.count()

    def spawn(self, task):
        self.ready.append(task)

    def run(self):
        while self.ready or self.sleeping:
            if not self.ready:  # (2)!
                time.sleep(max(0.0, self.sleeping[0][0] - time.monotonic()))
            while self.sleeping and self.sleeping[0][0] <= time.monotonic():  # (3)!
                _, _, task = heapq.heappop(self.sleeping)
                self.ready.append(task)
            for _ in range(len(self.ready)):  # (4)!
                self.step(self.ready.popleft())

    def step(self, task):
        try:
            delay = task.send(None)  # (5)!
        except StopIteration as stop:
            log(f"finished: {stop.value}")
            return
        wake_at = time.monotonic() + delay
        heapq.heappush(self.sleeping, (wake_at, next(self.counter), task))


def worker(name, delay, rounds):
    for i in range(1, rounds + 1):
        yield from sleep(delay)  # (6)!
        log(f"{name} woke up ({i}/{rounds})")
    return f"{name} slept {delay * rounds:.1f} s in all"


loop = ToyLoop()
loop.spawn(worker("A", 0.2, 2))
loop.spawn(worker("B", 0.3, 1))
loop.spawn(worker("C", 0.1, 1))
loop.run()
print(f"total: {time.monotonic() - START:.1f} s")
