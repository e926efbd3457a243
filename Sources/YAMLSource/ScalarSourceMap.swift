/// Where each byte of a scalar's value was written in the source.
///
/// A shell command inside `args: ["-c", "vllm serve … --max-model-len 32k"]`, a `run: |`
/// script or a YAML document inside `serveConfigV2: |` is one scalar to libyaml; to put a
/// diagnostic on the `32k` inside it, each byte of the decoded value needs the source range
/// it came from. Quotes, escapes, block indentation and line folding all move text around,
/// so the map re-reads the scalar's source the way YAML 1.2 §6–§8 decodes it and keeps the
/// result only when it decodes to exactly libyaml's value: a scalar this reader gets wrong
/// yields no map (callers then point at the whole scalar), never a wrong position.
public struct ScalarSourceMap: Sendable {
  /// For each UTF-8 byte of the value, the source byte range that produced it (an escape
  /// such as `\"` or a folded line break spans several source bytes).
  let starts: [Int]
  let ends: [Int]
  let lines: LineIndex

  /// The map of `node`'s scalar, or nil when it is not a scalar, was reached through an
  /// alias (its text is elsewhere), or is written in a way this reader does not reproduce.
  public init?(_ node: YAMLNode, in lines: LineIndex) {
    guard let scalar = node.scalar, node.aliasRange == nil else { return nil }
    let source = lines.bytes
    let lower = max(0, min(node.range.start.offset, source.count))
    let upper = max(lower, min(node.range.end.offset, source.count))
    var decoder = ScalarTextDecoder(source: source, start: lower, end: upper)
    switch scalar.style {
    case .plain: decoder.decodeFlow(quote: nil)
    case .singleQuoted: decoder.decodeFlow(quote: 0x27)
    case .doubleQuoted: decoder.decodeFlow(quote: 0x22)
    case .literal: decoder.decodeBlock(folded: false)
    case .folded: decoder.decodeBlock(folded: true)
    }
    let expected = Array(scalar.value.utf8)
    // Block scalars end with the chomping rule's line breaks; keep the decoded prefix when
    // only line breaks differ at the end.
    guard decoder.output.count >= expected.count,
      decoder.output.starts(with: expected),
      decoder.output[expected.count...].allSatisfy({ $0 == 0x0A })
    else { return nil }
    starts = Array(decoder.starts.prefix(expected.count))
    ends = Array(decoder.ends.prefix(expected.count))
    self.lines = lines
  }

  /// Number of bytes in the value.
  public var count: Int { starts.count }

  /// The source range of the value's bytes `bytes` (UTF-8 offsets into the value). An empty
  /// range is placed where its first byte would be.
  public func range(ofValueBytes bytes: Range<Int>) -> SourceRange {
    let lower = min(max(bytes.lowerBound, 0), count)
    let upper = min(max(bytes.upperBound, lower), count)
    let start: Int
    let end: Int
    if lower == count {
      start = ends.last ?? 0
      end = start
    } else if upper == lower {
      start = starts[lower]
      end = start
    } else {
      start = starts[lower]
      end = max(ends[upper - 1], start)
    }
    return SourceRange(
      start: lines.position(byteOffset: start), end: lines.position(byteOffset: end))
  }

  /// A range inside text parsed from this value (a nested YAML document), in the outer file.
  public func outerRange(_ inner: SourceRange) -> SourceRange {
    range(ofValueBytes: inner.start.offset..<max(inner.end.offset, inner.start.offset))
  }
}

/// Decodes a scalar's source text byte by byte, remembering where each output byte came from.
struct ScalarTextDecoder {
  let source: [UInt8]
  var position: Int
  let end: Int
  var output: [UInt8] = []
  var starts: [Int] = []
  var ends: [Int] = []

  init(source: [UInt8], start: Int, end: Int) {
    self.source = source
    self.position = start
    self.end = end
  }

  mutating func emit(_ byte: UInt8, from start: Int, to stop: Int) {
    output.append(byte)
    starts.append(start)
    ends.append(stop)
  }

  static func isBlank(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 }
  static func isBreak(_ byte: UInt8) -> Bool { byte == 0x0A || byte == 0x0D }

  /// Length of the line break at `i` (CRLF counts as one break), 0 when there is none.
  func breakLength(at i: Int) -> Int {
    guard i < end, Self.isBreak(source[i]) else { return 0 }
    return source[i] == 0x0D && i + 1 < end && source[i + 1] == 0x0A ? 2 : 1
  }

  // MARK: Flow scalars (plain, 'single', "double")

  /// YAML 1.2 §7.3: inside quotes `''` is a quote and `\` escapes (double only); a line
  /// break and the blanks around it fold into one space, or into n line feeds for n empty
  /// lines. A plain scalar folds the same way.
  mutating func decodeFlow(quote: UInt8?) {
    var stop = end
    if let quote {
      guard position < end, source[position] == quote else { return }
      position += 1
      // libyaml's range ends after the closing quote.
      if stop > position, source[stop - 1] == quote { stop -= 1 }
    }
    while position < stop {
      let byte = source[position]
      if Self.isBreak(byte) {
        fold(until: stop, escapedBreak: false)
        continue
      }
      if quote == 0x27, byte == 0x27, position + 1 < stop, source[position + 1] == 0x27 {
        emit(0x27, from: position, to: position + 2)
        position += 2
        continue
      }
      if quote == 0x22, byte == 0x5C, position + 1 < stop {
        if breakLength(at: position + 1) > 0 {
          // An escaped line break joins the lines without a space.
          position += 1
          fold(until: stop, escapedBreak: true)
          continue
        }
        guard decodeEscape(until: stop) else { return }
        continue
      }
      emit(byte, from: position, to: position + 1)
      position += 1
    }
  }

  /// At a line break of a flow scalar: drop the blanks before it (already emitted), skip the
  /// empty lines and the next line's indentation, and emit what the break folds into.
  mutating func fold(until stop: Int, escapedBreak: Bool) {
    if !escapedBreak {
      while let last = output.last, Self.isBlank(last), let from = starts.last,
        Self.isBlank(source[from])
      {
        output.removeLast()
        starts.removeLast()
        ends.removeLast()
      }
    }
    let breakStart = position
    position += max(breakLength(at: position), 1)
    var emptyLines = 0
    while position < stop {
      var i = position
      while i < stop, Self.isBlank(source[i]) { i += 1 }
      let length = breakLength(at: i)
      if length > 0 {
        emptyLines += 1
        position = i + length
      } else {
        position = i
        break
      }
    }
    if emptyLines > 0 {
      for _ in 0..<emptyLines { emit(0x0A, from: breakStart, to: breakStart + 1) }
    } else if !escapedBreak {
      emit(0x20, from: breakStart, to: breakStart + 1)
    }
  }

  /// One `\x` escape of a double-quoted scalar (YAML 1.2 §5.7). False on an escape this
  /// reader does not know, which abandons the map.
  mutating func decodeEscape(until stop: Int) -> Bool {
    let start = position
    let code = source[position + 1]
    let simple: [UInt8: UInt8] = [
      0x30: 0x00, 0x61: 0x07, 0x62: 0x08, 0x74: 0x09, 0x09: 0x09, 0x6E: 0x0A, 0x76: 0x0B,
      0x66: 0x0C, 0x72: 0x0D, 0x65: 0x1B, 0x20: 0x20, 0x22: 0x22, 0x2F: 0x2F, 0x5C: 0x5C,
    ]
    if let byte = simple[code] {
      emit(byte, from: start, to: start + 2)
      position += 2
      return true
    }
    let digits: Int
    switch code {
    case 0x78: digits = 2  // \xXX
    case 0x75: digits = 4  // \uXXXX
    case 0x55: digits = 8  // \UXXXXXXXX
    case 0x4E: return emitScalar(0x85, from: start, length: 2)  // \N
    case 0x5F: return emitScalar(0xA0, from: start, length: 2)  // \_
    case 0x4C: return emitScalar(0x2028, from: start, length: 2)  // \L
    case 0x50: return emitScalar(0x2029, from: start, length: 2)  // \P
    default: return false
    }
    guard start + 2 + digits <= stop,
      let value = UInt32(
        String(decoding: source[(start + 2)..<(start + 2 + digits)], as: UTF8.self), radix: 16)
    else { return false }
    return emitScalar(value, from: start, length: 2 + digits)
  }

  mutating func emitScalar(_ value: UInt32, from start: Int, length: Int) -> Bool {
    guard let scalar = Unicode.Scalar(value) else { return false }
    for byte in String(Character(scalar)).utf8 { emit(byte, from: start, to: start + length) }
    position = start + length
    return true
  }

  // MARK: Block scalars (| and >)

  /// YAML 1.2 §8.1: after the header (`|`, `>`, with indentation and chomping indicators),
  /// each line loses the block's indentation. A literal keeps its line breaks; a folded
  /// block turns the break between two non-empty, not more-indented lines into a space.
  mutating func decodeBlock(folded: Bool) {
    // Header: the indicator, optional digits and chomping, then the rest of the line.
    var explicitIndent: Int?
    position += 1
    while position < end, !Self.isBreak(source[position]) {
      let byte = source[position]
      if (0x31...0x39).contains(byte) { explicitIndent = Int(byte - 0x30) }
      if byte == 0x23 { break }  // a comment after the header
      position += 1
    }
    while position < end, !Self.isBreak(source[position]) { position += 1 }
    position += breakLength(at: position)
    // The block's lines: (start of content, end of content) after the indentation.
    var lines: [(start: Int, end: Int, breakAt: Int)] = []
    var indent: Int?
    var parentIndent = 0
    if let explicitIndent {
      // The indentation indicator counts from the parent node's indentation: the column of
      // the header's line's first non-blank character.
      var lineStart = position - 1
      while lineStart > 0, !Self.isBreak(source[lineStart - 1]) { lineStart -= 1 }
      while lineStart < source.count, source[lineStart] == 0x20 {
        parentIndent += 1
        lineStart += 1
      }
      indent = parentIndent + explicitIndent
    }
    while position < end {
      var i = position
      while i < end, source[i] == 0x20 { i += 1 }
      var lineEnd = i
      while lineEnd < end, !Self.isBreak(source[lineEnd]) { lineEnd += 1 }
      let column = i - position
      let isEmpty = i == lineEnd
      if !isEmpty, indent == nil { indent = column }
      if let indent, !isEmpty, column < indent { break }
      let contentStart = min(position + (indent ?? column), lineEnd)
      lines.append((contentStart, lineEnd, lineEnd))
      position = lineEnd + breakLength(at: lineEnd)
      if breakLength(at: lineEnd) == 0 { break }
    }
    var previousWasFoldable = false
    for (n, line) in lines.enumerated() {
      let text = line.start..<line.end
      let isEmpty = text.isEmpty
      let moreIndented = !isEmpty && Self.isBlank(source[line.start])
      if n > 0 {
        // The break that ended the previous line.
        let previousBreak = lines[n - 1].breakAt
        if folded, previousWasFoldable, !isEmpty, !moreIndented, output.last != 0x0A {
          emit(0x20, from: previousBreak, to: previousBreak + 1)
        } else if folded, previousWasFoldable, isEmpty {
          // An empty line after a foldable one: the break before it is dropped and the empty
          // line itself becomes the single line feed.
        } else {
          emit(0x0A, from: previousBreak, to: previousBreak + 1)
        }
      }
      for i in text { emit(source[i], from: i, to: i + 1) }
      previousWasFoldable = folded && !isEmpty && !moreIndented
      if folded, isEmpty, n > 0, lines[n - 1].start != lines[n - 1].end {
        previousWasFoldable = false
      }
    }
    if let last = lines.last { emit(0x0A, from: last.breakAt, to: last.breakAt + 1) }
  }
}
