"""``make spec`` fails with a clear message, not a traceback, when the document cannot be fetched."""

from __future__ import annotations

import json
import socket
import subprocess
import sys
import threading
from http.server import BaseHTTPRequestHandler, HTTPServer
from pathlib import Path

import pytest

from generator.fetch import FetchError, fetch_spec
from tests.spec_samples import ROOT


def _closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def test_unreachable_url_is_a_clear_error_and_leaves_the_file(tmp_path: Path) -> None:
    out = tmp_path / "openapi.json"
    out.write_text("{}")
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "generator",
            "fetch-spec",
            "--url",
            f"http://127.0.0.1:{_closed_port()}/api-json",
            "--out",
            str(out),
            "--timeout",
            "2",
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
        timeout=60,
    )
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert "cannot reach" in result.stderr and "offline" in result.stderr
    assert out.read_text() == "{}"


@pytest.fixture
def local_server():  # type: ignore[no-untyped-def]
    bodies: dict[str, bytes] = {}

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            body = bodies.get(self.path, b"")
            self.send_response(200 if body else 404)
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: object) -> None:
            pass

    server = HTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}", bodies
    server.shutdown()


def test_fetch_saves_a_valid_document(tmp_path: Path, local_server) -> None:  # type: ignore[no-untyped-def]
    base, bodies = local_server
    bodies["/api-json"] = json.dumps({"openapi": "3.0.0", "info": {"version": "9.9.9"}, "paths": {}}).encode()
    out = tmp_path / "openapi.json"

    assert fetch_spec(f"{base}/api-json", out) == "9.9.9"
    assert json.loads(out.read_text())["info"]["version"] == "9.9.9"


def test_fetch_rejects_html_and_404(tmp_path: Path, local_server) -> None:  # type: ignore[no-untyped-def]
    base, bodies = local_server
    bodies["/html"] = b"<html>maintenance</html>"
    with pytest.raises(FetchError, match="did not answer JSON"):
        fetch_spec(f"{base}/html", tmp_path / "x.json")
    with pytest.raises(FetchError, match="HTTP 404"):
        fetch_spec(f"{base}/missing", tmp_path / "x.json")
    assert not (tmp_path / "x.json").exists()
