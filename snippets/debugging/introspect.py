# /// script
# requires-python = ">=3.11"
# [tool.guide]
# # print_stack writes to stderr; run it as a reader would (without -X dev's debug mode).
# stderr = "show"
# ///
import asyncio


async def fetch(url: str) -> str:
    await asyncio.sleep(10)
    return url


async def crawl(url: str) -> None:
    await fetch(url)


async def main() -> None:
    print("current task:", asyncio.current_task().get_name())  # (1)!
    async with asyncio.TaskGroup() as tg:
        crawlers = [tg.create_task(crawl(url), name=f"crawl {url}") for url in ("/a", "/b")]
        await asyncio.sleep(0.1)
        for task in sorted(asyncio.all_tasks(), key=lambda t: t.get_name()):  # (2)!
            print(f"{task.get_name()}: {task.get_coro().__qualname__}")
        print("get_stack:", [f.f_code.co_name for f in crawlers[0].get_stack()])  # (3)!
        crawlers[0].print_stack()  # (4)!
        for task in crawlers:
            task.cancel()


asyncio.run(main())
