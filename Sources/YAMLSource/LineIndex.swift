/// Where each line starts, and the conversions between libyaml's scalar columns, UTF-8 byte
/// offsets, UTF-16 columns (LSP's default position encoding) and 1-based columns (people,
/// compilers, SARIF). Line breaks are those of YAML 1.1 as libyaml reads them: LF, CRLF, CR,
/// NEL (U+0085), LS (U+2028), PS (U+2029). A leading byte-order mark is not part of line 0.
public struct LineIndex: Sendable {
  public let bytes: [UInt8]
  /// UTF-8 offset where each line's first character starts.
  public let lineStarts: [Int]
  /// Whether every byte is ASCII: then scalar columns are byte columns, the common case
  /// that `position(line:scalarColumn:)` answers without walking the line.
  public let isASCII: Bool

  public init(_ text: String) {
    self.init(bytes: Array(text.utf8))
  }

  public init(bytes: [UInt8]) {
    self.bytes = bytes
    var starts = [bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0]
    var i = starts[0]
    var highBits: UInt8 = 0
    while i < bytes.count {
      let b = bytes[i]
      highBits |= b
      if b == 0x0A {
        starts.append(i + 1)
        i += 1
      } else if b == 0x0D {
        let next = i + 1 < bytes.count && bytes[i + 1] == 0x0A ? i + 2 : i + 1
        starts.append(next)
        i = next
      } else if b == 0xC2, i + 1 < bytes.count, bytes[i + 1] == 0x85 {
        starts.append(i + 2)
        i += 2
      } else if b == 0xE2, i + 2 < bytes.count, bytes[i + 1] == 0x80,
        bytes[i + 2] == 0xA8 || bytes[i + 2] == 0xA9
      {
        starts.append(i + 3)
        i += 3
      } else {
        i += 1
      }
    }
    lineStarts = starts
    isASCII = highBits < 0x80 && starts[0] == 0
  }

  public var lineCount: Int { lineStarts.count }

  /// The UTF-8 byte range of `line` without its line break.
  public func byteRange(ofLine line: Int) -> Range<Int> {
    guard line >= 0, line < lineStarts.count else { return bytes.count..<bytes.count }
    let start = lineStarts[line]
    var end = line + 1 < lineStarts.count ? lineStarts[line + 1] : bytes.count
    // Drop the break itself.
    while end > start, bytes[end - 1] == 0x0A || bytes[end - 1] == 0x0D { end -= 1 }
    if end - start >= 2, bytes[end - 2] == 0xC2, bytes[end - 1] == 0x85, line + 1 < lineStarts.count
    {
      end -= 2
    }
    if end - start >= 3, bytes[end - 3] == 0xE2, bytes[end - 2] == 0x80,
      line + 1 < lineStarts.count,
      bytes[end - 1] == 0xA8 || bytes[end - 1] == 0xA9
    {
      end -= 3
    }
    return start..<end
  }

  /// The text of one line, without its break; invalid UTF-8 is replaced.
  public func text(ofLine line: Int) -> String {
    String(decoding: bytes[byteRange(ofLine: line)], as: UTF8.self)
  }

  /// A position from libyaml's (line, scalar column).
  public func position(line: Int, scalarColumn: Int) -> SourcePosition {
    let clampedLine = min(max(line, 0), max(lineStarts.count - 1, 0))
    if isASCII, clampedLine == line, scalarColumn >= 0 {
      let next = line + 1 < lineStarts.count ? lineStarts[line + 1] : bytes.count
      return SourcePosition(
        line: line, column: scalarColumn, offset: min(lineStarts[line] + scalarColumn, next))
    }
    let range = byteRange(ofLine: clampedLine)
    var offset = range.lowerBound
    var column = 0
    while column < scalarColumn, offset < range.upperBound {
      offset += LineIndex.scalarLength(leadingByte: bytes[offset])
      column += 1
    }
    // Columns past the end of the line (a mark on the line break) stay past it.
    if column < scalarColumn {
      offset = min(
        offset + (scalarColumn - column),
        line + 1 < lineStarts.count ? lineStarts[line + 1] : bytes.count)
    }
    return SourcePosition(line: clampedLine, column: scalarColumn, offset: min(offset, bytes.count))
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
    var column = 0
    var i = lineStarts[line]
    while i < offset {
      i += LineIndex.scalarLength(leadingByte: bytes[i])
      column += 1
    }
    return SourcePosition(line: line, column: column, offset: offset)
  }

  /// Column in UTF-16 code units, the LSP default.
  public func utf16Column(of position: SourcePosition) -> Int {
    let range = byteRange(ofLine: position.line)
    let end = min(max(position.offset, range.lowerBound), range.upperBound)
    var units = 0
    var i = range.lowerBound
    while i < end {
      let length = LineIndex.scalarLength(leadingByte: bytes[i])
      units += length == 4 ? 2 : 1
      i += length
    }
    return units + max(position.offset - range.upperBound, 0)
  }

  /// Column in UTF-8 bytes (LSP `positionEncoding: utf-8`).
  public func utf8Column(of position: SourcePosition) -> Int {
    position.offset - lineStarts[min(max(position.line, 0), lineStarts.count - 1)]
  }

  /// 1-based line and column (Unicode scalars) for people, compilers and SARIF.
  public func humanLineColumn(of position: SourcePosition) -> (line: Int, column: Int) {
    (position.line + 1, position.column + 1)
  }

  /// The UTF-8 offset of an editor position given in UTF-16 code units; clamps to the line.
  public func offset(line: Int, utf16Column: Int) -> Int {
    guard line < lineStarts.count else { return bytes.count }
    let range = byteRange(ofLine: max(line, 0))
    var units = 0
    var i = range.lowerBound
    while i < range.upperBound, units < utf16Column {
      let length = LineIndex.scalarLength(leadingByte: bytes[i])
      units += length == 4 ? 2 : 1
      i += length
    }
    return min(i, range.upperBound)
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
