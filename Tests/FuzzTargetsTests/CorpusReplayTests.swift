import Foundation
import TestSupport
import Testing

@testable import FuzzTargets

/// Every seed and every regression input (a crash a fuzzer once found) goes through its
/// target on every test run, so a fixed crash stays fixed without a fuzzer. A short,
/// seeded mutation pass follows, so the sanitizer run of this suite (CI builds it with
/// -sanitize=address; Swift on Linux has no undefined-behaviour sanitizer) sees broken inputs
/// too, not only well-formed ones.
@Suite struct CorpusReplayTests {
  static let corpus = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("Corpus")

  static func inputs(_ target: FuzzTarget) throws -> [(name: String, bytes: [UInt8])] {
    let folder = corpus.appendingPathComponent(target.rawValue)
    return try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted().map {
      ($0, Array(try Data(contentsOf: folder.appendingPathComponent($0))))
    }
  }

  @Test(arguments: FuzzTarget.allCases)
  func everySeedAndRegressionInputPasses(_ target: FuzzTarget) async throws {
    let inputs = try Self.inputs(target)
    #expect(inputs.count > 0, "no seeds for \(target.rawValue): run Benchmarks/fuzz/make_seeds.py")
    for input in inputs {
      #expect(input.bytes.count <= target.maxLength, "\(input.name) is longer than -max_len")
      await #expect(throws: Never.self, "\(target.rawValue)/\(input.name)") {
        try await target.runInTask(input.bytes)
      }
    }
  }

  @Test(arguments: FuzzTarget.allCases)
  func seededMutationsKeepTheInvariants(_ target: FuzzTarget) async throws {
    let seeds = try Self.inputs(target).map(\.bytes)
    var random = SplitMix64(seed: 0x7672_616d_6c69_6e74)  // "vramlint"
    // The server target answers ~10 requests per input: fewer rounds keep the suite quick.
    let rounds = target == .server ? 40 : 300
    for round in 0..<rounds {
      let input = Mutator.mutate(seeds[round % seeds.count], seeds, &random)
      await #expect(throws: Never.self, "\(target.rawValue), round \(round)") {
        try await target.runInTask(input)
      }
    }
  }

  @Test func aBrokenInvariantIsReportedNotSwallowed() {
    // Two words that overlap cannot come from the tokenizer; the check itself must fire.
    #expect(throws: InvariantViolation.self) { try check(false, "overlap") }
  }
}

/// libFuzzer's simplest moves: flip, insert, erase, duplicate, splice and "interesting" bytes.
enum Mutator {
  static let interesting: [[UInt8]] = [
    [0], [0xFF], [0xFF, 0xFF, 0xFF, 0x7F], [0, 0, 0, 0, 0, 0, 0, 0x80], Array("&a *a".utf8),
    Array("\n  - ".utf8), Array("{[".utf8), Array("\"\\u".utf8), Array("1e308".utf8),
    Array("Content-Length: 4294967296\r\n\r\n".utf8), Array("'$(".utf8),
  ]

  static func mutate(_ seed: [UInt8], _ all: [[UInt8]], _ random: inout SplitMix64) -> [UInt8] {
    var bytes = seed
    for _ in 0..<Int.random(in: 1...4, using: &random) {
      let at = bytes.isEmpty ? 0 : Int.random(in: 0..<bytes.count, using: &random)
      switch Int.random(in: 0..<6, using: &random) {
      case 0 where !bytes.isEmpty: bytes[at] ^= UInt8(1 << Int.random(in: 0..<8, using: &random))
      case 1: bytes.insert(contentsOf: interesting.randomElement(using: &random)!, at: at)
      case 2 where !bytes.isEmpty:
        bytes.removeSubrange(at..<min(bytes.count, at + Int.random(in: 1...64, using: &random)))
      case 3 where !bytes.isEmpty:
        let piece = Array(
          bytes[at..<min(bytes.count, at + Int.random(in: 1...256, using: &random))])
        bytes.insert(contentsOf: piece, at: Int.random(in: 0...bytes.count, using: &random))
      case 4:
        let other = all.randomElement(using: &random) ?? []
        bytes = Array(bytes.prefix(at)) + other.suffix(other.count / 2)
      default: if !bytes.isEmpty { bytes[at] = UInt8.random(in: 0...255, using: &random) }
      }
    }
    return bytes
  }
}
