#!/usr/bin/env python3
"""Speed of reading real-world files: a 10,000-line multi-document Kubernetes manifest
(Deployments running `vllm serve` as argv lists and as `sh -c` strings, with Services,
ConfigMaps and Secrets between them) against

  * the floor: a bare libyaml parse of the same bytes (Benchmarks/speed/yamlparse.c), and
  * the baseline: `vramlint check` on a native file of the same number of lines,

all measured in the same run. Target (issue 5): the 10,000-line manifest lints in under
50 ms. Wall clock of the whole process, best of 10 runs.

    swift build -c release && python3 Benchmarks/formats/run.py .build/release/vramlint

Results: results.{json,md} here.
"""
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]

MODELS = ["meta-llama/Llama-3.1-8B-Instruct", "Qwen/Qwen2.5-7B-Instruct", "mistralai/Mistral-7B-Instruct-v0.3",
          "google/gemma-2-9b-it", "Qwen/Qwen2.5-72B-Instruct", "meta-llama/Llama-3.1-70B-Instruct"]
PRODUCTS = ["NVIDIA-H100-80GB-HBM3", "NVIDIA-A100-SXM4-80GB", "NVIDIA-L4", "NVIDIA-L40S", "NVIDIA-A10G"]


def deployment(i, rng):
    model = rng.choice(MODELS)
    tp = rng.choice([1, 1, 2, 4])
    seq = rng.choice(["4096", "8192", "16k", "32K"])
    product = rng.choice(PRODUCTS)
    if i % 2:
        command = (f'          command: ["/bin/sh", "-c"]\n'
                   f'          args: ["vllm serve {model} --max-model-len {seq} '
                   f'--tensor-parallel-size {tp} --gpu-memory-utilization 0.9"]\n')
    else:
        command = (f"          args:\n            - --model\n            - {model}\n"
                   f"            - --max-model-len\n            - \"{seq}\"\n"
                   f"            - --tensor-parallel-size\n            - \"{tp}\"\n")
    return (f"apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: llm-{i}\n  labels: {{app: llm-{i}}}\n"
            f"spec:\n  replicas: {rng.choice([1, 2, 3])}\n  selector:\n    matchLabels: {{app: llm-{i}}}\n"
            f"  template:\n    metadata:\n      labels: {{app: llm-{i}}}\n    spec:\n"
            f"      nodeSelector:\n        nvidia.com/gpu.product: {product}\n"
            f"      containers:\n        - name: vllm\n          image: vllm/vllm-openai:v0.10.1\n"
            f"{command}"
            f"          ports: [{{containerPort: 8000}}]\n"
            f"          resources:\n            limits:\n              nvidia.com/gpu: \"{tp}\"\n"
            f"---\n")


def others(i):
    return (f"apiVersion: v1\nkind: Service\nmetadata:\n  name: llm-{i}\nspec:\n  selector: {{app: llm-{i}}}\n"
            f"  ports:\n    - port: 80\n      targetPort: 8000\n---\n"
            f"apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: llm-{i}-config\ndata:\n  LOG_LEVEL: info\n---\n")


def manifest(lines_wanted, seed=11):
    rng = random.Random(seed)
    parts, count, i = [], 0, 0
    while count < lines_wanted:
        text = deployment(i, rng) + others(i)
        parts.append(text)
        count += text.count("\n")
        i += 1
    return "".join(parts), i


def native(lines_wanted, seed=11):
    rng = random.Random(seed)
    parts, count = [], 0
    while count < lines_wanted:
        parts.append(f"model: {rng.choice(MODELS)}\nengine: vllm\ngpu: H100-80GB\nseq_len: 8192\n"
                     f"parallel: {{tensor: {rng.choice([1, 2, 4])}}}\nbatch: 4\n---\n")
        count += 7
    return "".join(parts)


def best(command, repeat=10):
    fastest = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        fastest = min(fastest, time.perf_counter() - start)
    return fastest


def main():
    binary = str(Path(sys.argv[1]).resolve()) if len(sys.argv) > 1 else str(ROOT / ".build/release/vramlint")
    work = Path(tempfile.mkdtemp(prefix="vramlint-formats-"))
    parser = work / "yamlparse"
    subprocess.run(["cc", "-O2", "-o", str(parser), str(ROOT / "Benchmarks/speed/yamlparse.c"), "-lyaml"], check=True)
    k8s_text, servers = manifest(10_000)
    k8s = work / "manifest.yaml"
    k8s.write_text(k8s_text)
    own = work / "native.yaml"
    own.write_text(native(10_000))
    out = subprocess.run([binary, "check", "--format", "json", str(k8s)], capture_output=True, text=True)
    report = json.loads(out.stdout)
    found = len(report["files"][0]["deployments"])
    seconds = {
        "bare libyaml parse of the manifest": best([str(parser), str(k8s)]),
        "vramlint check, native file": best([binary, "check", str(own)]),
        "vramlint check, Kubernetes manifest": best([binary, "check", str(k8s)]),
    }
    shutil.rmtree(work)
    ms = {k: round(v * 1000, 1) for k, v in seconds.items()}
    lines = k8s_text.count("\n")
    result = {
        "machine": f"{os.cpu_count()} cores", "manifest_lines": lines, "manifest_bytes": len(k8s_text.encode()),
        "model_servers": servers, "deployments_read": found, "ms": ms,
        "manifest_vs_native": round(seconds["vramlint check, Kubernetes manifest"] / seconds["vramlint check, native file"], 2),
        "manifest_vs_bare_parse": round(seconds["vramlint check, Kubernetes manifest"] / seconds["bare libyaml parse of the manifest"], 2),
        "target_ms": 50,
    }
    (HERE / "results.json").write_text(json.dumps(result, indent=1) + "\n")
    md = ["# Speed: reading a real-world Kubernetes manifest", "",
          f"Generated by `Benchmarks/formats/run.py` on one machine ({result['machine']}); wall clock of the whole "
          "process (start-up included), best of 10 runs.", "",
          f"The manifest: {lines} lines, {servers} Deployments running vLLM (half as argv lists, half as `sh -c` "
          f"strings) between Services and ConfigMaps; vramlint read {found} deployments from it.", "",
          "| run | ms |", "|---|---|"]
    md += [f"| {k} | {v} |" for k, v in ms.items()]
    md += ["", f"Manifest / native file of the same length: {result['manifest_vs_native']}×; "
           f"manifest / bare libyaml parse: {result['manifest_vs_bare_parse']}×. Target: under 50 ms "
           f"({'met' if ms['vramlint check, Kubernetes manifest'] < 50 else 'NOT met'})."]
    (HERE / "results.md").write_text("\n".join(md) + "\n")
    print("\n".join(md))


if __name__ == "__main__":
    main()
