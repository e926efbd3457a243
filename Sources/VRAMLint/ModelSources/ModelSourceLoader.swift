import Foundation
import VRAMModel

/// Turns a model on disk into a `ModelCard`: a Hugging Face folder (config.json with
/// model.safetensors or a sharded index), a config.json, or a GGUF file. Reads headers only:
/// the architecture from config.json or GGUF metadata, the exact weight bytes from the
/// safetensors headers or GGUF tensor infos.
public enum ModelSourceLoader {
  /// A card and what it cost to read.
  public struct Loaded: Sendable {
    public var card: ModelCard
    /// Bytes read from disk, over every file opened.
    public var bytesRead: Int64
    /// The files read, in order.
    public var files: [String]
  }

  /// The card for the model at `path`; errors are `ModelSourceError`s naming the file.
  public static func card(forPath path: String) throws -> ModelCard {
    try load(path).card
  }

  /// Whether a `model:` value is meant as a path rather than a catalog name.
  public static func looksLikePath(_ text: String) -> Bool {
    let prefixes = ["/", "./", "../", "~/"]
    let lowered = text.lowercased()
    return prefixes.contains { text.hasPrefix($0) } || lowered.hasSuffix(".gguf")
      || lowered.hasSuffix(".json") || text == "." || text == ".."
  }

  public static func load(_ path: String) throws -> Loaded {
    var session = ModelSourceSession()
    let card = try session.card(at: expandTilde(path), given: path)
    return Loaded(card: card, bytesRead: session.bytesRead, files: session.files)
  }

  static func expandTilde(_ path: String) -> String {
    guard path == "~" || path.hasPrefix("~/") else { return path }
    return NSString(string: path).expandingTildeInPath
  }
}

/// One load: the files opened and the bytes they cost.
struct ModelSourceSession {
  /// config.json and index files are small; anything larger is not what it claims to be.
  static let configLimit: Int64 = 16 << 20
  static let indexLimit: Int64 = 100_000_000

  private(set) var bytesRead: Int64 = 0
  private(set) var files: [String] = []
  let fileManager = FileManager.default

  mutating func open(_ path: String) throws -> FileByteSource {
    files.append(path)
    return try FileByteSource(path: path)
  }

  mutating func finish(_ source: FileByteSource) { bytesRead += source.bytesRead }

  mutating func card(at path: String, given: String) throws -> ModelCard {
    var isFolder: ObjCBool = false
    guard fileManager.fileExists(atPath: path, isDirectory: &isFolder) else {
      throw ModelSourceError("no such file or folder", file: given)
    }
    let url = URL(fileURLWithPath: path)
    if isFolder.boolValue { return try folderCard(url, given: given) }
    let name = url.lastPathComponent.lowercased()
    if name.hasSuffix(".gguf") { return try ggufCard(url, given: given) }
    if name.hasSuffix(".safetensors.index.json") || name.hasSuffix(".safetensors") {
      let folder = url.deletingLastPathComponent()
      return try huggingFaceCard(
        config: folder.appendingPathComponent("config.json"), given: given,
        weightsHint: url)
    }
    if name.hasSuffix(".json") { return try huggingFaceCard(config: url, given: given) }
    // No telling extension: a GGUF file says so in its first four bytes.
    let source = try open(path)
    let magic = try? source.read(at: 0, count: 4)
    finish(source)
    if magic == Array("GGUF".utf8) { return try ggufCard(url, given: given) }
    throw ModelSourceError(
      "not a model: expected a folder with config.json, a config.json, or a .gguf file",
      file: given)
  }

  mutating func folderCard(_ folder: URL, given: String) throws -> ModelCard {
    let config = folder.appendingPathComponent("config.json")
    if fileManager.fileExists(atPath: config.path) {
      return try huggingFaceCard(config: config, given: given)
    }
    let entries = (try? fileManager.contentsOfDirectory(atPath: folder.path)) ?? []
    // mmproj-*.gguf files are vision projectors that ride along with the language model.
    let ggufs = entries.filter {
      $0.lowercased().hasSuffix(".gguf") && !$0.lowercased().hasPrefix("mmproj")
    }.sorted()
    if ggufs.count == 1 || (ggufs.count > 1 && GGUFSplit.isSplit(ggufs)) {
      return try ggufCard(folder.appendingPathComponent(ggufs[0]), given: given)
    }
    if ggufs.count > 1 {
      throw ModelSourceError(
        "the folder holds \(ggufs.count) GGUF files (\(ggufs.prefix(3).joined(separator: ", "))…): name one",
        file: given)
    }
    throw ModelSourceError(
      "the folder holds neither config.json nor a .gguf file", file: given)
  }

  // MARK: - Hugging Face folders

  mutating func huggingFaceCard(config: URL, given: String, weightsHint: URL? = nil) throws
    -> ModelCard
  {
    guard fileManager.fileExists(atPath: config.path) else {
      throw ModelSourceError(
        "no config.json beside it: the architecture comes from config.json", file: given)
    }
    let source = try open(config.path)
    let bytes = try source.readAll(limit: Self.configLimit)
    finish(source)
    let parsed: HFConfig
    do {
      parsed = try HFConfig.parse(bytes, name: "config.json")
    } catch let error as ModelSourceError {
      throw error.inFile(config.path)
    }
    let folder = config.deletingLastPathComponent()
    let shards = try safetensorsShards(in: folder)
    var card = parsed.card(id: folder.lastPathComponent, source: given)
    if !shards.isEmpty {
      card.measuredWeights = SafetensorsWeights.measure(
        shards, checkpointFormat: card.checkpointFormat, quantized: parsed.quantization != nil)
    } else {
      card.note = [card.note, "no safetensors found: weights counted from config.json"]
        .compactMap { $0 }.joined(separator: "; ")
    }
    return card
  }

  /// The shard headers of the folder's checkpoint: the index's shards, else
  /// model.safetensors, else every *.safetensors file; none when there are none.
  mutating func safetensorsShards(in folder: URL) throws -> [(
    file: String, header: SafetensorsHeader
  )] {
    let index = folder.appendingPathComponent("model.safetensors.index.json")
    if fileManager.fileExists(atPath: index.path) {
      let source = try open(index.path)
      let bytes = try source.readAll(limit: Self.indexLimit)
      finish(source)
      let parsed: SafetensorsIndex
      do {
        parsed = try SafetensorsIndex.parse(bytes)
      } catch let error as ModelSourceError {
        throw error.inFile(index.path)
      }
      var shards: [(file: String, header: SafetensorsHeader)] = []
      for shard in parsed.shards {
        let path = folder.appendingPathComponent(shard).path
        guard fileManager.fileExists(atPath: path) else {
          throw ModelSourceError(
            "the index lists shard '\(shard)', which is not in the folder (incomplete download?)",
            file: index.path)
        }
        shards.append((shard, try header(at: path)))
      }
      try checkIndex(parsed, shards: shards, index: index.path)
      return shards
    }
    let single = folder.appendingPathComponent("model.safetensors")
    if fileManager.fileExists(atPath: single.path) {
      return [("model.safetensors", try header(at: single.path))]
    }
    let entries = (try? fileManager.contentsOfDirectory(atPath: folder.path)) ?? []
    return try entries.filter { $0.hasSuffix(".safetensors") }.sorted().map {
      ($0, try header(at: folder.appendingPathComponent($0).path))
    }
  }

  mutating func header(at path: String) throws -> SafetensorsHeader {
    let source = try open(path)
    defer { finish(source) }
    do {
      return try SafetensorsHeader.read(from: source)
    } catch let error as ModelSourceError {
      throw error.inFile(path)
    }
  }

  /// Every tensor the index places in a shard must be in that shard's header.
  func checkIndex(
    _ index: SafetensorsIndex, shards: [(file: String, header: SafetensorsHeader)],
    index path: String
  ) throws {
    var namesByShard: [String: Set<String>] = [:]
    for (file, header) in shards { namesByShard[file] = Set(header.tensors.map(\.name)) }
    for (tensor, file) in index.weightMap.sorted(by: { $0.key < $1.key })
    where namesByShard[file]?.contains(tensor) != true {
      throw ModelSourceError(
        "the index places tensor '\(tensor)' in '\(file)', whose header lacks it", file: path)
    }
  }

  // MARK: - GGUF

  mutating func ggufCard(_ url: URL, given: String) throws -> ModelCard {
    let folder = url.deletingLastPathComponent()
    let parts = GGUFSplit.parts(of: url.lastPathComponent)
    var headers: [GGUFHeader] = []
    for part in parts {
      let path = folder.appendingPathComponent(part).path
      guard fileManager.fileExists(atPath: path) else {
        throw ModelSourceError(
          "split part '\(part)' is missing (incomplete download?)", file: given)
      }
      let source = try open(path)
      defer { finish(source) }
      do {
        headers.append(try GGUFHeader.read(from: source))
      } catch let error as ModelSourceError {
        throw error.inFile(path)
      }
    }
    // The first part carries the metadata; later parts only their own tensors.
    var merged = headers[0]
    for extra in headers.dropFirst() { merged.tensors += extra.tensors }
    let id =
      parts.count > 1 ? GGUFSplit.baseName(parts[0]) : url.lastPathComponent
    do {
      return try GGUFModel.card(merged, id: id, source: given)
    } catch let error as ModelSourceError {
      throw error.inFile(folder.appendingPathComponent(parts[0]).path)
    }
  }
}
