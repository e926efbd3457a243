import Foundation
import Testing

@testable import VRAMLint

/// Golden files that read like bug reports (actionlint's testdata): `x.yaml` and the text
/// `vramlint check` prints for it in `x.out`. Re-record with VRAMLINT_RECORD=1.
@Suite struct GoldenFileTests {
  /// The fixtures in the source tree, so that recording rewrites the committed files.
  static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("Fixtures").appendingPathComponent("check")

  static let cases: [String] = {
    ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [])
      .filter { $0.hasSuffix(".yaml") }.sorted()
  }()

  @Test(arguments: cases)
  func matchesGolden(name: String) throws {
    let input = try Data(contentsOf: Self.folder.appendingPathComponent(name))
    let output = TextReporter(color: false).render(linter.lint(path: name, bytes: Array(input)))
    try expectGolden(output, Self.folder.appendingPathComponent(name))
  }

  @Test func thereAreGoldenFiles() { #expect(Self.cases.count >= 5) }
}

/// Compares `output` with the `.out` file beside `fixture`; VRAMLINT_RECORD=1 rewrites it.
func expectGolden(_ output: String, _ fixture: URL) throws {
  let golden = fixture.deletingPathExtension().appendingPathExtension("out")
  if ProcessInfo.processInfo.environment["VRAMLINT_RECORD"] == "1" {
    try output.write(to: golden, atomically: true, encoding: .utf8)
  }
  let expected =
    (try? String(contentsOf: golden, encoding: .utf8)) ?? "<missing \(golden.lastPathComponent)>"
  #expect(output == expected)
}
