import Dispatch
import VRAMLint
import YAMLSource

/// Reads and lints independent files on every core and returns the results in input order.
enum ParallelLint {
  struct Job: Sendable {
    let path: String
    /// The text when it is already in memory (standard input); otherwise the worker reads
    /// `path`, so that reading, like linting, is spread over the cores.
    let bytes: [UInt8]?
    let project: ProjectFiles.Project
  }

  /// Throws a usage error naming the first input (in order) that could not be read.
  static func run(_ jobs: [Job], inputFormat: InputFormat? = nil) throws -> [LintResult] {
    let results = ConcurrentMap.map(jobs) { job -> LintResult? in
      var linter = job.project.linter
      linter.inputFormat = inputFormat
      if let bytes = job.bytes { return linter.lint(path: job.path, bytes: bytes) }
      switch FileSystem.contents(of: job.path, limit: YAMLLimits().maxBytes) {
      case .bytes(let bytes): return linter.lint(path: job.path, bytes: bytes)
      case .tooLarge(let size): return linter.lintUnread(path: job.path, byteCount: size)
      case .unreadable: return nil
      }
    }
    if let unread = results.firstIndex(where: { $0 == nil }) {
      throw UsageError("cannot read '\(jobs[unread].path)'")
    }
    return results.compactMap { $0 }
  }
}
