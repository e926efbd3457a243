import VRAMModel

/// Turns the model a server is started with — a Hugging Face id, `hf://org/name`, a path
/// the container mounts (`/models/Llama-3.1-8B-Instruct`), a quantized repository
/// (`…-AWQ`, `…-GPTQ-Int4`, `…:Q4_K_M`) — into a catalog card, and says when the precision
/// was read from the name rather than written.
struct ModelNameResolver: Sendable {
  let models: NamedCatalog<ModelCard>

  struct Resolution: Sendable {
    var card: ModelCard
    /// The weight format the name implies (`-AWQ` → awq) when the card itself is the
    /// unquantized model; nil when the name carries none or the card already has it.
    var inferredPrecision: WeightFormat?
    /// How the name was matched, when not by its exact id: said in the estimate.
    var note: String?
  }

  /// Suffixes quantized repositories carry, longest first, and the format each implies.
  /// Names from the Hugging Face hub's naming conventions (Qwen `-AWQ`, `-GPTQ-Int4`,
  /// `-GPTQ-Int8`; Red Hat / Neural Magic `-FP8-dynamic`, `-quantized.w4a16`; unsloth
  /// `-bnb-4bit`; llama.cpp `-GGUF` repositories with a `:Q4_K_M` tag).
  static let quantizedSuffixes: [(String, String)] = [
    ("-gptq-int4", "gptq"), ("-gptq-int8", "gptq-int8"), ("-fp8-dynamic", "fp8"),
    ("-quantized.w4a16", "int4"), ("-quantized.w8a8", "int8"), ("-bnb-4bit", "nf4"),
    ("-awq", "awq"), ("-gptq", "gptq"), ("-fp8", "fp8"), ("-int4", "int4"), ("-w4a16", "int4"),
    ("-mxfp4", "mxfp4"), ("-nvfp4", "nvfp4"), ("-gguf", ""),
  ]

  func resolve(_ written: String) -> Resolution? {
    var name = written
    for scheme in ["hf://", "huggingface://", "hf.co/", "https://huggingface.co/"]
    where name.lowercased().hasPrefix(scheme) {
      name = String(name.dropFirst(scheme.count))
    }
    // A GGUF tag (`org/repo-GGUF:Q4_K_M`, Ollama's `gpt-oss:20b` stays whole).
    var tagFormat: WeightFormat?
    // A GGUF file named by the llama.cpp convention: `Mistral-7B-Instruct-v0.3-Q5_K_M.gguf`.
    if name.lowercased().hasSuffix(".gguf") {
      name = String(name.dropLast(5))
      if let dash = name.lastIndex(where: { $0 == "-" || $0 == "." }),
        let format = WeightFormat.parse(String(name[name.index(after: dash)...])),
        format.ggufFileType != nil
      {
        tagFormat = format
        name = String(name[..<dash])
      }
    }
    if models.lookup(name) == nil, let colon = name.lastIndex(of: ":"),
      let format = WeightFormat.parse(String(name[name.index(after: colon)...])),
      format.ggufFileType != nil
    {
      tagFormat = format
      name = String(name[..<colon])
    }
    if let card = lookup(name) {
      return Resolution(card: card.0, inferredPrecision: tagFormat, note: card.1)
    }
    let lower = name.lowercased()
    for (suffix, formatName) in Self.quantizedSuffixes where lower.hasSuffix(suffix) {
      let base = String(name.dropLast(suffix.count))
      guard let (card, how) = lookup(base) else { continue }
      let format = tagFormat ?? (formatName.isEmpty ? nil : WeightFormat.parse(formatName))
      return Resolution(
        card: card, inferredPrecision: format,
        note: "'\(written)' read as \(card.id)"
          + (format.map { " in \($0.name), inferred from the name" } ?? "")
          + (how.map { " (\($0))" } ?? ""))
    }
    return nil
  }

  /// The card for a name, or for its last path components: a mounted path such as
  /// `/mnt/models/meta-llama/Llama-3.1-8B-Instruct` names the repository it was copied from.
  private func lookup(_ name: String) -> (ModelCard, String?)? {
    if let card = models.lookup(name) { return (card, nil) }
    let parts = name.split(separator: "/").map(String.init)
    if parts.count > 2, let card = models.lookup(parts.suffix(2).joined(separator: "/")) {
      return (card, "matched by the path's last two components")
    }
    if parts.count > 1, let last = parts.last, let card = models.lookup(last) {
      return (card, "matched by the path's last component")
    }
    return nil
  }
}
