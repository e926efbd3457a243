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

  /// The largest text kept for a document: no didOpen can carry more (a frame's body is at
  /// most 64 MiB), and edits must not grow one past it either.
  static let maxBytes = 64 << 20
  /// Bytes one `didChange` may scan and move in all: each ranged change costs about the
  /// document's size (its line index, then the splice), so a million small changes to a
  /// megabyte would take minutes. 1 GiB is about a second; editors send one change per
  /// keystroke, or some hundreds for a multi-cursor edit.
  static let maxChangeWork = 1 << 30

  /// Applies the changes of one `didChange` in order. A range is read in the negotiated
  /// encoding against the text as the earlier changes left it; no range replaces all.
  /// Returns nil when the text was followed, else why it could not be (too much work, too
  /// large): the text is then unknown (`bytes` emptied) until a change without a range, in
  /// this message or a later one, or a didOpen sends it whole. With `lost`, the text is
  /// already unknown and only such a change brings it back.
  mutating func apply(
    _ changes: [TextDocumentContentChangeEvent], _ encoding: PositionEncoding, lost: Bool = false,
    budget: Int = maxChangeWork
  ) -> String? {
    var index = changes.startIndex
    if lost {
      guard let restart = changes.lastIndex(where: { $0.range == nil }) else {
        return "no change since carried the whole text"
      }
      index = restart
    }
    var work = 0
    while index < changes.endIndex {
      let change = changes[index]
      index += 1
      var failure: String?
      if let range = change.range {
        work += bytes.count + change.text.utf8.count
        if work > budget {
          failure =
            "\(changes.count) changes to a \(bytes.count)-byte text are more than one message may cost (\(budget) bytes of text moved)"
        } else {
          let lines = LineIndex(bytes: bytes)
          let start = lines.offset(of: range.start, encoding)
          let end = max(lines.offset(of: range.end, encoding), start)
          bytes.replaceSubrange(start..<end, with: Array(change.text.utf8))
        }
      } else {
        bytes = Array(change.text.utf8)
      }
      if failure == nil, bytes.count > Self.maxBytes {
        failure = "the text grew to \(bytes.count) bytes, over the \(Self.maxBytes)-byte limit"
      }
      guard let failure else { continue }
      // A later change with the whole text starts afresh; without one the text is lost.
      guard let restart = changes[index...].lastIndex(where: { $0.range == nil }) else {
        bytes = []
        return failure
      }
      index = restart
      work = 0
    }
    return nil
  }

  /// `file:///a/b%20c.yaml` → `/a/b c.yaml`; other schemes keep the URI as the name.
  static func path(fromURI uri: String) -> String {
    guard uri.hasPrefix("file:"), let url = URL(string: uri), url.isFileURL else { return uri }
    return url.path
  }
}
