import VRAMModel
import YAMLSource

/// Ray Serve LLM configs (`applications: [{args: {llm_configs: [LLMConfig…]}}]`) and KubeRay
/// RayService, which holds the same config as a YAML string in `spec.serveConfigV2`.
/// Keys: ray.serve.llm `LLMConfig` — `model_loading_config.{model_id, model_source}`,
/// `accelerator_type`, `engine_kwargs` (vLLM's engine arguments with `_`),
/// `deployment_config.{num_replicas, autoscaling_config.{min_replicas, max_replicas}}`.
struct RayServeReader: Sendable {
  let context: ReadContext

  func applications(_ root: YAMLNode) -> [ServerLaunch] {
    var launches: [ServerLaunch] = []
    for application in root["applications"]?.items ?? [] {
      let appName = application["name"]?.scalar?.value ?? "application"
      let configs = application["args"]?["llm_configs"]?.items ?? []
      for (index, config) in configs.enumerated() where config.pairs != nil {
        launches += launch(config, label: "Ray Serve app \(appName), llm_configs[\(index)]")
      }
    }
    return launches
  }

  func launch(_ config: YAMLNode, label: String) -> [ServerLaunch] {
    let loading = config["model_loading_config"]
    var launch = ServerLaunch(
      server: .vllm, anchor: loading?.reportedRange ?? config.range, label: label)
    var settings: [EngineSetting] = []
    // model_source is the repository; model_id the served name, which is the repository
    // when no source is given.
    if let source = context.word(loading?["model_source"]) ?? context.word(loading?["model_id"]) {
      settings.append(
        EngineSetting(
          field: .model, writtenName: "model_loading_config", value: source, origin: .configFile))
    }
    for pair in config["engine_kwargs"]?.pairs ?? [] {
      guard let key = pair.key.scalar?.value, let value = context.word(pair.value),
        let field = EngineFlags.field(forFlag: key, of: .vllm)
      else { continue }
      if key.contains("-") {
        // engine_kwargs become keyword arguments of vLLM's EngineArgs: only the Python
        // field names (snake_case) exist.
        launch.diagnostics.append(
          Diagnostic(
            ruleID: "unknown-key", severity: .error,
            message:
              "engine_kwargs are vLLM EngineArgs fields and '\(key)' is none: write '\(key.replacingOccurrences(of: "-", with: "_"))'",
            range: pair.key.reportedRange))
        continue
      }
      settings.append(
        EngineSetting(field: field, writtenName: key, value: value, origin: .configFile))
    }
    launch.settings = settings
    if let accelerator = context.word(config["accelerator_type"]) {
      if let gpu = context.gpus.resolve(accelerator.text, dialect: .cloud) {
        launch.gpu = Located(gpu, accelerator.range)
        if accelerator.text.uppercased() == "A100" {
          // Ray labels every A100 "A100" (ray/util/accelerators/accelerators.py); the sized
          // names are A100-40G and A100-80G.
          launch.notes.append(
            Assumption(
              .gpu,
              "accelerator_type A100 matches both A100s; the 40 GB card is assumed (write A100-80G for the other)",
              source:
                "ray.util.accelerators: NVIDIA_A100 = \"A100\", NVIDIA_A100_40G, NVIDIA_A100_80G"))
        }
      } else {
        launch.unknownGPU = Located(accelerator.text, accelerator.range)
      }
    }
    let deployment = config["deployment_config"]
    launch.replicas =
      context.count(deployment?["num_replicas"])
      ?? context.count(deployment?["autoscaling_config"]?["max_replicas"])
    return [launch]
  }

  /// KubeRay RayService: the Serve config is YAML inside the `serveConfigV2` string; its
  /// ranges are moved back into this file, and its syntax errors reported here too.
  func rayService(_ root: YAMLNode, owner: String) -> (
    launches: [ServerLaunch], diagnostics: [Diagnostic]
  ) {
    guard let node = root["spec"]?["serveConfigV2"] else { return ([], []) }
    guard let inner = EmbeddedYAML.parse(node, in: context.lines) else {
      return (
        [],
        [
          Diagnostic(
            ruleID: "unsupported", severity: .info,
            message:
              "serveConfigV2 is not a string vramlint can map back to this file; write it as a block scalar (serveConfigV2: |)",
            range: node.reportedRange)
        ]
      )
    }
    let problems = inner.problems.map(Linter.diagnostic(for:))
    var launches: [ServerLaunch] = []
    for document in inner.documents {
      guard let innerRoot = document.root else { continue }
      launches += applications(innerRoot).map { launch in
        var named = launch
        named.label = "\(owner), \(launch.label)"
        return named
      }
    }
    return (launches, problems)
  }
}
