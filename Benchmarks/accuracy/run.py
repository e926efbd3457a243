#!/usr/bin/env python3
"""Accuracy benchmark: predicted vs measured memory for every case in cases.json that
vramlint can express (the mapping lives in Tests/VRAMModelTests/Fixtures/case-deployments.json).

Runs the built `vramlint fit --format json` for each case, so it measures the shipped CLI and
its JSON contract, and writes results.json and results.md beside this file.

    swift build -c release && python3 Benchmarks/accuracy/run.py .build/release/vramlint
"""
import json
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(Path(__file__).resolve().parent))
FIXTURES = ROOT / "Tests" / "VRAMModelTests" / "Fixtures"
GIB = 2**30
MIB = 2**20


def cli_args(d, model_arg=None):
    args = ["fit", "--format", "json", "--model", model_arg or d["model"], "--gpu", d["gpu"], "--engine", d["engine"],
            "--seq-len", str(d["seq_len"]), "--tensor", str(d.get("tensor", 1))]
    if "gpu_total_gib" in d:
        args += ["--gpu-memory", f"{d['gpu_total_gib']}GiB"]
    for key, flag in [("engine_version", "--engine-version"), ("precision", "--precision"),
                      ("kv_cache", "--kv-cache"), ("memory_utilization", "--memory-utilization"),
                      ("parallel", "--parallel"), ("ubatch", "--ubatch")]:
        if key in d:
            args += [flag, str(d[key])]
    if "flash_attention" in d:
        args += ["--flash-attention", "on" if d["flash_attention"] else "off"]
    return args


def rel(predicted, measured):
    return abs(predicted - measured) / abs(measured) * 100


def evaluate(binary, d, c, model_arg, source):
    """One row: `vramlint fit` for deployment d with --model model_arg, against case c."""
    m = c["measured"]
    out = subprocess.run([binary] + cli_args(d, model_arg), capture_output=True, text=True)
    if out.returncode not in (0, 1):
        raise SystemExit(f"{d['case']} ({source}): vramlint failed: {out.stderr}")
    r = json.loads(out.stdout)
    per = r["per_gpu"]
    failed = (m.get("kv_cache_gib") is not None and m["kv_cache_gib"] <= 0) or \
        (m.get("max_concurrency") is not None and m["max_concurrency"] < 1) or \
        "failure case" in (c.get("notes") or "").lower()
    row = {"case": d["case"], "model": d["model"], "engine": d["engine"],
           "engine_version": d.get("engine_version"), "source": source, "measured_fits": not failed,
           "predicted_fits": r["fits"], "errors_pct": {}, "predicted": {}, "measured": {}}
    def compare(name, predicted, measured):
        if measured is None or measured == 0:
            return
        row["predicted"][name] = round(predicted, 3)
        row["measured"][name] = measured
        row["errors_pct"][name] = round(rel(predicted, measured), 2)
    if d["engine"] == "vllm":
        weights = m.get("weights_gib", m.get("weights_gb_v0"))
        compare("weights_gib", per["weights"] / GIB, weights)
        compare("activation_gib", per["activations"] / GIB, m.get("activation_peak_gib"))
        if not failed:
            compare("kv_pool_gib", per["kv_cache"] / GIB, m.get("kv_cache_gib"))
            compare("kv_pool_tokens", r["kv_pool_tokens"], m.get("kv_cache_tokens"))
        per_token = m.get("kv_cache_gib") and m.get("kv_cache_tokens") and m["kv_cache_gib"] * GIB / m["kv_cache_tokens"]
        if per_token:
            compare("kv_bytes_per_token", r["kv_bytes_per_token"], per_token)
    else:
        gpu_buffers = [v for k, v in (m.get("model_buffers_mib") or {}).items() if not k.startswith("CPU")]
        compare("model_buffer_mib", per["weights"] * r["tensor"] / MIB, max(gpu_buffers) if gpu_buffers else None)
        compare("kv_buffer_mib", per["kv_cache"] / MIB, m.get("kv_self_size_mib"))
        gpu_compute = [v for k, v in (m.get("compute_buffers_mib") or {}).items() if "Host" not in k and not k.startswith("CPU")]
        compare("compute_buffer_mib", per["activations"] / MIB, max(gpu_compute) if gpu_compute else None)
    return row


GGUF_PRECISIONS = ("q4_0", "q8_0", "q4_k_m", "q5_k_m", "iq4_xs", "q5_k_m", "q6_k")


def model_source_rows(binary, mapping, cases):
    """The second pass: the same deployments with --model pointing at files on disk that carry
    the case model's architecture, instead of the catalog id.

    config.json rows: every case whose model has a config copy in Fixtures/hf-configs/
    (`<org>__<name>.json`, the verbatim config under "config"), written to
    <tmp>/<name>/config.json. GGUF rows: llama.cpp/ollama cases with a GGUF quantization,
    a header-only file written by gguf_headers.py when gguf-py is importable."""
    try:
        import gguf_headers
    except ImportError as e:
        gguf_headers = None
        gguf_note = f"GGUF rows skipped: gguf-py is not importable here ({e}); install `gguf` to run them."
    else:
        gguf_note = None
    rows, notes = [], []
    if gguf_note:
        notes.append(gguf_note)
    with tempfile.TemporaryDirectory(prefix="vramlint-accuracy-") as tmp:
        for d in mapping["deployments"]:
            c = cases[d["case"]]
            cfg_file = FIXTURES / "hf-configs" / (d["model"].replace("/", "__") + ".json")
            if not cfg_file.exists():
                notes.append(f"{d['case']}: no config.json copy for {d['model']} in hf-configs/, no model-source row.")
                continue
            wrapped = json.loads(cfg_file.read_text())
            cfg = dict(wrapped["config"])
            name = d["model"].split("/")[-1]
            if "quantization_config" in cfg and wrapped.get("status") == "proxy" and "precision" not in d:
                # A proxy copy taken from a quantized re-save of the model (its `source` says so):
                # the case ran the unquantized checkpoint, so the quantization block goes.
                method = cfg.pop("quantization_config").get("quant_method")
                notes.append(f"{d['case']}: the hf-configs copy of {d['model']} is a proxy from a {method} re-save; "
                             f"its quantization_config is removed, the case ran the {cfg.get('torch_dtype')} checkpoint.")
            folder = Path(tmp) / "hf" / name
            folder.mkdir(parents=True, exist_ok=True)
            (folder / "config.json").write_text(json.dumps(cfg, indent=2))
            try:
                row = evaluate(binary, d, c, str(folder), "config.json")
            except SystemExit as refused:
                if wrapped.get("status") != "partial":
                    raise
                # A partial copy (only the keys its source printed) may lack one the estimate needs.
                notes.append(f"{d['case']}: the hf-configs copy of {d['model']} is partial and vramlint refuses it: "
                             + str(refused).split("config.json lacks", 1)[-1].split(" (/")[0].join(["config.json lacks", ""]).strip())
                continue
            row["config_status"] = wrapped.get("status")
            rows.append(row)
            precision = d.get("precision")
            if d["engine"] in ("llama.cpp", "ollama") and precision in GGUF_PRECISIONS and gguf_headers:
                path = Path(tmp) / "gguf" / f"{name}-{precision}.gguf"
                path.parent.mkdir(parents=True, exist_ok=True)
                written = gguf_headers.write_header_only_gguf(path, name, cfg, precision)
                if written is None:
                    notes.append(f"{d['case']}: no GGUF row, gguf_headers.py does not lay out "
                                 f"model_type {cfg.get('model_type')!r} / {precision}.")
                    continue
                g = dict(d)
                g.pop("precision")  # the file's own tensor types are the precision
                row = evaluate(binary, g, c, str(path), "gguf")
                row["config_status"] = wrapped.get("status")
                row["gguf_tensor_bytes"] = written["bytes"]
                rows.append(row)
    return rows, notes

def main():
    binary = sys.argv[1] if len(sys.argv) > 1 else str(ROOT / ".build" / "release" / "vramlint")
    cases = {c["id"]: c for c in json.loads((FIXTURES / "cases.json").read_text())}
    mapping = json.loads((FIXTURES / "case-deployments.json").read_text())
    rows = [evaluate(binary, d, cases[d["case"]], d["model"], "catalog") for d in mapping["deployments"]]
    source_rows, source_notes = model_source_rows(binary, mapping, cases)
    components = sorted({k for r in rows for k in r["errors_pct"]})
    summary = {}
    for k in components:
        errs = [r["errors_pct"][k] for r in rows if k in r["errors_pct"]]
        worst = max(rows, key=lambda r: r["errors_pct"].get(k, -1))
        summary[k] = {"cases": len(errs), "median_pct": round(statistics.median(errs), 2),
                      "worst_pct": round(max(errs), 2), "worst_case": worst["case"]}
    verdicts = {"cases": len(rows), "correct": sum(r["measured_fits"] == r["predicted_fits"] for r in rows),
                "start_up_failures": sum(not r["measured_fits"] for r in rows),
                "failures_predicted": sum((not r["measured_fits"]) and (not r["predicted_fits"]) for r in rows)}
    here = Path(__file__).resolve().parent
    source_verdicts = {"rows": len(source_rows),
                       "correct": sum(r["measured_fits"] == r["predicted_fits"] for r in source_rows),
                       "by_source": {s: sum(r["source"] == s for r in source_rows) for s in ("config.json", "gguf")}}
    (here / "results.json").write_text(json.dumps({"summary": summary, "verdicts": verdicts, "rows": rows,
                                                   "model_source": {"verdicts": source_verdicts, "notes": source_notes,
                                                                    "rows": source_rows}}, indent=1) + "\n")

    lines = ["# Accuracy: predicted vs measured", "",
             "Generated by `Benchmarks/accuracy/run.py` from `shared/accuracy/cases.json` (copied to "
             "`Tests/VRAMModelTests/Fixtures/`). Absolute error in percent of the measured value.", "",
             f"Fit verdicts: {verdicts['correct']} of {verdicts['cases']} correct; "
             f"{verdicts['failures_predicted']} of {verdicts['start_up_failures']} start-up failures predicted.", "",
             "| component | cases | median error | worst error | worst case |", "|---|---|---|---|---|"]
    for k, s in summary.items():
        lines.append(f"| {k} | {s['cases']} | {s['median_pct']} % | {s['worst_pct']} % | {s['worst_case']} |")
    lines += ["", "| case | model | engine | fits (measured / predicted) | " + " | ".join(components) + " |",
              "|---|---|---|---|" + "---|" * len(components)]
    for r in rows:
        cells = []
        for k in components:
            if k in r["errors_pct"]:
                cells.append(f"{r['predicted'][k]:g} vs {r['measured'][k]:g} ({r['errors_pct'][k]} %)")
            else:
                cells.append("")
        version = f" {r['engine_version']}" if r["engine_version"] else ""
        lines.append(f"| {r['case']} | {r['model']} | {r['engine']}{version} | "
                     f"{'yes' if r['measured_fits'] else 'no'} / {'yes' if r['predicted_fits'] else 'no'} | " + " | ".join(cells) + " |")
    head = len(lines[:8 + len(summary)])
    source_lines = model_source_section(rows, source_rows, source_notes, source_verdicts)
    lines += [""] + source_lines
    (here / "results.md").write_text("\n".join(lines) + "\n")
    print("\n".join(lines[:head]))
    print("\n" + "\n".join(source_lines[:3]))
    if verdicts["correct"] != verdicts["cases"] or source_verdicts["correct"] != source_verdicts["rows"]:
        sys.exit(1)


# Differences between a model-source row and its catalog row, as far as they are understood.
WHY_DIFFERENT = {
    ("A27", "config.json"): "the hf-configs copy is Gemma 3's minimal config.json (no text_config, no "
        "vision_config), so the folder counts the text model only; the catalog entry includes the vision "
        "tower (0.785 GiB of bf16, about 0.42 B parameters, the SigLIP encoder). Less weight leaves more "
        "room for the KV pool, hence the pool and token differences.",
    ("B02", "gguf"): "the GGUF row takes the exact bytes of every tensor from the header and moves "
        "token_embd (Q4_0, 281.81 MiB, the log's CPU_Mapped buffer) to the host; the catalog row "
        "estimates the same from parameter counts.",
    ("B06", "gguf"): "exact tensor bytes of the Q5_K_M layout (token_embd on the host) instead of the "
        "catalog's estimate: the GGUF row is closer to the log.",
    ("B08", "gguf"): "the written file follows llama-quantize's default Q4_K_M mix (Q6_K for attn_v and "
        "ffn_down in the use_more_bits layers, Q6_K output); its GPU share is 247 MiB below the log's, so "
        "the file the case ran most likely used a different mix (an imatrix or re-mixed upload) that the "
        "log does not name. Its token_embd (417.3 MiB, Q4_K) matches the log's CPU buffer exactly.",
}


def model_source_section(rows, source_rows, notes, sv):
    """results.md: the model-source rows, each error beside the catalog row's error of the same case."""
    catalog = {r["case"]: r for r in rows}
    out = ["## Model sources: the same cases with --model pointing at files", "",
           f"Fit verdicts: {sv['correct']} of {sv['rows']} correct "
           f"({sv['by_source']['config.json']} config.json rows, {sv['by_source']['gguf']} GGUF rows).", "",
           "Each row runs the catalog row's command with `--model <tmp>/<name>/` (a folder holding the "
           "verbatim config.json from `Tests/VRAMModelTests/Fixtures/hf-configs/`, no safetensors) or "
           "`--model <tmp>/<name>-<quant>.gguf` (a header-only GGUF written with gguf-py's GGUFWriter: the "
           "architecture's metadata keys and every tensor info with llama-quantize's ggml type for the "
           "quantization, the data extended sparsely; `Benchmarks/accuracy/gguf_headers.py`; the "
           "`--precision` flag is dropped, the file's tensor types are the precision). "
           "Cells: model source error / catalog error, and the predicted values when they differ. "
           "config status: hf-configs' provenance (complete / partial / proxy).", ""]
    comps = sorted({k for r in source_rows for k in r["errors_pct"]})
    out += ["| case | model | source | config status | fits (measured / predicted) | " + " | ".join(comps) + " |",
            "|---|---|---|---|---|" + "---|" * len(comps)]
    differ = 0
    for r in source_rows:
        cat = catalog[r["case"]]
        cells = []
        for k in comps:
            if k not in r["errors_pct"]:
                cells.append("")
                continue
            ce = cat["errors_pct"].get(k)
            cell = f"{r['errors_pct'][k]} % / {ce} %"
            if cat["predicted"].get(k) != r["predicted"][k]:
                differ += 1
                cell += f" ({r['predicted'][k]:g} vs catalog {cat['predicted'].get(k, float('nan')):g})"
            cells.append(cell)
        out.append(f"| {r['case']} | {r['model']} | {r['source']} | {r.get('config_status') or ''} | "
                   f"{'yes' if r['measured_fits'] else 'no'} / {'yes' if r['predicted_fits'] else 'no'} | "
                   + " | ".join(cells) + " |")
    out += ["", f"{differ} cells predict differently from the catalog row."]
    explained = [f"- {case} ({src}): {why}" for (case, src), why in WHY_DIFFERENT.items()
                 if any(r["case"] == case and r["source"] == src for r in source_rows)]
    if explained:
        out += ["", "Why they differ:", ""] + explained
    if notes:
        out += ["", "Left out:", ""] + [f"- {n}" for n in notes]
    return out


if __name__ == "__main__":
    main()
