/// Encodes an `Encodable` value straight into a `JSONValue`. Foundation's route (encode to
/// bytes with `JSONEncoder`, then decode those bytes again) spent two thirds of the time
/// of every edit of a large file in JSON, for the 700-odd diagnostics it publishes.
enum JSONValueEncoder {
  static func encode<T: Encodable>(_ value: T) throws -> JSONValue {
    if let json = value as? JSONValue { return json }
    if let representable = value as? any JSONRepresentable { return representable.json }
    let node = Node()
    try value.encode(to: NodeEncoder(node: node, codingPath: []))
    return node.value
  }

  /// One value under construction. Containers hand out child nodes and read them back when
  /// the whole tree is done, because a container may keep writing after it is handed out.
  final class Node {
    var scalar: JSONValue?
    var members: [String: Node]?
    var elements: [Node]?

    var value: JSONValue {
      if let members { return .object(members.mapValues(\.value)) }
      if let elements { return .array(elements.map(\.value)) }
      return scalar ?? .object([:])
    }

    func makeObject() {
      if members == nil { members = [:] }
    }

    func makeArray() {
      if elements == nil { elements = [] }
    }

    /// Encodes `value` into this node; scalars and `JSONValue` without a nested encoder.
    func encode<T: Encodable>(_ value: T, codingPath: [any CodingKey]) throws {
      switch value {
      case let value as String: scalar = .string(value)
      case let value as Int: scalar = .int(value)
      case let value as Bool: scalar = .bool(value)
      case let value as Double: scalar = value.isFinite ? .double(value) : .null
      case let value as JSONValue: scalar = value
      case let value as any JSONRepresentable: scalar = value.json
      // Every other integer and Float here, not through `encode(to:)`: their conformances
      // call back into a single-value container, which would land here again.
      case let value as any BinaryInteger:
        scalar = Int(exactly: value).map(JSONValue.int) ?? .double(Double(value))
      // Through its shortest text: Double(Float(0.1)) would be 0.10000000149011612.
      case let value as Float:
        scalar = value.isFinite ? Double(value.description).map(JSONValue.double) ?? .null : .null
      default: try value.encode(to: NodeEncoder(node: self, codingPath: codingPath))
      }
    }
  }

  struct NodeEncoder: Encoder {
    let node: Node
    let codingPath: [any CodingKey]
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
      node.makeObject()
      return KeyedEncodingContainer(Keyed(node: node, codingPath: codingPath))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
      node.makeArray()
      return Unkeyed(node: node, codingPath: codingPath)
    }

    func singleValueContainer() -> any SingleValueEncodingContainer {
      Single(node: node, codingPath: codingPath)
    }
  }

  struct Keyed<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let node: Node
    let codingPath: [any CodingKey]

    func child(_ key: Key) -> Node {
      let child = Node()
      node.members![key.stringValue] = child
      return child
    }

    mutating func encodeNil(forKey key: Key) throws { child(key).scalar = .null }

    mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
      try child(key).encode(value, codingPath: codingPath + [key])
    }

    mutating func nestedContainer<NestedKey: CodingKey>(
      keyedBy keyType: NestedKey.Type, forKey key: Key
    ) -> KeyedEncodingContainer<NestedKey> {
      NodeEncoder(node: child(key), codingPath: codingPath + [key]).container(keyedBy: keyType)
    }

    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
      NodeEncoder(node: child(key), codingPath: codingPath + [key]).unkeyedContainer()
    }

    mutating func superEncoder() -> any Encoder {
      // The key Foundation uses too; `Key` itself usually has no case named "super".
      let child = Node()
      node.members!["super"] = child
      return NodeEncoder(node: child, codingPath: codingPath + [SuperKey()])
    }

    mutating func superEncoder(forKey key: Key) -> any Encoder {
      NodeEncoder(node: child(key), codingPath: codingPath + [key])
    }
  }

  struct SuperKey: CodingKey {
    var stringValue: String { "super" }
    var intValue: Int? { nil }
    init() {}
    init?(stringValue: String) { nil }
    init?(intValue: Int) { nil }
  }

  struct Unkeyed: UnkeyedEncodingContainer {
    let node: Node
    let codingPath: [any CodingKey]
    var count: Int { node.elements!.count }

    func append() -> Node {
      let child = Node()
      node.elements!.append(child)
      return child
    }

    mutating func encodeNil() throws { append().scalar = .null }

    mutating func encode<T: Encodable>(_ value: T) throws {
      try append().encode(value, codingPath: codingPath)
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type)
      -> KeyedEncodingContainer<NestedKey>
    {
      NodeEncoder(node: append(), codingPath: codingPath).container(keyedBy: keyType)
    }

    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
      NodeEncoder(node: append(), codingPath: codingPath).unkeyedContainer()
    }

    mutating func superEncoder() -> any Encoder {
      NodeEncoder(node: append(), codingPath: codingPath)
    }
  }

  struct Single: SingleValueEncodingContainer {
    let node: Node
    let codingPath: [any CodingKey]

    mutating func encodeNil() throws { node.scalar = .null }

    mutating func encode<T: Encodable>(_ value: T) throws {
      try node.encode(value, codingPath: codingPath)
    }
  }
}
