import VRAMModel
import YAMLSource

/// docker-compose services that run a model server: `command` as a list or a string (split
/// like a shell would, without one: compose spec "command"), `entrypoint`, `environment` as
/// a mapping or `KEY=value` list, and GPUs from `deploy.resources.reservations.devices`
/// (compose spec "GPU support": `count` or `device_ids`). Services such as redis or nginx
/// are skipped.
struct ComposeReader: Sendable {
  let context: ReadContext

  func launches(_ root: YAMLNode) -> [ServerLaunch] {
    var launches: [ServerLaunch] = []
    for pair in root["services"]?.pairs ?? [] {
      guard let name = pair.key.scalar?.value else { continue }
      if let launch = launch(service: pair.value, name: name) { launches.append(launch) }
    }
    return launches
  }

  func words(_ node: YAMLNode?) -> [Word] {
    guard let node else { return [] }
    if node.items != nil { return context.words(node) }
    return Word.shellCommands(node, lines: context.lines).first ?? []
  }

  func launch(service: YAMLNode, name: String) -> ServerLaunch? {
    let image = context.word(service["image"])
    let imageServer = image.flatMap { ServerCommand.image($0.text) }
    let environment = context.environment(service["environment"])
    let entrypoint = words(service["entrypoint"])
    let command = words(service["command"])
    var found: (ServerKind, ArraySlice<Word>, Word?)?
    let all = entrypoint + command
    if let shell = all.first, PodReader.shells.contains(ServerCommand.basename(shell.text)),
      let c = all.firstIndex(where: {
        $0.text.hasPrefix("-") && !$0.text.hasPrefix("--") && $0.text.contains("c")
      }), c + 1 < all.count
    {
      for words in all[c + 1].shellCommands() {
        if let hit = ServerCommand.recognize(words) {
          found = hit
          break
        }
      }
    } else if !entrypoint.isEmpty {
      found = ServerCommand.recognize(entrypoint + command)
    } else if let hit = ServerCommand.recognize(command) {
      found = hit
    } else if let server = imageServer?.0 {
      found = ServerCommand.recognize(command, implicit: server) ?? (server, [], nil)
    }
    guard let (server, arguments, program) = found else { return nil }
    var launch = ServerLaunch(
      server: server, anchor: program?.range ?? image?.range ?? service.range,
      label: "compose service \(name)")
    launch.settings = context.containerSettings(
      server, arguments, environment: environment, image: image)
    launch.diagnostics += ServerCommand.rejected(arguments, of: server)
    for device in service["deploy"]?["resources"]?["reservations"]?["devices"]?.items ?? [] {
      if let count = context.count(device["count"]) {
        launch.gpuCount = count
      } else if let ids = device["device_ids"]?.items {
        launch.gpuCount = Located(ids.count, device["device_ids"]!.reportedRange)
      }
    }
    return launch
  }
}
