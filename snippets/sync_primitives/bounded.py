# /// script
# requires-python = ">=3.11"
# ///
import asyncio


async def how_many_can_enter(sem: asyncio.Semaphore) -> int:
    entered = 0
    while not sem.locked():  # (1)!
        await sem.acquire()
        entered += 1
    for _ in range(entered):
        sem.release()
    return entered


async def main() -> None:
    sem = asyncio.Semaphore(2)
    sem.release()  # (2)!
    entered = await how_many_can_enter(sem)
    print(f"Semaphore(2) after one extra release: {entered} can enter")

    bounded = asyncio.BoundedSemaphore(2)
    try:
        bounded.release()  # (3)!
    except ValueError as exc:
        print(f"BoundedSemaphore(2): ValueError: {exc}")


asyncio.run(main())
