extension LineIndex {
  /// Where the content of the node at `range` starts: after its YAML properties, the anchor
  /// and tag libyaml includes in a node's range (`&len 131072`, `!!int 8`, `!<tag:x> 8`).
  /// An edit of a value starts here, so every `*len` that refers to the anchor still finds
  /// it. A range holding only a property-like word (nothing after it) has no properties.
  public func contentStart(of range: SourceRange) -> SourcePosition {
    var start = range.start.offset
    let end = min(range.end.offset, bytes.count)
    func isSpace(_ byte: UInt8) -> Bool { byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") }
    while start < end, bytes[start] == UInt8(ascii: "&") || bytes[start] == UInt8(ascii: "!") {
      var after = start
      if bytes[after] == UInt8(ascii: "!"), after + 1 < end, bytes[after + 1] == UInt8(ascii: "<") {
        while after < end, bytes[after] != UInt8(ascii: ">") { after += 1 }  // !<verbatim>
      }
      while after < end, !isSpace(bytes[after]), bytes[after] != 0x0A, bytes[after] != 0x0D {
        after += 1
      }
      guard after < end else { break }  // nothing after the property: not a property
      start = after
      while start < end, isSpace(bytes[start]) { start += 1 }
    }
    return start == range.start.offset ? range.start : position(byteOffset: start)
  }
}
