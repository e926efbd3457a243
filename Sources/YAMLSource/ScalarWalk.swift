/// The walk over a text's characters that every column conversion of `LineIndex` shares:
/// from the first byte, one UTF-8 sequence per step (a stray continuation byte is a step of
/// its own), counting Unicode scalars and UTF-16 code units. A step never crosses a line
/// start of either line table (LSP's or libyaml's), so every line begins on a step even in
/// broken UTF-8, and a column is a difference of two walk states.
///
/// The walk is remembered every `stride` scalars: any state is a binary search and at most
/// `stride` steps away, whatever the length of the line. Built only for text that is not
/// plain ASCII; there a column is a byte count.
struct ScalarWalk: Sendable {
  struct Point: Sendable, Equatable {
    var offset: Int
    var scalars: Int
    var utf16: Int
  }

  static let stride = 128
  /// Line starts of both tables, merged and ascending: the walk lands on each.
  private let stops: [Int]
  /// The state after 0, stride, 2 × stride … scalars.
  private let points: [Point]

  init() {
    stops = []
    points = []
  }

  init(bytes: [UInt8], lineStarts: [Int], yamlLineStarts: [Int]) {
    stops = Self.merged(lineStarts, yamlLineStarts)
    var points = [Point(offset: 0, scalars: 0, utf16: 0)]
    points.reserveCapacity(bytes.count / Self.stride + 1)
    var at = points[0]
    var stop = 0
    while at.offset < bytes.count {
      Self.step(&at, &stop, stops, bytes)
      if at.scalars % Self.stride == 0 { points.append(at) }
    }
    self.points = points
  }

  /// The walk's state at `offset`, or at the first step past it when `offset` falls inside
  /// a character (that character is counted, as editors count the one the cursor is in).
  func state(at offset: Int, in bytes: [UInt8]) -> Point {
    var at = points[Self.last(in: points, where: { $0.offset <= offset })]
    var stop = firstStop(after: at.offset)
    while at.offset < offset, at.offset < bytes.count { Self.step(&at, &stop, stops, bytes) }
    return at
  }

  /// The offset `count` scalars after `start` (a line start), stopping at `limit`.
  func offset(afterScalars count: Int, from start: Int, limit: Int, in bytes: [UInt8]) -> Int {
    let base = state(at: start, in: bytes)
    let target = base.scalars + max(count, 0)
    let index = target / Self.stride
    var at = index < points.count && points[index].offset > start ? points[index] : base
    var stop = firstStop(after: at.offset)
    while at.scalars < target, at.offset < limit, at.offset < bytes.count {
      Self.step(&at, &stop, stops, bytes)
    }
    return min(at.offset, limit)
  }

  /// The offset where `units` UTF-16 code units after `start` (a line start) are reached,
  /// stopping at `limit`; a count that ends inside a surrogate pair takes the whole pair.
  func offset(afterUTF16Units units: Int, from start: Int, limit: Int, in bytes: [UInt8]) -> Int {
    let base = state(at: start, in: bytes)
    let target = base.utf16 + max(units, 0)
    let nearest = points[Self.last(in: points, where: { $0.utf16 <= target })]
    var at = nearest.offset > start ? nearest : base
    var stop = firstStop(after: at.offset)
    while at.utf16 < target, at.offset < limit, at.offset < bytes.count {
      Self.step(&at, &stop, stops, bytes)
    }
    return min(at.offset, limit)
  }

  /// One character forward; `stop` is the index of the first line start after the offset.
  private static func step(_ at: inout Point, _ stop: inout Int, _ stops: [Int], _ bytes: [UInt8]) {
    while stop < stops.count, stops[stop] <= at.offset { stop += 1 }
    let limit = stop < stops.count ? stops[stop] : bytes.count
    let length = LineIndex.scalarLength(leadingByte: bytes[at.offset])
    at.offset = min(at.offset + length, limit)
    at.scalars += 1
    at.utf16 += length == 4 ? 2 : 1
  }

  private func firstStop(after offset: Int) -> Int {
    var low = 0
    var high = stops.count
    while low < high {
      let middle = (low + high) / 2
      if stops[middle] <= offset { low = middle + 1 } else { high = middle }
    }
    return low
  }

  /// The last index whose element satisfies `isBefore`, a predicate true up to some index
  /// and false after it; 0 when none does (the first point, offset 0, satisfies both uses).
  private static func last(in points: [Point], where isBefore: (Point) -> Bool) -> Int {
    var low = 0
    var high = points.count - 1
    while low < high {
      let middle = (low + high + 1) / 2
      if isBefore(points[middle]) { low = middle } else { high = middle - 1 }
    }
    return low
  }

  private static func merged(_ a: [Int], _ b: [Int]) -> [Int] {
    var result: [Int] = []
    result.reserveCapacity(a.count + b.count)
    var i = 0
    var j = 0
    while i < a.count || j < b.count {
      let next: Int
      if j == b.count || (i < a.count && a[i] <= b[j]) {
        next = a[i]
        i += 1
      } else {
        next = b[j]
        j += 1
      }
      if result.last != next { result.append(next) }
    }
    return result
  }
}
