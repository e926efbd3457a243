import Foundation
import VRAMModel

/// Model files on disk are read by header only; a hostile header must end in a
/// `ModelSourceError`, never a crash or an allocation its size claims.
enum ModelSourceFuzzing {
  static func gguf(_ bytes: [UInt8]) throws {
    guard let header = try? GGUFHeader.read(from: InMemoryByteSource(bytes)) else { return }
    _ = try? GGUFModel.card(header, id: "fuzz", source: "fuzz.gguf")
  }

  static func safetensors(_ bytes: [UInt8]) throws {
    if let header = try? SafetensorsHeader.read(from: InMemoryByteSource(bytes)) {
      for tensor in header.tensors {
        try check(
          tensor.elements >= 0 && tensor.bytes >= 0,
          "tensor \(tensor.name) has a negative size: \(tensor.elements) elements, \(tensor.bytes) bytes"
        )
      }
    }
    _ = try? SafetensorsIndex.parse(bytes)
  }

  static func config(_ bytes: [UInt8]) throws {
    guard let config = try? HFConfig.parse(bytes) else { return }
    _ = config.card(id: "fuzz", source: "config.json")
  }
}
