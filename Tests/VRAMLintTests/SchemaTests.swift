import Foundation
import Testing

@testable import VRAMLint

@Suite struct SchemaTests {
  /// The schema and the decoder accept exactly the same keys.
  @Test func sameKeysAsTheDecoder() {
    #expect(Set(DeploymentSchema.properties.keys) == Set(DeploymentDecoder.keys.keys))
    let training = TrainingSchema.properties["properties"] as? [String: Any]
    #expect(Set(training?.keys ?? [:].keys) == Set(TrainingFields.keys.keys))
  }

  /// Schemas/deployment.schema.json is the generated schema (`vramlint schema > …`).
  @Test func committedSchemaIsCurrent() throws {
    let committed = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .deletingLastPathComponent()
      .deletingLastPathComponent().appendingPathComponent("Schemas/deployment.schema.json")
    #expect(try Data(contentsOf: committed) == DeploymentSchema.json())
  }

  @Test func projectSchemaMatchesTheLoader() throws {
    #expect(Set(ProjectSchema.properties.keys) == Set(ProjectConfig.keys))
    let committed = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .deletingLastPathComponent()
      .deletingLastPathComponent().appendingPathComponent("Schemas/vramlint-project.schema.json")
    #expect(try Data(contentsOf: committed) == ProjectSchema.json())
  }

  /// Files the schema rejects (CI checks that with check-jsonschema) the decoder rejects too.
  @Test(arguments: ["unknown-key", "negative-batch", "utilization", "gpu-typo"])
  func invalidFixturesAreErrors(name: String) throws {
    let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .appendingPathComponent("Fixtures/invalid/\(name).yaml")
    let result = linter.lint(path: name, bytes: Array(try Data(contentsOf: url)))
    #expect(result.hasErrors, "\(name)")
  }
}
