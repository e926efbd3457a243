/// Typed lookups in a config.json with the messages a user can act on: a missing required key
/// names the key (and its aliases), a key of the wrong type says what it holds.
struct ConfigFields {
  /// The text model's config: `text_config` for multimodal checkpoints, else the root.
  let text: [String: ConfigJSON]
  /// The whole file, consulted after `text` (dtype and quantization often live only here).
  let root: [String: ConfigJSON]
  /// Name of the file for messages.
  let what: String

  /// The first of `keys` present with a non-null value, looked up in the text config first.
  func value(_ keys: [String]) -> (key: String, value: ConfigJSON)? {
    for scope in [text, root] {
      for key in keys {
        if let value = scope[key], !value.isNull { return (key, value) }
      }
    }
    return nil
  }

  func has(_ keys: String...) -> Bool { value(keys) != nil }

  func int(_ keys: String...) throws -> Int? { try int(keys) }

  func int(_ keys: [String]) throws -> Int? {
    guard let (key, value) = value(keys) else { return nil }
    guard let number = value.integer, let result = Int(exactly: number) else {
      throw ModelSourceError("\(what): \(key) is \(describe(value)), not an integer")
    }
    return result
  }

  /// A key the architecture cannot do without; the error names every spelling tried.
  func required(_ keys: String...) throws -> Int {
    if let value = try int(keys) { return value }
    let alternatives =
      keys.dropFirst().isEmpty ? "" : " (or " + keys.dropFirst().joined(separator: ", ") + ")"
    throw ModelSourceError(
      "\(what) lacks \(keys[0])\(alternatives), which the memory estimate needs")
  }

  func bool(_ keys: String...) throws -> Bool? {
    guard let (key, value) = value(keys) else { return nil }
    guard let result = value.bool else {
      throw ModelSourceError("\(what): \(key) is \(describe(value)), not true or false")
    }
    return result
  }

  func string(_ keys: String...) -> String? { value(keys)?.value.string }

  func object(_ keys: String...) -> [String: ConfigJSON]? { value(keys)?.value.object }

  func array(_ keys: String...) -> [ConfigJSON]? { value(keys)?.value.array }

  private func describe(_ value: ConfigJSON) -> String {
    switch value {
    case .string(let s): return "\"\(s.prefix(40))\""
    case .number(let d): return "\(d)"
    case .integer(let i): return "\(i)"
    case .bool(let b): return "\(b)"
    case .array: return "a list"
    case .object: return "an object"
    case .null: return "null"
    }
  }
}
