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


class Sleep:
    def __init__(self, seconds):
        self.seconds = seconds

    def __await__(self):
        yield self.seconds  # (1)!


class ToyLoop:  # the chapter's loop; only step() now records results
    def __init__(self):
        self.ready = deque()
        self.sleeping = []
        self.counter = itertools.count()
        self.results = []

    def spawn(self, task):
        self.ready.append(task)

    def run(self):
        while self.ready or self.sleeping:
            if not self.ready:
                time.sleep(max(0.0, self.sleeping[0][0] - time.monotonic()))
            while self.sleeping and self.sleeping[0][0] <= time.monotonic():
                _, _, task = heapq.heappop(self.sleeping)
                self.ready.append(task)
            for _ in range(len(self.ready)):
                self.step(self.ready.popleft())
        return self.results

    def step(self, task):
        try:
            delay = task.send(None)  # (2)!
        except StopIteration as stop:
            self.results.append(stop.value)
            return
        wake_at = time.monotonic() + delay
        heapq.heappush(self.sleeping, (wake_at, next(self.counter), task))


async def worker(name, delay, rounds):  # (3)!
    for i in range(1, rounds + 1):
        await Sleep(delay)
        log(f"{name} woke up ({i}/{rounds})")
    return name


loop = ToyLoop()
loop.spawn(worker("A", 0.2, 2))
loop.spawn(worker("B", 0.3, 1))
loop.spawn(worker("C", 0.1, 1))
print("finished in this order:", loop.run())
print(f"total: {time.monotonic() - START:.1f} s")
