import Foundation
import VRAMLint
import YAMLSource

/// A document the client has open: its text as UTF-8 bytes, its version, and the lint
/// result of that exact text.
struct OpenDocument: Sendable {
  let uri: String
  /// The file-system path for `file://` URIs (project files are found from it).
  let path: String
  var version: Int
  var bytes: [UInt8]
  var result: LintResult

  /// Applies the changes of one `didChange` in order. A range is read in the negotiated
  /// encoding against the text as the earlier changes left it; no range replaces all.
  mutating func apply(_ changes: [TextDocumentContentChangeEvent], _ encoding: PositionEncoding) {
    for change in changes {
      guard let range = change.range else {
        bytes = Array(change.text.utf8)
        continue
      }
      let lines = LineIndex(bytes: bytes)
      let start = lines.offset(of: range.start, encoding)
      let end = max(lines.offset(of: range.end, encoding), start)
      bytes.replaceSubrange(start..<end, with: Array(change.text.utf8))
    }
  }

  /// `file:///a/b%20c.yaml` → `/a/b c.yaml`; other schemes keep the URI as the name.
  static func path(fromURI uri: String) -> String {
    guard uri.hasPrefix("file:"), let url = URL(string: uri), url.isFileURL else { return uri }
    return url.path
  }
}
