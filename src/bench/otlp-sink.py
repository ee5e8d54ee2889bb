#!/usr/bin/env python3
"""An OTLP/HTTP receiver that takes every export and keeps nothing (the benchmarks' collector when
they run with tracing on): answers each POST with 200 and an empty protobuf body, counts the bytes.
   python3 src/bench/otlp-sink.py PORT"""
import signal
import sys
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

received = {"requests": 0, "bytes": 0}


class Sink(BaseHTTPRequestHandler):
    def do_POST(self):
        received["requests"] += 1
        received["bytes"] += self.read_body()
        self.send_response(200)
        self.send_header("Content-Type", "application/x-protobuf")
        self.send_header("Content-Length", "0")
        self.end_headers()

    def read_body(self):
        """Reads the body, sized or chunked (as OkHttp sends it); returns its length."""
        if "chunked" not in self.headers.get("Transfer-Encoding", ""):
            return len(self.rfile.read(int(self.headers.get("Content-Length", 0))))
        total = 0
        while True:
            size = int(self.rfile.readline().split(b";")[0].strip(), 16)
            self.rfile.read(size + 2)
            total += size
            if size == 0:
                return total

    def log_message(self, *args):
        pass


def report(*_):
    print(f"otlp-sink: {received['requests']} exports, {received['bytes']} bytes", file=sys.stderr)
    sys.exit(0)


signal.signal(signal.SIGTERM, report)
ThreadingHTTPServer(("127.0.0.1", int(sys.argv[1])), Sink).serve_forever()
