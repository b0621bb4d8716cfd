# /// script
# requires-python = ">=3.14"
# ///
import asyncio


async def fetch(url: str, release: asyncio.Future[None]) -> str:
    await release  # (1)!
    return url


async def crawl(url: str, release: asyncio.Future[None]) -> str:
    return await fetch(url, release)


async def main() -> None:
    release = asyncio.get_running_loop().create_future()
    async with asyncio.TaskGroup() as tg:
        task = tg.create_task(crawl("/a", release), name="crawl /a")
        await asyncio.sleep(0)
        asyncio.print_call_graph(task)  # (2)!
        graph = asyncio.capture_call_graph(task)  # (3)!
        print("stack:", [entry.frame.f_code.co_name for entry in graph.call_stack])
        print("awaited by:", [parent.future.get_name() for parent in graph.awaited_by])
        release.set_result(None)


asyncio.run(main())
