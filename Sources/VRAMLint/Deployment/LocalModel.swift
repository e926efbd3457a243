import Foundation
import VRAMModel

extension DeploymentDecoder {
  /// A model on disk named by path (`./llama.gguf`, `/models/llama-3.1-8b/`), read from its
  /// own headers, relative to the linted file's folder. Nil when the text is no path or
  /// nothing is there: a path inside a container image (`/models/…` of a Kubernetes pod)
  /// usually does not exist here, and is then matched by name instead. Throws what reading
  /// an existing path met (a corrupt GGUF file).
  func localModel(_ text: String) throws -> ModelCard? {
    guard ModelSourceLoader.looksLikePath(text) else { return nil }
    var path = text
    if path.hasPrefix("~/") {
      path = FileManager.default.homeDirectoryForCurrentUser.path + String(path.dropFirst(1))
    } else if !path.hasPrefix("/"), let baseDirectory {
      path = baseDirectory + "/" + path
    }
    guard FileManager.default.fileExists(atPath: path) else { return nil }
    return try ModelSourceLoader.card(forPath: path)
  }
}
