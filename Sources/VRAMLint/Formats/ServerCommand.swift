/// Finds the model server in a command line and reads its flags.
enum ServerCommand {
  /// The server a command starts and the words that are its arguments, or nil when the
  /// command starts none. `implicit` is the server the container image runs when the
  /// command gives only arguments (Kubernetes `args:` with the vLLM image's entrypoint).
  static func recognize(_ words: [Word], implicit: ServerKind? = nil) -> (
    ServerKind, arguments: ArraySlice<Word>, program: Word?
  )? {
    var i = 0
    // Words that run the next word: `exec vllm serve`, `env A=1 vllm serve`, `VAR=x cmd`.
    while i < words.count {
      let text = words[i].text
      if ["exec", "env", "nohup", "time", "sudo", "stdbuf", "uv", "run"].contains(basename(text))
        || isAssignment(text)
      {
        i += 1
        continue
      }
      break
    }
    guard i < words.count else { return nil }
    let program = words[i]
    let base = basename(program.text)
    if base == "vllm", i + 1 < words.count, words[i + 1].text == "serve" {
      return (.vllm, words[(i + 2)...], program)
    }
    if base.hasPrefix("python") {
      var j = i + 1
      while j < words.count, words[j].text.hasPrefix("-"), words[j].text != "-m" { j += 1 }
      guard j + 1 < words.count, words[j].text == "-m" else { return nil }
      let module = words[j + 1].text
      let rest = words[(j + 2)...]
      if module.hasPrefix("vllm.entrypoints") { return (.vllm, rest, program) }
      if module == "sglang.launch_server" { return (.sglang, rest, program) }
      if module.hasPrefix("text_generation_server") { return (.tgi, rest, program) }
      return nil
    }
    if base == "llama-server" || base == "llama_server" {
      return (.llamaCpp, words[(i + 1)...], program)
    }
    if base == "text-generation-launcher" { return (.tgi, words[(i + 1)...], program) }
    if let implicit, program.text.hasPrefix("-") || implicit == .vllm {
      // Arguments for the image's own entrypoint; vLLM's `vllm serve` entrypoint also takes
      // the model as the first word.
      return (implicit, words[i...], nil)
    }
    return nil
  }

  /// The settings of a server's arguments: `--flag value`, `--flag=value`, `-f value`, and
  /// for vLLM the model as the first positional word (`vllm serve MODEL`).
  static func settings(
    _ arguments: ArraySlice<Word>, of server: ServerKind,
    extra: [String: DeploymentField] = [:]
  ) -> [EngineSetting] {
    var settings: [EngineSetting] = []
    var i = arguments.startIndex
    var positionalSeen = false
    while i < arguments.endIndex {
      let word = arguments[i]
      i += 1
      let text = word.text
      guard text.hasPrefix("-"), !isNegativeNumber(text) else {
        if server == .vllm || server == .sglang, !positionalSeen {
          positionalSeen = true
          settings.append(
            EngineSetting(field: .model, writtenName: "model", value: word, origin: .commandLine))
        }
        continue
      }
      let utf8 = Array(text.utf8)
      var name = text
      var value: Word?
      if let equals = utf8.firstIndex(of: 0x3D) {
        name = String(decoding: utf8[..<equals], as: UTF8.self)
        value = word.suffix(fromByte: equals + 1)
      } else if !EngineFlags.isSwitch(name, of: server), i < arguments.endIndex,
        !arguments[i].text.hasPrefix("-") || isNegativeNumber(arguments[i].text)
      {
        value = arguments[i]
        i += 1
      }
      guard let value,
        let field = extra[EngineFlags.normalized(name)]
          ?? EngineFlags.field(forFlag: name, of: server)
      else { continue }
      settings.append(
        EngineSetting(field: field, writtenName: name, value: value, origin: .commandLine))
    }
    return settings
  }

  /// Flags the server would refuse at start-up: SGLang has no `_` spellings of its flags.
  static func rejected(_ arguments: ArraySlice<Word>, of server: ServerKind) -> [Diagnostic] {
    guard server == .sglang else { return [] }
    return arguments.compactMap { word in
      let name = String(word.text.prefix { $0 != "=" })
      guard name.hasPrefix("--"), name.contains("_"),
        EngineFlags.sglang[EngineFlags.normalized(name)] != nil
      else { return nil }
      return Diagnostic(
        ruleID: "unknown-key", severity: .error,
        message:
          "SGLang has no flag \(name) and refuses to start: write --\(EngineFlags.normalized(name))",
        range: word.range(ofTextBytes: 0..<name.utf8.count))
    }
  }

  static func isAssignment(_ text: String) -> Bool {
    guard let equals = text.firstIndex(of: "="), equals != text.startIndex else { return false }
    return text[..<equals].allSatisfy { $0.isLetter || $0.isNumber || $0 == "_" }
  }

  static func isNegativeNumber(_ text: String) -> Bool {
    text.count > 1 && text.hasPrefix("-") && text.dropFirst().allSatisfy(\.isNumber)
  }

  static func basename(_ path: String) -> String {
    path.split(separator: "/").last.map(String.init) ?? path
  }

  /// The server and release an image runs: `vllm/vllm-openai:v0.8.5`,
  /// `lmsysorg/sglang:v0.4.6.post1-cu124`, `ghcr.io/huggingface/text-generation-inference:3.0`,
  /// `ghcr.io/ggml-org/llama.cpp:server-cuda`.
  static func image(_ reference: String) -> (ServerKind, version: String?)? {
    let lower = reference.lowercased()
    let (repository, tag) = splitTag(lower)
    let server: ServerKind
    if repository.hasSuffix("vllm-openai") || repository.hasSuffix("/vllm") {
      server = .vllm
    } else if repository.hasSuffix("sglang") {
      server = .sglang
    } else if repository.contains("text-generation-inference") {
      server = .tgi
    } else if repository.contains("llama.cpp") || repository.hasSuffix("llama-server") {
      server = .llamaCpp
    } else {
      return nil
    }
    // A release tag starts with a digit after an optional "v"; "latest" or "server-cuda"
    // say nothing about the release.
    var version: String?
    if let tag {
      let bare = tag.hasPrefix("v") ? String(tag.dropFirst()) : tag
      let digits = bare.prefix { $0.isNumber || $0 == "." }
      if digits.first?.isNumber == true, digits.contains(".") {
        version = String(digits.hasSuffix(".") ? digits.dropLast() : digits)
      }
    }
    return (server, server == .llamaCpp ? nil : version)
  }

  static func splitTag(_ reference: String) -> (String, String?) {
    let withoutDigest = reference.split(separator: "@").first.map(String.init) ?? reference
    guard let colon = withoutDigest.lastIndex(of: ":"),
      !withoutDigest[colon...].contains("/")
    else { return (withoutDigest, nil) }
    return (
      String(withoutDigest[..<colon]), String(withoutDigest[withoutDigest.index(after: colon)...])
    )
  }
}
