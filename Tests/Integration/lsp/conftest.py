"""pytest-lsp (a client nobody here wrote) drives the built `vramlint lsp` over stdio.

    VRAMLINT=.build/release/vramlint pytest Tests/Integration/lsp
"""
import os
import sys
from pathlib import Path

import pytest_lsp
from lsprotocol import types
from pytest_lsp import ClientServerConfig, LanguageClient

ROOT = Path(__file__).resolve().parents[3]
VRAMLINT = os.environ.get("VRAMLINT", str(ROOT / ".build/release/vramlint"))


@pytest_lsp.fixture(config=ClientServerConfig(server_command=[VRAMLINT, "lsp"]))
async def client(lsp_client: LanguageClient):
    await lsp_client.initialize_session(
        types.InitializeParams(capabilities=types.ClientCapabilities(), root_uri=None))
    yield
    await lsp_client.shutdown_session()
