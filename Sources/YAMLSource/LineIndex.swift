/// Where each line starts, and the conversions between libyaml's scalar columns, UTF-8 byte
/// offsets, UTF-16 columns (LSP's default position encoding) and 1-based columns (people,
/// compilers, SARIF). Lines are those of LSP 3.17 and of editors: broken by LF, CRLF and CR
/// only, so a position we send names the line the editor shows. libyaml also breaks lines
/// at NEL (U+0085), LS (U+2028) and PS (U+2029) and starts line 0 after a byte-order mark:
/// its marks are translated through a second table, kept only when the two differ.
public struct LineIndex: Sendable {
  public let bytes: [UInt8]
  /// UTF-8 offset where each line's first character starts.
  public let lineStarts: [Int]
  /// Whether every byte is ASCII: then scalar columns are byte columns, the common case
  /// that `position(line:scalarColumn:)` answers without walking the line.
  public let isASCII: Bool
  /// Line starts as libyaml counts lines, when they differ from `lineStarts`.
  let yamlLineStarts: [Int]?
  /// Whether the text starts with a byte-order mark (not a column for people).
  let hasByteOrderMark: Bool
  /// For text that is not plain ASCII: where the scalar walk stands every `ScalarWalk.stride`
  /// scalars, so a column costs at most that many steps instead of a walk from the start of
  /// its line (which made a long line of non-ASCII text quadratic: a BOM and a 2 MB flow list
  /// on one line took hours). Empty for ASCII text, where columns are bytes.
  let walk: ScalarWalk

  public init(_ text: String) {
    self.init(bytes: Array(text.utf8))
  }

  public init(bytes: [UInt8]) {
    self.bytes = bytes
    hasByteOrderMark = bytes.starts(with: [0xEF, 0xBB, 0xBF])
    var starts = [0]
    var yamlStarts = [hasByteOrderMark ? 3 : 0]
    var yamlDiffers = hasByteOrderMark
    var i = 0
    var highBits: UInt8 = 0
    while i < bytes.count {
      let b = bytes[i]
      highBits |= b
      if b == 0x0A {
        starts.append(i + 1)
        yamlStarts.append(i + 1)
        i += 1
      } else if b == 0x0D {
        let next = i + 1 < bytes.count && bytes[i + 1] == 0x0A ? i + 2 : i + 1
        starts.append(next)
        yamlStarts.append(next)
        i = next
      } else if b == 0xC2, i + 1 < bytes.count, bytes[i + 1] == 0x85 {
        yamlStarts.append(i + 2)
        yamlDiffers = true
        i += 2
      } else if b == 0xE2, i + 2 < bytes.count, bytes[i + 1] == 0x80,
        bytes[i + 2] == 0xA8 || bytes[i + 2] == 0xA9
      {
        yamlStarts.append(i + 3)
        yamlDiffers = true
        i += 3
      } else {
        i += 1
      }
    }
    lineStarts = starts
    yamlLineStarts = yamlDiffers ? yamlStarts : nil
    isASCII = highBits < 0x80
    // A BOM, NEL, LS or PS (where the tables differ) is never ASCII.
    walk =
      isASCII
      ? ScalarWalk() : ScalarWalk(bytes: bytes, lineStarts: starts, yamlLineStarts: yamlStarts)
  }

  public var lineCount: Int { lineStarts.count }

  /// The UTF-8 byte range of `line` without its line break.
  public func byteRange(ofLine line: Int) -> Range<Int> {
    guard line >= 0, line < lineStarts.count else { return bytes.count..<bytes.count }
    let start = lineStarts[line]
    var end = line + 1 < lineStarts.count ? lineStarts[line + 1] : bytes.count
    // Drop the break itself.
    while end > start, bytes[end - 1] == 0x0A || bytes[end - 1] == 0x0D { end -= 1 }
    return start..<end
  }

  /// The line break a new line after `line` should use: that line's own (LF, CRLF or CR),
  /// or for a last line without one the file's first break, or LF in a one-line file. Text
  /// inserted by a fix keeps a CRLF file CRLF.
  public func lineBreak(after line: Int) -> String {
    let breakAt = { (line: Int) -> String? in
      guard line >= 0, line + 1 < self.lineStarts.count else { return nil }
      let text = self.bytes[self.byteRange(ofLine: line).upperBound..<self.lineStarts[line + 1]]
      return text.isEmpty ? nil : String(decoding: text, as: UTF8.self)
    }
    return breakAt(line) ?? breakAt(0) ?? "\n"
  }

  /// The text of one line, without its break; invalid UTF-8 is replaced.
  public func text(ofLine line: Int) -> String {
    String(decoding: bytes[byteRange(ofLine: line)], as: UTF8.self)
  }

  /// A position from libyaml's (line, scalar column), lines counted as libyaml counts them.
  /// A column past the end of its line (a mark on the line break) stops at the next line.
  public func position(line: Int, scalarColumn: Int) -> SourcePosition {
    let starts = yamlLineStarts ?? lineStarts
    // libyaml ends the stream on a line of its own: after a last line without a break, its
    // marks (the ends of every open block) name the line after it. That is the end of the
    // text, not the start of the last line (which put a range's end before its start).
    if line >= starts.count { return position(byteOffset: bytes.count) }
    let clampedLine = min(max(line, 0), max(starts.count - 1, 0))
    let lineStart = starts[clampedLine]
    let next = clampedLine + 1 < starts.count ? starts[clampedLine + 1] : bytes.count
    let column = max(scalarColumn, 0)
    if isASCII, yamlLineStarts == nil {
      let offset = min(lineStart + column, next)
      guard offset == next, clampedLine + 1 < starts.count else {
        return SourcePosition(line: clampedLine, column: offset - lineStart, offset: offset)
      }
      return SourcePosition(line: clampedLine + 1, column: 0, offset: offset)
    }
    let offset = walk.offset(afterScalars: column, from: lineStart, limit: next, in: bytes)
    return position(byteOffset: offset)
  }

  /// A position from a UTF-8 byte offset (reader errors report bytes).
  public func position(byteOffset: Int) -> SourcePosition {
    let offset = min(max(byteOffset, 0), bytes.count)
    let line = lineContaining(offset)
    // ASCII text: columns are bytes. Without this, positions of many words on one long line
    // (a shell string of thousands of flags) cost the square of the line's length.
    if isASCII {
      return SourcePosition(line: line, column: offset - lineStarts[line], offset: offset)
    }
    let column =
      walk.state(at: offset, in: bytes).scalars
      - walk.state(at: lineStarts[line], in: bytes).scalars
    return SourcePosition(line: line, column: column, offset: offset)
  }

  /// Column in UTF-16 code units, the LSP default.
  public func utf16Column(of position: SourcePosition) -> Int {
    let range = byteRange(ofLine: position.line)
    let end = min(max(position.offset, range.lowerBound), range.upperBound)
    let units =
      isASCII
      ? end - range.lowerBound
      : walk.state(at: end, in: bytes).utf16 - walk.state(at: range.lowerBound, in: bytes).utf16
    return units + max(position.offset - range.upperBound, 0)
  }

  /// Column in UTF-8 bytes (LSP `positionEncoding: utf-8`).
  public func utf8Column(of position: SourcePosition) -> Int {
    position.offset - lineStarts[min(max(position.line, 0), lineStarts.count - 1)]
  }

  /// 1-based line and column (Unicode scalars) for people, compilers and SARIF; a
  /// byte-order mark, which no editor shows, is not a column.
  public func humanLineColumn(of position: SourcePosition) -> (line: Int, column: Int) {
    let mark = hasByteOrderMark && position.line == 0 && position.column > 0 ? 1 : 0
    return (position.line + 1, position.column + 1 - mark)
  }

  /// The UTF-8 offset of an editor position given in UTF-16 code units; clamps to the line.
  public func offset(line: Int, utf16Column: Int) -> Int {
    guard line < lineStarts.count else { return bytes.count }
    let range = byteRange(ofLine: max(line, 0))
    if isASCII { return min(range.lowerBound + max(utf16Column, 0), range.upperBound) }
    return walk.offset(
      afterUTF16Units: utf16Column, from: range.lowerBound, limit: range.upperBound, in: bytes)
  }

  /// The UTF-8 offset of an editor position given in UTF-8 code units; clamps to the line
  /// and backs off to the start of a character cut in the middle.
  public func offset(line: Int, utf8Column: Int) -> Int {
    guard line < lineStarts.count else { return bytes.count }
    let range = byteRange(ofLine: max(line, 0))
    var offset = min(range.lowerBound + max(utf8Column, 0), range.upperBound)
    while offset > range.lowerBound, offset < bytes.count, bytes[offset] & 0xC0 == 0x80 {
      offset -= 1
    }
    return offset
  }

  public func lineContaining(_ offset: Int) -> Int {
    var low = 0
    var high = lineStarts.count - 1
    while low < high {
      let middle = (low + high + 1) / 2
      if lineStarts[middle] <= offset { low = middle } else { high = middle - 1 }
    }
    return low
  }

  /// Bytes of the UTF-8 sequence that starts with `b`; 1 for a stray continuation byte.
  static func scalarLength(leadingByte b: UInt8) -> Int {
    switch b {
    case 0xF0...0xF7: return 4
    case 0xE0...0xEF: return 3
    case 0xC0...0xDF: return 2
    default: return 1
    }
  }
}
