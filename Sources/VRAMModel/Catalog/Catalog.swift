import Foundation

/// A failure to read a catalog: a thrown error, not a finding, because without its catalogs
/// the tool cannot answer at all.
public struct CatalogError: Error, CustomStringConvertible, Sendable {
  public let description: String
}

/// Looks things up by id or alias, case-insensitively, and suggests the nearest names when
/// nothing matches. Shared by the model and GPU catalogs.
public struct NamedCatalog<Entry: Sendable>: Sendable {
  public private(set) var entries: [Entry]
  private var index: [String: Int] = [:]
  private let names: @Sendable (Entry) -> [String]

  public init(_ entries: [Entry], names: @escaping @Sendable (Entry) -> [String]) throws {
    self.entries = []
    self.names = names
    for entry in entries { try add(entry) }
  }

  /// Adds an entry; a user's entry may replace a bundled one with the same id, but two
  /// entries may never claim the same alias.
  public mutating func add(_ entry: Entry, replacing: Bool = false) throws {
    let keys = names(entry).map(NamedCatalog.normalize)
    guard let primary = keys.first else {
      throw CatalogError(description: "catalog entry without an id")
    }
    if let existing = index[primary] {
      guard replacing else {
        throw CatalogError(description: "duplicate catalog name '\(names(entry)[0])'")
      }
      entries[existing] = entry
      for key in keys { index[key] = existing }
      return
    }
    for key in keys {
      if let other = index[key] {
        throw CatalogError(
          description:
            "catalog name '\(key)' of '\(names(entry)[0])' is already used by '\(names(entries[other])[0])'"
        )
      }
    }
    entries.append(entry)
    for key in keys { index[key] = entries.count - 1 }
  }

  public func lookup(_ name: String) -> Entry? {
    index[NamedCatalog.normalize(name)].map { entries[$0] }
  }

  /// Up to `limit` primary names closest to `name` by edit distance, nearest first; names
  /// that contain the query (or are contained in it) rank first.
  public func nearestNames(to name: String, limit: Int = 3) -> [String] {
    let query = NamedCatalog.normalize(name)
    var best: [(score: Int, name: String)] = []
    for entry in entries {
      let all = names(entry)
      let scores = all.map { candidate -> Int in
        let key = NamedCatalog.normalize(candidate)
        let distance = EditDistance.between(query, key)
        let contains = !query.isEmpty && (key.contains(query) || query.contains(key))
        return contains ? distance / 4 : distance
      }
      best.append((scores.min() ?? Int.max, all[0]))
    }
    best.sort { $0.score != $1.score ? $0.score < $1.score : $0.name < $1.name }
    let cutoff = max(3, query.count / 2)
    return best.prefix(limit).filter { $0.score <= cutoff }.map(\.name)
  }

  /// Case, spaces, underscores and "nvidia"/"geforce" prefixes differ between what users
  /// type, what nvidia-smi prints and what node labels say; they all normalize alike.
  public static func normalize(_ name: String) -> String {
    // Hot path (every lookup of every file): plain ASCII without Foundation.
    let utf8 = Array(name.utf8)
    guard utf8.allSatisfy({ $0 < 0x80 }) else {
      return name.lowercased().trimmingCharacters(in: .whitespaces)
        .replacingOccurrences(of: "_", with: "-").replacingOccurrences(of: " ", with: "-")
    }
    var start = 0
    var end = utf8.count
    while start < end, utf8[start] == 0x20 || utf8[start] == 0x09 { start += 1 }
    while end > start, utf8[end - 1] == 0x20 || utf8[end - 1] == 0x09 { end -= 1 }
    let mapped = utf8[start..<end].map { b -> UInt8 in
      switch b {
      case UInt8(ascii: "A")...UInt8(ascii: "Z"): return b + 32
      case UInt8(ascii: "_"), UInt8(ascii: " "): return UInt8(ascii: "-")
      default: return b
      }
    }
    return String(decoding: mapped, as: UTF8.self)
  }

}

/// Bundled catalogs, decoded once per process. They are compiled into the binary
/// (`EmbeddedCatalogs`, generated from `Resources/*.json`), so no installed file can be missing.
public enum BundledCatalogs {
  public static func models() throws -> NamedCatalog<ModelCard> {
    let cards = try decode([ModelCard].self, resource: "models")
    return try NamedCatalog(cards) { [$0.id] + $0.aliases }
  }

  public static func gpus() throws -> NamedCatalog<GPUSpec> {
    let gpus = try decode([GPUSpec].self, resource: "gpus")
    return try NamedCatalog(gpus) { [$0.id] + $0.aliases }
  }

  static func decode<T: Decodable>(_ type: T.Type, resource: String, strict: Bool = false) throws
    -> T
  {
    let name = "\(resource).json"
    guard let text = EmbeddedCatalogs.files.first(where: { $0.name == name })?.text else {
      throw CatalogError(description: "no bundled catalog named \(name)")
    }
    let data = Data(text.utf8)
    do {
      let decoder = JSONDecoder()
      if let key = CodingUserInfoKey.vramlintStrictKeys { decoder.userInfo[key] = strict }
      return try decoder.decode(T.self, from: data)
    } catch let error as DecodingError {
      throw CatalogError(
        description: "\(resource).json: \(DecodingErrorDescription.describe(error))")
    }
  }
}

/// Decoding errors in words a person can act on, with the JSON path of the bad value.
public enum DecodingErrorDescription {
  public static func describe(_ error: DecodingError) -> String {
    func path(_ codingPath: [CodingKey]) -> String {
      codingPath.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined()
    }
    switch error {
    case .typeMismatch(let type, let context):
      return "\(path(context.codingPath)): expected \(type): \(context.debugDescription)"
    case .valueNotFound(let type, let context):
      return "\(path(context.codingPath)): missing \(type)"
    case .keyNotFound(let key, let context):
      return "\(path(context.codingPath)): missing key '\(key.stringValue)'"
    case .dataCorrupted(let context):
      return "\(path(context.codingPath)): \(context.debugDescription)"
    @unknown default:
      return String(describing: error)
    }
  }
}

enum EditDistance {
  /// Levenshtein distance over Unicode scalars, O(n·m) with two rows.
  static func between(_ a: String, _ b: String) -> Int {
    let a = Array(a.unicodeScalars)
    let b = Array(b.unicodeScalars)
    if a.isEmpty { return b.count }
    if b.isEmpty { return a.count }
    var previous = Array(0...b.count)
    var current = [Int](repeating: 0, count: b.count + 1)
    for i in 1...a.count {
      current[0] = i
      for j in 1...b.count {
        let cost = a[i - 1] == b[j - 1] ? 0 : 1
        current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
      }
      swap(&previous, &current)
    }
    return previous[b.count]
  }
}
