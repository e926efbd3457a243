import Foundation
import VRAMLint
import VRAMModel

/// The bundled catalogs, loaded once, with lookups that fail as usage errors naming the
/// nearest entries.
struct Catalogs {
  let models: NamedCatalog<ModelCard>
  let gpus: NamedCatalog<GPUSpec>

  static func load() throws -> Catalogs {
    Catalogs(models: try BundledCatalogs.models(), gpus: try BundledCatalogs.gpus())
  }

  /// A catalog model by id or alias, else a model on disk (a Hugging Face folder, a
  /// config.json or a GGUF file) when the name is a path.
  func model(_ name: String) throws -> ModelCard {
    if let card = models.lookup(name) { return card }
    if ModelSourceLoader.looksLikePath(name) || FileManager.default.fileExists(atPath: name) {
      return try Self.modelFromDisk(name)
    }
    throw UsageError(
      "unknown model '\(name)'" + suggestion(models.nearestNames(to: name))
        + "; `vramlint models` lists the catalog")
  }

  /// Reads the model's headers; with VRAMLINT_DEBUG_BYTES_READ set, says on stderr how many
  /// bytes that took (the integration tests check a 20 GB file costs what a small one does).
  static func modelFromDisk(_ path: String) throws -> ModelCard {
    do {
      let loaded = try ModelSourceLoader.load(path)
      if ProcessInfo.processInfo.environment["VRAMLINT_DEBUG_BYTES_READ"] != nil {
        FileHandle.standardError.write(
          Data(
            "vramlint: read \(loaded.bytesRead) bytes from \(loaded.files.count) files for '\(path)'\n"
              .utf8))
      }
      return loaded.card
    } catch let error as ModelSourceError {
      // The file is named only when it is not the path given (a shard inside a folder).
      let place = [error.file.flatMap { $0 == path ? nil : $0 }, error.offset.map { "byte \($0)" }]
        .compactMap { $0 }
      let location = place.isEmpty ? "" : " (" + place.joined(separator: ", ") + ")"
      throw UsageError("cannot read model '\(path)': \(error.message)\(location)")
    }
  }

  func gpu(_ name: String) throws -> GPUSpec {
    if let gpu = gpus.lookup(name) { return gpu }
    throw UsageError(
      "unknown GPU '\(name)'" + suggestion(gpus.nearestNames(to: name))
        + "; `vramlint gpus` lists the catalog, or give --gpu-memory")
  }

  private func suggestion(_ names: [String]) -> String {
    names.isEmpty ? "" : "; did you mean " + names.map { "'\($0)'" }.joined(separator: ", ") + "?"
  }
}
