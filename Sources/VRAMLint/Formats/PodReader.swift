import VRAMModel
import YAMLSource

/// A Kubernetes pod spec → the model servers its containers run, with the GPUs the pod
/// requests and the GPU type its scheduling constraints pin.
struct PodReader: Sendable {
  let context: ReadContext

  /// Node labels that name the GPU: GPU Feature Discovery, GKE, Karpenter, and the
  /// well-known instance-type labels (Kubernetes "Well-Known Labels": node.kubernetes.io/
  /// instance-type; the beta label is its deprecated spelling).
  static let productLabels = [
    "nvidia.com/gpu.product", "cloud.google.com/gke-accelerator",
    "karpenter.k8s.aws/instance-gpu-name", "eks.amazonaws.com/instance-gpu-name",
    "karpenter.azure.com/sku-gpu-name",
  ]
  static let instanceTypeLabels = [
    "node.kubernetes.io/instance-type", "beta.kubernetes.io/instance-type",
    "karpenter.k8s.aws/instance-type",
  ]

  static let shells: Set<String> = ["sh", "bash", "dash", "zsh", "ash"]

  struct GPUChoice: Sendable {
    var gpu: Located<GPUSpec>?
    var unknown: Located<String>?
    /// GPUs per node an instance type implies.
    var instanceCount: Int?
  }

  /// The launches of `pod`, one per container that runs a model server, and one per GPU
  /// candidate when the pod's affinity allows several.
  func launches(pod: YAMLNode, owner: String, replicas: Located<Int>?) -> [ServerLaunch] {
    let choices = gpuChoices(pod)
    var launches: [ServerLaunch] = []
    for container in pod["containers"]?.items ?? [] {
      guard var launch = launch(container: container, owner: owner) else { continue }
      launch.replicas = replicas
      launches += Self.spread(launch, over: choices)
    }
    return launches
  }

  /// One launch per GPU candidate (none: the launch as it is).
  static func spread(_ launch: ServerLaunch, over choices: [GPUChoice]) -> [ServerLaunch] {
    guard !choices.isEmpty, launch.gpu == nil else { return [launch] }
    return choices.map { choice in
      var copy = launch
      copy.gpu = choice.gpu
      copy.unknownGPU = choice.unknown
      if copy.gpuCount == nil, let count = choice.instanceCount, let gpu = choice.gpu {
        copy.gpuCount = Located(count, gpu.range)
      }
      if choices.count > 1 { copy.candidate = choice.gpu?.value.id ?? choice.unknown?.value }
      return copy
    }
  }

  func launch(container: YAMLNode, owner: String) -> ServerLaunch? {
    let image = context.word(container["image"])
    let imageServer = image.flatMap { ServerCommand.image($0.text) }
    let name = container["name"]?.scalar?.value ?? "container"
    let environment = context.environment(container["env"])
    let command = context.words(container["command"])
    let args = context.words(container["args"])
    var found: (ServerKind, ArraySlice<Word>, Word?)?
    // `command: [sh, -c]` with the script in args, or `command: [sh, -c, script]`.
    let all = command + args
    // `/usr/bin/env bash -c …` runs the shell through env.
    let shellIndex = all.first.map { ServerCommand.basename($0.text) == "env" ? 1 : 0 } ?? 0
    if !command.isEmpty, shellIndex < all.count,
      Self.shells.contains(ServerCommand.basename(all[shellIndex].text))
    {
      // `-c`, `-ec`, `-lc`: a single-dash option cluster holding c (not `--norc`).
      if let c = all.indices.first(where: {
        $0 > shellIndex && all[$0].text.hasPrefix("-") && !all[$0].text.hasPrefix("--")
          && all[$0].text.contains("c")
      }),
        c + 1 < all.count
      {
        let scriptNode = (container["command"]?.items ?? []) + (container["args"]?.items ?? [])
        guard c + 1 < scriptNode.count else { return nil }
        let node = scriptNode[c + 1]
        for words in Word.shellCommands(node, lines: context.lines) {
          if let hit = ServerCommand.recognize(words) {
            found = hit
            break
          }
        }
      }
    } else if !command.isEmpty {
      found = ServerCommand.recognize(command + args)
    } else if let server = imageServer?.0 {
      found = ServerCommand.recognize(args, implicit: server) ?? (server, [], nil)
    }
    guard let (server, arguments, program) = found else { return nil }
    var launch = ServerLaunch(
      server: server, anchor: program?.range ?? image?.range ?? container.range,
      label: "\(owner), container \(name)")
    launch.settings = context.containerSettings(
      server, arguments, environment: environment, image: image)
    launch.diagnostics += ServerCommand.rejected(arguments, of: server)
    readResources(container["resources"], into: &launch)
    return launch
  }

  /// `resources.limits` (else requests): `nvidia.com/gpu`, `amd.com/gpu`, or a MIG slice
  /// `nvidia.com/mig-3g.40gb`, which is the GPU type as well.
  func readResources(_ resources: YAMLNode?, into launch: inout ServerLaunch) {
    for section in ["limits", "requests"] {
      guard let pairs = resources?[section]?.pairs else { continue }
      for pair in pairs {
        guard let key = pair.key.scalar?.value else { continue }
        if key == "nvidia.com/gpu" || key == "amd.com/gpu" {
          launch.gpuCount = launch.gpuCount ?? context.count(pair.value)
        } else if key.hasPrefix("nvidia.com/mig-"), let slice = context.gpus.mig(key) {
          launch.gpuCount = launch.gpuCount ?? context.count(pair.value)
          launch.gpu = launch.gpu ?? Located(slice, pair.key.reportedRange)
        }
      }
      if launch.gpuCount != nil { return }
    }
  }

  /// The GPU types the pod may land on: its nodeSelector, else each value of a required
  /// node-affinity expression `In` on a GPU label.
  func gpuChoices(_ pod: YAMLNode) -> [GPUChoice] {
    gpuChoices(
      selector: pod["nodeSelector"],
      terms: pod["affinity"]?["nodeAffinity"]?["requiredDuringSchedulingIgnoredDuringExecution"]?[
        "nodeSelectorTerms"]?.items ?? [])
  }

  func gpuChoices(selector: YAMLNode?, terms: [YAMLNode]) -> [GPUChoice] {
    for pair in selector?.pairs ?? [] {
      guard let key = pair.key.scalar?.value, let value = context.word(pair.value) else {
        continue
      }
      guard var choice = choice(label: key, value: value) else { continue }
      // GKE MIG: the pod asks for nvidia.com/gpu and selects the slice by partition size.
      if let partition = context.word(selector?["cloud.google.com/gke-gpu-partition-size"]),
        let card = choice.gpu, let slice = context.gpus.mig(partition.text, parent: card.value)
      {
        choice.gpu = Located(slice, partition.range)
      }
      return [choice]
    }
    for term in terms {
      for expression in term["matchExpressions"]?.items ?? [] {
        guard let key = expression["key"]?.scalar?.value,
          expression["operator"]?.scalar?.value == "In"
        else { continue }
        let choices = context.words(expression["values"]).compactMap {
          choice(label: key, value: $0)
        }
        if !choices.isEmpty { return choices }
      }
    }
    return []
  }

  func choice(label: String, value: Word) -> GPUChoice? {
    if Self.productLabels.contains(label) {
      let dialect: GPUResolver.Dialect = label.hasPrefix("nvidia.com") ? .catalog : .cloud
      if let gpu = context.gpus.resolve(value.text, dialect: dialect) {
        return GPUChoice(gpu: Located(gpu, value.range))
      }
      return GPUChoice(unknown: Located(value.text, value.range))
    }
    if Self.instanceTypeLabels.contains(label) {
      guard let (gpu, count) = context.gpus.instanceType(value.text) else { return nil }
      return GPUChoice(gpu: Located(gpu, value.range), instanceCount: count)
    }
    return nil
  }
}
