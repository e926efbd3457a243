/// YAML written inside a YAML string, such as KubeRay's `serveConfigV2: |` (a whole Ray
/// Serve config as one block scalar): parsed on its own, then every range moved back into
/// the outer file, so a diagnostic about the inner `max_model_len` lands on those characters
/// of the outer file.
public enum EmbeddedYAML {
  /// The documents of the string `node` holds, with outer-file ranges, and the problems of
  /// the inner text (also placed in the outer file). Nil when `node` is not a string whose
  /// characters can be mapped back (an alias, or a scalar the source map cannot reproduce).
  public static func parse(_ node: YAMLNode, in lines: LineIndex, limits: YAMLLimits = YAMLLimits())
    -> YAMLFile?
  {
    guard let scalar = node.scalar, let map = ScalarSourceMap(node, in: lines) else { return nil }
    let inner = YAMLParser.parse(bytes: Array(scalar.value.utf8), limits: limits)
    return YAMLFile(
      lines: lines,
      documents: inner.documents.map { document in
        YAMLDocument(
          root: document.root.map { remap($0, map) }, range: map.outerRange(document.range))
      },
      problems: inner.problems.map { problem in
        var moved = problem
        moved.range = map.outerRange(problem.range)
        moved.related = problem.related.map(map.outerRange)
        return moved
      },
      comments: inner.comments.map { YAMLComment(range: map.outerRange($0.range), text: $0.text) })
  }

  static func remap(_ node: YAMLNode, _ map: ScalarSourceMap) -> YAMLNode {
    var moved = node
    moved.range = map.outerRange(node.range)
    moved.aliasRange = node.aliasRange.map(map.outerRange)
    switch node.content {
    case .scalar: break
    case .mapping(let pairs):
      moved.content = .mapping(
        pairs.map { YAMLPair(key: remap($0.key, map), value: remap($0.value, map)) })
    case .sequence(let items):
      moved.content = .sequence(items.map { remap($0, map) })
    }
    return moved
  }
}
