import Foundation

/// A JSON value as the model-file readers need it. Parsed with JSONSerialization (fast on a
/// 100 MB safetensors header) and converted here, telling `true` from `1` by the NSNumber's
/// encoding: booleans are `c` (char) on Darwin and Linux alike, integers `i`/`q`, reals `d`.
enum ConfigJSON: Sendable, Hashable {
  case null
  case bool(Bool)
  case integer(Int64)
  case number(Double)
  case string(String)
  case array([ConfigJSON])
  case object([String: ConfigJSON])

  /// Parses `bytes`, naming `what` when they are not JSON.
  static func parse(_ bytes: [UInt8], what: String) throws -> ConfigJSON {
    let object: Any
    do {
      object = try JSONSerialization.jsonObject(with: Data(bytes), options: [.fragmentsAllowed])
    } catch {
      throw ModelSourceError("\(what) is not valid JSON")
    }
    return ConfigJSON(object)
  }

  init(_ value: Any) {
    switch value {
    case let string as String:
      self = .string(string)
    case let number as NSNumber:
      switch String(cString: number.objCType) {
      case "c", "B": self = .bool(number.boolValue)
      case "d", "f": self = .number(number.doubleValue)
      default: self = .integer(number.int64Value)
      }
    case let array as [Any]:
      self = .array(array.map(ConfigJSON.init))
    case let dictionary as [String: Any]:
      self = .object(dictionary.mapValues(ConfigJSON.init))
    default:
      self = .null
    }
  }

  var object: [String: ConfigJSON]? {
    if case .object(let o) = self { return o }
    return nil
  }

  var array: [ConfigJSON]? {
    if case .array(let a) = self { return a }
    return nil
  }

  var string: String? {
    if case .string(let s) = self { return s }
    return nil
  }

  var bool: Bool? {
    if case .bool(let b) = self { return b }
    return nil
  }

  /// An integer, also when written as 4096.0; nil for fractions and for anything else.
  var integer: Int64? {
    switch self {
    case .integer(let i): return i
    case .number(let d) where d == d.rounded() && abs(d) < 9.2e18: return Int64(d)
    default: return nil
    }
  }

  var number: Double? {
    switch self {
    case .integer(let i): return Double(i)
    case .number(let d): return d
    default: return nil
    }
  }

  var isNull: Bool { self == .null }
}
