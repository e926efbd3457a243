import Foundation
import Testing

/// `vramlint fit --model PATH`: a model on disk instead of a catalog name.
@Suite struct FitModelPathTests {
  let folder: URL = {
    let url = FileManager.default.temporaryDirectory
      .appendingPathComponent("vramlint-fit-path-\(UUID().uuidString)")
    try! FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }()

  /// A one-layer llama GGUF (gguf.md layout) whose only tensor is a 64 × 32 F16 embedding:
  /// 4,096 bytes of weights.
  static func gguf() -> Data {
    var b: [UInt8] = Array("GGUF".utf8) + [3, 0, 0, 0]
    func u32(_ v: UInt32) { b += (0..<4).map { UInt8(truncatingIfNeeded: v >> (8 * $0)) } }
    func u64(_ v: UInt64) { b += (0..<8).map { UInt8(truncatingIfNeeded: v >> (8 * $0)) } }
    func string(_ s: String) {
      u64(UInt64(s.utf8.count))
      b += Array(s.utf8)
    }
    let keys: [(String, UInt32)] = [
      ("llama.block_count", 1), ("llama.context_length", 128), ("llama.embedding_length", 64),
      ("llama.feed_forward_length", 128), ("llama.attention.head_count", 2),
      ("general.file_type", 1),
    ]
    u64(1)
    u64(UInt64(keys.count + 1))
    string("general.architecture")
    u32(8)
    string("llama")
    for (key, value) in keys {
      string(key)
      u32(4)
      u32(value)
    }
    string("token_embd.weight")
    u32(2)
    u64(64)
    u64(32)
    u32(1)
    u64(0)
    while b.count % 32 != 0 { b.append(0) }
    return Data(b + [UInt8](repeating: 0, count: 4096))
  }

  @Test func ggufPathIsReadFromItsHeader() throws {
    let path = folder.appendingPathComponent("tiny.gguf").path
    try Self.gguf().write(to: URL(fileURLWithPath: path))
    let r = try vramlint("fit", "--model", path, "--gpu", "H100-80GB", "--format", "json")
    #expect(r.status == 0, "\(r.stderr)")
    let json = try #require(r.json)
    #expect((json["per_gpu"] as? [String: Any])?["weights"] as? Int == 4096)
    #expect(json["model"] as? String == "tiny.gguf")
  }

  @Test func corruptFileExitsTwoNamingTheProblem() throws {
    let path = folder.appendingPathComponent("broken.gguf").path
    var bytes = Self.gguf()
    bytes[8] = 0xFF  // tensor_count's low byte: 255 tensors the file does not hold
    bytes[13] = 0xFF  // and a high byte: 2^40 + 255, beyond the 1,000,000 limit
    try bytes.write(to: URL(fileURLWithPath: path))
    let r = try vramlint("fit", "--model", path, "--gpu", "h100")
    #expect(r.status == 2)
    #expect(r.stdout.isEmpty)
    #expect(r.stderr.hasPrefix("error: cannot read model '\(path)': GGUF header: tensor count"))
    #expect(r.stderr.split(separator: "\n").count == 1)
  }

  @Test func missingPathExitsTwo() throws {
    let r = try vramlint("fit", "--model", "./no/such/model.gguf", "--gpu", "h100")
    #expect(r.status == 2)
    #expect(r.stderr == "error: cannot read model './no/such/model.gguf': no such file or folder\n")
  }

  /// A name that is neither in the catalog nor a path still gets the catalog's suggestions.
  @Test func catalogNamesComeFirst() throws {
    let r = try vramlint("fit", "--model", "llama-3.1-8", "--gpu", "h100")
    #expect(r.status == 2 && r.stderr.contains("did you mean"))
  }
}
