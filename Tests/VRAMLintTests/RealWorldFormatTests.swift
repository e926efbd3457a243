import Testing
import YAMLSource

@testable import VRAMLint

/// The reading rules of FORMATS.md §2, one trap per test, each checked against what the
/// engine's own documentation says (cited per test), on the smallest file that shows it.
@Suite struct RealWorldFormatTests {
  func covered(_ range: SourceRange, in text: String) -> String {
    let bytes = Array(text.utf8)
    return String(decoding: bytes[range.start.offset..<range.end.offset], as: UTF8.self)
  }

  func pod(_ container: String, selector: String = "NVIDIA-H100-80GB-HBM3") -> String {
    """
    apiVersion: v1
    kind: Pod
    metadata: {name: llm}
    spec:
      nodeSelector: {nvidia.com/gpu.product: \(selector)}
      containers:
    \(container)
    """
  }

  /// Trap 1: a `sh -c` string. The finding about `--max-model-len` lands on its value
  /// inside the string, not on the whole string.
  @Test func shellStringValuesKeepTheirCharacters() throws {
    let text = pod(
      """
        - name: vllm
          image: vllm/vllm-openai:v0.10.0
          command: ["/bin/sh", "-c"]
          args: ["vllm serve meta-llama/Llama-3.1-8B-Instruct --max-model-len 8k --max-model-len=4096"]
      """)
    let result = lint(text)
    let conflict = try #require(result.diagnostics.first { $0.ruleID == "conflicting-setting" })
    #expect(covered(conflict.range, in: text) == "8k")
    #expect(covered(try #require(conflict.related.first).range, in: text) == "4096")
    // argparse keeps the last: 4096 is the sequence evaluated.
    #expect(result.estimates.first?.estimate.seqLen == 4096)
  }

  /// Trap 3: `32k` is 32,000 and `32K` 32,768 (vLLM `human_readable_int`: lower case
  /// decimal, upper case binary).
  @Test func humanReadableTokenCounts() {
    for (written, tokens) in [("32k", 32_000), ("32K", 32_768)] {
      let result = lint(
        "# vramlint: gpu=H100-80GB\nmodel: meta-llama/Llama-3.1-8B-Instruct\nmax-model-len: \(written)\n"
      )
      #expect(result.estimates.first?.estimate.seqLen == tokens, "\(written)")
    }
  }

  /// llama-server: `-c` is the context of all slots together, split among `-np` slots
  /// (tools/server/README.md): 32768 over 4 slots is 4 sequences of 8192.
  @Test func llamaServerContextIsSharedBySlots() throws {
    let text = pod(
      """
        - name: llama
          image: ghcr.io/ggml-org/llama.cpp:server-cuda
          args: [-m, /models/Qwen2.5-7B-Instruct-Q4_K_M.gguf, -c, "32768", -np, "4"]
      """)
    let estimate = try #require(lint(text).estimates.first?.estimate)
    #expect(estimate.seqLen == 8192)
    #expect(estimate.batch == 4)
    // The quantization is read from the file name, as the llama.cpp naming convention has it.
    #expect(estimate.weightFormat.name == "q4_k_m")
  }

  /// TGI takes every option from a flag or its environment twin; the flag wins (clap).
  @Test func commandLineBeatsEnvironment() throws {
    let text = pod(
      """
        - name: tgi
          image: ghcr.io/huggingface/text-generation-inference:3.0
          args: ["--model-id", "google/gemma-2-9b-it", "--max-total-tokens", "8192"]
          env: [{name: MAX_TOTAL_TOKENS, value: "4096"}]
      """, selector: "NVIDIA-L4")
    let result = lint(text)
    let conflict = try #require(result.diagnostics.first { $0.ruleID == "conflicting-setting" })
    #expect(covered(conflict.range, in: text) == "\"4096\"")
    #expect(result.estimates.first?.estimate.seqLen == 8192)
  }

  /// Trap 7: each SkyPilot candidate is evaluated, and `{L4:1, A10G:1}` (no space after
  /// the colon) is two keys "L4:1" and "A10G:1", as SkyPilot's `from_yaml_config` reads them.
  @Test func skyPilotCandidatesAreEachEvaluated() {
    let text = """
      resources:
        accelerators: {L4:1, A10G:1}
      run: |
        vllm serve Qwen/Qwen2.5-7B-Instruct \\
          --max-model-len 8192 --tensor-parallel-size $SKYPILOT_NUM_GPUS_PER_NODE

      """
    let result = lint(text)
    #expect(Set(result.estimates.map(\.estimate.gpuID)) == ["L4", "A10G"])
    #expect(result.estimates.allSatisfy { $0.estimate.tensorParallel == 1 })
    #expect(!result.diagnostics.contains { $0.ruleID == "value-unknown" })
  }

  /// Trap 5: YAML inside YAML. A finding in KubeRay's serveConfigV2 lands on the inner
  /// value's characters of the outer file.
  @Test func serveConfigInsideRayServiceMapsBack() throws {
    let text = """
      apiVersion: ray.io/v1
      kind: RayService
      metadata: {name: llm}
      spec:
        serveConfigV2: |
          applications:
            - name: llms
              args:
                llm_configs:
                  - model_loading_config: {model_id: q, model_source: Qwen/Qwen2.5-7B-Instruct}
                    accelerator_type: L4
                    engine_kwargs:
                      max_model_len: 4096
                      max-num-seqs: 8

      """
    let unknown = try #require(lint(text).diagnostics.first { $0.ruleID == "unknown-key" })
    #expect(covered(unknown.range, in: text) == "max-num-seqs")
    #expect(unknown.range.start.line == 13)
  }

  /// Trap 10: GPUs the pod asks for against those tensor × pipeline uses.
  @Test func idleAndMissingGPUs() {
    let idle = pod(
      """
        - name: vllm
          image: vllm/vllm-openai:v0.10.0
          args: [--model, meta-llama/Llama-3.1-8B-Instruct]
          resources: {limits: {nvidia.com/gpu: "4"}}
      """)
    #expect(lint(idle).diagnostics.contains { $0.ruleID == "idle-gpus" })
    let short = pod(
      """
        - name: vllm
          image: vllm/vllm-openai:v0.10.0
          args: [--model, meta-llama/Llama-3.1-8B-Instruct, -tp, "4"]
          resources: {limits: {nvidia.com/gpu: "2"}}
      """)
    #expect(lint(short).diagnostics.contains { $0.ruleID == "invalid-parallelism" })
  }

  /// Trap 6: no GPU type anywhere gives one info and no estimate, never a guessed card.
  @Test func unknownGPUIsAskedForNotGuessed() {
    let text = """
      apiVersion: apps/v1
      kind: Deployment
      metadata: {name: llm}
      spec:
        template:
          spec:
            containers:
              - name: vllm
                image: vllm/vllm-openai:v0.10.0
                args: [--model, meta-llama/Llama-3.1-8B-Instruct]
                resources: {limits: {nvidia.com/gpu: 1}}

      """
    let result = lint(text)
    #expect(result.diagnostics.map(\.ruleID) == ["gpu-unknown"])
    #expect(result.diagnostics.first?.severity == .info)
    #expect(result.estimates.isEmpty)
  }

  /// Instance types and MIG slices name the card: a g5.12xlarge has four A10G (AWS "Amazon
  /// EC2 G5 instances"); a 3g.40gb slice has half of an 80 GB card's memory (4 of 8 slices).
  @Test func instanceTypesAndMIGSlices() throws {
    let gpus = GPUResolver(gpus: linter.gpus)
    let (card, count) = try #require(gpus.instanceType("g5.12xlarge"))
    #expect(card.id == "A10G" && count == 4)
    let slice = try #require(gpus.mig("nvidia.com/mig-3g.40gb"))
    let whole = try #require(linter.gpus.lookup("A100-80GB"))
    #expect(slice.memoryBytes == whole.memoryBytes / 8 * 4)
    #expect(gpus.resolve("NVIDIA-A10G-SHARED")?.id == "A10G")
    #expect(gpus.resolve("nvidia-tesla-a100", dialect: .cloud)?.id == "A100-40GB")
  }

  /// A bare SkyPilot accelerator is one GPU: `$SKYPILOT_NUM_GPUS_PER_NODE` is 1 for `L4`
  /// even after a candidate with a count (SkyPilot docs, "YAML configuration").
  @Test func bareCandidateCountsOneGPU() {
    let text = """
      resources:
        accelerators: [H100:2, L4]
      run: |
        vllm serve meta-llama/Llama-3.1-8B-Instruct --tensor-parallel-size $SKYPILOT_NUM_GPUS_PER_NODE

      """
    let layouts = lint(text).estimates.map { ($0.estimate.gpuID, $0.estimate.tensorParallel) }
    #expect(layouts.map(\.0) == ["H100-80GB", "L4"])
    #expect(layouts.map(\.1) == [2, 1])
  }

  /// Shells started through env, with options before -c, and SGLang flags spelt with `_`
  /// (argparse rejects them: SGLang declares only dashed names).
  @Test func shellVariantsAndSGLangSpelling() throws {
    let viaEnv = pod(
      """
        - name: vllm
          image: vllm/vllm-openai:v0.10.0
          command: ["/usr/bin/env", "bash", "--norc", "-c", "vllm serve meta-llama/Llama-3.1-8B-Instruct"]
      """)
    #expect(lint(viaEnv).estimates.count == 1)
    let sglang = pod(
      """
        - name: sglang
          image: lmsysorg/sglang:v0.4.6
          command: [python3, -m, sglang.launch_server, --model-path, meta-llama/Llama-3.1-8B-Instruct, --context_length, "8192"]
      """)
    let rejected = try #require(lint(sglang).diagnostics.first { $0.ruleID == "unknown-key" })
    #expect(covered(rejected.range, in: sglang) == "--context_length")
  }
}
