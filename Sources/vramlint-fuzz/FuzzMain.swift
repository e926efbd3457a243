import FuzzTargets

#if canImport(Glibc)
  import Glibc
#endif

// Two builds of one file. Under libFuzzer (`-sanitize=fuzzer,address -D VRAMLINT_LIBFUZZER`, see
// Benchmarks/fuzz/run.py) libFuzzer owns `main` and calls the entry point below with each
// input; the target is named by VRAMLINT_FUZZ_TARGET. Otherwise this is a replayer:
// `vramlint-fuzz TARGET FILE...` runs inputs (a crash file, a corpus) through a target.

#if VRAMLINT_LIBFUZZER
  private let target: FuzzTarget = {
    let name = getenv("VRAMLINT_FUZZ_TARGET").map { String(cString: $0) } ?? ""
    guard let target = FuzzTarget(rawValue: name) else {
      fatalError(
        "set VRAMLINT_FUZZ_TARGET to one of: "
          + FuzzTarget.allCases.map(\.rawValue).joined(separator: ", "))
    }
    return target
  }()

  @_cdecl("LLVMFuzzerTestOneInput")
  public func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: count)) } ?? []
    do {
      try target.run(bytes)
    } catch {
      fatalError("\(target.rawValue): invariant broken: \(error)")
    }
    return 0
  }
#else
  @main
  struct Replay {
    static func main() {
      let arguments = Array(CommandLine.arguments.dropFirst())
      guard let name = arguments.first, let target = FuzzTarget(rawValue: name) else {
        print(
          "usage: vramlint-fuzz TARGET FILE...  (targets: "
            + FuzzTarget.allCases.map(\.rawValue).joined(separator: ", ") + ")")
        exit(2)
      }
      var failed = false
      for path in arguments.dropFirst() {
        guard let file = fopen(path, "rb") else {
          print("\(path): cannot open")
          failed = true
          continue
        }
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        while true {
          let count = fread(&buffer, 1, buffer.count, file)
          if count <= 0 { break }
          bytes += buffer[0..<count]
        }
        fclose(file)
        do {
          try target.run(bytes)
          print("\(path): ok")
        } catch {
          print("\(path): \(error)")
          failed = true
        }
      }
      exit(failed ? 1 : 0)
    }
  }
#endif
