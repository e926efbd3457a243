import Foundation

/// A GPU as the memory model needs it. `memoryBytes` is what a process sees as the device
/// total (an "80GB" H100 reports 79.19 GiB to vLLM, cases A19–A51), not the box figure.
public struct GPUSpec: Sendable, Hashable, Codable {
  public var id: String
  public var aliases: [String]
  public var name: String
  public var vendor: String
  public var architecture: String
  public var memoryGB: Double
  public var memoryBytes: Int64
  public var memorySource: String
  public var usableFraction: Double?
  public var bandwidthGBps: Double
  public var fp16TFLOPS: Double
  public var nativePrecisions: [NumericFormat]
  public var interconnect: String?
  public var source: String

  enum CodingKeys: String, CodingKey, CaseIterable {
    case id, aliases, name, vendor, architecture
    case memoryGB = "memory_gb"
    case memoryBytes = "memory_bytes"
    case memorySource = "memory_source"
    case usableFraction = "usable_fraction"
    case bandwidthGBps = "bandwidth_gbps"
    case fp16TFLOPS = "fp16_tflops"
    case nativePrecisions = "native_precisions"
    case interconnect, source
  }

  public init(
    id: String, aliases: [String] = [], name: String? = nil, vendor: String = "custom",
    architecture: String = "unknown", memoryBytes: Int64,
    memorySource: String = "given by the user",
    usableFraction: Double? = nil, bandwidthGBps: Double = 0, fp16TFLOPS: Double = 0,
    nativePrecisions: [NumericFormat] = [.fp32, .fp16, .bf16], interconnect: String? = nil,
    source: String = "given by the user"
  ) {
    self.id = id
    self.aliases = aliases
    self.name = name ?? id
    self.vendor = vendor
    self.architecture = architecture
    self.memoryGB = Double(memoryBytes) / 1e9
    self.memoryBytes = memoryBytes
    self.memorySource = memorySource
    self.usableFraction = usableFraction
    self.bandwidthGBps = bandwidthGBps
    self.fp16TFLOPS = fp16TFLOPS
    self.nativePrecisions = nativePrecisions
    self.interconnect = interconnect
    self.source = source
  }

  public init(from decoder: Decoder) throws {
    try decoder.rejectUnknownKeys(CodingKeys.self)
    let c = try decoder.container(keyedBy: CodingKeys.self)
    id = try c.decode(String.self, forKey: .id)
    aliases = try c.decodeIfPresent([String].self, forKey: .aliases) ?? []
    name = try c.decodeIfPresent(String.self, forKey: .name) ?? id
    vendor = try c.decodeIfPresent(String.self, forKey: .vendor) ?? "custom"
    architecture = try c.decodeIfPresent(String.self, forKey: .architecture) ?? "unknown"
    memoryBytes = try c.decode(Int64.self, forKey: .memoryBytes)
    memoryGB = try c.decodeIfPresent(Double.self, forKey: .memoryGB) ?? Double(memoryBytes) / 1e9
    memorySource = try c.decodeIfPresent(String.self, forKey: .memorySource) ?? "not given"
    usableFraction = try c.decodeIfPresent(Double.self, forKey: .usableFraction)
    bandwidthGBps = try c.decodeIfPresent(Double.self, forKey: .bandwidthGBps) ?? 0
    fp16TFLOPS = try c.decodeIfPresent(Double.self, forKey: .fp16TFLOPS) ?? 0
    nativePrecisions =
      try c.decodeIfPresent([NumericFormat].self, forKey: .nativePrecisions) ?? [.fp32, .fp16]
    interconnect = try c.decodeIfPresent(String.self, forKey: .interconnect)
    source = try c.decodeIfPresent(String.self, forKey: .source) ?? "not given"
  }

  /// The planner's order for "the smallest GPU that fits": less usable memory first, and
  /// among equals the higher bandwidth.
  public static func smallerFirst(_ a: GPUSpec, _ b: GPUSpec) -> Bool {
    a.usableBytes != b.usableBytes
      ? a.usableBytes < b.usableBytes : a.bandwidthGBps > b.bandwidthGBps
  }

  /// Identity and capacity only (see `ModelCard.hash(into:)`); equality compares all.
  public func hash(into hasher: inout Hasher) {
    hasher.combine(id)
    hasher.combine(memoryBytes)
  }

  /// Memory a process may allocate: the device total, less what the platform withholds
  /// (Apple's Metal working-set limit keeps about a quarter of unified memory for the system).
  public var usableBytes: Int64 {
    ByteUnits.bytes(Double(memoryBytes) * (usableFraction ?? 1))
  }

  /// Whether TP ranks talk over NVLink/Infinity Fabric. vLLM's custom all-reduce (and its
  /// IPC buffers) is enabled only there, which is what makes non-torch memory jump at TP ≥ 2.
  public var hasPeerInterconnect: Bool {
    guard let link = interconnect?.lowercased() else { return false }
    return link.contains("nvlink") || link.contains("infinity") || link.contains("xgmi")
      || link.contains("nvl")
  }

  public func supports(_ format: NumericFormat) -> Bool { nativePrecisions.contains(format) }
}
