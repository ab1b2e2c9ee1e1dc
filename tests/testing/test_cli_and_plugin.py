"""``python -m chaster_async.testing`` and the pytest fixtures."""

from __future__ import annotations

import asyncio
import os
import signal
import socket
import subprocess
import sys
from pathlib import Path

import aiohttp

from chaster_async.testing import FakeChaster

ROOT = Path(__file__).resolve().parents[2]


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


async def test_cli_serves_and_prints_urls() -> None:
    port = _free_port()
    env = {**os.environ, "PYTHONPATH": str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", "")}
    proc = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "chaster_async.testing",
        "--port",
        str(port),
        "--developer-token",
        "cli-token",
        "--client-id",
        "cli-client",
        "--client-secret",
        "cli-secret",
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
        cwd=ROOT,
        env=env,
    )
    try:
        lines: list[str] = []
        async with asyncio.timeout(10):
            while not lines or "Ctrl+C" not in lines[-1]:
                line = await proc.stdout.readline()  # type: ignore[union-attr]
                assert line, (lines, await proc.stderr.read())  # type: ignore[union-attr]
                lines.append(line.decode())
        out = "".join(lines)
        base = f"http://127.0.0.1:{port}"
        assert base in out
        assert f"{base}/auth/realms/app/protocol/openid-connect/token" in out
        assert f"{base}/auth/realms/app/protocol/openid-connect/auth" in out
        assert "cli-token" in out and "cli-client" in out and "cli-secret" in out
        async with (
            aiohttp.ClientSession() as http,
            http.get(f"{base}/auth/profile", headers={"Authorization": "Bearer cli-token"}) as resp,
        ):
            assert resp.status == 200
            assert (await resp.json())["username"] == "kim"
    finally:
        if proc.returncode is None:
            proc.send_signal(signal.SIGINT)
            try:
                async with asyncio.timeout(5):
                    await proc.wait()
            except TimeoutError:
                proc.kill()
                await proc.wait()
    assert proc.returncode == 0


async def test_fixture_gives_running_instance(fake_chaster: FakeChaster) -> None:
    assert fake_chaster.base_url is not None and fake_chaster.base_url.startswith("http://127.0.0.1:")
    assert fake_chaster.token_url.startswith(fake_chaster.base_url)
    assert fake_chaster.authorize_url.endswith("/protocol/openid-connect/auth")
    assert (fake_chaster.developer_token, fake_chaster.client_id, fake_chaster.client_secret) == (
        "fake-developer-token",
        "fake-client-id",
        "fake-client-secret",
    )
    async with aiohttp.ClientSession() as http, http.get(f"{fake_chaster.base_url}/settings") as resp:
        assert resp.status == 200


async def test_instances_are_independent() -> None:
    a, b = FakeChaster(), FakeChaster(seed=False)
    assert a.seed_ids["kim"] != b.seed_ids.get("kim")
    a.fail_next("profile.me")
    assert b.faults.faults == [] and a.state is not b.state
    assert list(b.developer_tokens) == ["developer"]
    async with a.serve(), b.serve():
        assert a.base_url != b.base_url


async def test_chaster_client_fixture(chaster: object, fake_chaster: FakeChaster) -> None:
    # The facade exists in this repository: it is wired to the fake's URL.
    assert fake_chaster.base_url is not None and fake_chaster.base_url in repr(chaster)


def test_plugin_works_in_pytest_asyncios_default_strict_mode(tmp_path: Path) -> None:
    """A user's project with nothing configured but the plugin line: async tests using the
    fixtures run (pytest-asyncio's default strict mode would otherwise refuse them)."""
    (tmp_path / "conftest.py").write_text('pytest_plugins = ["chaster_async.testing.pytest_plugin"]\n')
    (tmp_path / "test_bot.py").write_text(
        "async def test_bot(chaster, fake_chaster):\n"
        "    me = await chaster.profile.me()\n"
        "    assert me.username == 'kim'\n"
        "    assert [r.key for r in fake_chaster.requests] == ['profile.me']\n"
    )
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-o", "asyncio_mode=strict"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "1 passed" in result.stdout
