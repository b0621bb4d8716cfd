# /// script
# requires-python = ">=3.11"
# dependencies = ["gevent==26.9.0"]
# [tool.guide]
# timings = { gevent = 1.4 }
# ///
from gevent import monkey

monkey.patch_all()  # first, before anything else is imported

import re
import time
from urllib.request import urlopen

import gevent
from gevent.pywsgi import WSGIServer
from gevent.queue import JoinableQueue

PAGES = 12


# --8<-- [start:server]
def app(environ, start_response):
    n = int(environ["PATH_INFO"].removeprefix("/page/"))
    time.sleep(0.2)  # (1)!
    body = "".join(f'<a href="/page/{k}">{k}</a>\n' for k in [(n + 1) % PAGES, n * 2 % PAGES])
    start_response("200 OK", [("Content-Type", "text/html")])
    return [body.encode()]
# --8<-- [end:server]


# --8<-- [start:crawl]
def crawl(root: str, workers: int = 4) -> list[str]:
    queue = JoinableQueue()
    seen = {"/page/0"}
    queue.put("/page/0")

    def worker() -> None:
        while True:
            path = queue.get()
            try:
                with urlopen(root + path, timeout=2) as resp:  # (1)!
                    body = resp.read().decode()
                for link in re.findall(r'href="([^"]+)"', body):
                    if link not in seen:
                        seen.add(link)
                        queue.put(link)
            finally:
                queue.task_done()

    greenlets = [gevent.spawn(worker) for _ in range(workers)]  # (2)!
    queue.join()
    gevent.killall(greenlets)  # (3)!
    return sorted(seen, key=lambda p: int(p.rsplit("/", 1)[1]))


server = WSGIServer(("127.0.0.1", 0), app, log=None)  # (4)!
server.start()
start = time.monotonic()
try:
    pages = crawl(f"http://127.0.0.1:{server.server_port}")
finally:
    server.stop(timeout=1)
print(f"gevent: {time.monotonic() - start:.1f} s for {len(pages)} pages")
print(" ".join(pages))
# --8<-- [end:crawl]
