# /// script
# requires-python = ">=3.11"
# dependencies = ["uvloop==0.23.0", "gevent==26.9.0"]
# ///
"""Echo servers compared on this machine: asyncio (streams, Protocol), asyncio on uvloop (streams,
Protocol), threads (socketserver.ThreadingTCPServer) and gevent (StreamServer).

    uv run benchmarks/echo/run.py            # about 4 minutes; writes docs/assets/benchmark/echo.json
    uv run benchmarks/echo/run.py --quick    # about 20 seconds, a smoke test; writes nothing by default

Linux only (it reads /proc and pins processes to cores). Every server runs in a process of its own,
pinned to the first core; the load generator is another process, pinned to the second. Everything
binds 127.0.0.1, every phase is bounded in time, and each process is stopped at the end.

For each server and each run (the runs are interleaved, so a busy moment of the machine does not hit
one server only) it measures:

- idle memory: the server's RSS before and after N connections that each made one round trip and
  then stay open doing nothing;
- throughput: C connections in a closed loop (send a message, wait for the echo, send the next);
  also the server's CPU time per request (utime + stime from /proc/<pid>/stat);
- latency at fixed offered loads: an open-loop generator sends on a fixed schedule, whatever the
  server does, and measures each reply from the time its request was SCHEDULED. A slow reply
  therefore cannot delay the next requests and hide itself (no "coordinated omission"), and if the
  generator itself falls behind, that delay counts against the server too (it is reported as
  send lag, so you can see whether it did).
"""

from __future__ import annotations

import argparse
import asyncio
import datetime
import errno
import json
import os
import platform
import select
import socket
import statistics
import subprocess
import sys
import time
from importlib import metadata
from pathlib import Path

SERVERS = {  # key: label (the order of the report)
    "asyncio-streams": "asyncio streams",
    "asyncio-protocol": "asyncio Protocol",
    "uvloop-streams": "uvloop streams",
    "uvloop-protocol": "uvloop Protocol",
    "threads": "threads (ThreadingTCPServer)",
    "gevent": "gevent StreamServer",
}
SERVER_CORE, CLIENT_CORE = 0, 1
MESSAGE = b"x" * 63 + b"\n"  # 64 bytes
CLK_TCK = os.sysconf("SC_CLK_TCK")
PAGE_KIB = os.sysconf("SC_PAGE_SIZE") // 1024

FULL = dict(runs=3, connections=50, warmup=0.3, duration=1.5, loads=[5000, 25000, 50000], idle=1000, drain=1.0)
QUICK = dict(runs=1, connections=50, warmup=0.2, duration=0.3, loads=[5000, 25000, 50000], idle=100, drain=0.5)


def pin(core: int) -> None:
    if hasattr(os, "sched_setaffinity") and core in os.sched_getaffinity(0):
        os.sched_setaffinity(0, {core})


def set_nice(nice: int) -> int:
    """Ask for another scheduling priority (lower nice = more CPU when the machine is busy;
    below 0 needs root); children inherit it. Returns the niceness in force."""
    if nice:
        try:
            os.setpriority(os.PRIO_PROCESS, 0, nice)
            # With autogroup scheduling (most desktop kernels) each session competes as one group,
            # whatever the niceness inside it: the group's own niceness decides against the others.
            if Path("/proc/self/autogroup").exists():
                Path("/proc/self/autogroup").write_text(str(nice))
        except PermissionError:
            print(f"warning: cannot set nice {nice} (needs root): running at the current priority", file=sys.stderr)
    return os.getpriority(os.PRIO_PROCESS, 0)


def raise_fd_limit() -> None:
    import resource

    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    resource.setrlimit(resource.RLIMIT_NOFILE, (hard, hard))


# ----------------------------------------------------------------------------- servers


def listener() -> socket.socket:
    sock = socket.socket()
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind(("127.0.0.1", 0))
    sock.listen(4096)
    return sock


def announce(port: int) -> None:
    print(port, flush=True)


def serve_asyncio(kind: str) -> None:
    async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            while data := await reader.read(65536):
                writer.write(data)
                await writer.drain()
        except ConnectionError:
            pass
        finally:
            writer.close()

    class Echo(asyncio.Protocol):
        def connection_made(self, transport):
            self.transport = transport

        def data_received(self, data):
            self.transport.write(data)

    async def main() -> None:
        sock = listener()
        if kind.endswith("streams"):
            server = await asyncio.start_server(handle, sock=sock, limit=65536)
        else:
            server = await asyncio.get_running_loop().create_server(Echo, sock=sock)
        announce(sock.getsockname()[1])
        async with server:
            await server.serve_forever()

    if kind.startswith("uvloop"):
        import uvloop

        uvloop.run(main())
    else:
        asyncio.run(main())


def serve_threads() -> None:
    import socketserver

    class Handler(socketserver.BaseRequestHandler):
        def handle(self):
            sock = self.request
            sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)  # as asyncio and uvloop do
            try:
                while data := sock.recv(65536):
                    sock.sendall(data)
            except ConnectionError:
                pass

    class Server(socketserver.ThreadingTCPServer):
        daemon_threads = True
        allow_reuse_address = True
        request_queue_size = 4096

    with Server(("127.0.0.1", 0), Handler) as server:
        announce(server.server_address[1])
        server.serve_forever()


def serve_gevent() -> None:
    from gevent.server import StreamServer

    def handle(sock, address):
        sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        try:
            while data := sock.recv(65536):
                sock.sendall(data)
        except ConnectionError:
            pass

    server = StreamServer(("127.0.0.1", 0), handle, backlog=4096)
    server.start()
    announce(server.server_port)
    server.serve_forever()


def serve(kind: str) -> None:
    pin(SERVER_CORE)
    raise_fd_limit()
    if kind == "threads":
        serve_threads()
    elif kind == "gevent":
        serve_gevent()
    else:
        serve_asyncio(kind)


# ----------------------------------------------------------------------------- load generator


def cpu_seconds(pid: int) -> float:
    """utime + stime of a process (all its threads), from /proc/<pid>/stat."""
    with open(f"/proc/{pid}/stat") as f:
        fields = f.read().rpartition(")")[2].split()
    return (int(fields[11]) + int(fields[12])) / CLK_TCK


def rss_kib(pid: int) -> int:
    with open(f"/proc/{pid}/statm") as f:
        return int(f.read().split()[1]) * PAGE_KIB


def connect(port: int, count: int) -> list[socket.socket]:
    socks = []
    for _ in range(count):
        s = socket.create_connection(("127.0.0.1", port), timeout=5)
        s.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        socks.append(s)
    return socks


def recv_exactly(sock: socket.socket, n: int) -> None:
    got = 0
    while got < n:
        chunk = sock.recv(n - got)
        if not chunk:
            raise ConnectionError("server closed the connection")
        got += len(chunk)


def client_idle(port: int, pid: int, count: int) -> dict:
    """RSS of the server before and after `count` connections that made one round trip each."""
    before = rss_kib(pid)
    socks = connect(port, count)
    try:
        for s in socks:
            s.sendall(MESSAGE)
        for s in socks:
            recv_exactly(s, len(MESSAGE))
        time.sleep(0.3)
        after = rss_kib(pid)
    finally:
        for s in socks:
            s.close()
    return {"connections": count, "rss_before_kib": before, "rss_after_kib": after,
            "kib_per_connection": round((after - before) / count, 2)}


def client_throughput(port: int, pid: int, conns: int, warmup: float, duration: float) -> dict:
    """Closed loop: every connection keeps exactly one message in flight."""
    size = len(MESSAGE)
    socks = connect(port, conns)
    ep = select.epoll()
    pending = {}
    by_fd = {}
    for s in socks:
        s.setblocking(False)
        by_fd[s.fileno()] = s
        pending[s.fileno()] = size
        ep.register(s.fileno(), select.EPOLLIN)
        s.send(MESSAGE)
    done = 0
    start = time.perf_counter()
    measure_from, measure_to = start + warmup, start + warmup + duration
    measuring = False
    counted = 0
    now = start
    try:
        while now < measure_to:
            for fd, _ in ep.poll(0.5):
                n = len(by_fd[fd].recv(65536))
                if n == 0:
                    raise ConnectionError("server closed the connection")
                left = pending[fd] - n
                if left == 0:
                    done += 1
                    by_fd[fd].send(MESSAGE)
                    left = size
                pending[fd] = left
            now = time.perf_counter()
            if not measuring and now >= measure_from:
                measuring = True
                t0, done0, srv0, cli0 = now, done, cpu_seconds(pid), time.process_time()
        counted = done - done0
        elapsed = now - t0
        server_cpu = cpu_seconds(pid) - srv0
        client_cpu = time.process_time() - cli0
    finally:
        ep.close()
        for s in socks:
            s.close()
    return {"requests": counted, "seconds": round(elapsed, 3), "requests_per_second": round(counted / elapsed),
            "server_cpu_seconds": round(server_cpu, 3),
            "server_cpu_us_per_request": round(server_cpu / counted * 1e6, 2),
            "client_cpu_share": round(client_cpu / elapsed, 3)}


def percentile(sorted_values: list[float], q: float) -> float:
    if not sorted_values:
        return float("nan")
    return sorted_values[min(len(sorted_values) - 1, int(q * len(sorted_values)))]


def client_load(port: int, pid: int, conns: int, rate: int, warmup: float, duration: float, drain: float) -> dict:
    """Open loop: request i is due at start + i/rate (on connection i % conns), sent then or as soon
    as the generator can, and its latency counts from the time it was due."""
    size = len(MESSAGE)
    socks = connect(port, conns)
    ep = select.epoll()
    fds = [s.fileno() for s in socks]
    by_fd = dict(zip(fds, socks, strict=True))
    due_times = {fd: [] for fd in fds}  # per connection, the due times of requests awaiting replies
    head = dict.fromkeys(fds, 0)  # index of the oldest unanswered request per connection
    partial = dict.fromkeys(fds, 0)  # bytes of the current reply received so far
    outbuf = {fd: b"" for fd in fds}
    for s in socks:
        s.setblocking(False)
        ep.register(s.fileno(), select.EPOLLIN)
    start = time.perf_counter() + 0.01
    measure_from, stop_sending = start + warmup, start + warmup + duration
    latencies: list[float] = []
    send_lag: list[float] = []
    sent = 0
    measured_sent = 0
    interval = 1.0 / rate
    next_due = start
    srv0 = cli0 = t0 = None

    def send(fd: int, data: bytes) -> None:
        if outbuf[fd]:
            outbuf[fd] += data
            return
        try:
            n = by_fd[fd].send(data)
        except BlockingIOError:
            n = 0
        if n < len(data):
            outbuf[fd] = data[n:]
            ep.modify(fd, select.EPOLLIN | select.EPOLLOUT)

    try:
        deadline = stop_sending + drain
        while True:
            now = time.perf_counter()
            if srv0 is None and now >= measure_from:
                srv0, cli0, t0 = cpu_seconds(pid), time.process_time(), now
            while next_due <= now and next_due < stop_sending:
                fd = fds[sent % conns]
                due_times[fd].append(next_due)
                send(fd, MESSAGE)
                if next_due >= measure_from:
                    send_lag.append(now - next_due)
                    measured_sent += 1
                sent += 1
                next_due = start + sent * interval
            if now >= stop_sending and (now >= deadline or all(len(due_times[fd]) == head[fd] for fd in fds)):
                break
            wait = (next_due - now) if next_due < stop_sending else (deadline - now)
            timeout = 0 if wait < 0.002 else wait - 0.001  # poll sleeps in whole ms: spin the last one
            for fd, ev in ep.poll(timeout):
                if ev & select.EPOLLOUT:
                    data, outbuf[fd] = outbuf[fd], b""
                    ep.modify(fd, select.EPOLLIN)
                    send(fd, data)
                if ev & (select.EPOLLIN | select.EPOLLERR | select.EPOLLHUP):
                    data = by_fd[fd].recv(65536)
                    if not data:
                        raise ConnectionError("server closed the connection")
                    arrived = time.perf_counter()
                    got = partial[fd] + len(data)
                    while got >= size:
                        got -= size
                        due = due_times[fd][head[fd]]
                        head[fd] += 1
                        if due >= measure_from:
                            latencies.append(arrived - due)
                    partial[fd] = got
        end = time.perf_counter()
        server_cpu = cpu_seconds(pid) - srv0
        client_cpu = time.process_time() - cli0
        # Requests still unanswered at the deadline count with the time they had waited by then
        # (a lower bound): leaving them out would flatter a server that fell behind.
        late = 0
        for fd in fds:
            for due in due_times[fd][head[fd]:]:
                if due >= measure_from:
                    latencies.append(end - due)
                    late += 1
    finally:
        ep.close()
        for s in socks:
            s.close()
    latencies.sort()
    send_lag.sort()
    ms = 1000.0
    return {"offered_per_second": rate, "requests": measured_sent, "unanswered": late,
            "p50_ms": round(percentile(latencies, 0.50) * ms, 3),
            "p99_ms": round(percentile(latencies, 0.99) * ms, 3),
            "max_ms": round(latencies[-1] * ms, 3) if latencies else None,
            "send_lag_p99_ms": round(percentile(send_lag, 0.99) * ms, 3),
            "server_cpu_share": round(server_cpu / (end - t0), 3),
            "client_cpu_share": round(client_cpu / (end - t0), 3)}


def client(port: int, pid: int, settings: dict) -> None:
    """Every phase against one server, in one process (pinned to its own core); prints JSON."""
    pin(CLIENT_CORE)
    raise_fd_limit()
    s = settings
    result = {"idle": client_idle(port, pid, s["idle"]),
              "throughput": client_throughput(port, pid, s["connections"], s["warmup"], s["duration"]),
              "load": [client_load(port, pid, s["connections"], rate, s["warmup"], s["duration"], s["drain"])
                       for rate in s["loads"]]}
    print(json.dumps(result), flush=True)


# ----------------------------------------------------------------------------- orchestration


def here(*args: str) -> list[str]:
    return [sys.executable, __file__, *args]


class Server:
    def __init__(self, kind: str):
        self.kind = kind
        self.proc = subprocess.Popen(here("serve", kind), stdout=subprocess.PIPE, text=True)  # noqa: S603
        ready, _, _ = select.select([self.proc.stdout], [], [], 10)
        line = self.proc.stdout.readline() if ready else ""
        if not line.strip().isdigit():
            self.stop()
            raise RuntimeError(f"{kind}: the server did not start")
        self.port = int(line)
        time.sleep(0.2)  # let it settle (imports done, loop idle) before measuring its memory

    def stop(self) -> None:
        self.proc.terminate()
        try:
            self.proc.wait(5)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait(5)
        self.proc.stdout.close()


def one_run(kind: str, s: dict) -> dict:
    server = Server(kind)
    try:
        timeout = 60 + (len(s["loads"]) + 1) * (s["warmup"] + s["duration"] + s["drain"])
        args = here("client", str(server.port), str(server.proc.pid), json.dumps(s))
        out = subprocess.run(args, capture_output=True, text=True, timeout=timeout, check=False)  # noqa: S603
        if out.returncode != 0:
            raise RuntimeError(f"{kind}: the load generator failed:\n{out.stderr}")
    finally:
        server.stop()
    return json.loads(out.stdout)


def machine() -> dict:
    cpu = "unknown"
    with open("/proc/cpuinfo") as f:
        for line in f:
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    return {"cpu": cpu, "cores": os.cpu_count(), "kernel": platform.release(), "os": platform.system()}


def loadavg() -> list[float]:
    with open("/proc/loadavg") as f:
        return [float(x) for x in f.read().split()[:3]]


def summarize(results: dict) -> None:
    def spread(values, digits=1):
        return f"{statistics.median(values):,.{digits}f} ({min(values):,.{digits}f}-{max(values):,.{digits}f})"

    for kind, runs in results.items():
        print(f"\n{SERVERS[kind]}")
        print(f"  throughput req/s    {spread([r['throughput']['requests_per_second'] for r in runs])}")
        print(f"  server CPU us/req   {spread([r['throughput']['server_cpu_us_per_request'] for r in runs])}")
        print(f"  idle KiB/conn       {spread([r['idle']['kib_per_connection'] for r in runs])}")
        print(f"  client CPU share    {spread([r['throughput']['client_cpu_share'] for r in runs])}")
        for i, rate in enumerate(runs[0]["load"]):
            rate = rate["offered_per_second"]
            print(f"  {rate:>6} req/s: p50 ms {spread([r['load'][i]['p50_ms'] for r in runs], 3)}"
                  f"  p99 ms {spread([r['load'][i]['p99_ms'] for r in runs], 3)}"
                  f"  (send lag p99 ms {spread([r['load'][i]['send_lag_p99_ms'] for r in runs], 3)})")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="command")
    serve_p = sub.add_parser("serve", help="internal: run one server")
    serve_p.add_argument("kind", choices=SERVERS)
    client_p = sub.add_parser("client", help="internal: run the load generator against one server")
    client_p.add_argument("port", type=int)
    client_p.add_argument("pid", type=int)
    client_p.add_argument("settings", type=json.loads)
    parser.add_argument("--quick", action="store_true", help="a short smoke test (about 20 s)")
    parser.add_argument("--runs", type=int, help="runs per server (default 3, or 1 with --quick)")
    parser.add_argument("--nice", type=int, default=0,
                        help="run every process at this niceness, e.g. -10 as root on a busy machine")
    parser.add_argument("--only", nargs="+", choices=SERVERS, help="only these servers")
    parser.add_argument("--out", type=Path, help="where to write the JSON (default: docs/assets/benchmark/"
                        "echo.json; with --quick, nowhere unless given)")
    args = parser.parse_args()
    if args.command == "serve":
        return serve(args.kind)
    if args.command == "client":
        return client(args.port, args.pid, args.settings)

    if not sys.platform.startswith("linux"):
        raise SystemExit("this benchmark reads /proc and pins processes to cores: it runs on Linux only")
    settings = dict(QUICK if args.quick else FULL)
    if args.runs:
        settings["runs"] = args.runs
    kinds = args.only or list(SERVERS)
    pinned = len(os.sched_getaffinity(0)) >= 2 and {SERVER_CORE, CLIENT_CORE} <= os.sched_getaffinity(0)
    if not pinned:
        print("warning: fewer than two cores available: server and load generator share one", file=sys.stderr)
    pin(CLIENT_CORE)
    nice = set_nice(args.nice)
    out = args.out or (None if args.quick else Path(__file__).resolve().parents[2] / "docs/assets/benchmark/echo.json")
    began, load_before = time.monotonic(), loadavg()
    results: dict[str, list] = {kind: [] for kind in kinds}
    for n in range(settings["runs"]):
        for kind in kinds:  # interleaved: each run goes through every server once
            print(f"run {n + 1}/{settings['runs']}: {SERVERS[kind]}", file=sys.stderr, flush=True)
            results[kind].append(one_run(kind, settings))
    elapsed = time.monotonic() - began
    summarize(results)
    print(f"\ntook {elapsed:.0f} s")
    data = {
        "benchmark": "echo",
        "date": datetime.date.today().isoformat(),
        "command": " ".join(["uv run --python", platform.python_version().rpartition(".")[0],
                             "benchmarks/echo/run.py", *sys.argv[1:]]),
        "seconds": round(elapsed),
        "machine": machine() | {"loadavg_before": load_before, "loadavg_after": loadavg(),
                                "pinned": pinned, "nice": nice, "server_core": SERVER_CORE, "client_core": CLIENT_CORE},
        "python": {"version": platform.python_version(), "implementation": platform.python_implementation()},
        "packages": {name: metadata.version(name) for name in ("uvloop", "gevent", "greenlet")},
        "settings": settings | {"message_bytes": len(MESSAGE)},
        "servers": [{"key": kind, "label": SERVERS[kind], "runs": results[kind]} for kind in kinds],
    }
    if out:
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(json.dumps(data, indent=1) + "\n", encoding="utf-8")
        print(f"wrote {out}")


if __name__ == "__main__":
    try:
        main()
    except OSError as e:
        if e.errno == errno.EMFILE:
            raise SystemExit("too many open files: raise the limit (ulimit -n 4096) and run again") from e
        raise
