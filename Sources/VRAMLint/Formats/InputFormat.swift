import YAMLSource

/// The kinds of file vramlint reads. Each YAML document is recognised on its own (a
/// multi-document manifest mixes kinds); `--input-format` forces one for a whole file.
public enum InputFormat: String, Sendable, CaseIterable {
  /// vramlint's own deployment format (FORMATS.md §1).
  case native
  /// `vllm serve --config file.yaml`: engine arguments as keys.
  case vllmConfig = "vllm-config"
  /// `python -m sglang.launch_server --config file.yaml`.
  case sglangConfig = "sglang-config"
  /// Kubernetes objects: workloads, KServe, KubeRay.
  case kubernetes
  case compose
  /// vLLM production-stack Helm values.
  case productionStack = "production-stack"
  case skypilot
  /// A Ray Serve config (`applications:`).
  case rayServe = "ray-serve"

  /// Keys of the native format that no engine config uses: all but those a vLLM config
  /// shares (`model`, `max_num_seqs`, `max_num_batched_tokens`).
  static let nativeOnlyKeys = Set(DeploymentDecoder.keys.keys).filter {
    EngineFlags.vllm[EngineFlags.normalized($0)] == nil
  }

  /// What `root` is, or nil for YAML that is none of these (left alone, silently).
  static func detect(_ root: YAMLNode) -> InputFormat? {
    guard let pairs = root.pairs else { return .native }
    let keys = pairs.compactMap { $0.key.scalar?.value }
    let keySet = Set(keys)
    if keySet.contains("apiVersion"), keySet.contains("kind") { return .kubernetes }
    if keySet.contains("servingEngineSpec") { return .productionStack }
    if keySet.contains("applications"), root["applications"]?.items != nil { return .rayServe }
    if let services = root["services"]?.pairs,
      services.contains(where: { $0.value["image"] != nil || $0.value["command"] != nil })
    {
      return .compose
    }
    if !keySet.isDisjoint(with: nativeOnlyKeys) { return .native }
    if keySet.contains("run"),
      keySet.contains("resources") || keySet.contains("envs")
        || keySet.contains("setup") || keySet.contains("num_nodes")
    {
      return .skypilot
    }
    let normalized = Set(keys.map(EngineFlags.normalized))
    if normalized.contains("model-path") || normalized.contains("mem-fraction-static")
      || normalized.contains("context-length") || normalized.contains("tp-size")
    {
      return .sglangConfig
    }
    if keys.contains(where: {
      $0.contains("-")
        || (DeploymentDecoder.keys[$0] == nil
          && EngineFlags.vllm[EngineFlags.normalized($0)] != nil)
    }) {
      return .vllmConfig
    }
    if keySet.contains("model") { return .native }
    return nil
  }
}

/// Engine `--config` files: each top-level key is a flag without its dashes, each value the
/// flag's value (vLLM docs "serve --config": `model`, `max-model-len` …; command-line flags
/// override the file). SGLang reads the same shape.
struct EngineConfigReader: Sendable {
  let context: ReadContext

  func launch(_ root: YAMLNode, server: ServerKind) -> ServerLaunch {
    var launch = ServerLaunch(
      server: server, anchor: root.pairs?.first?.key.reportedRange ?? root.range,
      label: "\(server.displayName) config")
    for pair in root.pairs ?? [] {
      guard let key = pair.key.scalar?.value, let value = context.word(pair.value),
        let field = EngineFlags.field(forFlag: key, of: server)
      else { continue }
      if server == .sglang, key.contains("_") {
        // SGLang turns each key into `--key` verbatim; its flags are declared with `-`, so
        // argparse rejects `--model_path` (sglang/srt/server_args_config_parser.py).
        launch.diagnostics.append(
          Diagnostic(
            ruleID: "unknown-key", severity: .error,
            message:
              "SGLang passes config keys to its flags verbatim and has no '--\(key)': write '\(EngineFlags.normalized(key))'",
            range: pair.key.reportedRange))
        continue
      }
      launch.settings.append(
        EngineSetting(field: field, writtenName: key, value: value, origin: .configFile))
    }
    return launch
  }
}

/// One document → the deployments it describes, by format.
struct FormatReader: Sendable {
  let context: ReadContext

  enum Reading {
    /// A native deployment document: decoded by `DeploymentDecoder`.
    case native
    /// Model servers found in a real-world file.
    case launches([ServerLaunch], [Diagnostic])
    /// Not a deployment of any kind vramlint reads.
    case nothing
  }

  func read(_ root: YAMLNode, forced: InputFormat?) -> Reading {
    guard let format = forced ?? InputFormat.detect(root) else { return .nothing }
    switch format {
    case .native: return .native
    case .vllmConfig:
      return .launches([EngineConfigReader(context: context).launch(root, server: .vllm)], [])
    case .sglangConfig:
      return .launches([EngineConfigReader(context: context).launch(root, server: .sglang)], [])
    case .kubernetes:
      let (launches, diagnostics) = KubernetesReader(context: context).launches(root)
      return .launches(launches, diagnostics)
    case .compose: return .launches(ComposeReader(context: context).launches(root), [])
    case .productionStack:
      return .launches(ProductionStackReader(context: context).launches(root), [])
    case .skypilot: return .launches(SkyPilotReader(context: context).launches(root), [])
    case .rayServe: return .launches(RayServeReader(context: context).applications(root), [])
    }
  }
}
