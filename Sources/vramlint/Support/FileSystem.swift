#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Directory walks and file reads on POSIX calls: Foundation's enumerator cost more per file
/// than linting the file (Benchmarks/speed, callgrind).
enum FileSystem {
  /// Relative paths of the regular files under `root` (recursively), unsorted; symbolic links
  /// to directories are not followed, so a cycle cannot trap the walk.
  static func files(under root: String) -> [String] {
    var found: [String] = []
    var pending: [String] = [""]
    while let relative = pending.popLast() {
      let path = relative.isEmpty ? root : root + "/" + relative
      guard let directory = opendir(path) else { continue }
      defer { closedir(directory) }
      while let entry = readdir(directory) {
        let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
          String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
        }
        if name == "." || name == ".." { continue }
        let child = relative.isEmpty ? name : relative + "/" + name
        switch Int32(entry.pointee.d_type) {
        case Int32(DT_DIR): pending.append(child)
        case Int32(DT_REG): found.append(child)
        case Int32(DT_UNKNOWN):
          // Some file systems do not fill d_type: ask stat.
          var info = stat()
          if stat(root + "/" + child, &info) == 0 {
            if (info.st_mode & S_IFMT) == S_IFDIR {
              pending.append(child)
            } else if (info.st_mode & S_IFMT) == S_IFREG {
              found.append(child)
            }
          }
        default: continue
        }
      }
    }
    return found
  }

  /// What reading an input gave.
  enum Contents {
    case bytes([UInt8])
    /// Over the limit, unread: its size, when it has one (a regular file), else nil.
    case tooLarge(Int?)
    case unreadable
  }

  /// The bytes of a file, read only when there are no more than `limit`: a 10 GB file, a
  /// FIFO or /dev/zero costs at most `limit` + 1 bytes of memory. Sized by fstat, so a small
  /// file costs no more than its bytes.
  static func contents(of path: String, limit: Int) -> Contents {
    let descriptor = open(path, O_RDONLY | O_CLOEXEC)
    guard descriptor >= 0 else { return .unreadable }
    defer { close(descriptor) }
    return contents(ofDescriptor: descriptor, limit: limit)
  }

  static func contents(ofDescriptor descriptor: Int32, limit: Int) -> Contents {
    var info = stat()
    guard fstat(descriptor, &info) == 0 else { return .unreadable }
    if (info.st_mode & S_IFMT) == S_IFREG, Int(info.st_size) > limit {
      return .tooLarge(Int(info.st_size))
    }
    var bytes = [UInt8](repeating: 0, count: min(max(Int(info.st_size), 0), limit) + 1)
    var filled = 0
    while true {
      if filled == bytes.count {
        guard filled <= limit else { return .tooLarge(nil) }
        bytes.append(
          contentsOf: [UInt8](repeating: 0, count: min(max(bytes.count, 4096), limit + 1)))
      }
      let count = bytes.withUnsafeMutableBytes { raw in
        read(descriptor, raw.baseAddress.map { $0 + filled }, raw.count - filled)
      }
      if count < 0, errno == EINTR { continue }
      if count < 0 { return .unreadable }
      if count == 0 { break }
      filled += count
    }
    guard filled <= limit else { return .tooLarge(nil) }
    bytes.removeSubrange(filled...)
    return .bytes(bytes)
  }

  static func isDirectory(_ path: String) -> Bool? {
    var info = stat()
    guard stat(path, &info) == 0 else { return nil }
    return (info.st_mode & S_IFMT) == S_IFDIR
  }

  struct WriteError: Error, CustomStringConvertible {
    let description: String
  }

  /// Replaces the file at `path` (the target of a symbolic link, not the link) by `bytes`
  /// all at once: written to a temporary file beside it, synced, given the original's
  /// permission bits (and owner and group, where we may set them), then renamed over it and
  /// the rename synced. A reader sees the old text or the new, never a part; a failure
  /// leaves the original as it was.
  ///
  /// Refused: a file we may not write (`chmod a-w` means "leave it", as editors take it),
  /// and a file whose bytes are no longer `original` (an editor saved it while we linted:
  /// writing would lose that edit). Returns a note when the file has other hard links,
  /// which keep the old text (rename gives this name a new file).
  static func replaceAtomically(_ path: String, with bytes: [UInt8], original: [UInt8]) throws
    -> String?
  {
    guard let resolved = realpath(path, nil) else {
      throw WriteError(description: String(cString: strerror(errno)))
    }
    let target = String(cString: resolved)
    free(resolved)
    var info = stat()
    guard stat(target, &info) == 0 else {
      throw WriteError(description: String(cString: strerror(errno)))
    }
    // By its mode bits too: root may write anything, but a file without a write bit was
    // made read-only on purpose, and editors ask before writing one.
    guard info.st_mode & 0o222 != 0 else {
      throw WriteError(
        description: "it is read-only (mode \(String(info.st_mode & 0o7777, radix: 8)))")
    }
    guard access(target, W_OK) == 0 else {
      throw WriteError(description: "it is not writable (\(String(cString: strerror(errno))))")
    }
    let slash = target.lastIndex(of: "/").map { target.index(after: $0) } ?? target.startIndex
    let directory = slash == target.startIndex ? "." : String(target[..<slash])
    let temporary =
      String(target[..<slash]) + "." + String(target[slash...]) + ".vramlint-\(getpid()).tmp"
    let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, info.st_mode & 0o7777)
    guard descriptor >= 0 else { throw WriteError(description: String(cString: strerror(errno))) }
    var failure: String?
    var written = 0
    while failure == nil, written < bytes.count {
      let count = bytes[written...].withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
      if count < 0, errno == EINTR { continue }
      if count <= 0 { failure = String(cString: strerror(errno)) } else { written += count }
    }
    // Owner and group first (chown may clear set-id bits), best effort as `sed -i` does: only
    // root or the owner may set them, and a group-writable file of another user is still
    // fixed. Then the mode again: open() applied the umask to it.
    if failure == nil {
      _ = fchown(descriptor, info.st_uid, info.st_gid)
      if fchmod(descriptor, info.st_mode & 0o7777) != 0 || fsync(descriptor) != 0 {
        failure = String(cString: strerror(errno))
      }
    }
    close(descriptor)
    if failure == nil, !unchanged(target, since: original) {
      failure = "it changed on disk after it was read (saved by an editor?); run again"
    }
    if failure == nil, rename(temporary, target) != 0 { failure = String(cString: strerror(errno)) }
    if let failure {
      unlink(temporary)
      throw WriteError(description: failure)
    }
    // The rename is durable once the directory is: best effort (some file systems refuse).
    let folder = open(directory, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
    if folder >= 0 {
      _ = fsync(folder)
      close(folder)
    }
    return info.st_nlink > 1
      ? "\(path) had \(info.st_nlink) hard links; the other names keep the old text" : nil
  }

  /// Whether the file still holds exactly `original`.
  static func unchanged(_ path: String, since original: [UInt8]) -> Bool {
    guard case .bytes(let now) = contents(of: path, limit: original.count) else { return false }
    return now == original
  }
}
