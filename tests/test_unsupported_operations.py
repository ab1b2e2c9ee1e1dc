"""Helpers whose operations the generated spec lacks raise UnsupportedOperationError naming them."""

from __future__ import annotations

import pytest

from chaster_async import Chaster
from chaster_async._extensions import ExtensionToolkit
from chaster_async._operation import OperationTable
from chaster_async.errors import UnsupportedOperationError
from chaster_async.operations import OPERATIONS


# (here, not in test_extensions.py, which an older spec skips as a whole)
async def test_toolkit_is_a_property_of_the_client() -> None:
    async with Chaster("dev-token", client_id="my-extension") as chaster:
        assert isinstance(chaster.extension, ExtensionToolkit)
        assert chaster.extension is chaster.extension
        assert chaster.client_id == "my-extension"


# -- a spec without the Extensions API ----------------------------------------------------------


async def test_helpers_name_the_operations_an_older_spec_lacks(monkeypatch: pytest.MonkeyPatch) -> None:
    """Regenerated from a document without the partner operations, every helper raises
    UnsupportedOperationError naming what is missing, before any I/O (never AttributeError)."""
    import chaster_async.operations as operations_module

    older = OperationTable(op for op in OPERATIONS.values() if op.tag != "partner_extensions")
    monkeypatch.setattr(operations_module, "OPERATIONS", older)
    async with Chaster("dev", client_id="cid", base_url="http://127.0.0.1:9", max_retries=0) as chaster:
        ext = chaster.extension
        calls = {
            "partner_extensions.get_session_auth": lambda: ext.session_from_main_token("main"),
            "partner_extensions.get_configuration": lambda: ext.get_configuration("cfg"),
            "partner_extensions.update_configuration": lambda: ext.save_configuration("cfg", {}),
            "partner_extensions.get_extension_session": lambda: ext.get_session("s"),
            "partner_extensions.patch_extension_session": lambda: ext.set_custom_data("s", {}),
            "partner_extensions.get_regular_actions": lambda: ext.regular_actions("s"),
            "partner_extensions.submit_regular_action": lambda: ext.submit_regular_action("s"),
            "partner_extensions.do_action": lambda: ext.do_action("s", {"name": "freeze"}),
            "partner_extensions.log_custom_action": lambda: ext.log("s", title="t", description="d"),
        }
        for key, call in calls.items():
            with pytest.raises(UnsupportedOperationError) as caught:
                await call()
            assert caught.value.missing == (key,)
            assert key in str(caught.value) and "chaster.extension." in str(caught.value)
        with pytest.raises(UnsupportedOperationError, match=r"partner_extensions\.get_sessions"):
            ext.sessions(extension_slug="x")
        with pytest.raises(UnsupportedOperationError, match=r"partner_extensions\.get_logs"):
            ext.logs("s")


async def test_the_generated_spec_decides_what_the_toolkit_supports() -> None:
    """Against the spec actually generated: a helper either finds its operation or names it."""
    async with Chaster("dev", client_id="cid", base_url="http://127.0.0.1:9", max_retries=0) as chaster:
        if "partner_extensions.get_extension_session" in OPERATIONS:
            assert chaster.extension._method("get_session", "partner_extensions.get_extension_session")
        else:
            with pytest.raises(UnsupportedOperationError, match="get_extension_session"):
                await chaster.extension.get_session("s")
