/// A GGUF metadata value (gguf.h `enum gguf_type`). Arrays keep their element type and count;
/// their elements are kept only when small and numeric (per-layer head counts), never for
/// strings: a tokenizer's 256k-token vocabulary is counted and skipped, not materialized.
public enum GGUFValue: Sendable, Hashable {
  case unsigned(UInt64)
  case signed(Int64)
  case float(Double)
  case bool(Bool)
  case string(String)
  /// `elements` is nil when the array was skipped (strings, nested or long arrays).
  indirect case array(elementType: GGUFValueType, count: Int64, elements: [GGUFValue]?)

  /// A non-negative integer, whatever width and signedness it was stored with.
  public var integer: Int? {
    switch self {
    case .unsigned(let v): return v <= UInt64(Int.max) ? Int(v) : nil
    case .signed(let v): return v >= 0 ? Int(v) : nil
    default: return nil
    }
  }

  public var string: String? {
    if case .string(let s) = self { return s }
    return nil
  }

  public var bool: Bool? {
    if case .bool(let b) = self { return b }
    return nil
  }

  /// The element count of an array value.
  public var arrayCount: Int64? {
    if case .array(_, let count, _) = self { return count }
    return nil
  }

  /// Elements of an array value, when they were kept.
  public var arrayElements: [GGUFValue]? {
    if case .array(_, _, let elements) = self { return elements }
    return nil
  }
}

/// The value types of the GGUF format (ggml/include/gguf.h, `enum gguf_type`, 0–12).
public enum GGUFValueType: UInt32, Sendable, Hashable {
  case uint8 = 0
  case int8, uint16, int16, uint32, int32, float32, bool, string, array, uint64, int64,
    float64

  /// Bytes one value occupies, for fixed-size types; nil for strings and arrays.
  var fixedSize: Int64? {
    switch self {
    case .uint8, .int8, .bool: return 1
    case .uint16, .int16: return 2
    case .uint32, .int32, .float32: return 4
    case .uint64, .int64, .float64: return 8
    case .string, .array: return nil
    }
  }

  /// The smallest encoding of one value: bounds an array's count by the bytes left.
  var minimumSize: Int64 {
    switch self {
    case .string: return 8  // u64 length, possibly of an empty string
    case .array: return 12  // u32 element type + u64 count
    default: return fixedSize ?? 1
    }
  }
}
