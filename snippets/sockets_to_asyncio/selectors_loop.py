# /// script
# requires-python = ">=3.11"
# [tool.guide]
# timings = { "bob: first reply" = 0.0, "both clients done" = 0.5 }
# ///
import selectors
import socket
import threading
import time

socket.setdefaulttimeout(5)


# --8<-- [start:server]
buffers: dict[socket.socket, bytes] = {}  # unfinished input of each connection


def accept(sel: selectors.BaseSelector, listener: socket.socket) -> None:
    conn, _addr = listener.accept()  # ready: will not block
    conn.setblocking(False)
    buffers[conn] = b""
    sel.register(conn, selectors.EVENT_READ, echo)  # (1)!


def echo(sel: selectors.BaseSelector, conn: socket.socket) -> None:
    data = conn.recv(4096)  # ready: will not block
    if not data:  # the client closed the connection
        sel.unregister(conn)
        del buffers[conn]
        conn.close()
        return
    buffers[conn] += data
    while b"\n" in buffers[conn]:  # (2)!
        line, _, buffers[conn] = buffers[conn].partition(b"\n")
        conn.sendall(line + b"\n")  # (3)!


def serve(listener: socket.socket, stop: threading.Event) -> None:
    listener.setblocking(False)
    with selectors.DefaultSelector() as sel:
        sel.register(listener, selectors.EVENT_READ, accept)
        while not stop.is_set():  # (4)!
            for key, _events in sel.select(timeout=0.1):  # (5)!
                callback = key.data
                callback(sel, key.fileobj)
    for conn in buffers:  # connections still open at shutdown
        conn.close()
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


with socket.create_server(("127.0.0.1", 0)) as listener:
    port = listener.getsockname()[1]
    stop = threading.Event()
    server = threading.Thread(target=serve, args=(listener, stop))
    server.start()
    run_clients(port)
    stop.set()
    server.join()
