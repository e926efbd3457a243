import VRAMModel
import YAMLSource

/// The servers whose command lines and config files vramlint reads. TGI has no memory model
/// of its own here: it is read so its settings are checked, and estimated with the generic
/// rule (said in the estimate's assumptions).
enum ServerKind: String, Sendable {
  case vllm, sglang
  case llamaCpp = "llama.cpp"
  case tgi

  var engine: EngineKind {
    switch self {
    case .vllm: return .vllm
    case .sglang: return .sglang
    case .llamaCpp: return .llamaCpp
    case .tgi: return .generic
    }
  }

  var displayName: String {
    switch self {
    case .vllm: return "vLLM"
    case .sglang: return "SGLang"
    case .llamaCpp: return "llama-server"
    case .tgi: return "TGI"
    }
  }
}

/// Where a setting was written, in the engine's order of precedence (higher wins; equal
/// ranks: the later one wins, as argparse and clap keep the last occurrence).
enum SettingOrigin: Int, Sendable, Comparable {
  /// A `--config` YAML file, or a structured field that the chart or operator turns into
  /// a flag placed before the user's own flags.
  case configFile = 0
  /// An environment variable the engine reads (TGI's `MAX_TOTAL_TOKENS`, llama-server's
  /// `LLAMA_ARG_CTX_SIZE`): the command line beats it.
  case environment = 1
  case commandLine = 2

  static func < (lhs: SettingOrigin, rhs: SettingOrigin) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// One engine setting as the file writes it.
struct EngineSetting: Sendable {
  /// The deployment field it sets (`DeploymentField`).
  var field: DeploymentField
  /// How the file names it: `--max-model-len`, `MAX_TOTAL_TOKENS`, `vllmConfig.maxModelLen`.
  var writtenName: String
  var value: Word
  var origin: SettingOrigin
}

/// The fields of a deployment an engine setting can give.
enum DeploymentField: String, Sendable, CaseIterable {
  case model, dtype, quantization
  case kvCache = "kv_cache"
  case seqLen = "seq_len"
  case maxNumSeqs = "max_num_seqs"
  case maxNumBatchedTokens = "max_num_batched_tokens"
  case tensor, pipeline, data
  case memoryUtilization = "memory_utilization"
  case gpuLayers = "gpu_layers"
  case batchTotalTokens = "batch_total_tokens"
  /// An engine release (an image tag such as `vllm/vllm-openai:v0.8.5`).
  case engineVersion = "engine_version"
}

/// One model server found in a file: which engine, its settings, and what the surrounding
/// manifest says about its GPUs.
struct ServerLaunch: Sendable {
  var server: ServerKind
  var settings: [EngineSetting] = []
  /// Where findings about the launch as a whole go: the command, or the model server's node.
  var anchor: SourceRange
  /// "Deployment vllm-llama, container vllm": names the server in messages.
  var label: String
  /// GPUs the pod, service or task gets, and where that is written.
  var gpuCount: Located<Int>?
  /// The GPU type when the manifest says it; `candidates` when it names several
  /// (SkyPilot `{L4: 1, A10G: 1}`), each evaluated.
  var gpu: Located<GPUSpec>?
  /// A GPU name the manifest gives that the catalog does not know.
  var unknownGPU: Located<String>?
  /// Copies of the server (Kubernetes replicas, SkyPilot nodes): they multiply GPUs, not
  /// the memory each GPU needs.
  var replicas: Located<Int>?
  /// Nodes one server may span (SkyPilot `num_nodes` with a Ray-backed multi-node vLLM):
  /// tensor × pipeline may then use the GPUs of every node.
  var nodes: Int?
  /// The GPU candidate this launch is evaluated on, when the file offers several.
  var candidate: String?
  /// What reading the launch assumed, for the estimate's assumptions.
  var notes: [Assumption] = []
  /// Findings made while reading the launch (a flag the server would reject or ignore).
  var diagnostics: [Diagnostic] = []

  init(server: ServerKind, anchor: SourceRange, label: String) {
    self.server = server
    self.anchor = anchor
    self.label = label
  }
}
