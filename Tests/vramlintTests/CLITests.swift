import Foundation
import Testing

/// Runs the built `vramlint` binary as a user would and checks exit statuses, messages and
/// the JSON contract (Documentation/json-report.md).
struct CLIResult {
  let status: Int32
  let stdout: String
  let stderr: String

  var json: [String: Any]? {
    (try? JSONSerialization.jsonObject(with: Data(stdout.utf8))) as? [String: Any]
  }
}

func vramlint(_ arguments: String...) throws -> CLIResult { try vramlintArgs(arguments) }

/// The folder holding the built products: the test bundle sits beside the executable.
let productsDirectory: URL = {
  let bundle = Bundle.main.bundleURL
  return bundle.pathExtension == "xctest" ? bundle.deletingLastPathComponent() : bundle
}()

@Suite struct FitCommandTests {
  /// Exit 0 when it fits: Llama-3.1-8B at 8K tokens on an H100.
  @Test func fitsExitsZero() throws {
    let r = try vramlint("fit", "--model", "llama-3.1-8b", "--gpu", "h100", "--seq-len", "8K")
    #expect(r.status == 0)
    #expect(r.stdout.contains("fits"))
  }

  /// Exit 1 when it does not, with the reason and the fixes in the text: Llama-3.1-70B in
  /// bf16 (141 GB) on one H100.
  @Test func doesNotFitExitsOne() throws {
    let r = try vramlint(
      "fit", "--model", "llama-3.1-70b-instruct", "--gpu", "H100-80GB", "--seq-len", "8192")
    #expect(r.status == 1)
    #expect(r.stdout.contains("does not fit"))
    #expect(r.stdout.contains("fits with"))
  }

  @Test func unknownModelSuggestsNearestNames() throws {
    let r = try vramlint("fit", "--model", "llama-3.1-8", "--gpu", "h100")
    #expect(r.status == 2)
    #expect(r.stderr.contains("unknown model 'llama-3.1-8'"))
    #expect(r.stderr.contains("did you mean"))
  }

  @Test func unknownGPUSuggestsNearestNames() throws {
    let r = try vramlint("fit", "--model", "llama-3.1-8b", "--gpu", "rtx409")
    #expect(r.status == 2)
    #expect(r.stderr.contains("RTX-4090"))
  }

  @Test(arguments: [
    ["--batch", "-4"], ["--memory-utilization", "1.7"], ["--seq-len", "eight"],
    ["--gpu-memory", "lots"],
    ["--tensor", "0"], ["--precision", "int3"], ["--engine", "vllmm"],
    ["--gpus", "1", "--tensor", "2"], ["--params", "1e30"], ["--params", "infB"],
    ["--tensor", "9223372036854775807", "--pipeline", "2"], ["--bogus-flag"], ["--batch"],
    ["--gpus", "3", "--tensor", "2"],
  ])
  func nonsenseExitsTwoWithOneLine(extra: [String]) throws {
    let r = try vramlintArgs(["fit", "--model", "llama-3.1-8b", "--gpu", "h100"] + extra)
    #expect(r.status == 2, "\(extra)")
    #expect(r.stderr.hasPrefix("error:"), "\(extra): \(r.stderr)")
    #expect(r.stderr.split(separator: "\n").count == 1, "\(extra): \(r.stderr)")
    #expect(r.stdout.isEmpty)
  }

  /// The documented JSON fields, in bytes, for a pool engine. Case A35 (vLLM 0.19.0, H100,
  /// utilization 0.95, 8192 tokens) printed 476,016 tokens and 58.11x concurrency.
  @Test func jsonContract() throws {
    let r = try vramlint(
      "fit", "--model", "meta-llama/Llama-3.1-8B-Instruct", "--gpu", "H100-80GB", "--engine",
      "vllm",
      "--engine-version", "0.19.0", "--memory-utilization", "0.95", "--seq-len", "8192", "--format",
      "json")
    #expect(r.status == 0)
    let json = try #require(r.json)
    let perGPU = try #require(json["per_gpu"] as? [String: Any])
    for key in ["weights", "kv_cache", "activations", "overhead", "total", "capacity"] {
      #expect(perGPU[key] is Int, "per_gpu.\(key)")
    }
    #expect(json["fits"] as? Bool == true)
    #expect(json["max_batch"] as? Int == 58)
    #expect(json["max_seq_len"] as? Int == 131072)
    let tokens = try #require(json["kv_pool_tokens"] as? Int)
    #expect(abs(Double(tokens) - 476_016) / 476_016 < 0.01)
    let concurrency = try #require(json["max_concurrency"] as? Double)
    #expect(abs(concurrency - 58.11) < 0.6)
  }

  /// Non-pool engines report null pool fields rather than omitting them.
  @Test func jsonForAGenericEngine() throws {
    let r = try vramlint(
      "fit", "--model", "llama-2-7b", "--gpu", "a10", "--seq-len", "4096", "--format", "json")
    let json = try #require(r.json)
    #expect(json["kv_pool_tokens"] is NSNull)
    #expect(json["engine"] as? String == "generic")
  }

  /// A custom GPU given only by its memory.
  @Test func customGPUMemory() throws {
    let r = try vramlint(
      "fit", "--model", "llama-2-7b", "--gpu-memory", "16GiB", "--precision", "q4_k_m", "--seq-len",
      "4k")
    #expect(r.status == 0)
  }

  @Test func explainPrintsAssumptionsAndSources() throws {
    let r = try vramlint(
      "fit", "--model", "llama-3.1-8b", "--gpu", "4090", "--engine", "vllm", "--explain")
    #expect(r.stdout.contains("assumptions"))
    #expect(r.stdout.contains("source:"))
    #expect(r.stdout.contains("gpu_memory_utilization"))
  }
}

@Suite struct CatalogCommandTests {
  @Test func modelsAsJSON() throws {
    let r = try vramlint("models", "--format", "json")
    #expect(r.status == 0)
    let list = try #require(
      (try JSONSerialization.jsonObject(with: Data(r.stdout.utf8))) as? [[String: Any]])
    #expect(list.count >= 60)
    #expect(list.allSatisfy { $0["parameters"] is Int && $0["source"] is String })
  }

  @Test func modelsFilter() throws {
    let r = try vramlint("models", "gemma-3")
    #expect(r.stdout.split(separator: "\n").count == 4)
  }

  @Test func gpusFilterByMemory() throws {
    let r = try vramlint("gpus", "--min-memory", "100GiB", "--format", "json")
    let list = try #require(
      (try JSONSerialization.jsonObject(with: Data(r.stdout.utf8))) as? [[String: Any]])
    #expect(!list.isEmpty)
    #expect(list.allSatisfy { ($0["usable_bytes"] as? Int ?? 0) >= 100 << 30 })
  }
}

func vramlintArgs(_ arguments: [String]) throws -> CLIResult {
  let process = Process()
  process.executableURL = productsDirectory.appendingPathComponent("vramlint")
  process.arguments = arguments
  let out = Pipe()
  let err = Pipe()
  process.standardOutput = out
  process.standardError = err
  try process.run()
  let stdout = out.fileHandleForReading.readDataToEndOfFile()
  let stderr = err.fileHandleForReading.readDataToEndOfFile()
  process.waitUntilExit()
  return CLIResult(
    status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
    stderr: String(decoding: stderr, as: UTF8.self))
}

@Suite struct CheckCommandTests {
  /// The bundled examples: one that fits (exit 0, no output), one that does not (exit 1).
  static let examples = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("examples")

  @Test func cleanFileExitsZero() throws {
    let r = try vramlint("check", Self.examples.appendingPathComponent("fits.yaml").path)
    #expect(r.status == 0)
    #expect(r.stdout.isEmpty)
  }

  @Test func findingsExitOne() throws {
    let r = try vramlint("check", Self.examples.path)
    #expect(r.status == 1)
    #expect(r.stdout.contains("does-not-fit.yaml:3:8: error:"))
    #expect(r.stdout.contains("[does-not-fit]"))
  }

  @Test func missingFileExitsTwo() throws {
    let r = try vramlint("check", "/nonexistent/deploy.yaml")
    #expect(r.status == 2)
    #expect(r.stderr.hasPrefix("error: cannot read"))
  }

  @Test func githubAnnotations() throws {
    let r = try vramlint(
      "check", "--format", "github", Self.examples.appendingPathComponent("does-not-fit.yaml").path)
    #expect(r.stdout.hasPrefix("::error file="))
    #expect(r.stdout.contains(",line=3,col=8,"))
    #expect(r.stdout.contains("title=vramlint does-not-fit"))
  }
}

@Suite struct ReportFormatTests {
  static let example = CheckCommandTests.examples.appendingPathComponent("does-not-fit.yaml").path

  @Test func sarifHasRulesAndResults() throws {
    let r = try vramlint("check", "--format", "sarif", Self.example)
    #expect(r.status == 1)
    let log = try #require(r.json)
    #expect(log["version"] as? String == "2.1.0")
    let run = try #require((log["runs"] as? [[String: Any]])?.first)
    let results = try #require(run["results"] as? [[String: Any]])
    #expect(results.first?["ruleId"] as? String == "does-not-fit")
    let region =
      (((results.first?["locations"] as? [[String: Any]])?.first?["physicalLocation"]
        as? [String: Any])?[
          "region"] as? [String: Any])
    #expect(region?["startLine"] as? Int == 3 && region?["startColumn"] as? Int == 8)
    let rules = (run["tool"] as? [String: Any]).flatMap {
      ($0["driver"] as? [String: Any])?["rules"] as? [[String: Any]]
    }
    #expect((rules?.count ?? 0) >= 15)
  }

  @Test func jsonCarriesTheEstimate() throws {
    let r = try vramlint("check", "--format", "json", Self.example)
    let report = try #require(r.json)
    let file = try #require((report["files"] as? [[String: Any]])?.first)
    let deployment = try #require((file["deployments"] as? [[String: Any]])?.first)
    let estimate = try #require(deployment["estimate"] as? [String: Any])
    #expect(estimate["fits"] as? Bool == false)
    #expect((report["summary"] as? [String: Any])?["errors"] as? Int == 1)
  }

  @Test func severalFormatsInOneRun() throws {
    let path = FileManager.default.temporaryDirectory.appendingPathComponent(
      "vramlint-\(getpid()).sarif"
    ).path
    defer { try? FileManager.default.removeItem(atPath: path) }
    let r = try vramlint("check", "--report", "sarif=\(path)", Self.example)
    #expect(r.stdout.contains("[does-not-fit]"))
    let written = try #require(FileManager.default.contents(atPath: path))
    #expect(String(decoding: written, as: UTF8.self).contains("\"2.1.0\""))
  }
}

/// `.vramlint.yaml` found upward from each file: defaults, include/exclude, its own findings.
@Suite struct ProjectFileCLITests {
  @Test func projectFileGovernsADirectoryWalk() throws {
    let root = FileManager.default.temporaryDirectory.appendingPathComponent(
      "vramlint-project-\(getpid())")
    defer { try? FileManager.default.removeItem(at: root) }
    let deploy = root.appendingPathComponent("deploy")
    try FileManager.default.createDirectory(
      at: deploy.appendingPathComponent("legacy"), withIntermediateDirectories: true)
    try "defaults: {gpu: H100-80GB}\nexclude: [\"deploy/legacy/**\"]\n".write(
      to: root.appendingPathComponent(".vramlint.yaml"), atomically: true, encoding: .utf8)
    // No gpu: the project default supplies it, and it fits.
    try "model: llama-3.1-8b\nseq_len: 8192\n".write(
      to: deploy.appendingPathComponent("ok.yaml"), atomically: true, encoding: .utf8)
    // Broken, but excluded.
    try "model: [\n".write(
      to: deploy.appendingPathComponent("legacy/old.yaml"), atomically: true, encoding: .utf8)
    let clean = try vramlint("check", root.path)
    #expect(clean.status == 0, "\(clean.stdout)")
    // A broken project file is reported at its own path.
    try "defaults: {gpu: h1000}\n".write(
      to: root.appendingPathComponent(".vramlint.yaml"), atomically: true, encoding: .utf8)
    let broken = try vramlint("check", deploy.appendingPathComponent("ok.yaml").path)
    #expect(broken.status == 1)
    #expect(broken.stdout.contains(".vramlint.yaml:1:17: error: unknown GPU 'h1000'"))
  }
}

@Suite struct GlobArgumentTests {
  @Test func globsSelectFiles() throws {
    let r = try vramlint("check", CheckCommandTests.examples.path + "/does-*.yaml")
    #expect(r.status == 1)
    #expect(r.stdout.contains("does-not-fit.yaml"))
    let none = try vramlint("check", CheckCommandTests.examples.path + "/nothing-*.yaml")
    #expect(none.status == 2)
    #expect(none.stderr.contains("no files match"))
  }
}

@Suite struct ExplainCommandTests {
  /// explain shows every assumption with its source and the formula of every component.
  @Test func explainShowsSourcesAndFormulas() throws {
    let r = try vramlint(
      "explain", CheckCommandTests.examples.appendingPathComponent("fits.yaml").path)
    #expect(r.status == 0)
    #expect(r.stdout.contains("source: vllm/engine/arg_utils.py"))
    #expect(r.stdout.contains("formulas"))
    #expect(r.stdout.contains("KV cache pool:"))
  }
}

/// `check` writes nothing; `check --fix` rewrites only what it fixes, atomically.
@Suite struct CheckFixTests {
  /// A failing deployment with comments, odd spacing and a trailing comment: everything but
  /// the fixed value must survive byte for byte.
  static let failing = """
    # Llama-3.1-70B in bf16 (141 GB of weights) on one 80 GB H100.
    model:   meta-llama/Llama-3.1-70B-Instruct   # the chat model
    engine: vllm

    gpu: H100-80GB
    seq_len: 8192
    batch: 16  # from the load test

    """

  /// 0o754: neither what open() gives a new file under the usual umask (0o644) nor what a
  /// temporary file gets (0o600), so a write that forgot the mode shows.
  func scratchFile(_ text: String, mode: mode_t = 0o754) throws -> String {
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("vramlint-fix-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let path = folder.appendingPathComponent("deploy.yaml").path
    try Data(text.utf8).write(to: URL(fileURLWithPath: path))
    chmod(path, mode)
    return path
  }

  @Test func checkNeverWrites() throws {
    let path = try scratchFile(Self.failing)
    let before = try FileManager.default.attributesOfItem(atPath: path)
    for format in ["text", "json", "sarif", "github"] {
      let r = try vramlint("check", "--format", format, path)
      #expect(r.status == 1)
    }
    let after = try FileManager.default.attributesOfItem(atPath: path)
    #expect(try String(contentsOfFile: path, encoding: .utf8) == Self.failing)
    #expect(before[.modificationDate] as? Date == after[.modificationDate] as? Date)
    let folder = (path as NSString).deletingLastPathComponent
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == ["deploy.yaml"])
  }

  @Test func fixRewritesOnlyTheFixedValueAtomically() throws {
    let path = try scratchFile(Self.failing)
    let inodeBefore = try FileManager.default.attributesOfItem(atPath: path)[.systemFileNumber]
    let r = try vramlint("check", "--fix", path)
    // 141 GB of weights cannot fit one 80 GB card at any batch: the first remedy changes the
    // precision (fp8 halves the weights to ~70 GB), the GPU count or the card; whichever it
    // is, the file must now pass and say so on stderr.
    #expect(r.stderr.contains("fixed \(path): "), "\(r.stderr)")
    #expect(r.status == 0, "\(r.stdout)")
    let fixed = try String(contentsOfFile: path, encoding: .utf8)
    let before = Self.failing.split(separator: "\n", omittingEmptySubsequences: false)
    let after = fixed.split(separator: "\n", omittingEmptySubsequences: false)
    // Every original line is still there, in order, except at most one changed value line;
    // lines added by the fix come after the deployment's last line.
    let kept = before.filter { after.contains($0) }
    #expect(kept.count >= before.count - 1, "\(fixed)")
    #expect(after.contains("# Llama-3.1-70B in bf16 (141 GB of weights) on one 80 GB H100."))
    #expect(
      after.contains("batch: 16  # from the load test") || fixed.contains("# from the load test"))
    #expect(try vramlint("check", path).status == 0)
    // Replaced by a rename (a new inode), with the file's permissions kept.
    let attributes = try FileManager.default.attributesOfItem(atPath: path)
    #expect(attributes[.systemFileNumber] as? Int != inodeBefore as? Int)
    #expect((attributes[.posixPermissions] as? NSNumber)?.intValue == 0o754)
    let folder = (path as NSString).deletingLastPathComponent
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == ["deploy.yaml"])
  }

  @Test func fixOfACleanFileWritesNothing() throws {
    let path = try scratchFile("model: llama-3.1-8b\ngpu: H100-80GB\nengine: vllm\nseq_len: 8192\n")
    let inode = try FileManager.default.attributesOfItem(atPath: path)[.systemFileNumber]
    let r = try vramlint("check", "--fix", path)
    #expect(r.status == 0 && r.stderr.isEmpty)
    #expect(
      try FileManager.default.attributesOfItem(atPath: path)[.systemFileNumber] as? Int
        == inode as? Int)
  }

  @Test func fixOfStandardInputIsAUsageError() throws {
    let r = try vramlint("check", "--fix", "-")
    #expect(r.status == 2)
    #expect(r.stderr.contains("cannot fix standard input"))
  }

  /// A value written with an anchor or a tag keeps them: libyaml starts the node at its
  /// properties, and a fix that replaced them too would leave each `*len` dangling.
  @Test(arguments: ["&len ", "!!int ", "&len !!int "])
  func fixKeepsAnchorsAndTags(properties: String) throws {
    // 128K tokens do not fit one RTX 4090 beside Llama-3.1-8B in bf16 under vLLM; the first
    // fix is a shorter seq_len (the KV pool's capacity), written over the value only.
    let text = "model: llama-3.1-8b\ngpu: RTX-4090\nengine: vllm\nseq_len: \(properties)131072\n"
    let path = try scratchFile(text)
    let r = try vramlint("check", "--fix", path)
    #expect(r.status == 0, "\(r.stdout)\(r.stderr)")
    let fixed = try String(contentsOfFile: path, encoding: .utf8)
    #expect(fixed.contains("seq_len: \(properties)"), "\(fixed)")
    #expect(!fixed.contains("131072"))
  }

  /// A CRLF file stays CRLF: a line the fix adds ends as the file's lines end.
  @Test func fixKeepsCRLFLineEnds() throws {
    let crlf = Self.failing.replacingOccurrences(of: "\n", with: "\r\n")
    let path = try scratchFile(crlf)
    let r = try vramlint("check", "--fix", path)
    #expect(r.status == 0, "\(r.stderr)")
    let fixed = try Data(contentsOf: URL(fileURLWithPath: path))
    #expect(fixed.count != Data(crlf.utf8).count, "nothing was fixed")
    let bytes = [UInt8](fixed)
    let bareLF = bytes.indices.filter { bytes[$0] == 0x0A && ($0 == 0 || bytes[$0 - 1] != 0x0D) }
    #expect(bareLF.isEmpty, "\(String(decoding: bytes, as: UTF8.self).debugDescription)")
  }

  /// A read-only file is not replaced (even by root, who may write it): the run says so,
  /// exits 2 after its report, and still fixes the other files.
  @Test func aReadOnlyFileIsNotFixedButTheOthersAre() throws {
    let locked = try scratchFile(Self.failing, mode: 0o444)
    let open = try scratchFile(Self.failing)
    let r = try vramlint("check", "--fix", locked, open)
    #expect(r.status == 2)
    #expect(r.stderr.contains("cannot write the fixes to '\(locked)': it is read-only (mode 444)"))
    #expect(r.stderr.contains("fixed \(open): "))
    #expect(try String(contentsOfFile: locked, encoding: .utf8) == Self.failing)
    #expect(try vramlint("check", open).status == 0)
    #expect(r.stdout.contains("does-not-fit"), "the report is still printed")
  }

  /// A file with another hard link: fixed through this name, and the user told the other
  /// name keeps the old text (a rename gives this name a new file).
  @Test func aHardLinkedFileIsFixedWithANote() throws {
    let path = try scratchFile(Self.failing)
    let other = (path as NSString).deletingLastPathComponent + "/other.yaml"
    #expect(link(path, other) == 0)
    let r = try vramlint("check", "--fix", path)
    #expect(r.status == 0)
    #expect(r.stderr.contains("had 2 hard links; the other names keep the old text"))
    #expect(try String(contentsOfFile: other, encoding: .utf8) == Self.failing)
  }

  /// Through a symbolic link the target is rewritten and the link stays a link.
  @Test func fixFollowsASymbolicLink() throws {
    let path = try scratchFile(Self.failing)
    let link = (path as NSString).deletingLastPathComponent + "/link.yaml"
    try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: path)
    #expect(try vramlint("check", "--fix", link).status == 0)
    #expect(
      try FileManager.default.attributesOfItem(atPath: link)[.type] as? FileAttributeType
        == .typeSymbolicLink)
    #expect(try vramlint("check", path).status == 0)
  }
}

/// Inputs over the 16 MiB limit of a deployment file are refused unread, with the limit in
/// the message, whatever they are: a sparse 20 GB file, an endless character device.
@Suite struct InputSizeLimitTests {
  @Test func aHugeFileIsReportedNotRead() throws {
    let path = FileManager.default.temporaryDirectory
      .appendingPathComponent("vramlint-huge-\(UUID().uuidString).yaml").path
    #expect(FileManager.default.createFile(atPath: path, contents: Data("model: x\n".utf8)))
    defer { try? FileManager.default.removeItem(atPath: path) }
    #expect(truncate(path, 20 << 30) == 0)  // sparse: no disk, and nothing read
    let r = try vramlint("check", path)
    #expect(r.status == 1)
    #expect(r.stdout.contains("file is 21474836480 bytes, over the 16777216-byte limit"))
  }

  @Test func anEndlessDeviceStopsAtTheLimit() throws {
    let r = try vramlint("check", "/dev/zero")
    #expect(r.status == 1)
    #expect(r.stdout.contains("file is more than 16777216 bytes, over the 16777216-byte limit"))
  }
}

/// `--version` prints the version the SARIF report names as the tool's, and nothing else;
/// the completion scripts `make install` ships come from the same parser.
@Suite struct VersionAndCompletionTests {
  @Test func versionIsOneSemanticVersionLine() throws {
    let r = try vramlint("--version")
    #expect(r.status == 0)
    let line = r.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
    #expect(line.split(separator: ".").count == 3 && line.allSatisfy { $0.isNumber || $0 == "." })
    let sarif = try vramlint("check", "--format", "sarif", CheckCommandTests.examples.path)
    #expect(
      sarif.stdout.contains("\"version\" : \"\(line)\"")
        || sarif.stdout.contains("\"version\":\"\(line)\""))
  }

  @Test(arguments: ["bash", "zsh", "fish"])
  func completionScriptsNameEverySubcommand(shell: String) throws {
    let r = try vramlint("--generate-completion-script", shell)
    #expect(r.status == 0)
    // Each shell's own form of a subcommand offered at the top level, not a substring:
    // bash's word list, zsh's 'name:description' pairs, fish's -fa 'name'.
    let bashWords =
      r.stdout.split(separator: "\n").first { $0.contains("compgen -W 'check") }
      .map { Set($0.split(separator: "'")[1].split(separator: " ").map(String.init)) } ?? []
    for command in ["check", "fit", "explain", "lsp", "rules", "schema", "models", "gpus"] {
      let offered: Bool
      switch shell {
      case "bash": offered = bashWords.contains(command)
      case "zsh": offered = r.stdout.contains("'\(command):")
      default: offered = r.stdout.contains("-fa '\(command)'")
      }
      #expect(offered, "\(shell) completion does not offer \(command)")
    }
  }
}
