import ArgumentParser
import Foundation
import VRAMLint
import VRAMModel
import YAMLSource

/// `vramlint check`: lint deployment files for CI and pre-commit.
struct CheckCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "check",
    abstract:
      "Check deployment files and report what will not fit, at the characters that cause it.",
    discussion:
      "Exit status: 0 clean, 1 errors found (or warnings with --strict), 2 usage or unreadable input."
  )

  @Argument(help: "Files, directories (searched for *.yaml and *.yml) or - for standard input.")
  var paths: [String] = []

  @Option(name: .long, help: "Output format on stdout: text, json, sarif or github.")
  var format: CheckFormat = .text

  @Option(
    name: .long,
    help: ArgumentHelp(
      "Also write a report to a file: FORMAT=PATH (e.g. sarif=vramlint.sarif); repeatable."))
  var report: [String] = []

  @Flag(name: .long, help: "Exit 1 on warnings too.")
  var strict = false

  @Flag(
    name: .long,
    help: ArgumentHelp(
      "Rewrite each file whose deployments do not fit with the first fix of each (the editor's fix-all), then report what remains.",
      discussion:
        "Only the changed values and added lines differ; comments and formatting are kept. Each file is replaced atomically (a temporary file, then a rename). Without --fix, check never writes a file."
    ))
  var fix = false

  @Option(
    name: .long,
    help: ArgumentHelp(
      "Read every document as this format instead of recognising each: \(InputFormat.allValueStrings.joined(separator: ", ")).",
      valueName: "format"))
  var inputFormat: InputFormat?

  func run() throws {
    guard !paths.isEmpty else { throw UsageError("give files, directories or - to check") }
    if fix, paths.contains("-") {
      throw UsageError("--fix rewrites files in place; it cannot fix standard input")
    }
    let extraReports = try report.map { entry -> (CheckFormat, String) in
      let parts = entry.split(separator: "=", maxSplits: 1).map(String.init)
      guard parts.count == 2, let kind = CheckFormat(rawValue: parts[0]), !parts[1].isEmpty else {
        throw UsageError(
          "--report takes FORMAT=PATH with FORMAT one of text, json, sarif, github (got '\(entry)')"
        )
      }
      return (kind, parts[1])
    }
    let catalogs = try Catalogs.load()
    var projects = ProjectFiles(models: catalogs.models, gpus: catalogs.gpus)
    // Project files are resolved in order; then the files are linted in parallel across
    // cores, each into its own slot, so the output order stays that of the inputs.
    var jobs: [ParallelLint.Job] = []
    var results: [LintResult] = []
    for (path, bytes) in try inputs(&projects) {
      let project = projects.project(forFileAt: path)
      results += projects.problemsToReport(project)
      jobs.append(ParallelLint.Job(path: path, bytes: bytes, project: project))
    }
    var linted = try ParallelLint.run(jobs, inputFormat: inputFormat)
    var unwritten: [String] = []
    if fix {
      (linted, unwritten) = Self.applyFixes(to: linted, jobs, inputFormat: inputFormat)
    }
    results += linted
    let color = TerminalStyle.forStandardOutput().enabled
    FileHandle.standardOutput.write(
      try render(results, as: format, color: color, catalogs: catalogs))
    for (kind, path) in extraReports {
      let data = try render(results, as: kind, color: false, catalogs: catalogs)
      guard FileManager.default.createFile(atPath: path, contents: data) else {
        throw UsageError("cannot write the \(kind.rawValue) report to '\(path)'")
      }
    }
    // A fix that could not be written is an input failure (2), after the report.
    if !unwritten.isEmpty { throw ExitCode(2) }
    let failed = results.contains {
      $0.hasErrors || (strict && $0.diagnostics.contains { $0.severity == .warning })
    }
    if failed { throw ExitCode(1) }
  }

  /// `--fix`: the fix-all edits of every file, written back atomically; the fixed files are
  /// linted again so the report shows what remains. Each change is named on stderr, and so
  /// is each file that could not be written (returned: the run exits 2 after its report).
  static func applyFixes(
    to results: [LintResult], _ jobs: [ParallelLint.Job], inputFormat: InputFormat?
  ) -> (results: [LintResult], unwritten: [String]) {
    var fixed = results
    var unwritten: [String] = []
    for (index, (result, job)) in zip(results, jobs).enumerated() {
      var linter = job.project.linter
      linter.inputFormat = inputFormat
      let fixes = RemedyEdits.fixAll(result, gpus: linter.gpus.entries)
      guard !fixes.isEmpty else { continue }
      guard let bytes = SourceEdit.apply(fixes.flatMap(\.edits), to: result.lines.bytes) else {
        FileHandle.standardError.write(
          Data("vramlint: \(result.path): its fixes overlap; nothing was written\n".utf8))
        continue
      }
      do {
        let note = try FileSystem.replaceAtomically(
          result.path, with: bytes, original: result.lines.bytes)
        if let note { FileHandle.standardError.write(Data("vramlint: note: \(note)\n".utf8)) }
      } catch {
        // The other files are still fixed and reported; the run then exits 2.
        FileHandle.standardError.write(
          Data(
            "vramlint: cannot write the fixes to '\(result.path)': \(error); nothing was written\n"
              .utf8))
        unwritten.append(result.path)
        continue
      }
      for fix in fixes {
        FileHandle.standardError.write(Data("fixed \(result.path): \(fix.title)\n".utf8))
      }
      fixed[index] = linter.lint(path: result.path, bytes: bytes)
    }
    return (fixed, unwritten)
  }

  func render(_ results: [LintResult], as kind: CheckFormat, color: Bool, catalogs: Catalogs) throws
    -> Data
  {
    switch kind {
    case .text:
      let reporter = TextReporter(color: color)
      return Data(ConcurrentMap.map(results) { reporter.render($0) }.joined().utf8)
    case .github:
      return Data(ConcurrentMap.map(results) { GitHubReporter().render($0) }.joined().utf8)
    case .sarif:
      var data = try SARIFReporter(toolVersion: VRAMLintCommand.configuration.version).render(
        results)
      data.append(Data("\n".utf8))
      return data
    case .json:
      return try encodeJSON(CheckReport(results, gpus: catalogs.gpus.entries))
    }
  }

  /// Every input path, with its text when it was read here (standard input); files are
  /// read by the lint workers. An unreadable path is a usage failure (exit 2), not a finding.
  func inputs(_ projects: inout ProjectFiles) throws -> [(String, [UInt8]?)] {
    var found: [(String, [UInt8]?)] = []
    for path in paths {
      if path == "-" {
        switch FileSystem.contents(ofDescriptor: 0, limit: YAMLLimits().maxBytes) {
        case .bytes(let bytes): found.append(("<stdin>", bytes))
        case .tooLarge:
          throw UsageError(
            "standard input is over the \(YAMLLimits().maxBytes)-byte limit of a deployment file; it was not read"
          )
        case .unreadable: throw UsageError("cannot read standard input")
        }
        continue
      }
      guard let isDirectory = FileSystem.isDirectory(path) else {
        if path.contains(where: { "*?[".contains($0) }) {
          let matches = try expand(glob: path)
          guard !matches.isEmpty else { throw UsageError("no files match '\(path)'") }
          for file in matches { found.append((file, nil)) }
          continue
        }
        throw UsageError("cannot read '\(path)': no such file or directory")
      }
      guard isDirectory else {
        found.append((path, nil))
        continue
      }
      let files = FileSystem.files(under: path)
        .filter {
          ($0.hasSuffix(".yaml") || $0.hasSuffix(".yml")) && !$0.hasSuffix(ProjectConfig.fileName)
        }.sorted(by: Self.byteOrder)
      for file in files {
        let full = path.hasSuffix("/") ? path + file : path + "/" + file
        // A directory walk honours the project file's include/exclude globs.
        guard projects.selects(full) else { continue }
        found.append((full, nil))
      }
    }
    return found
  }

  /// Paths in code-point order, compared as UTF-8 bytes (the same order for the NFC names
  /// file systems hand out, and several times cheaper than String's Unicode-aware `<`).
  static func byteOrder(_ a: String, _ b: String) -> Bool {
    a.utf8.lexicographicallyPrecedes(b.utf8)
  }

  /// Files matching a glob (`deploy/**/*.yaml`): walk the longest directory prefix without
  /// glob characters and match whole paths, sorted.
  func expand(glob pattern: String) throws -> [String] {
    guard let glob = GlobPattern(pattern) else {
      throw UsageError("'\(pattern)' is not a valid glob")
    }
    let segments = pattern.split(separator: "/", omittingEmptySubsequences: false)
    let fixed = segments.prefix { !$0.contains(where: { "*?[".contains($0) }) }
    let base = fixed.isEmpty ? "." : fixed.joined(separator: "/")
    let root = base.isEmpty ? "/" : base
    return FileSystem.files(under: root).map {
      root == "." ? $0 : (root == "/" ? "/" + $0 : root + "/" + $0)
    }
    .filter { glob.matches($0) && !$0.hasSuffix(ProjectConfig.fileName) }.sorted(by: Self.byteOrder)
  }
}

enum CheckFormat: String, ExpressibleByArgument, CaseIterable {
  case text, json, sarif, github
}
