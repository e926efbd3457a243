import VRAMModel
import YAMLSource

/// A model server's settings → one `Deployment`, every value keeping the characters it was
/// written on. Settings given twice are settled by the engine's precedence and the loser is
/// reported with a pointer to the winner (FORMATS.md §2, trap 4).
struct LaunchDecoder: Sendable {
  let decoder: DeploymentDecoder
  let modelNames: ModelNameResolver

  init(decoder: DeploymentDecoder) {
    self.decoder = decoder
    self.modelNames = ModelNameResolver(models: decoder.models)
  }

  func decode(_ launch: ServerLaunch) -> (Deployment, [Diagnostic]) {
    var diagnostics = launch.diagnostics
    var d = Deployment(documentRange: launch.anchor)
    d.label = launch.candidate.map { "\(launch.label) on \($0)" } ?? launch.label
    d.candidate = launch.candidate
    d.notes = launch.notes
    d.engine = Located(launch.server.engine, launch.anchor)
    if launch.server == .tgi {
      d.notes.append(
        Assumption(
          .formula,
          "TGI has no memory model of its own in vramlint: the generic rule (weights + KV + 20 %) applies",
          source: "vramlint models vLLM, SGLang, TensorRT-LLM, llama.cpp, Ollama and transformers"))
    }
    let winners = settle(launch, &diagnostics)
    func setting(_ field: DeploymentField) -> EngineSetting? { winners[field] }
    func node(_ s: EngineSetting) -> YAMLNode {
      YAMLNode(
        content: .scalar(YAMLScalar(value: s.value.text, style: .plain)), range: s.value.range)
    }
    func integer(_ field: DeploymentField, in range: ClosedRange<Int>) -> Located<Int>? {
      guard let s = setting(field), !unresolved(s, &diagnostics) else { return nil }
      return decoder.integer(node(s), s.writtenName, in: range, &diagnostics)
    }

    if let s = setting(.model), !unresolved(s, &diagnostics) {
      decodeModel(s, into: &d, &diagnostics)
    }
    if let s = setting(.quantization), !unresolved(s, &diagnostics) {
      decodePrecision(s, into: &d, &diagnostics)
    } else if let s = setting(.dtype), !unresolved(s, &diagnostics) {
      decodePrecision(s, into: &d, &diagnostics)
    }
    if let s = setting(.kvCache), !unresolved(s, &diagnostics), !isAuto(s.value.text) {
      if let format = KVCacheFormat.parse(s.value.text) {
        d.kvCache = Located(format, s.value.range)
      } else {
        diagnostics.append(
          Diagnostic(
            ruleID: "unknown-precision", severity: .error,
            message: "unknown KV cache dtype '\(s.value.text)' for \(s.writtenName)",
            range: s.value.range))
      }
    }
    if let s = setting(.seqLen), !unresolved(s, &diagnostics) {
      d.seqLen = decodeTokens(s, &diagnostics)
      if launch.server == .vllm, isAuto(s.value.text) {
        d.notes.append(
          Assumption(
            .sequence,
            "\(s.writtenName) \(s.value.text): vLLM picks the largest context that fits; vramlint evaluates the model's maximum",
            source: "vLLM PR #29431 (max_model_len auto / -1)"))
      }
    }
    d.maxNumSeqs = integer(.maxNumSeqs, in: 1...10_000_000)
    if let s = setting(.maxNumBatchedTokens), !unresolved(s, &diagnostics) {
      d.maxNumBatchedTokens = decodeTokens(s, &diagnostics)
    }
    d.tensor = integer(.tensor, in: 1...1024)
    d.pipeline = integer(.pipeline, in: 1...1024)
    let data = integer(.data, in: 1...1024)
    // `-ngl auto` (the current default) and `-ngl all` offload every layer that fits.
    if let s = setting(.gpuLayers), !["auto", "all"].contains(s.value.text.lowercased()) {
      d.gpuLayers = integer(.gpuLayers, in: 0...100_000)
    }
    if let s = setting(.memoryUtilization), !unresolved(s, &diagnostics) {
      if let value = Double(s.value.text), value.isFinite, value > 0, value <= 1 {
        d.memoryUtilization = Located(value, s.value.range)
      } else {
        diagnostics.append(
          Diagnostic(
            ruleID: "out-of-range", severity: .error,
            message: "\(s.writtenName) '\(s.value.text)' is not a fraction in (0, 1]",
            range: s.value.range))
      }
    }
    if let s = setting(.engineVersion), EngineVersion(s.value.text) != nil {
      d.engineVersion = Located(s.value.text, s.value.range)
    }
    var batchTotal: Located<Int>?
    if let s = setting(.batchTotalTokens), !unresolved(s, &diagnostics) {
      batchTotal = decodeTokens(s, &diagnostics)
    }
    applyServerSemantics(launch, batchTotal: batchTotal, &d)
    checkGPUCount(launch, data: data, &d, &diagnostics)
    d.gpu = launch.gpu
    d.replicas = launch.replicas
    if let unknown = launch.unknownGPU {
      diagnostics.append(
        Diagnostic(
          ruleID: "unknown-gpu", severity: .warning,
          message: "unknown GPU '\(unknown.value)'"
            + decoder.suggestion(decoder.gpus.nearestNames(to: unknown.value))
            + "; give the card with '# vramlint: gpu=<name>' or the project file's defaults",
          range: unknown.range))
    }
    return (d, diagnostics)
  }

  /// One setting per field: the highest origin wins, then the last written. Every other
  /// setting of the field with a different value is reported where it stands.
  func settle(_ launch: ServerLaunch, _ diagnostics: inout [Diagnostic]) -> [DeploymentField:
    EngineSetting]
  {
    var winners: [DeploymentField: EngineSetting] = [:]
    var all: [DeploymentField: [EngineSetting]] = [:]
    for setting in launch.settings {
      all[setting.field, default: []].append(setting)
      if let current = winners[setting.field], current.origin > setting.origin { continue }
      winners[setting.field] = setting
    }
    for (field, settings) in all where settings.count > 1 {
      guard let winner = winners[field] else { continue }
      for loser in settings
      where loser.value.range != winner.value.range
        && Self.canonical(loser.value.text) != Self.canonical(winner.value.text)
      {
        let why =
          loser.origin < winner.origin
          ? (winner.origin == .commandLine && loser.origin == .environment
            ? "the command line overrides the environment"
            : "command-line flags override the config file's values")
          : "\(launch.server.displayName) keeps the last occurrence"
        diagnostics.append(
          Diagnostic(
            ruleID: "conflicting-setting", severity: .warning,
            message:
              "\(loser.writtenName) \(loser.value.text) is overridden by \(winner.writtenName) \(winner.value.text): \(why)",
            range: loser.value.range,
            related: [Diagnostic.Related(range: winner.value.range, message: "this value applies")])
        )
      }
    }
    return winners
  }

  static func canonical(_ text: String) -> String {
    String(text.lowercased().map { $0 == "_" ? "-" : $0 })
  }

  /// A value the file leaves to run time (`$(MODEL)` with no such env entry): one info,
  /// and the field stays unknown rather than guessed.
  func unresolved(_ s: EngineSetting, _ diagnostics: inout [Diagnostic]) -> Bool {
    guard s.value.hasExpansion, s.value.text.contains("$") else { return false }
    diagnostics.append(
      Diagnostic(
        ruleID: "value-unknown", severity: .info,
        message:
          "\(s.writtenName) '\(s.value.text)' is set at run time; vramlint cannot read it here: give the value with '# vramlint: \(s.field.directiveKey)=…'",
        range: s.value.range))
    return true
  }

  func isAuto(_ text: String) -> Bool {
    let lower = text.lowercased()
    return lower == "auto" || lower == "-1"
  }

  func decodeModel(_ s: EngineSetting, into d: inout Deployment, _ diagnostics: inout [Diagnostic])
  {
    let before = diagnostics.count
    let node = YAMLNode(
      content: .scalar(YAMLScalar(value: s.value.text, style: .plain)), range: s.value.range)
    if let card = decoder.readLocalModel(s.value.text, node, &diagnostics) {
      d.model = Located(card, s.value.range)
      return
    }
    if diagnostics.count > before { return }
    guard let found = modelNames.resolve(s.value.text) else {
      diagnostics.append(
        Diagnostic(
          ruleID: "unknown-model", severity: .warning,
          message: "model '\(s.value.text)' is not in the catalog"
            + decoder.suggestion(decoder.models.nearestNames(to: s.value.text))
            + "; add it to the project file's models, or name a catalog model with '# vramlint: model=…'",
          range: s.value.range))
      return
    }
    d.model = Located(found.card, s.value.range)
    if let format = found.inferredPrecision, found.card.checkpointFormat != format {
      d.precision = Located(format, s.value.range)
    }
    if let note = found.note {
      d.notes.append(Assumption(.weights, note, source: "\(s.writtenName) \(s.value.text)"))
    }
  }

  /// `--dtype half`, `--quantization awq`, TGI `--quantize bitsandbytes-nf4`: the weights.
  func decodePrecision(
    _ s: EngineSetting, into d: inout Deployment, _ diagnostics: inout [Diagnostic]
  ) {
    let text = s.value.text
    if isAuto(text) { return }
    // Methods whose bits live in the checkpoint's own quantization_config: the card's
    // checkpoint format applies.
    if ["compressed-tensors", "modelopt", "auto-round", "experts-int8"].contains(
      Self.canonical(text))
    {
      return
    }
    if let format = WeightFormat.parse(text) {
      d.precision = Located(format, s.value.range)
    } else {
      diagnostics.append(
        Diagnostic(
          ruleID: "unknown-precision", severity: .warning,
          message: "\(s.writtenName) '\(text)' is a method vramlint does not model"
            + decoder.suggestion(decoder.nearest(text, WeightFormat.knownNames))
            + "; the checkpoint's own format is assumed",
          range: s.value.range))
    }
  }

  /// `32k` (32,000), `32K` (32,768), `auto` / `-1` / `0` (the model's maximum: unset).
  func decodeTokens(_ s: EngineSetting, _ diagnostics: inout [Diagnostic]) -> Located<Int>? {
    let text = s.value.text
    if isAuto(text) || text == "0" { return nil }
    guard let tokens = QuantityParser.tokens(text), (1...100_000_000).contains(tokens) else {
      diagnostics.append(
        Diagnostic(
          ruleID: "wrong-type", severity: .error,
          message:
            "\(s.writtenName) '\(text)' is not a token count; write 8192, 8k (8000) or 8K (8192)",
          range: s.value.range))
      return nil
    }
    return Located(tokens, s.value.range)
  }

  /// What each server means by its numbers. llama-server's `-c` is the context of all slots
  /// together and `-np` the slots (llama.cpp tools/server/README.md: "the context size is
  /// divided between the slots"); TGI's `--max-batch-total-tokens` caps the batch's tokens.
  func applyServerSemantics(
    _ launch: ServerLaunch, batchTotal: Located<Int>?, _ d: inout Deployment
  ) {
    switch launch.server {
    case .llamaCpp:
      if d.seqLen == nil {
        d.notes.append(
          Assumption(
            .sequence,
            "llama-server without -c takes the model's full context; its --fit (on by default in current builds) may lower an unset -c or -ngl to fit",
            source: "llama.cpp tools/server/README.md: -c 0 = loaded from model, --fit on"))
      }
      if let slots = d.maxNumSeqs {
        d.batch = Located(slots.value, slots.range)
        if let context = d.seqLen {
          d.seqLen = Located(max(context.value / max(slots.value, 1), 1), context.range)
        }
        d.maxNumSeqs = nil
      }
    case .tgi:
      if let batchTotal, let seq = d.seqLen?.value, seq > 0 {
        d.batch = Located(max(batchTotal.value / seq, 1), batchTotal.range)
      }
    case .vllm, .sglang:
      break
    }
  }

  /// Trap 10: the GPUs a replica gets against those the engine uses.
  func checkGPUCount(
    _ launch: ServerLaunch, data: Located<Int>?, _ d: inout Deployment,
    _ diagnostics: inout [Diagnostic]
  ) {
    let tensor = d.tensor?.value ?? 1
    let pipeline = d.pipeline?.value ?? 1
    let used = tensor * pipeline * (data?.value ?? 1)
    guard let given = launch.gpuCount else {
      if used > 1 { d.gpus = Located(used, d.tensor?.range ?? launch.anchor) }
      return
    }
    switch launch.server {
    case .tgi where d.tensor == nil:
      // TGI shards over every visible GPU when --num-shard is not given.
      d.tensor = Located(given.value, given.range)
      d.gpus = given
      return
    case .llamaCpp:
      return
    default:
      break
    }
    let layout =
      "tensor \(tensor) × pipeline \(pipeline)" + (data.map { " × data \($0.value)" } ?? "")
    let nodes = max(launch.nodes ?? 1, 1)
    if given.value < used, given.value * nodes >= used, used % given.value == 0 {
      // One server over several nodes: tensor × pipeline spans their GPUs.
    } else if given.value < used {
      diagnostics.append(
        Diagnostic(
          ruleID: "invalid-parallelism", severity: .error,
          message:
            "\(launch.server.displayName) needs \(layout) = \(used) GPUs but gets \(given.value)",
          range: d.tensor?.range ?? given.range,
          related: [Diagnostic.Related(range: given.range, message: "GPUs requested here")]))
    } else if given.value > used {
      diagnostics.append(
        Diagnostic(
          ruleID: "idle-gpus", severity: .warning,
          message:
            "\(given.value) GPUs requested but \(launch.server.displayName) uses \(layout) = \(used): \(given.value - used) stay idle; raise the tensor-parallel size or request \(used)",
          range: given.range,
          related: d.tensor.map {
            [Diagnostic.Related(range: $0.range, message: "parallelism set here")]
          }
            ?? []))
    }
    d.gpus = Located(used, d.tensor?.range ?? given.range)
  }
}

extension DeploymentField {
  /// The key of a `# vramlint:` fact directive that gives this field.
  var directiveKey: String {
    switch self {
    case .model: return "model"
    case .dtype, .quantization: return "precision"
    case .kvCache: return "kv_cache"
    case .seqLen: return "seq_len"
    case .tensor: return "tensor"
    case .pipeline: return "pipeline"
    case .memoryUtilization: return "memory_utilization"
    case .maxNumSeqs, .batchTotalTokens: return "batch"
    default: return rawValue
    }
  }
}
