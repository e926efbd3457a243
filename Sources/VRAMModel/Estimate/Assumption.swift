/// One thing the estimate took as given, and why: an engine default, a dtype inferred from
/// the checkpoint, a formula. `vramlint explain`, hover and the JSON report print them.
public struct Assumption: Sendable, Hashable, Codable {
  public enum Topic: String, Sendable, Codable {
    case engine, precision
    case kvCache = "kv_cache"
    case sequence, parallelism, weights, activations
    case overhead, gpu, formula, throughput
  }

  public let topic: Topic
  public let text: String
  public let source: String

  public init(_ topic: Topic, _ text: String, source: String) {
    self.topic = topic
    self.text = text
    self.source = source
  }
}

/// One part of a rank's memory with the formula that produced it, so every figure can
/// explain itself.
public struct MemoryComponent: Sendable, Hashable, Codable {
  public enum Kind: String, Sendable, Codable {
    case weights
    case kvCache = "kv_cache"
    case activations, overhead
    case gradients
    case optimizer = "optimizer_states"
  }

  public let kind: Kind
  public let label: String
  public let bytes: Int64
  public let formula: String

  public init(_ kind: Kind, _ label: String, bytes: Int64, formula: String) {
    self.kind = kind
    self.label = label
    self.bytes = bytes
    self.formula = formula
  }
}
