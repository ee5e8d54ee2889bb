#!/usr/bin/env python3
"""An OTLP/HTTP receiver that takes every export and keeps nothing (the benchmarks' collector when
they run with tracing on): answers each POST with 200 and an empty protobuf body, counts the bytes.
   python3 src/bench/otlp-sink.py PORT"""
import sys
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

received = {"requests": 0, "bytes": 0}


class Sink(BaseHTTPRequestHandler):
    def do_POST(self):
        length = int(self.headers.get("Content-Length", 0))
        self.rfile.read(length)
        received["requests"] += 1
        received["bytes"] += length
        self.send_response(200)
        self.send_header("Content-Type", "application/x-protobuf")
        self.send_header("Content-Length", "0")
        self.end_headers()

    def log_message(self, *args):
        pass


server = ThreadingHTTPServer(("127.0.0.1", int(sys.argv[1])), Sink)
try:
    server.serve_forever()
finally:
    print(f"otlp-sink: {received['requests']} exports, {received['bytes']} bytes", file=sys.stderr)
