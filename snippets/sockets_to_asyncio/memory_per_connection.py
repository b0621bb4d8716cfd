# /// script
# requires-python = ">=3.11"
# ///
import asyncio
import resource
import socket
import subprocess
import sys
import threading

N = 2000  # idle connections


def peak_kib() -> int:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # (1)!


def with_threads() -> float:
    with socket.create_server(("127.0.0.1", 0), backlog=N) as listener:
        port = listener.getsockname()[1]
        before = peak_kib()
        clients, conns, threads = [], [], []
        for _ in range(N):
            clients.append(socket.create_connection(("127.0.0.1", port), timeout=5))
            conn, _addr = listener.accept()
            conn.settimeout(5)
            conns.append(conn)
            threads.append(threading.Thread(target=conn.recv, args=(1,)))  # (2)!
            threads[-1].start()
        used = peak_kib() - before
        for sock in clients:
            sock.close()  # (3)!
        for t in threads:
            t.join()
        for conn in conns:
            conn.close()
    return used / N


async def with_coroutines() -> float:
    all_connected = asyncio.Event()
    handlers: set[asyncio.Task] = set()

    async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        handlers.add(asyncio.current_task())
        if len(handlers) == N:
            all_connected.set()
        await reader.read(1)  # (4)!
        writer.close()
        await writer.wait_closed()

    loop = asyncio.get_running_loop()
    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    async with server:
        before = peak_kib()
        clients = []
        for _ in range(N):
            clients.append(sock := socket.socket())
            sock.setblocking(False)
            await loop.sock_connect(sock, ("127.0.0.1", port))
        await asyncio.wait_for(all_connected.wait(), timeout=5)
        used = peak_kib() - before
        for sock in clients:
            sock.close()
        await asyncio.wait(handlers, timeout=5)
    return used / N


if sys.argv[1:] == ["threads"]:
    print(with_threads())
elif sys.argv[1:] == ["coroutines"]:
    print(asyncio.run(with_coroutines()))
else:
    print(f"{N} idle connections, memory per connection:")
    for kind in ("threads", "coroutines"):
        command = [sys.executable, __file__, kind]  # (5)!
        child = subprocess.run(command, stdout=subprocess.PIPE, text=True, timeout=60, check=True)
        kib = float(child.stdout)
        print(f"{kind:>10}: {'more' if kib > 10 else 'less'} than 10 KiB")
