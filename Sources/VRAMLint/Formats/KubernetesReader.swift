import VRAMModel
import YAMLSource

/// Kubernetes objects that run model servers: workloads (Deployment, StatefulSet, DaemonSet,
/// ReplicaSet, Job, CronJob, Pod), KServe InferenceService and LLMInferenceService, and
/// KubeRay RayService. Every other kind (Service, Secret, PVC, ConfigMap, Ingress …) is
/// skipped without a word (FORMATS.md §2, trap 5).
struct KubernetesReader: Sendable {
  let context: ReadContext

  func launches(_ root: YAMLNode) -> (launches: [ServerLaunch], diagnostics: [Diagnostic]) {
    guard let kind = root["kind"]?.scalar?.value else { return ([], []) }
    let name = root["metadata"]?["name"]?.scalar?.value ?? "unnamed"
    let owner = "\(kind) \(name)"
    let pods = PodReader(context: context)
    switch kind {
    case "Deployment", "StatefulSet", "ReplicaSet", "DaemonSet":
      guard let pod = root["spec"]?["template"]?["spec"] else { return ([], []) }
      return (
        pods.launches(pod: pod, owner: owner, replicas: context.count(root["spec"]?["replicas"])),
        []
      )
    case "Job":
      guard let pod = root["spec"]?["template"]?["spec"] else { return ([], []) }
      return (pods.launches(pod: pod, owner: owner, replicas: nil), [])
    case "CronJob":
      guard let pod = root["spec"]?["jobTemplate"]?["spec"]?["template"]?["spec"] else {
        return ([], [])
      }
      return (pods.launches(pod: pod, owner: owner, replicas: nil), [])
    case "Pod":
      guard let pod = root["spec"] else { return ([], []) }
      return (pods.launches(pod: pod, owner: owner, replicas: nil), [])
    case "InferenceService":
      return (inferenceService(root, owner: owner), [])
    case "LLMInferenceService":
      return (llmInferenceService(root, owner: owner), [])
    case "RayService":
      return RayServeReader(context: context).rayService(root, owner: owner)
    default:
      return ([], [])
    }
  }

  /// KServe InferenceService: `spec.predictor.model` with the Hugging Face runtime (its
  /// server is vLLM's engine behind KServe's `--model_id` / `--model_name` flags, and
  /// it passes vLLM's engine flags through), or custom `spec.predictor.containers`.
  /// kserve/python/huggingfaceserver/huggingfaceserver/__main__.py; KServe docs "Deploy the
  /// Llama3 model with Hugging Face LLM Serving Runtime".
  func inferenceService(_ root: YAMLNode, owner: String) -> [ServerLaunch] {
    guard let predictor = root["spec"]?["predictor"] else { return [] }
    let pods = PodReader(context: context)
    let replicas = context.count(predictor["minReplicas"])
    if predictor["containers"] != nil {
      return pods.launches(pod: predictor, owner: owner, replicas: replicas)
    }
    guard let model = predictor["model"] else { return [] }
    let format = model["modelFormat"]?["name"]?.scalar?.value.lowercased() ?? ""
    let runtime = model["runtime"]?.scalar?.value.lowercased() ?? ""
    guard format == "huggingface" || runtime.contains("huggingface") || runtime.contains("vllm")
    else { return [] }
    var launch = ServerLaunch(
      server: .vllm, anchor: model["modelFormat"]?.reportedRange ?? model.range,
      label: "\(owner), predictor")
    let environment = context.environment(model["env"])
    var settings: [EngineSetting] = []
    if let uri = context.word(model["storageUri"]) {
      settings.append(
        EngineSetting(field: .model, writtenName: "storageUri", value: uri, origin: .configFile))
    }
    // KServe's own flag for the repository (`--model_id=org/name`); a positional word is
    // not the model here.
    for setting in ServerCommand.settings(
      context.words(model["args"])[...], of: .vllm, extra: ["model-id": .model]
    ) where setting.writtenName != "model" {
      let flag = String(setting.writtenName.drop { $0 == "-" })
      if flag.contains("_"), !Self.kserveFlags.contains(flag) {
        // The runtime reads flags with a plain argparse `parse_known_args`: vLLM's flags
        // exist only dashed, and an unknown flag is dropped without a word.
        launch.diagnostics.append(
          Diagnostic(
            ruleID: "conflicting-setting", severity: .warning,
            message:
              "KServe's Hugging Face runtime ignores \(setting.writtenName) (vLLM's flags are dashed, unknown flags are dropped): write --\(EngineFlags.normalized(flag))",
            range: setting.value.range))
        continue
      }
      settings.append(setting)
    }
    // Multi-node: the worker spec carries the parallel layout.
    for (key, field) in [
      ("tensorParallelSize", DeploymentField.tensor), ("pipelineParallelSize", .pipeline),
    ] {
      if let value = context.word(predictor["workerSpec"]?[key]) {
        settings.append(
          EngineSetting(
            field: field, writtenName: "workerSpec.\(key)", value: value, origin: .configFile))
      }
    }
    launch.settings = ReadContext.substitute(settings, environment)
    pods.readResources(model["resources"], into: &launch)
    launch.replicas = replicas
    return PodReader.spread(launch, over: pods.gpuChoices(predictor))
  }

  /// The runtime's own flags, written with `_` (huggingfaceserver `__main__.py` and the
  /// KServe model-server parser).
  static let kserveFlags: Set<String> = [
    "model_name", "model_dir", "model_id", "model_revision", "tokenizer_revision",
    "max_model_len", "max_length", "trust_remote_code", "task", "backend", "dtype",
    "disable_log_requests", "max_log_len", "http_port", "grpc_port", "workers",
  ]

  /// KServe LLMInferenceService (serving.kserve.io/v1alpha1): `spec.model.uri`,
  /// `spec.parallelism` {tensor, pipeline, data, dataLocal}, `spec.replicas`, and a pod
  /// `spec.template` whose `main` container runs vLLM.
  func llmInferenceService(_ root: YAMLNode, owner: String) -> [ServerLaunch] {
    guard let spec = root["spec"] else { return [] }
    let pods = PodReader(context: context)
    var launch = ServerLaunch(
      server: .vllm, anchor: spec["model"]?.reportedRange ?? spec.range, label: owner)
    var settings: [EngineSetting] = []
    if let uri = context.word(spec["model"]?["uri"]) {
      settings.append(
        EngineSetting(field: .model, writtenName: "model.uri", value: uri, origin: .configFile))
    }
    for (key, field) in [
      ("tensor", DeploymentField.tensor), ("pipeline", .pipeline), ("data", .data),
    ] {
      if let value = context.word(spec["parallelism"]?[key]) {
        settings.append(
          EngineSetting(
            field: field, writtenName: "parallelism.\(key)", value: value, origin: .configFile))
      }
    }
    let template = spec["template"]
    let containers = template?["containers"]?.items ?? []
    let main = containers.first { $0["name"]?.scalar?.value == "main" } ?? containers.first
    if let main {
      let environment = context.environment(main["env"])
      settings += ReadContext.environmentSettings(environment, of: .vllm)
      var arguments = context.words(main["command"]) + context.words(main["args"])
      if let hit = ServerCommand.recognize(arguments) { arguments = Array(hit.arguments) }
      settings += ServerCommand.settings(arguments[...], of: .vllm).filter {
        $0.field != .model || $0.writtenName != "model"
      }
      // The default templates append `${VLLM_ADDITIONAL_ARGS}`, a shell string of flags
      // (config/llmisvcconfig/config-llm-template.yaml).
      if let extra = main["env"]?.items?.first(where: {
        $0["name"]?.scalar?.value == "VLLM_ADDITIONAL_ARGS"
      })?["value"] {
        for words in Word.shellCommands(extra, lines: context.lines) {
          settings += ServerCommand.settings(words[...], of: .vllm).filter {
            $0.writtenName != "model"
          }
        }
      }
      settings = ReadContext.substitute(settings, environment)
      pods.readResources(main["resources"], into: &launch)
    }
    launch.settings = settings
    launch.replicas = context.count(spec["replicas"])
    return PodReader.spread(launch, over: template.map(pods.gpuChoices) ?? [])
  }
}
