/// A model file that cannot be read as what it claims to be: a truncated download, a file of
/// another format, a header with absurd counts. Thrown, never a crash: the readers face files
/// from the internet.
public struct ModelSourceError: Error, Sendable, Equatable, CustomStringConvertible {
  /// One plain sentence, lower-case start, no trailing period (the tool's message style).
  public var message: String
  /// Byte offset in the file where the problem was found, when there is one.
  public var offset: Int64?
  /// The file, when the reader knows it (the loader fills it in).
  public var file: String?

  public init(_ message: String, offset: Int64? = nil, file: String? = nil) {
    self.message = message
    self.offset = offset
    self.file = file
  }

  public var description: String {
    var text = file.map { "\($0): " } ?? ""
    text += message
    if let offset { text += " (at byte \(offset))" }
    return text
  }

  /// The same error attributed to `file` unless it already names one.
  public func inFile(_ path: String) -> ModelSourceError {
    var copy = self
    if copy.file == nil { copy.file = path }
    return copy
  }
}
