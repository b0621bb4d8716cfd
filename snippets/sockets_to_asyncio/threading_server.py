# /// script
# requires-python = ">=3.11"
# [tool.guide]
# timings = { "bob: first reply" = 0.0, "both clients done" = 0.5 }
# ///
import socket
import socketserver
import threading
import time

socket.setdefaulttimeout(5)


# --8<-- [start:server]
class EchoHandler(socketserver.StreamRequestHandler):  # (1)!
    def handle(self) -> None:
        for line in self.rfile:  # (2)!
            self.wfile.write(line)
# --8<-- [end:server]


def client(name: str, port: int, results: dict, connected: threading.Event) -> None:
    start = time.perf_counter()
    with socket.create_connection(("127.0.0.1", port)) as sock, sock.makefile("rb") as replies:
        connected.set()
        sock.sendall(f"hello from {name}\n".encode())
        replies.readline()
        first = time.perf_counter() - start
        time.sleep(0.5)  # the client "types" for a while
        sock.sendall(f"bye from {name}\n".encode())
        replies.readline()
    results[name] = f"first reply after {first:.1f} s, done after {time.perf_counter() - start:.1f} s"


def run_clients(port: int) -> None:
    results: dict[str, str] = {}
    start = time.perf_counter()
    threads = []
    for name in ("alice", "bob"):
        connected = threading.Event()
        threads.append(threading.Thread(target=client, args=(name, port, results, connected)))
        threads[-1].start()
        connected.wait(5)  # alice first, then bob
    for t in threads:
        t.join()
    for name in sorted(results):
        print(f"{name}: {results[name]}")
    print(f"both clients done: {time.perf_counter() - start:.1f} s")


# --8<-- [start:main]
with socketserver.ThreadingTCPServer(("127.0.0.1", 0), EchoHandler) as server:  # (1)!
    port = server.server_address[1]
    loop = threading.Thread(target=server.serve_forever)
    loop.start()
    run_clients(port)
    server.shutdown()  # (2)!
    loop.join()
# --8<-- [end:main]
