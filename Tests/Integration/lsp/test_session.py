"""The session of the issue: initialize → didOpen → diagnostics at the right UTF-16 ranges
→ incremental edit → diagnostics update → hover → code action → apply its edit → the
diagnostic disappears → shutdown/exit (the fixture)."""
import pytest
from lsprotocol import types
from pytest_lsp import LanguageClient

URI = "file:///tmp/vramlint-pytest-lsp/deploy.yaml"

# Llama-3.1-70B in bf16 (about 131 GiB of weights) cannot fit one 80 GB H100.
DOES_NOT_FIT = """model: meta-llama/Llama-3.1-70B-Instruct
engine: vllm
gpu: H100-80GB
seq_len: 8192
batch: 16
"""


async def open_and_wait(client: LanguageClient, text: str, version: int = 1):
    client.text_document_did_open(types.DidOpenTextDocumentParams(
        text_document=types.TextDocumentItem(uri=URI, language_id="yaml", version=version, text=text)))
    await client.wait_for_notification(types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS)
    return client.diagnostics[URI]


async def change_and_wait(client: LanguageClient, version: int, changes):
    client.text_document_did_change(types.DidChangeTextDocumentParams(
        text_document=types.VersionedTextDocumentIdentifier(uri=URI, version=version),
        content_changes=changes))
    await client.wait_for_notification(types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS)
    return client.diagnostics[URI]


def apply(text: str, edits) -> str:
    """The client's side of a WorkspaceEdit: UTF-16 positions, last edit first."""
    lines = text.split("\n")
    for edit in sorted(edits, key=lambda e: (e.range.start.line, e.range.start.character), reverse=True):
        s, e = edit.range.start, edit.range.end

        def cut(line, character):
            units = line.encode("utf-16-le")
            return units[:character * 2].decode("utf-16-le"), units[character * 2:].decode("utf-16-le")
        before, _ = cut(lines[s.line], s.character)
        _, after = cut(lines[e.line], e.character)
        new = (before + edit.new_text + after).split("\n")
        lines[s.line:e.line + 1] = new
    return "\n".join(lines)


@pytest.mark.asyncio(loop_scope="function")
async def test_utf16_ranges_after_emoji_and_cjk(client: LanguageClient):
    # Before "-1": 22 ASCII characters, 部署 (2 UTF-16 units), 🚀 (2 units, a surrogate
    # pair), ", batch: " (9): the value starts at UTF-16 character 35 and ends at 37.
    diagnostics = await open_and_wait(client, "{engine: vllm, model: 部署🚀, batch: -1}\n")
    out_of_range = [d for d in diagnostics if d.code == "out-of-range"]
    assert out_of_range, diagnostics
    assert out_of_range[0].range.start == types.Position(line=0, character=35)
    assert out_of_range[0].range.end == types.Position(line=0, character=37)
    assert out_of_range[0].source == "vramlint"


@pytest.mark.asyncio(loop_scope="function")
async def test_edit_hover_fix(client: LanguageClient):
    diagnostics = await open_and_wait(client, DOES_NOT_FIT)
    finding = next(d for d in diagnostics if d.code == "does-not-fit")
    assert finding.severity == types.DiagnosticSeverity.Error
    assert finding.code_description.href.endswith("does-not-fit.md")
    assert finding.related_information and "H100-80GB" in finding.related_information[0].message

    # Incremental edit: batch 16 → 1 on line 4 (characters 7–9); the finding updates.
    text = DOES_NOT_FIT.replace("batch: 16", "batch: 1")
    updated = await change_and_wait(client, 2, [types.TextDocumentContentChangePartial(
        range=types.Range(start=types.Position(line=4, character=7), end=types.Position(line=4, character=9)),
        text="1")])
    assert any(d.code == "does-not-fit" for d in updated)  # 70B still does not fit at batch 1

    hover = await client.text_document_hover_async(types.HoverParams(
        text_document=types.TextDocumentIdentifier(uri=URI), position=types.Position(line=0, character=3)))
    assert hover is not None and "| weights |" in hover.contents.value

    finding = next(d for d in updated if d.code == "does-not-fit")
    actions = await client.text_document_code_action_async(types.CodeActionParams(
        text_document=types.TextDocumentIdentifier(uri=URI), range=finding.range,
        context=types.CodeActionContext(diagnostics=[finding])))
    preferred = next(a for a in actions if a.is_preferred)
    assert "fits with" in preferred.title
    fixed = apply(text, preferred.edit.changes[URI])
    after = await change_and_wait(client, 3, [types.TextDocumentContentChangeWholeDocument(text=fixed)])
    assert not any(d.code == "does-not-fit" for d in after), fixed
