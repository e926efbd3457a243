import Foundation
import Testing

@testable import vramlint

/// `FileSystem.replaceAtomically`, the write behind `check --fix`, on its own.
@Suite struct AtomicWriteTests {
  func scratch(_ text: String) throws -> String {
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("vramlint-write-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let path = folder.appendingPathComponent("deploy.yaml").path
    try Data(text.utf8).write(to: URL(fileURLWithPath: path))
    return path
  }

  /// An editor saved the file between our read and our write: its edit wins, ours is not
  /// written, and no temporary file is left behind.
  @Test func aFileChangedSinceItWasReadIsNotOverwritten() throws {
    let path = try scratch("batch: 1\n")
    let read = Array("batch: 1\n".utf8)
    try Data("batch: 2  # saved by the editor\n".utf8).write(to: URL(fileURLWithPath: path))
    #expect {
      try FileSystem.replaceAtomically(path, with: Array("batch: 3\n".utf8), original: read)
    } throws: { error in
      "\(error)".contains("changed on disk after it was read")
    }
    #expect(
      try String(contentsOfFile: path, encoding: .utf8) == "batch: 2  # saved by the editor\n")
    let folder = (path as NSString).deletingLastPathComponent
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == ["deploy.yaml"])
  }

  @Test func anUnchangedFileIsReplaced() throws {
    let path = try scratch("batch: 1\n")
    let note = try FileSystem.replaceAtomically(
      path, with: Array("batch: 3\n".utf8), original: Array("batch: 1\n".utf8))
    #expect(note == nil)
    #expect(try String(contentsOfFile: path, encoding: .utf8) == "batch: 3\n")
  }
}
