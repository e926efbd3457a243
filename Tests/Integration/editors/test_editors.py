"""Real editors, headless, with the set-ups in Editors/ exactly as their READMEs give them:
Neovim 0.7 (Debian `neovim`), Emacs 28 + Eglot 1.9 (`emacs-nox elpa-eglot elpa-yaml-mode`)
and Vim 9 + ALE 3.3 (`vim vim-ale`). Each opens a deployment that does not fit; the
session script writes what the editor received as JSON, and these tests check it.

    VRAMLINT=.build/release/vramlint pytest Tests/Integration/editors

An editor that is not installed is skipped, unless VRAMLINT_REQUIRE_EDITORS=1 (CI).
"""
import json
import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
VRAMLINT = os.environ.get("VRAMLINT", str(ROOT / ".build/release/vramlint"))
DOES_NOT_FIT = ROOT / "examples/does-not-fit.yaml"
# A flagged value after CJK and an emoji on the same line: each editor turns the server's
# UTF-16 columns into its own (Neovim: bytes; Emacs: characters).
WIDE_LINE = "{engine: vllm, model: 部署🚀, batch: -1}"

EDITORS = {
    "neovim": lambda script: [
        "nvim", "--headless", "--clean", "-n", "-u", "NONE", "-i", "NONE",
        "-c", f"luafile {script}"],
    "emacs": lambda script: ["emacs", "--batch", "-l", str(script)],
    "vim-ale": lambda script: ["vim", "-N", "-u", str(script), "-i", "NONE", "-es"],
}
SCRIPTS = {
    "neovim": HERE / "neovim_session.lua",
    "emacs": HERE / "emacs_session.el",
    "vim-ale": HERE / "vim_ale_session.vim",
}
BINARIES = {"neovim": "nvim", "emacs": "emacs", "vim-ale": "vim"}


def run_editor(editor, file, tmp_path, session="full", wait_ms=20000, **extra_env):
    if shutil.which(BINARIES[editor]) is None:
        if os.environ.get("VRAMLINT_REQUIRE_EDITORS") == "1":
            pytest.fail(f"{BINARIES[editor]} is not installed")
        pytest.skip(f"{BINARIES[editor]} is not installed")
    out = tmp_path / "out.json"
    env = dict(os.environ, VRAMLINT=VRAMLINT, VRAMLINT_REPO=str(ROOT),
               VRAMLINT_FILE=str(file), VRAMLINT_OUT=str(out), VRAMLINT_SESSION=session,
               VRAMLINT_WAIT_MS=str(wait_ms), **extra_env,
               HOME=str(tmp_path))  # no user configuration of any editor
    completed = subprocess.run(
        EDITORS[editor](SCRIPTS[editor]), env=env, cwd=tmp_path, stdin=subprocess.DEVNULL,
        capture_output=True, text=True, timeout=120)
    assert out.exists(), f"{editor} wrote nothing:\n{completed.stdout}\n{completed.stderr}"
    result = json.loads(out.read_text())
    assert "error" not in result, result["error"]
    assert completed.returncode == 0, completed.stderr
    return result


def copy_of(source, tmp_path):
    target = tmp_path / "deploy" / source.name
    target.parent.mkdir()
    shutil.copy(source, target)
    return target


def value_span(lines, key):
    """(line, start column, end column) of `key`'s value, found in the text by hand."""
    for number, line in enumerate(lines):
        if line.startswith(f"{key}:"):
            start = len(key) + 2
            return number, start, len(line.rstrip())
    raise AssertionError(f"no {key} line")


def is_error(diagnostic):
    # LSP severity 1; Emacs Flymake's eglot-error; ALE's "E".
    return diagnostic.get("severity") == 1 or diagnostic.get("type") in ("eglot-error", "E")


@pytest.mark.parametrize("editor", ["neovim", "emacs", "vim-ale"])
def test_a_deployment_that_does_not_fit_is_flagged_at_the_model(editor, tmp_path):
    file = copy_of(DOES_NOT_FIT, tmp_path)
    result = run_editor(editor, file, tmp_path, session="diagnostics")
    assert result["filetype" if editor != "emacs" else "major_mode"] in ("yaml", "yaml-mode")
    errors = [d for d in result["diagnostics"] if is_error(d)]
    assert len(errors) == 1, result["diagnostics"]
    (error,) = errors
    # The model value (`meta-llama/Llama-3.1-70B-Instruct`) is what does not fit.
    line, start, end = value_span(DOES_NOT_FIT.read_text().splitlines(), "model")
    assert (error["line"], error["col"], error["end_line"], error["end_col"]) == (
        line, start, line, end)
    assert "does-not-fit" in (error.get("code") or "") + error["message"]
    assert "KV cache" in error["message"]


@pytest.mark.parametrize("editor", ["neovim", "emacs"])
def test_hover_and_fix_all_in_the_editor(editor, tmp_path):
    file = copy_of(DOES_NOT_FIT, tmp_path)
    result = run_editor(editor, file, tmp_path)
    hover = result["hover"]
    # Llama-3.1-70B has 70.55e9 parameters (its config.json: 80 layers × 8192 hidden,
    # 28672 intermediate, 128256 vocabulary); at 2 bytes each that is
    # 141.1e9 B = 131.4 GiB, and the card's 80 GB hold 79.19 GiB (nvidia-smi).
    weights = float(re.search(r"\| weights \| ([\d.]+) \|", hover).group(1))
    assert weights == pytest.approx(131.4, rel=0.01)
    assert "79.19 GiB" in hover and "does not fit" in hover
    # KV cache: batch 16 × 8192 tokens × (80 layers × 8 KV heads × 128 dims × 2 (K and V)
    # × 2 bytes) = 42,949,672,960 B = 40.00 GiB.
    assert "KV cache for batch 16 × 8192 tokens: 40.00 GiB" in hover
    # vramlint-fix-all / :VramlintFixAll edited the buffer and the error went away.
    assert result["edited"] is True
    assert not [d for d in result["after_fix"] if is_error(d)], result["after_fix"]
    assert len(result["lines"]) == len(DOES_NOT_FIT.read_text().splitlines()) + 1


@pytest.mark.parametrize("editor", ["neovim", "emacs"])
def test_columns_after_wide_characters(editor, tmp_path):
    # A project file marks the folder's YAML as deployments (the line has no `model:` key
    # at the start, which the set-ups also look for).
    (tmp_path / ".vramlint.yaml").write_text("headroom: 5%\n")
    file = tmp_path / "deploy" / "wide.yaml"
    file.parent.mkdir()
    file.write_text(WIDE_LINE + "\n", encoding="utf-8")
    result = run_editor(editor, file, tmp_path, session="diagnostics")
    columns = {d["col"] for d in result["diagnostics"] if d["line"] == 0}
    # Neovim counts bytes (部署 are 3 bytes each, 🚀 4); Emacs counts characters.
    if editor == "neovim":
        expected = WIDE_LINE.encode().index(b"-1")
    else:
        expected = WIDE_LINE.index("-1")
    assert expected in columns, result["diagnostics"]


def test_neovim_leaves_other_yaml_alone(tmp_path):
    # A CI workflow is YAML but no deployment: no project file above it, no `model:` key.
    file = tmp_path / "ci.yaml"
    file.write_text("name: CI\non: push\njobs: {}\n")
    result = run_editor("neovim", file, tmp_path, session="diagnostics", wait_ms=1500)
    assert result["attached"] == 0 and result["diagnostics"] == []


def test_neovim_relints_when_the_project_file_is_written(tmp_path):
    # Llama-3.1-8B in bf16 is 8.03e9 × 2 B = 16.1 GB of weights: it fits an 80 GB H100 and
    # not a 12 GB RTX 3060, the project default written while the deployment is open.
    project = tmp_path / ".vramlint.yaml"
    project.write_text("defaults: {gpu: H100-80GB}\n")
    file = tmp_path / "deploy.yaml"
    file.write_text("model: llama-3.1-8b\nengine: vllm\nseq_len: 4096\n")
    result = run_editor(
        "neovim", file, tmp_path, session="project", wait_ms=1500,
        VRAMLINT_PROJECT_FILE=str(project),
        VRAMLINT_PROJECT_TEXT="defaults: {gpu: RTX-3060-12GB}")
    assert not [d for d in result["diagnostics"] if is_error(d)]
    assert [d["code"] for d in result["after_project_change"] if is_error(d)] == ["does-not-fit"]


def test_ale_starts_one_server_per_project(tmp_path):
    # The folder of the nearest .vramlint.yaml is the root, not its parent.
    project = tmp_path / "project"
    (project / "deploy").mkdir(parents=True)
    (project / ".vramlint.yaml").write_text("headroom: 5%\n")
    file = project / "deploy" / DOES_NOT_FIT.name
    shutil.copy(DOES_NOT_FIT, file)
    result = run_editor("vim-ale", file, tmp_path, session="diagnostics")
    assert Path(result["root"]) == project
    assert [d["code"] for d in result["diagnostics"] if is_error(d)] == ["does-not-fit"]
