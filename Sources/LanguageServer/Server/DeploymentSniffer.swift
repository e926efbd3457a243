/// Whether an open YAML file is a deployment at all. Editors hand the server every YAML
/// buffer of a project once it runs there (Eglot manages all buffers of a mode, Helix and
/// ALE go by file type): CI workflows and Kubernetes manifests must not light up with
/// unknown-key errors. A project file's `include` globs decide exactly; without them a
/// file is a deployment if it has a `model` key anywhere (block or flow style), mentions
/// vramlint (a `# vramlint:` comment, or the schema comment of the bundled examples), or
/// names a model server or a format that starts one (a Kubernetes manifest running
/// `vllm serve`, Helm values, a KubeRay service). Files that pass and hold no server are
/// still quiet: the format readers skip what runs no model.
enum DeploymentSniffer {
  static func looksLikeDeployment(_ bytes: [UInt8]) -> Bool {
    // The model key first: deployments have it near the top, so the scan stops early.
    hasModelKey(bytes) || markers.contains { contains($0, in: bytes) }
  }

  /// Words of the real-world formats vramlint reads (FORMATS.md §2).
  static let markers: [[UInt8]] = [
    "vramlint", "vllm", "sglang", "llama-server", "llama.cpp", "text-generation",
    "servingEngineSpec", "serveConfigV2", "llm_configs", "accelerators",
  ].map { Array($0.utf8) }

  /// `model` as a whole word followed by optional blanks and `:`.
  static func hasModelKey(_ bytes: [UInt8]) -> Bool {
    let word = Array("model".utf8)
    var index = 0
    while index + word.count <= bytes.count {
      defer { index += 1 }
      guard bytes[index] == word[0], bytes[index..<index + word.count].elementsEqual(word)
      else { continue }
      if index > 0, isWordByte(bytes[index - 1]) { continue }
      var after = index + word.count
      while after < bytes.count, bytes[after] == UInt8(ascii: " ") || bytes[after] == 0x09 {
        after += 1
      }
      if after < bytes.count, bytes[after] == UInt8(ascii: ":") { return true }
    }
    return false
  }

  private static func isWordByte(_ byte: UInt8) -> Bool {
    (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z"))
      || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z"))
      || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9"))
      || byte == UInt8(ascii: "_") || byte == UInt8(ascii: "-") || byte == UInt8(ascii: ".")
  }

  /// A plain byte scan: Foundation's generic `firstRange(of:)` cost a tenth of an edit of a
  /// 150 KB file.
  private static func contains(_ needle: [UInt8], in haystack: [UInt8]) -> Bool {
    guard let first = needle.first, haystack.count >= needle.count else { return false }
    return haystack.withUnsafeBufferPointer { bytes in
      needle.withUnsafeBufferPointer { word in
        var index = 0
        let last = bytes.count - word.count
        while index <= last {
          if bytes[index] == first {
            var matched = 1
            while matched < word.count, bytes[index + matched] == word[matched] { matched += 1 }
            if matched == word.count { return true }
          }
          index += 1
        }
        return false
      }
    }
  }
}
