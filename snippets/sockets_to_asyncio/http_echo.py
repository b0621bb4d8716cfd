# /// script
# requires-python = ">=3.11"
# ///
import http.client
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


class EchoHandler(BaseHTTPRequestHandler):
    def do_GET(self) -> None:  # (1)!
        body = f"you asked for {self.path}\n".encode()
        self.send_response(200)
        self.send_header("Content-Type", "text/plain; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:  # (2)!
        print("server saw:", self.requestline)


with ThreadingHTTPServer(("127.0.0.1", 0), EchoHandler) as server:  # (3)!
    loop = threading.Thread(target=server.serve_forever)
    loop.start()
    conn = http.client.HTTPConnection("127.0.0.1", server.server_port, timeout=5)
    for path in ("/hello", "/bye?from=alice"):
        conn.request("GET", path)
        response = conn.getresponse()
        print(response.status, response.reason, response.read().decode(), end="")
    conn.close()
    server.shutdown()
    loop.join()
