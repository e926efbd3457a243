import CLibYAML
import Foundation

/// The only user of libyaml: text in, a positioned node tree out. Uses the event API so that
/// every node gets both its start and end, aliases expand under a bound, and the parse can
/// stop cleanly at any limit.
public enum YAMLParser {
  public static func parse(_ text: String, limits: YAMLLimits = YAMLLimits()) -> YAMLFile {
    parse(bytes: Array(text.utf8), limits: limits)
  }

  /// A file over the size limit, left unread: one problem at its start naming its size
  /// (nil: a stream, known only to be longer than the limit).
  public static func unread(byteCount: Int?, limits: YAMLLimits = YAMLLimits()) -> YAMLFile {
    let start = SourcePosition(line: 0, column: 0, offset: 0)
    let size = byteCount.map { "\($0) bytes" } ?? "more than \(limits.maxBytes) bytes"
    let problem = YAMLProblem(
      kind: .limit,
      message: "file is \(size), over the \(limits.maxBytes)-byte limit; it was not read",
      range: SourceRange(start: start, end: start))
    return YAMLFile(lines: LineIndex(bytes: []), documents: [], problems: [problem], comments: [])
  }

  public static func parse(bytes: [UInt8], limits: YAMLLimits = YAMLLimits()) -> YAMLFile {
    guard bytes.count <= limits.maxBytes else {
      return unread(byteCount: bytes.count, limits: limits)
    }
    let lines = LineIndex(bytes: bytes)
    var builder = TreeBuilder(lines: lines, limits: limits)
    bytes.withUnsafeBufferPointer { buffer in
      let parser = UnsafeMutablePointer<yaml_parser_t>.allocate(capacity: 1)
      defer { parser.deallocate() }
      guard yaml_parser_initialize(parser) == 1 else {
        builder.fail(
          .limit, "libyaml could not allocate a parser", at: lines.position(byteOffset: 0))
        return
      }
      defer { yaml_parser_delete(parser) }
      buffer.baseAddress.map { yaml_parser_set_input_string(parser, $0, buffer.count) }
      if buffer.baseAddress == nil {
        let empty: [UInt8] = []
        empty.withUnsafeBufferPointer { yaml_parser_set_input_string(parser, $0.baseAddress, 0) }
      }
      var event = yaml_event_t()
      while !builder.stopped {
        guard yaml_parser_parse(parser, &event) == 1 else {
          builder.failFromParser(parser.pointee)
          break
        }
        let done = event.type == YAML_STREAM_END_EVENT
        builder.handle(event)
        yaml_event_delete(&event)
        if done { break }
      }
    }
    return YAMLFile(
      lines: lines, documents: builder.documents, problems: builder.problems,
      comments: CommentScanner.comments(in: lines, excluding: builder.nonPlainScalarRanges))
  }
}

/// Finds comments: a `#` at the start of a line or after a space or tab, outside the
/// quoted and block scalars (the only places a `#` after a space is text; a plain scalar
/// ends where " #" begins, YAML 1.2 §6.6).
enum CommentScanner {
  static func comments(in lines: LineIndex, excluding scalars: [SourceRange]) -> [YAMLComment] {
    var found: [YAMLComment] = []
    let bytes = lines.bytes
    var scalarIndex = 0
    let sorted = scalars.sorted { $0.start.offset < $1.start.offset }
    for line in 0..<lines.lineCount {
      let range = lines.byteRange(ofLine: line)
      var i = range.lowerBound
      while i < range.upperBound {
        if bytes[i] == UInt8(ascii: "#"),
          i == range.lowerBound || bytes[i - 1] == 0x20 || bytes[i - 1] == 0x09
        {
          while scalarIndex < sorted.count, sorted[scalarIndex].end.offset <= i { scalarIndex += 1 }
          let inside = sorted[scalarIndex...].prefix { $0.start.offset <= i }.contains {
            $0.contains(lines.position(byteOffset: i))
          }
          if !inside {
            var textStart = i + 1
            var textEnd = range.upperBound
            while textStart < textEnd, bytes[textStart] == 0x20 || bytes[textStart] == 0x09 {
              textStart += 1
            }
            while textEnd > textStart, bytes[textEnd - 1] == 0x20 || bytes[textEnd - 1] == 0x09 {
              textEnd -= 1
            }
            let text = String(decoding: bytes[textStart..<textEnd], as: UTF8.self)
            found.append(
              YAMLComment(
                range: SourceRange(
                  start: lines.position(byteOffset: i),
                  end: lines.position(byteOffset: range.upperBound)),
                text: text))
            break
          }
        }
        i += 1
      }
    }
    return found
  }
}

/// Builds nodes from libyaml events with an explicit stack (no recursion, so depth is a
/// counted limit rather than a stack overflow).
struct TreeBuilder {
  /// A mapping or sequence whose end event has not come yet. Its finished children wait in
  /// `children` from `firstChild` on (for a mapping: key, value, key, value, …), so adding a
  /// child appends to one flat array instead of rebuilding a frame.
  struct OpenCollection {
    var isMapping: Bool
    var start: SourcePosition
    var tag: String?
    var anchor: String?
    var firstChild: Int
    /// Nodes in the subtree so far (aliases counted expanded), for the node limit.
    var nodeCount = 0
    /// Keys seen so far, kept only once a mapping grows past `earlierKey`'s scan.
    var keyIndex: [String: SourceRange] = [:]
  }

  let lines: LineIndex
  let limits: YAMLLimits
  var openCollections: [OpenCollection] = []
  var children: [YAMLNode] = []
  var documents: [YAMLDocument] = []
  var problems: [YAMLProblem] = []
  var anchors: [String: (node: YAMLNode, count: Int)] = [:]
  var documentStart = SourcePosition(line: 0, column: 0, offset: 0)
  var documentRoot: YAMLNode?
  var nodeCount = 0
  /// Whether an alias was expanded (the node limit's message then suspects a bomb).
  var expandedAliases = false
  var stopped = false
  /// Quoted and block scalars, inside which a `#` is text, not a comment.
  var nonPlainScalarRanges: [SourceRange] = []

  init(lines: LineIndex, limits: YAMLLimits) {
    self.lines = lines
    self.limits = limits
  }

  func position(_ mark: yaml_mark_t) -> SourcePosition {
    lines.position(line: Int(mark.line), scalarColumn: Int(mark.column))
  }

  mutating func fail(
    _ kind: YAMLProblem.Kind, _ message: String, at start: SourcePosition,
    end: SourcePosition? = nil
  ) {
    problems.append(
      YAMLProblem(kind: kind, message: message, range: SourceRange(start: start, end: end ?? start))
    )
    stopped = true
  }

  mutating func failFromParser(_ parser: yaml_parser_t) {
    let problem = parser.problem.map { String(cString: $0) } ?? "unknown error"
    let context = parser.context.map { String(cString: $0) }
    if parser.error == YAML_READER_ERROR {
      let at = lines.position(byteOffset: Int(parser.problem_offset))
      let message =
        problem.contains("UTF") || problem.contains("octet")
        ? "the file is not valid UTF-8 (\(problem)); save it as UTF-8" : problem
      fail(.encoding, message, at: at)
      return
    }
    let at = position(parser.problem_mark)
    var message = problem
    if let context {
      message +=
        " (\(context)"
        + (parser.context_mark.line != parser.problem_mark.line
          || parser.context_mark.column != parser.problem_mark.column
          ? " at line \(parser.context_mark.line + 1), column \(parser.context_mark.column + 1))"
          : ")")
    }
    if problem.contains("cannot start any token"), at.offset < lines.bytes.count,
      lines.bytes[at.offset] == 0x09
    {
      message = "a tab character cannot indent YAML; use spaces (\(problem))"
    }
    fail(.syntax, message, at: at)
  }

  static func string(_ pointer: UnsafeMutablePointer<yaml_char_t>?) -> String? {
    pointer.map { String(cString: UnsafeRawPointer($0).assumingMemoryBound(to: CChar.self)) }
  }

  mutating func handle(_ event: yaml_event_t) {
    let start = position(event.start_mark)
    let end = position(event.end_mark)
    switch event.type {
    case YAML_DOCUMENT_START_EVENT:
      if documents.count >= limits.maxDocuments {
        fail(.limit, "more than \(limits.maxDocuments) documents in one file", at: start)
        return
      }
      documentStart = start
      documentRoot = nil
      anchors = [:]
    case YAML_DOCUMENT_END_EVENT:
      documents.append(
        YAMLDocument(root: documentRoot, range: SourceRange(start: documentStart, end: end)))
    case YAML_SCALAR_EVENT:
      let data = event.data.scalar
      let value = String(
        decoding: UnsafeBufferPointer(start: data.value, count: Int(data.length)), as: UTF8.self)
      let style: YAMLScalar.Style
      switch data.style {
      case YAML_SINGLE_QUOTED_SCALAR_STYLE: style = .singleQuoted
      case YAML_DOUBLE_QUOTED_SCALAR_STYLE: style = .doubleQuoted
      case YAML_LITERAL_SCALAR_STYLE: style = .literal
      case YAML_FOLDED_SCALAR_STYLE: style = .folded
      default: style = .plain
      }
      if style != .plain { nonPlainScalarRanges.append(SourceRange(start: start, end: end)) }
      let node = YAMLNode(
        content: .scalar(YAMLScalar(value: value, style: style)),
        range: SourceRange(start: start, end: end),
        tag: Self.string(data.tag), anchor: Self.string(data.anchor))
      complete(node, count: 1)
    case YAML_ALIAS_EVENT:
      let name = Self.string(event.data.alias.anchor) ?? ""
      guard let target = anchors[name] else {
        fail(.syntax, "alias *\(name) refers to no anchor &\(name) before it", at: start, end: end)
        return
      }
      var node = target.node
      node.aliasRange = SourceRange(start: start, end: end)
      expandedAliases = true
      complete(node, count: target.count)
    case YAML_SEQUENCE_START_EVENT:
      let data = event.data.sequence_start
      open(
        isMapping: false, at: start, tag: Self.string(data.tag), anchor: Self.string(data.anchor))
    case YAML_MAPPING_START_EVENT:
      let data = event.data.mapping_start
      open(
        isMapping: true, at: start, tag: Self.string(data.tag), anchor: Self.string(data.anchor))
    case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
      guard let collection = openCollections.popLast() else { return }
      // Children are moved off the end of `children` (no copies, no retain/release pairs).
      let count = children.count - collection.firstChild
      let content: YAMLNode.Content
      if collection.isMapping {
        var pairs: [YAMLPair] = []
        pairs.reserveCapacity(count / 2)
        if count % 2 == 1 { children.removeLast() }  // a key without a value: cannot happen
        while children.count > collection.firstChild {
          let value = children.removeLast()
          pairs.append(YAMLPair(key: children.removeLast(), value: value))
        }
        pairs.reverse()
        content = .mapping(pairs)
      } else {
        var items: [YAMLNode] = []
        items.reserveCapacity(count)
        while children.count > collection.firstChild { items.append(children.removeLast()) }
        items.reverse()
        content = .sequence(items)
      }
      complete(
        YAMLNode(
          content: content, range: SourceRange(start: collection.start, end: end),
          tag: collection.tag, anchor: collection.anchor), count: collection.nodeCount + 1,
        added: 1)  // its children were counted as they completed
    default:
      break
    }
  }

  /// Where `name` was already a key of the innermost open mapping. Small mappings
  /// (deployment files) are scanned; from 32 pairs on an index is kept, so a 100,000-key
  /// mapping stays linear.
  mutating func earlierKey(_ name: String, at range: SourceRange) -> SourceRange? {
    let top = openCollections.count - 1
    let first = openCollections[top].firstChild
    let keys = stride(from: first, to: children.count, by: 2)
    if children.count - first < 64 {
      for i in keys where children[i].aliasRange == nil && children[i].scalar?.value == name {
        return children[i].range
      }
      return nil
    }
    if openCollections[top].keyIndex.isEmpty {
      for i in keys.reversed() where children[i].aliasRange == nil {
        if let key = children[i].scalar?.value {
          openCollections[top].keyIndex[key] = children[i].range
        }
      }
    }
    if let earlier = openCollections[top].keyIndex[name] { return earlier }
    openCollections[top].keyIndex[name] = range
    return nil
  }

  mutating func open(isMapping: Bool, at start: SourcePosition, tag: String?, anchor: String?) {
    guard openCollections.count < limits.maxDepth else {
      fail(.limit, "nesting deeper than \(limits.maxDepth) levels", at: start)
      return
    }
    openCollections.append(
      OpenCollection(
        isMapping: isMapping, start: start, tag: tag, anchor: anchor, firstChild: children.count))
  }

  /// `count` is the size of the node's subtree (what an alias to it copies); `added` what
  /// it adds to the file's total: all of it for a scalar or an alias, one for a collection,
  /// whose children were added as they completed (counting subtrees again at every level
  /// made 1,000,000 items two levels deep look like 3,000,000 nodes).
  mutating func complete(_ node: YAMLNode, count: Int, added: Int? = nil) {
    nodeCount += added ?? count
    if nodeCount > limits.maxNodes {
      let cause = expandedAliases ? " after expanding aliases (an alias bomb?)" : ""
      fail(
        .limit, "more than \(limits.maxNodes) nodes\(cause)",
        at: node.reportedRange.start, end: node.reportedRange.end)
      return
    }
    if let anchor = node.anchor, node.aliasRange == nil { anchors[anchor] = (node, count) }
    guard !openCollections.isEmpty else {
      documentRoot = node
      return
    }
    let top = openCollections.count - 1
    openCollections[top].nodeCount += count
    // In a mapping, an even number of finished children means this node is a key.
    if openCollections[top].isMapping, (children.count - openCollections[top].firstChild) % 2 == 0,
      node.aliasRange == nil, let name = node.scalar?.value,
      let first = earlierKey(name, at: node.range)
    {
      problems.append(
        YAMLProblem(
          kind: .duplicateKey,
          message: "duplicate key '\(name)': the later value wins in most readers",
          range: node.range, related: first))
    }
    children.append(node)
  }
}
