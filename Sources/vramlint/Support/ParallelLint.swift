import Dispatch
import VRAMLint

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
      guard let bytes = job.bytes ?? FileSystem.contents(of: job.path) else { return nil }
      var linter = job.project.linter
      linter.inputFormat = inputFormat
      return linter.lint(path: job.path, bytes: bytes)
    }
    if let unread = results.firstIndex(where: { $0 == nil }) {
      throw UsageError("cannot read '\(jobs[unread].path)'")
    }
    return results.compactMap { $0 }
  }
}
