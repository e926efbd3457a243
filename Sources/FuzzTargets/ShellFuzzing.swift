import VRAMLint

/// Every word points at bytes of the script, in order, without overlap.
enum ShellFuzzing {
  static func run(_ bytes: [UInt8]) throws {
    var previousEnd = 0
    for command in ShellTokenizer.commands(in: bytes) {
      try check(!command.isEmpty, "an empty command was returned")
      for word in command {
        try check(
          word.bytes.lowerBound >= previousEnd && word.bytes.upperBound <= bytes.count,
          "word '\(word.text)' at \(word.bytes) overlaps the previous word (ending at \(previousEnd)) or runs past \(bytes.count) bytes"
        )
        previousEnd = word.bytes.upperBound
      }
    }
  }
}
