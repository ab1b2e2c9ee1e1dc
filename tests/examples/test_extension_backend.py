"""examples/extension_backend.py: the in-process self-test, the --self-test command line, and the
backend run as a separate process against a FakeChaster (the documented two-terminal setup)."""

from __future__ import annotations

import asyncio
import importlib.util
import socket
import sys
from pathlib import Path
from types import ModuleType

import aiohttp
import pytest

from chaster_async import Chaster
from chaster_async._extensions import ExtensionToolkit
from chaster_async.testing import FakeChaster
from tests.conftest import missing_operations, needs, skip_reason

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "extension_backend.py"


def load_example() -> ModuleType:
    spec = importlib.util.spec_from_file_location("extension_backend_example", EXAMPLE)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


# The operations of the Extensions API the backend calls (an older document has none of them).
BACKEND_OPERATIONS: tuple[str, ...] = load_example().BACKEND_OPERATIONS
MISSING = missing_operations(*BACKEND_OPERATIONS)


async def test_run_demo_in_process(capsys: pytest.CaptureFixture[str]) -> None:
    if not MISSING:
        assert await load_example().run_demo(verbose=False) == 0
        return
    # regenerated without the Extensions API: the self-test says so and skips every step
    assert await load_example().run_demo(verbose=True) == 0
    assert capsys.readouterr().out == f"[self-test] skipped every step: {skip_reason(MISSING)}\n"


async def test_self_test_command_line() -> None:
    proc = await asyncio.create_subprocess_exec(
        sys.executable,
        str(EXAMPLE),
        "--self-test",
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )
    out, err = await asyncio.wait_for(proc.communicate(), 45)
    assert proc.returncode == 0, (out.decode(), err.decode())
    if MISSING:  # regenerated without the Extensions API
        assert out.decode() == f"[self-test] skipped every step: {skip_reason(MISSING)}\n"
    else:
        assert b"all steps passed" in out


async def test_token_required() -> None:
    proc = await asyncio.create_subprocess_exec(
        sys.executable, str(EXAMPLE), stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE
    )
    _, err = await asyncio.wait_for(proc.communicate(), 30)
    assert proc.returncode == 2 and b"--token" in err


async def wait_until_up(url: str, proc: asyncio.subprocess.Process) -> None:
    async with aiohttp.ClientSession() as http:
        for _ in range(200):
            if proc.returncode is not None:
                raise AssertionError(f"the backend exited with {proc.returncode}")
            try:
                async with http.post(f"{url}/api/session", json={}) as resp:
                    if resp.status == 400:  # up (and it wants a mainToken)
                        return
            except aiohttp.ClientConnectionError:
                pass
            await asyncio.sleep(0.05)
    raise AssertionError("the backend did not start")


@needs(*BACKEND_OPERATIONS)
async def test_backend_process_against_fake_server() -> None:
    port = free_port()
    backend = f"http://127.0.0.1:{port}"
    fake = FakeChaster(developer_token="DEV", webhook_url=f"{backend}/webhooks", webhook_retry_delay=0.2)
    async with fake.serve("127.0.0.1", 0):
        proc = await asyncio.create_subprocess_exec(
            sys.executable,
            str(EXAMPLE),
            "--chaster-url",
            str(fake.base_url),
            "--token",
            "DEV",
            "--port",
            str(port),
            stdout=asyncio.subprocess.DEVNULL,
            stderr=asyncio.subprocess.PIPE,
        )
        try:
            await wait_until_up(backend, proc)
            async with aiohttp.ClientSession() as iframe:
                token = fake.seed_ids["sessionMainToken"]
                async with iframe.post(f"{backend}/api/session", json={"mainToken": token}) as resp:
                    assert resp.status == 200
                    assert (await resp.json())["sessionId"] == fake.seed_ids["session"]
                async with iframe.get(f"{backend}/api/sessions", params={"status": "all"}) as resp:
                    assert (await resp.json())["count"] == 3

            # A wearer starts a lock with the extension: the webhook reaches the backend process.
            async with Chaster(fake.token_for("walt"), base_url=fake.base_url) as walt:
                code = await walt.combinations.create_code(body={"code": "1357"})
                await walt.lock_creation.create_lock_from_shared_lock(
                    fake.seed_ids["kimSharedLock"], body={"combinationId": code.combination_id}
                )
            (created,) = [d for d in await fake.wait_webhooks() if d.event == "extension_session.created"]
            assert created.delivered and created.attempts == [200]
            session_id = created.body["data"]["session"]["sessionId"]
            async with Chaster("DEV", base_url=fake.base_url) as kim:
                ext = ExtensionToolkit(kim)
                for _ in range(200):
                    data = (await ext.get_session(session_id)).session.data.to_dict()
                    if data.get("seenLogs"):
                        break
                    await asyncio.sleep(0.05)
            assert data["rolls"] == [] and data["seenLogs"] >= 1, data
        finally:
            if proc.returncode is None:
                proc.terminate()
            _, err = await asyncio.wait_for(proc.communicate(), 15)
    assert b"Traceback" not in err, err.decode()
