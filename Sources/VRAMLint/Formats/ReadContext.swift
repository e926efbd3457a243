import VRAMModel
import YAMLSource

/// What every format reader needs: the file's lines (to map scalars back to characters),
/// the catalogs, and a place for the findings it makes on the way.
struct ReadContext: Sendable {
  let lines: LineIndex
  let gpus: GPUResolver

  init(lines: LineIndex, gpus: NamedCatalog<GPUSpec>) {
    self.lines = lines
    self.gpus = GPUResolver(gpus: gpus)
  }

  func word(_ node: YAMLNode?) -> Word? {
    node.flatMap { Word.scalar($0, lines: lines) }
  }

  /// The words of a list of scalars (`args: [--model, x]`); other items are skipped.
  func words(_ node: YAMLNode?) -> [Word] {
    if let items = node?.items { return items.compactMap { word($0) } }
    return []
  }

  /// A count written as a number or a string (`nvidia.com/gpu: "1"`).
  func count(_ node: YAMLNode?) -> Located<Int>? {
    guard let node, let text = node.scalar?.value,
      let value = Int(DeploymentDecoder.trimmed(text)), value >= 0
    else { return nil }
    return Located(value, node.reportedRange)
  }

  /// NAME when the text is exactly `$(NAME)`, `${NAME}` or `$NAME`.
  static func variableName(_ text: String) -> String? {
    for (open, close) in [("$(", ")"), ("${", "}")]
    where text.hasPrefix(open) && text.hasSuffix(close) {
      let name = text.dropFirst(open.count).dropLast(close.count)
      return name.allSatisfy { $0.isLetter || $0.isNumber || $0 == "_" } ? String(name) : nil
    }
    if text.hasPrefix("$"), text.count > 1,
      text.dropFirst().allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" })
    {
      return String(text.dropFirst())
    }
    return nil
  }

  /// Settings whose whole value is a variable the environment gives take that value, and
  /// its characters: a diagnostic about `$(MODEL_NAME)` lands on the env entry's value.
  static func substitute(_ settings: [EngineSetting], _ environment: [String: Word])
    -> [EngineSetting]
  {
    settings.map { setting in
      guard setting.value.hasExpansion, let name = variableName(setting.value.text),
        let value = environment[name]
      else { return setting }
      var resolved = setting
      resolved.value = value
      return resolved
    }
  }

  /// Settings an engine reads from its environment (TGI, llama-server).
  static func environmentSettings(_ environment: [String: Word], of server: ServerKind)
    -> [EngineSetting]
  {
    environment.sorted { $0.value.range.start.offset < $1.value.range.start.offset }.compactMap {
      name, value in
      EngineFlags.field(forEnvironment: name, of: server).map {
        EngineSetting(field: $0, writtenName: name, value: value, origin: .environment)
      }
    }
  }

  /// The settings of a container or service that runs `server`: its environment twins,
  /// its flags, and the release its image tag names, with `$(VAR)` values substituted.
  func containerSettings(
    _ server: ServerKind, _ arguments: ArraySlice<Word>, environment: [String: Word],
    image: Word?
  ) -> [EngineSetting] {
    var settings = Self.environmentSettings(environment, of: server)
    settings += ServerCommand.settings(arguments, of: server)
    if let image, let (imageKind, version) = ServerCommand.image(image.text), imageKind == server,
      let version
    {
      settings.append(Self.release(version, writtenIn: image, as: "image"))
    }
    return Self.substitute(settings, environment)
  }

  /// The engine release an image reference or tag names (`v0.8.5`, `v0.4.6.post1-cu124`),
  /// pointing at the whole reference: the release is not always its tail.
  static func release(_ version: String, writtenIn word: Word, as name: String) -> EngineSetting {
    EngineSetting(
      field: .engineVersion, writtenName: name,
      value: Word(text: version, hasExpansion: false, range: word.range, aligned: nil),
      origin: .configFile)
  }

  /// An environment: Kubernetes `env: [{name, value}]`, compose `{KEY: value}` or
  /// `["KEY=value"]`, SkyPilot `envs`. Entries from secrets or config maps (`valueFrom`)
  /// are left out: their values are not in the file.
  func environment(_ node: YAMLNode?) -> [String: Word] {
    var environment: [String: Word] = [:]
    for item in node?.items ?? [] {
      guard let name = item["name"]?.scalar?.value, let value = word(item["value"])
      else { continue }
      environment[name] = value
    }
    // Compose's mapping form `{KEY: value}` and list form `["KEY=value"]`.
    for pair in node?.pairs ?? [] {
      guard let name = pair.key.scalar?.value, let value = word(pair.value) else {
        continue
      }
      environment[name] = value
    }
    for item in node?.items ?? [] {
      guard let entry = word(item), let equals = entry.text.utf8.firstIndex(of: 0x3D)
      else { continue }
      let offset = entry.text.utf8.distance(from: entry.text.utf8.startIndex, to: equals)
      environment[String(entry.text[..<equals])] = entry.suffix(fromByte: offset + 1)
    }
    return environment
  }
}
