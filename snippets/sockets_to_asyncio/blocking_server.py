# /// script
# requires-python = ">=3.11"
# [tool.guide]
# timings = { "bob: first reply" = 0.5, "both clients done" = 1.0 }
# ///
import socket
import threading
import time

socket.setdefaulttimeout(5)  # (1)!


def handle(conn: socket.socket) -> None:
    with conn, conn.makefile("rb") as lines:
        for line in lines:  # (2)!
            conn.sendall(line)  # echo the line back


def serve(listener: socket.socket, clients: int) -> None:
    for _ in range(clients):  # a real server loops forever
        conn, _addr = listener.accept()  # (3)!
        handle(conn)  # one client at a time


def client(name: str, port: int, results: dict, connected: threading.Event) -> None:
    start = time.perf_counter()
    with socket.create_connection(("127.0.0.1", port)) as sock, sock.makefile("rb") as replies:
        connected.set()
        sock.sendall(f"hello from {name}\n".encode())
        replies.readline()
        first = time.perf_counter() - start
        time.sleep(0.5)  # (4)!
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
        connected.wait(5)  # (5)!
    for t in threads:
        t.join()
    for name in sorted(results):
        print(f"{name}: {results[name]}")
    print(f"both clients done: {time.perf_counter() - start:.1f} s")


with socket.create_server(("127.0.0.1", 0)) as listener:  # (6)!
    port = listener.getsockname()[1]
    server = threading.Thread(target=serve, args=(listener, 2))
    server.start()
    run_clients(port)
    server.join()
