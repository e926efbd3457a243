/// The parsers that read bytes nobody vetted, each as a function of arbitrary bytes that
/// either returns or throws an `InvariantViolation`. The libFuzzer entry point
/// (`vramlint-fuzz` built with `-sanitize=fuzzer`) crashes on a violation; the unit tests
/// run every seed and every regression input through the same functions.
public enum FuzzTarget: String, CaseIterable, Sendable {
  /// YAML front end, format recognition, deployment decoding, rules, the three reporters.
  case yaml
  /// The POSIX shell tokenizer behind `sh -c` commands and SkyPilot `run:` scripts.
  case shell
  /// Content-Length framing, fed in chunks, and JSON-RPC message decoding.
  case jsonrpc
  /// The language server: one document opened, queried and edited.
  case server
  /// GGUF headers and the model card read from them.
  case gguf
  /// safetensors headers and shard indexes.
  case safetensors
  /// Hugging Face config.json and the model card read from it.
  case config

  /// Runs one input. Throws only when an invariant breaks; a crash or a sanitizer report is
  /// the other way a target fails.
  public func run(_ bytes: [UInt8]) throws {
    switch self {
    case .yaml: try YAMLFuzzing.run(bytes)
    case .shell: try ShellFuzzing.run(bytes)
    case .jsonrpc: try JSONRPCFuzzing.run(bytes)
    case .server: try ServerFuzzing.run(bytes)
    case .gguf: try ModelSourceFuzzing.gguf(bytes)
    case .safetensors: try ModelSourceFuzzing.safetensors(bytes)
    case .config: try ModelSourceFuzzing.config(bytes)
    }
  }

  /// `run` for callers that are tasks already (tests): the server target is awaited
  /// rather than waited for on a blocked thread.
  public func runInTask(_ bytes: [UInt8]) async throws {
    if self == .server {
      if let failure = await ServerFuzzing.session(bytes) { throw InvariantViolation(failure) }
    } else {
      try run(bytes)
    }
  }

  /// The largest input worth trying (libFuzzer's `-max_len`): big enough for every seed,
  /// small enough that an execution stays cheap.
  public var maxLength: Int {
    switch self {
    case .yaml, .server: return 16_384
    case .shell, .config: return 8_192
    case .jsonrpc: return 32_768
    case .gguf, .safetensors: return 65_536
    }
  }
}

/// A property every output must have whatever the input, broken.
public struct InvariantViolation: Error, CustomStringConvertible {
  public let description: String
  init(_ description: String) { self.description = description }
}

func check(_ condition: Bool, _ message: @autoclosure () -> String) throws {
  if !condition { throw InvariantViolation(message()) }
}
