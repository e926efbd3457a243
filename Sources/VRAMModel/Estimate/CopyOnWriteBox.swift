/// A value kept behind one reference, copied only when written while shared. Deployment
/// specs carry a model card and a GPU (dozens of strings and arrays between them); the
/// planner copies a spec for every variant it probes, and with the two behind boxes a copy
/// is a few words and two retains instead of a deep copy.
final class CopyOnWriteBox<Value: Sendable>: @unchecked Sendable {
  // @unchecked: `value` is written only through `DeploymentSpec`'s `_modify` accessors, and
  // only after `isKnownUniquelyReferenced` proved no other holder can see the write.
  var value: Value

  init(_ value: Value) {
    self.value = value
  }
}

extension CopyOnWriteBox: Equatable where Value: Equatable {
  static func == (a: CopyOnWriteBox, b: CopyOnWriteBox) -> Bool {
    a === b || a.value == b.value
  }
}

extension CopyOnWriteBox: Hashable where Value: Hashable {
  func hash(into hasher: inout Hasher) {
    hasher.combine(value)
  }
}
