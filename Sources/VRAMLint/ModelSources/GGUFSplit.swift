import Foundation

/// llama.cpp's split GGUF files: `name-00001-of-00003.gguf` (gguf-split, `LLM_KV_SPLIT_*`).
enum GGUFSplit {
  static func match(_ name: String) -> (base: String, index: Int, count: Int)? {
    let lowered = name.lowercased()
    guard lowered.hasSuffix(".gguf") else { return nil }
    let stem = name.dropLast(5)
    let parts = stem.split(separator: "-")
    guard parts.count >= 4, parts[parts.count - 2] == "of",
      let index = Int(parts[parts.count - 3]), let count = Int(parts[parts.count - 1]),
      parts[parts.count - 3].count == 5, index >= 1, count >= index, count <= 9999
    else { return nil }
    let base = parts.dropLast(3).joined(separator: "-")
    return (base, index, count)
  }

  static func isSplit(_ names: [String]) -> Bool {
    let matches = names.compactMap(match)
    return matches.count == names.count && Set(matches.map(\.base)).count == 1
  }

  static func baseName(_ name: String) -> String { match(name)?.base ?? name }

  /// Every part's file name when `name` is one part of a split, else just `name`.
  static func parts(of name: String) -> [String] {
    guard let split = match(name), split.count > 1 else { return [name] }
    return (1...split.count).map {
      "\(split.base)-\(String(format: "%05d", $0))-of-\(String(format: "%05d", split.count)).gguf"
    }
  }
}
