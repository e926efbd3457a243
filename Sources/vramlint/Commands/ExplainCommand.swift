import ArgumentParser
import Foundation
import VRAMLint
import VRAMModel

/// `vramlint explain FILE`: each deployment's full breakdown, its assumptions with sources,
/// and the ranked fixes.
struct ExplainCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "explain",
    abstract: "Explain every deployment in a file: breakdown, assumptions, fixes.")

  @Argument(help: "A deployment file, or - for standard input.")
  var path: String

  @Option(
    name: .long,
    help: ArgumentHelp(
      "Read every document as this format: \(InputFormat.allValueStrings.joined(separator: ", ")).",
      valueName: "format"))
  var inputFormat: InputFormat?

  func run() throws {
    let catalogs = try Catalogs.load()
    let bytes: [UInt8]
    if path == "-" {
      bytes = Array(FileHandle.standardInput.readDataToEndOfFile())
    } else {
      guard let data = FileManager.default.contents(atPath: path) else {
        throw UsageError("cannot read '\(path)'")
      }
      bytes = Array(data)
    }
    var linter = Linter(models: catalogs.models, gpus: catalogs.gpus)
    linter.inputFormat = inputFormat
    let result = linter.lint(path: path, bytes: bytes)
    let style = TerminalStyle.forStandardOutput()
    let renderer = EstimateTextRenderer(style: style)
    for (deployment, estimate) in result.estimates {
      guard let spec = deployment.spec else { continue }
      let label = deployment.label.map { " \($0)" } ?? ""
      print(style.dim("── \(path):\(deployment.documentRange.start.line + 1)\(label) ──"))
      // The linter estimates with verdicts only; explain shows every formula and assumption.
      let full = (try? deployment.explainedEstimate()) ?? estimate
      print(
        renderer.render(
          full, answers: Answers(spec, gpus: catalogs.gpus.entries), showAssumptions: true))
      print(PlanningTablesRenderer.tables(spec, full))
      print("")
    }
    let findings = TextReporter(color: style.enabled).render(result)
    if !findings.isEmpty { print(findings, terminator: "") }
    if result.estimates.isEmpty && findings.isEmpty { print("no deployment in \(path)") }
    if result.hasErrors { throw ExitCode(1) }
  }
}
