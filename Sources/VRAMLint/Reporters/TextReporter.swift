import Foundation
import YAMLSource

/// Compiler-style text: `path:line:col: severity: message [rule]`, the source line, and a
/// caret with a tilde underline under the exact characters (columns counted in characters,
/// so an emoji before the value does not shift the caret).
public struct TextReporter: Sendable {
  public var color: Bool

  public init(color: Bool) { self.color = color }

  public func render(_ result: LintResult) -> String {
    var out = ""
    for d in result.diagnostics {
      let (line, column) = result.lines.humanLineColumn(of: d.range.start)
      let severity = paint(
        d.severity.rawValue, d.severity == .error ? "31" : d.severity == .warning ? "33" : "36")
      out += "\(result.path):\(line):\(column): \(severity): \(d.message) [\(d.ruleID)]\n"
      out += excerpt(result.lines, d.range)
      for related in d.related {
        let (rl, rc) = result.lines.humanLineColumn(of: related.range.start)
        out += "\(result.path):\(rl):\(rc): note: \(related.message)\n"
        out += excerpt(result.lines, related.range)
      }
    }
    return out
  }

  /// Lines longer than this many bytes are shown as a window around the finding, as
  /// compilers show long lines: a 10 MB line is not echoed once per finding on it (which
  /// also cost the square of the line when it held many findings).
  static let longLineBytes = 200
  /// Bytes of context kept on each side of the finding in a long line.
  static let contextBytes = 60

  func excerpt(_ lines: LineIndex, _ range: SourceRange) -> String {
    guard range.start.line < lines.lineCount else { return "" }
    let line = lines.byteRange(ofLine: range.start.line)
    guard line.count > Self.longLineBytes else { return excerpt(wholeLine: lines, range) }
    let bytes = lines.bytes
    // Window edges moved back onto the start of a character: at most three bytes, the
    // most a UTF-8 character continues (a run of stray continuation bytes must not pull an
    // edge back past the finding: the yaml fuzzer's regression-excerpt-continuation-run).
    func characterStart(_ offset: Int) -> Int {
      var at = min(max(offset, line.lowerBound), line.upperBound)
      var steps = 0
      while steps < 3, at > line.lowerBound, at < bytes.count, bytes[at] & 0xC0 == 0x80 {
        at -= 1
        steps += 1
      }
      return at
    }
    let start = min(max(range.start.offset, line.lowerBound), line.upperBound)
    let end =
      range.end.line == range.start.line
      ? min(max(range.end.offset, start), line.upperBound) : line.upperBound
    let from = characterStart(start - Self.contextBytes)
    let to = max(characterStart(min(end, start + Self.longLineBytes) + Self.contextBytes), start)
    let before = String(decoding: bytes[from..<start], as: UTF8.self)
    let marked = String(decoding: bytes[start..<max(min(end, to), start)], as: UTF8.self)
    let after = String(decoding: bytes[max(min(end, to), start)..<to], as: UTF8.self)
    let leading = from > line.lowerBound ? "…" : ""
    let trailing = to < line.upperBound ? "…" : ""
    let padding = String(
      String.UnicodeScalarView((leading + before).unicodeScalars.map { $0 == "\t" ? "\t" : " " }))
    let underline = "^" + String(repeating: "~", count: max(marked.unicodeScalars.count - 1, 0))
    return
      "  \(leading)\(before)\(marked)\(after)\(trailing)\n  \(padding)\(paint(underline, "32"))\n"
  }

  func excerpt(wholeLine lines: LineIndex, _ range: SourceRange) -> String {
    let text = lines.text(ofLine: range.start.line)
    let characters = Array(text.unicodeScalars)
    let start = min(range.start.column, characters.count)
    let end =
      range.end.line == range.start.line
      ? min(max(range.end.column, start + 1), max(characters.count, start + 1))
      : max(characters.count, start + 1)
    // Keep tabs as tabs so the caret lines up in any terminal.
    let padding = String(
      String.UnicodeScalarView(characters.prefix(start).map { $0 == "\t" ? "\t" : " " }))
    let underline = "^" + String(repeating: "~", count: max(end - start - 1, 0))
    return "  \(text)\n  \(padding)\(paint(underline, "32"))\n"
  }

  func paint(_ text: String, _ code: String) -> String {
    color ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
  }
}

/// GitHub Actions workflow commands: one `::error file=…,line=…,col=…::message` per finding.
public struct GitHubReporter: Sendable {
  public init() {}

  public func render(_ result: LintResult) -> String {
    result.diagnostics.map { d in
      let (line, column) = result.lines.humanLineColumn(of: d.range.start)
      let (endLine, endColumn) = result.lines.humanLineColumn(of: d.range.end)
      let command = d.severity == .error ? "error" : d.severity == .warning ? "warning" : "notice"
      let properties = [
        "file=\(escapeProperty(result.path))", "line=\(line)", "col=\(column)",
        "endLine=\(endLine)",
        "endColumn=\(endColumn)", "title=\(escapeProperty("vramlint " + d.ruleID))",
      ].joined(separator: ",")
      return "::\(command) \(properties)::\(escapeData(d.message))\n"
    }.joined()
  }

  /// Escaping of the workflow-command syntax (actions/toolkit command.ts).
  func escapeData(_ s: String) -> String {
    s.replacingOccurrences(of: "%", with: "%25").replacingOccurrences(of: "\r", with: "%0D")
      .replacingOccurrences(of: "\n", with: "%0A")
  }

  func escapeProperty(_ s: String) -> String {
    escapeData(s).replacingOccurrences(of: ":", with: "%3A").replacingOccurrences(
      of: ",", with: "%2C")
  }
}
