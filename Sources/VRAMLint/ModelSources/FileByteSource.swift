import Foundation
import VRAMModel

/// A file read at offsets through a FileHandle, counting what it reads: the header readers
/// fetch a few megabytes of a 40 GB checkpoint, and `bytesRead` lets tests prove it.
final class FileByteSource: ByteSource {
  let path: String
  let size: Int64
  private let handle: FileHandle
  private(set) var bytesRead: Int64 = 0

  init(path: String) throws {
    self.path = path
    guard let handle = FileHandle(forReadingAtPath: path) else {
      throw ModelSourceError("cannot open the file", file: path)
    }
    self.handle = handle
    do {
      size = Int64(try handle.seekToEnd())
    } catch {
      try? handle.close()
      throw ModelSourceError("cannot find the size of the file", file: path)
    }
  }

  deinit { try? handle.close() }

  func read(at offset: Int64, count: Int) throws -> [UInt8] {
    guard offset >= 0, count >= 0, offset <= size, Int64(count) <= size - offset else {
      throw ModelSourceError(
        "the file ends at byte \(size), before the \(count) bytes expected here", offset: offset,
        file: path)
    }
    if count == 0 { return [] }
    do {
      try handle.seek(toOffset: UInt64(offset))
      let data = try handle.read(upToCount: count) ?? Data()
      bytesRead += Int64(data.count)
      guard data.count == count else {
        throw ModelSourceError(
          "read \(data.count) of \(count) bytes: the file changed while being read", offset: offset,
          file: path)
      }
      return Array(data)
    } catch let error as ModelSourceError {
      throw error
    } catch {
      throw ModelSourceError("cannot read the file (\(error.localizedDescription))", file: path)
    }
  }

  /// The whole file, for small JSON files; `limit` guards against a huge file by mistake.
  func readAll(limit: Int64) throws -> [UInt8] {
    guard size <= limit else {
      throw ModelSourceError(
        "the file is \(size) bytes, beyond the \(limit >> 20) MiB expected of it", file: path)
    }
    return try read(at: 0, count: Int(size))
  }
}
