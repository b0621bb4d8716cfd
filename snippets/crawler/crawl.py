# /// script
# requires-python = ">=3.11"
# dependencies = ["aiohttp==3.14.5"]
# [tool.guide]
# timings = { crawled = 2.8 }
# ///
import asyncio
import random
import re
import time
from collections import Counter
from urllib.parse import urldefrag, urljoin, urlsplit

import aiohttp

from local_site import serve

WORKERS = 8
ATTEMPTS = 3
BACKOFF = 0.1  # seconds before the first retry, doubled each time
RETRY = {500, 502, 503, 504}


# --8<-- [start:polite]
class Politeness:
    """At most one request per `delay` seconds to each host."""

    def __init__(self, delay: float) -> None:
        self.delay = delay
        self.next_slot: dict[str, float] = {}

    async def wait(self, url: str) -> None:
        host = urlsplit(url).netloc
        now = asyncio.get_running_loop().time()
        slot = max(now, self.next_slot.get(host, now))  # (1)!
        self.next_slot[host] = slot + self.delay
        await asyncio.sleep(slot - now)
# --8<-- [end:polite]


class GaveUp(Exception):
    pass


# --8<-- [start:fetch]
async def fetch(session: aiohttp.ClientSession, url: str, polite: Politeness, log: list[str]) -> str:
    rng = random.Random(urlsplit(url).path)  # (1)!
    for attempt in range(1, ATTEMPTS + 1):
        await polite.wait(url)
        try:
            async with session.get(url) as resp:
                if resp.status not in RETRY:
                    resp.raise_for_status()  # (2)!
                    return await resp.text()
                problem = f"HTTP {resp.status}"
        except (TimeoutError, aiohttp.ClientConnectionError) as exc:  # (3)!
            problem = type(exc).__name__
        if attempt == ATTEMPTS:
            raise GaveUp(f"gave up after {ATTEMPTS} attempts")
        delay = rng.uniform(0, BACKOFF * 2 ** (attempt - 1))  # (4)!
        log.append(f"{problem}, retry in {delay:.2f} s")
        await asyncio.sleep(delay)
    raise AssertionError("unreachable")
# --8<-- [end:fetch]


# --8<-- [start:crawl]
def links(base: str, body: str) -> list[str]:
    hrefs = re.findall(r'href="([^"]+)"', body)  # (1)!
    return [urldefrag(urljoin(base, href)).url for href in hrefs]  # (2)!


async def crawl(session: aiohttp.ClientSession, root: str) -> dict[str, list[str]]:
    queue: asyncio.Queue[str] = asyncio.Queue()
    seen = {root + "/page/0"}  # (3)!
    queue.put_nowait(root + "/page/0")
    report: dict[str, list[str]] = {}
    polite = Politeness(0.05)

    async def worker() -> None:
        while True:
            url = await queue.get()
            log = report[url.removeprefix(root)] = []
            try:
                body = await fetch(session, url, polite, log)
                for link in links(url, body):
                    if link.startswith(root) and link not in seen:  # (4)!
                        seen.add(link)
                        queue.put_nowait(link)
                log.append("ok")
            except (GaveUp, aiohttp.ClientResponseError) as exc:
                log.append(str(exc) if isinstance(exc, GaveUp) else f"HTTP {exc.status}, no retry")
            finally:
                queue.task_done()  # (5)!

    async with asyncio.TaskGroup() as tg:
        workers = [tg.create_task(worker()) for _ in range(WORKERS)]  # (6)!
        await queue.join()
        for w in workers:
            w.cancel()
    return report
# --8<-- [end:crawl]


# --8<-- [start:main]
async def main() -> None:
    async with serve(slow=0.3) as root:
        timeout = aiohttp.ClientTimeout(total=0.5)  # (1)!
        connector = aiohttp.TCPConnector(limit=WORKERS)
        async with aiohttp.ClientSession(timeout=timeout, connector=connector) as session:
            start = time.monotonic()
            async with asyncio.timeout(10):  # (2)!
                report = await crawl(session, root)
            elapsed = time.monotonic() - start
    outcomes = Counter(log[-1] for log in report.values())
    print(f"crawled in {elapsed:.1f} s, {len(report)} URLs: {dict(sorted(outcomes.items()))}")
    for path, log in sorted(report.items()):
        if log != ["ok"]:
            print(f"  {path}: {'; '.join(log)}")


asyncio.run(main())
# --8<-- [end:main]
