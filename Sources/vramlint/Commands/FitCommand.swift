import ArgumentParser
import Foundation
import VRAMLint
import VRAMModel

/// `vramlint fit`: one deployment described by flags, without a YAML file.
struct FitCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "fit",
    abstract: "Estimate per-GPU memory of one deployment and say whether it fits.",
    discussion: """
      Exit status: 0 when it fits, 1 when it does not, 2 on a usage error.
      Sizes: 24GiB, 80GB (decimal), 512MiB. Token counts: 8k = 8000, 8K = 8192.
      """)

  @Option(
    name: .long,
    help:
      "Model: catalog id or alias (`vramlint models`), or a path: a Hugging Face folder, a config.json or a .gguf file."
  )
  var model: String

  @Option(
    name: .long, help: "GPU: catalog id or alias (`vramlint gpus`). Optional with --gpu-memory.")
  var gpu: String?

  @Option(
    name: .long, help: "GPU memory as a process sees it (e.g. 24GiB); overrides the catalog's.")
  var gpuMemory: String?

  @Option(name: .long, help: "GPUs per replica (default: tensor × pipeline).")
  var gpus: Int?

  @Option(
    name: .long,
    help:
      "Weight precision: fp32 fp16 bf16 fp8 int8 int4 awq gptq nf4 mxfp4 nvfp4 q4_k_m … (default: the checkpoint's)."
  )
  var precision: String?

  @Option(name: .long, help: "KV cache precision: auto fp16 bf16 fp8 int8 q8_0 q4_0 …")
  var kvCache: String?

  @Option(name: .long, help: "Concurrent sequences.")
  var batch: Int = 1

  @Option(name: .long, help: "Tokens per sequence, prompt + output (default: the engine's).")
  var seqLen: String?

  @Option(name: .long, help: "Tensor-parallel size.")
  var tensor: Int = 1

  @Option(name: .long, help: "Pipeline-parallel size.")
  var pipeline: Int = 1

  @Option(
    name: .long, help: "Engine: generic vllm sglang tensorrt-llm llama.cpp ollama transformers.")
  var engine: String = "generic"

  @Option(name: .long, help: "Engine release whose defaults apply (e.g. 0.19.0 for vLLM).")
  var engineVersion: String?

  @Option(
    name: .long,
    help:
      "vLLM gpu_memory_utilization / SGLang mem_fraction_static / TensorRT-LLM free_gpu_memory_fraction."
  )
  var memoryUtilization: Double?

  @Option(name: .long, help: "vLLM max_num_seqs.")
  var maxNumSeqs: Int?

  @Option(name: .long, help: "vLLM max_num_batched_tokens / SGLang chunked_prefill_size.")
  var maxNumBatchedTokens: Int?

  @Option(name: .long, help: "llama.cpp -ngl: layers offloaded to the GPU.")
  var gpuLayers: Int?

  @Option(name: .long, help: "llama.cpp -np / OLLAMA_NUM_PARALLEL (default: the batch).")
  var parallel: Int?

  @Option(name: .long, help: "llama.cpp -ub: physical micro-batch (default 512).")
  var ubatch: Int?

  @Option(name: .long, help: "llama.cpp flash attention: on or off (default on).")
  var flashAttention: Toggle?

  @Flag(name: .long, help: "vLLM --enforce-eager: no CUDA graphs.")
  var enforceEager = false

  @Option(name: .long, help: "Parameter count to use instead of the counted one (7e9, 7B).")
  var params: String?

  @OptionGroup(title: "Training (--mode training)")
  var training: TrainingArguments

  @Flag(name: .long, help: "Print the assumptions and formulas behind every figure.")
  var explain = false

  @Option(name: .long, help: "Output format: text or json.")
  var format: OutputFormat = .text

  func run() throws {
    let catalogs = try Catalogs.load()
    let spec = try makeSpec(catalogs)
    let estimate = try MemoryModel.estimate(spec)
    let answers = Answers(spec, gpus: catalogs.gpus.entries)
    switch format {
    case .json:
      try printJSON(EstimateReport(estimate, answers: answers))
    case .text:
      let renderer = EstimateTextRenderer(style: .forStandardOutput())
      print(renderer.render(estimate, answers: answers, showAssumptions: explain))
      if explain { print(PlanningTablesRenderer.tables(spec, estimate)) }
    }
    if !estimate.fits { throw ExitCode(1) }
  }

  func makeSpec(_ catalogs: Catalogs) throws -> DeploymentSpec {
    let card = try catalogs.model(model)
    var device: GPUSpec
    if let gpu {
      device = try catalogs.gpu(gpu)
    } else if gpuMemory != nil {
      device = GPUSpec(id: "custom", memoryBytes: 1)
    } else {
      throw UsageError("give --gpu (a catalog GPU) or --gpu-memory (e.g. 24GiB)")
    }
    if let text = gpuMemory {
      guard let bytes = QuantityParser.bytes(text), bytes > 0 else {
        throw UsageError("--gpu-memory '\(text)' is not a size; write e.g. 24GiB, 80GB or 512MiB")
      }
      device.memoryBytes = bytes
      device.memoryGB = Double(bytes) / 1e9
      device.memorySource = "given with --gpu-memory"
      if gpu == nil { device.name = "GPU with \(ByteUnits.gibString(bytes))" }
    }
    guard let engineKind = EngineKind.parse(engine) else {
      throw UsageError(
        "unknown engine '\(engine)'; known: "
          + EngineKind.allCases.map(\.rawValue).joined(separator: ", "))
    }
    var weights: WeightFormat?
    if let precision {
      guard let parsed = WeightFormat.parse(precision) else {
        throw UsageError(
          "unknown precision '\(precision)'; known: "
            + WeightFormat.knownNames.joined(separator: ", "))
      }
      weights = parsed
    }
    var kv: KVCacheFormat?
    if let kvCache, kvCache.lowercased() != "auto" {
      guard let parsed = KVCacheFormat.parse(kvCache) else {
        throw UsageError(
          "unknown KV cache precision '\(kvCache)'; known: "
            + KVCacheFormat.knownNames.joined(separator: ", "))
      }
      kv = parsed
    }
    var length: Int?
    if let seqLen {
      guard let parsed = QuantityParser.tokens(seqLen) else {
        throw UsageError(
          "--seq-len '\(seqLen)' is not a token count; write e.g. 8192, 8k (8000) or 8K (8192)")
      }
      length = parsed
    }
    var declared: Int64?
    if let params {
      guard let parsed = QuantityParser.parameters(params) else {
        throw UsageError("--params '\(params)' is not a parameter count; write e.g. 7e9 or 7B")
      }
      declared = parsed
    }
    guard (1...1024).contains(tensor), (1...1024).contains(pipeline) else {
      throw UsageError(
        "--tensor and --pipeline must be between 1 and 1024 (got \(tensor) and \(pipeline))")
    }
    if let gpus, gpus < tensor * pipeline {
      throw UsageError(
        "tensor × pipeline = \(tensor * pipeline) needs at least that many GPUs, but --gpus is \(gpus)"
      )
    }
    if let version = engineVersion, EngineVersion(version) == nil {
      throw UsageError("--engine-version '\(version)' is not a release number like 0.19.0")
    }
    return DeploymentSpec(
      model: card, gpu: device, engine: engineKind, weights: weights, kvCache: kv, batch: batch,
      seqLen: length, gpuCount: gpus, tensorParallel: tensor, pipelineParallel: pipeline,
      declaredParameters: declared,
      options: EngineOptions(
        memoryUtilization: memoryUtilization, maxNumBatchedTokens: maxNumBatchedTokens,
        maxNumSeqs: maxNumSeqs, gpuLayers: gpuLayers, parallelSlots: parallel, microBatch: ubatch,
        flashAttention: flashAttention.map { $0 == .on }, cudaGraphs: enforceEager ? false : nil,
        engineVersion: engineVersion),
      training: try training.options(flashAttention: flashAttention.map { $0 == .on }))
  }
}

enum Toggle: String, ExpressibleByArgument, CaseIterable {
  case on, off
}
