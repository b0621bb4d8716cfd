# /// script
# requires-python = ">=3.11"
# ///
import asyncio

calls = []  # the batch size of each upstream call


async def embed(texts: list[str]) -> list[int]:  # the upstream: one call, many inputs
    calls.append(len(texts))
    await asyncio.sleep(0.05)
    return [len(text) for text in texts]


# --8<-- [start:batcher]
class Batcher:
    def __init__(self, upstream, max_size: int = 8, max_wait: float = 0.01) -> None:
        self.upstream, self.max_size, self.max_wait = upstream, max_size, max_wait
        self.queue: asyncio.Queue = asyncio.Queue()

    async def submit(self, item):  # (1)!
        future = asyncio.get_running_loop().create_future()
        self.queue.put_nowait((item, future))
        return await future

    async def run(self) -> None:
        loop = asyncio.get_running_loop()
        while True:
            batch = [await self.queue.get()]  # (2)!
            deadline = loop.time() + self.max_wait
            while len(batch) < self.max_size:
                try:
                    async with asyncio.timeout_at(deadline):  # (3)!
                        batch.append(await self.queue.get())
                except TimeoutError:
                    break
            items = [item for item, future in batch if not future.cancelled()]
            futures = [future for item, future in batch if not future.cancelled()]
            try:
                results = await self.upstream(items)
            except Exception as exc:  # (4)!
                for future in futures:
                    if not future.done():
                        future.set_exception(exc)
            else:
                for future, result in zip(futures, results, strict=True):
                    if not future.done():
                        future.set_result(result)
# --8<-- [end:batcher]


# --8<-- [start:main]
async def main() -> None:
    batcher = Batcher(embed)
    worker = asyncio.create_task(batcher.run())
    try:
        async with asyncio.timeout(5):
            words = "the quick brown fox jumps over the lazy dog".split() * 2 + ["!", "?"]
            results = await asyncio.gather(*[batcher.submit(word) for word in words])
        print(f"{len(words)} requests, {len(calls)} upstream calls of sizes {calls}")
        print("results:", results)
    finally:
        worker.cancel()  # (1)!
        await asyncio.gather(worker, return_exceptions=True)


asyncio.run(main())
# --8<-- [end:main]
