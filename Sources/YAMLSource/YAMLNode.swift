/// A YAML node with the exact range of its text. Aliases are resolved: a node reached through
/// `*name` is a copy of the anchored node that remembers the alias's own range.
public struct YAMLNode: Sendable {
  public enum Content: Sendable {
    case scalar(YAMLScalar)
    case mapping([YAMLPair])
    case sequence([YAMLNode])
  }

  public var content: Content
  public var range: SourceRange
  public var tag: String?
  public var anchor: String?
  /// Where the alias that stands for this node is written, if it was reached through one.
  public var aliasRange: SourceRange?

  public init(content: Content, range: SourceRange, tag: String? = nil, anchor: String? = nil) {
    self.content = content
    self.range = range
    self.tag = tag
    self.anchor = anchor
  }

  /// The range a diagnostic about this node should point at: the alias when there is one.
  public var reportedRange: SourceRange { aliasRange ?? range }

  public var scalar: YAMLScalar? {
    if case .scalar(let s) = content { return s }
    return nil
  }

  public var pairs: [YAMLPair]? {
    if case .mapping(let p) = content { return p }
    return nil
  }

  public var items: [YAMLNode]? {
    if case .sequence(let n) = content { return n }
    return nil
  }

  /// The value of the first pair whose key is the scalar `key`.
  public subscript(key: String) -> YAMLNode? {
    pairs?.first { $0.key.scalar?.value == key }?.value
  }
}

public struct YAMLScalar: Sendable, Hashable {
  public enum Style: String, Sendable {
    case plain, singleQuoted, doubleQuoted, literal, folded
  }

  public var value: String
  public var style: Style

  public init(value: String, style: Style) {
    self.value = value
    self.style = style
  }

  /// A plain scalar may be a number, a boolean or null; a quoted one is always a string.
  public var isPlain: Bool { style == .plain }

  /// YAML 1.1/1.2 core null: `~`, `null`, `Null`, `NULL` or empty, when plain.
  public var isNull: Bool {
    guard isPlain, value.utf8.count <= 4 else { return false }
    switch value {
    case "", "~", "null", "Null", "NULL": return true
    default: return false
    }
  }
}

public struct YAMLPair: Sendable {
  public var key: YAMLNode
  public var value: YAMLNode

  public init(key: YAMLNode, value: YAMLNode) {
    self.key = key
    self.value = value
  }
}

/// One `---` document of a stream.
public struct YAMLDocument: Sendable {
  public var root: YAMLNode?
  public var range: SourceRange

  public init(root: YAMLNode?, range: SourceRange) {
    self.root = root
    self.range = range
  }
}

/// A problem with the text itself: syntax, encoding, limits, duplicate keys. These are
/// findings about the file (values), not failures of the tool.
public struct YAMLProblem: Sendable, Hashable {
  public enum Kind: String, Sendable {
    case syntax, encoding, limit
    case duplicateKey = "duplicate-key"
  }

  public var kind: Kind
  public var message: String
  public var range: SourceRange
  /// A second place that explains the first (the earlier key of a duplicate).
  public var related: SourceRange?
}

/// Bounds that keep a hostile file from costing more than a normal one.
public struct YAMLLimits: Sendable {
  public var maxBytes = 16 << 20
  public var maxDepth = 200
  /// Nodes after alias expansion: a "billion laughs" file hits this, not the heap. A node
  /// costs about 340 bytes at the peak of a lint (measured: 1,000,000 one-character items
  /// in a list, 338 MiB for `vramlint check`), so this bounds a file at about that; the
  /// largest real deployment files (a 10,000-line Kubernetes manifest) hold some 30,000.
  public var maxNodes = 1_000_000
  public var maxDocuments = 20_000

  public init() {}
}

/// A `# comment`: its range (from the `#`) and its text after the `#`, trimmed.
public struct YAMLComment: Sendable, Hashable {
  public let range: SourceRange
  public let text: String
}

/// A parsed file: the documents read before any error, every problem found, and the
/// comments (libyaml drops them; they carry vramlint's directives).
public struct YAMLFile: Sendable {
  public let lines: LineIndex
  public let documents: [YAMLDocument]
  public let problems: [YAMLProblem]
  public let comments: [YAMLComment]
}
