import VRAMModel
import YAMLSource

/// vLLM production-stack Helm values: `servingEngineSpec.modelSpec[]`, each a vLLM
/// deployment. The chart (helm/templates/deployment-vllm-multi.yaml) starts
/// `vllm serve <modelURL>` with flags made from `vllmConfig` (camelCase: `maxModelLen` →
/// `--max-model-len`) and appends `vllmConfig.extraArgs` last, so an extra arg that repeats a
/// structured value wins (argparse keeps the last occurrence). GPUs: `requestGPU`, the
/// resource `requestGPUType` (default `nvidia.com/gpu`, or a MIG slice), node selection by
/// `nodeSelectorTerms`; copies: `replicaCount`.
struct ProductionStackReader: Sendable {
  let context: ReadContext

  func launches(_ root: YAMLNode) -> [ServerLaunch] {
    let pods = PodReader(context: context)
    var launches: [ServerLaunch] = []
    for spec in root["servingEngineSpec"]?["modelSpec"]?.items ?? [] {
      let name = spec["name"]?.scalar?.value ?? "model"
      var launch = ServerLaunch(
        server: .vllm, anchor: spec["modelURL"]?.reportedRange ?? spec.range,
        label: "modelSpec \(name)")
      var settings: [EngineSetting] = []
      if let url = context.word(spec["modelURL"]) {
        settings.append(
          EngineSetting(field: .model, writtenName: "modelURL", value: url, origin: .commandLine))
      }
      let config = spec["vllmConfig"]
      for pair in config?.pairs ?? [] {
        guard let key = pair.key.scalar?.value, key != "extraArgs",
          let value = context.word(pair.value),
          let field = EngineFlags.field(forFlag: Self.kebab(key), of: .vllm)
        else { continue }
        settings.append(
          EngineSetting(
            field: field, writtenName: "vllmConfig.\(key)", value: value, origin: .commandLine))
      }
      settings += ServerCommand.settings(context.words(config?["extraArgs"])[...], of: .vllm)
        .filter { $0.writtenName != "model" }
      if let tag = context.word(spec["tag"]),
        let version = ServerCommand.image("vllm/vllm-openai:\(tag.text)")?.version
      {
        settings.append(ReadContext.release(version, writtenIn: tag, as: "tag"))
      }
      launch.settings = settings
      launch.gpuCount = context.count(spec["requestGPU"])
      if let type = context.word(spec["requestGPUType"]) {
        if let slice = context.gpus.mig(type.text.lowercased()) {
          launch.gpu = Located(slice, type.range)
        } else if type.text != "nvidia.com/gpu", type.text != "amd.com/gpu" {
          if let gpu = context.gpus.resolve(type.text) {
            launch.gpu = Located(gpu, type.range)
          } else {
            launch.unknownGPU = Located(type.text, type.range)
          }
        }
      }
      launch.replicas = context.count(spec["replicaCount"])
      launches += PodReader.spread(
        launch,
        over: pods.gpuChoices(
          selector: nil,
          // "When both affinity and nodeSelectorTerms are defined, nodeSelectorTerms will be
          // ignored" (values.yaml).
          terms: (spec["affinity"]?["nodeAffinity"]?[
            "requiredDuringSchedulingIgnoredDuringExecution"]?[
              "nodeSelectorTerms"] ?? spec["nodeSelectorTerms"])?.items ?? []))
    }
    return launches
  }

  /// `maxModelLen` → `max-model-len`.
  static func kebab(_ camel: String) -> String {
    var out = ""
    for character in camel {
      if character.isUppercase {
        out += "-" + character.lowercased()
      } else {
        out.append(character)
      }
    }
    return out
  }
}
