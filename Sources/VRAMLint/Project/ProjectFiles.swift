import Foundation
import VRAMModel
import YAMLSource

/// The `.vramlint.yaml` that governs each checked file (or open document), loaded once per
/// project file until `invalidate()`. `vramlint check` and the language server share it.
public struct ProjectFiles: Sendable {
  /// A class so that handing one to each of 10,000 lint jobs is a retain, not a copy of the
  /// linter's catalogs and the configuration.
  public final class Project: Sendable {
    public let config: ProjectConfig
    public let linter: Linter
    /// Findings about the project file itself.
    public let problems: LintResult?

    init(config: ProjectConfig, linter: Linter, problems: LintResult?) {
      self.config = config
      self.linter = linter
      self.problems = problems
    }
  }

  public let models: NamedCatalog<ModelCard>
  public let gpus: NamedCatalog<GPUSpec>
  private var byPath: [String: Project] = [:]
  private var reported: Set<String> = []
  /// Directory → governing project file (or none), so a walk of 10,000 files asks the file
  /// system once per directory.
  private var lookups: [String: String?] = [:]
  private let plain: Project
  /// The directory asked about last and its project: files of one directory come together.
  private var last: (directory: String, project: Project)?

  /// Whether each project's linter keeps an `EstimateMemo` (the language server).
  private let memoizing: Bool

  public init(
    models: NamedCatalog<ModelCard>, gpus: NamedCatalog<GPUSpec>, memoizing: Bool = false
  ) {
    self.models = models
    self.gpus = gpus
    self.memoizing = memoizing
    plain = Project(
      config: ProjectConfig(),
      linter: Self.linter(models: models, gpus: gpus, config: ProjectConfig(), memoizing),
      problems: nil)
  }

  private static func linter(
    models: NamedCatalog<ModelCard>, gpus: NamedCatalog<GPUSpec>, config: ProjectConfig,
    _ memoizing: Bool
  ) -> Linter {
    var linter = Linter(models: models, gpus: gpus, config: config)
    if memoizing { linter.memo = EstimateMemo() }
    return linter
  }

  /// Forgets every project file read so far (one changed on disk, or the settings did).
  public mutating func invalidate() {
    byPath = [:]
    reported = []
    lookups = [:]
    last = nil
  }

  /// The project of the nearest `.vramlint.yaml` above `path`, or the plain defaults.
  public mutating func project(forFileAt path: String) -> Project {
    let directory: String
    if path == "<stdin>" {
      directory = FileManager.default.currentDirectoryPath
    } else if let slash = path.utf8.lastIndex(of: UInt8(ascii: "/")) {
      // UTF-8 search: "/" is ASCII, and a character-by-character walk costs more than the
      // rest of the lookup for each of 10,000 files.
      directory = slash == path.startIndex ? "/" : String(path[..<slash])
    } else {
      directory = ""
    }
    if let last, last.directory == directory { return last.project }
    let project = lookUp(directory: directory)
    last = (directory, project)
    return project
  }

  private mutating func lookUp(directory: String) -> Project {
    let start = directory.isEmpty ? "." : directory
    let found: String?
    if let cached = lookups[start] {
      found = cached
    } else {
      found = ProjectConfig.find(from: start)
      lookups[start] = found
    }
    guard let file = found else { return plain }
    if let cached = byPath[file] { return cached }
    let loaded = load(file)
    byPath[file] = loaded
    return loaded
  }

  /// The findings about a project file, the first time it is asked for and never again.
  public mutating func problemsToReport(_ project: Project) -> [LintResult] {
    guard let problems = project.problems, reported.insert(problems.path).inserted else {
      return []
    }
    return [problems]
  }

  /// Whether a directory walk checks `path` under its project's include/exclude globs.
  public mutating func selects(_ path: String) -> Bool {
    let config = project(forFileAt: path).config
    guard let file = config.path else { return true }
    let base = URL(fileURLWithPath: file).deletingLastPathComponent().standardizedFileURL.path
    let full = URL(fileURLWithPath: path).standardizedFileURL.path
    let relative = full.hasPrefix(base + "/") ? String(full.dropFirst(base.count + 1)) : full
    return config.selects(relative)
  }

  private func load(_ file: String) -> Project {
    let bytes = FileManager.default.contents(atPath: file).map(Array.init) ?? []
    let (config, lines, diagnostics) = ProjectConfig.load(
      path: file, bytes: bytes, models: models, gpus: gpus)
    return Project(
      config: config,
      linter: Self.linter(models: models, gpus: gpus, config: config, memoizing),
      problems: diagnostics.isEmpty
        ? nil : LintResult(path: file, lines: lines, diagnostics: diagnostics, estimates: []))
  }
}
