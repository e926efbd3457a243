import Foundation
import VRAMLint
import VRAMModel

/// The linter for each document: the bundled catalogs plus the nearest `.vramlint.yaml`
/// above it, loaded once per project file until the client says it changed.
struct ProjectLinters: Sendable {
  let models: NamedCatalog<ModelCard>
  let gpus: NamedCatalog<GPUSpec>
  private var byDirectory: [String: Linter] = [:]
  private let plain: Linter

  init(models: NamedCatalog<ModelCard>, gpus: NamedCatalog<GPUSpec>) {
    self.models = models
    self.gpus = gpus
    plain = Linter(models: models, gpus: gpus)
  }

  mutating func linter(forFileAt path: String) -> Linter {
    guard path.hasPrefix("/") else { return plain }
    let directory = (path as NSString).deletingLastPathComponent
    if let known = byDirectory[directory] { return known }
    var linter = plain
    if let file = ProjectConfig.find(from: directory) {
      let bytes = FileManager.default.contents(atPath: file).map(Array.init) ?? []
      let (config, _, _) = ProjectConfig.load(path: file, bytes: bytes, models: models, gpus: gpus)
      linter = Linter(models: models, gpus: gpus, config: config)
    }
    byDirectory[directory] = linter
    return linter
  }

  /// Forgets every loaded project file (one changed, or the settings did).
  mutating func invalidate() {
    byDirectory = [:]
  }
}
