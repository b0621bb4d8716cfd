# /// script
# requires-python = ">=3.11"
# ///
import asyncio
import itertools


async def main() -> None:
    jobs: asyncio.PriorityQueue[tuple[int, int, str]] = asyncio.PriorityQueue()
    order = itertools.count()  # (1)!
    incoming = [
        (2, "resize image"), (0, "charge card"), (1, "send email"), (0, "refund"),
    ]
    for priority, job in incoming:
        jobs.put_nowait((priority, next(order), job))  # (2)!
    while not jobs.empty():
        priority, _, job = await jobs.get()
        print(f"priority {priority}: {job}")

    stack: asyncio.LifoQueue[str] = asyncio.LifoQueue()  # (3)!
    for page in ("home", "products", "cart"):
        stack.put_nowait(page)
    print("back:", [stack.get_nowait() for _ in range(stack.qsize())])

    broken: asyncio.PriorityQueue[tuple[int, dict[str, str]]] = asyncio.PriorityQueue()
    broken.put_nowait((0, {"job": "charge card"}))
    try:
        broken.put_nowait((0, {"job": "refund"}))  # (4)!
    except TypeError as exc:
        print(f"TypeError: {exc}")


asyncio.run(main())
