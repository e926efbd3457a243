/// One word of a shell command: its text after quote removal and the bytes of the script
/// it was written on, so a diagnostic can point at `--max-model-len=32k` inside a string.
public struct ShellWord: Sendable, Equatable {
  public var text: String
  /// UTF-8 offsets into the script, quotes included.
  public var bytes: Range<Int>
  /// Whether the word holds an unexpanded `$VAR`, `${VAR}` or `$(…)` outside single quotes:
  /// its value is only known at run time.
  public var hasExpansion: Bool
}

/// Splits a POSIX shell script into simple commands of words: enough of `sh -c` and of
/// SkyPilot `run:` scripts to find the line that starts an inference server. Quotes,
/// backslash escapes and `\`-newline continuations are removed as the shell removes them;
/// `;`, `&&`, `||`, `|`, `&` and line breaks end a command; `#` at a word's start begins a
/// comment. Expansions are kept as written (see `ShellWord.hasExpansion`), and here-docs,
/// functions and control flow are read as plain words: a launch line inside `if … fi` is
/// still found, which is what matters here.
public enum ShellTokenizer {
  public static func commands(in script: [UInt8]) -> [[ShellWord]] {
    var commands: [[ShellWord]] = []
    var current: [ShellWord] = []
    var word: [UInt8] = []
    var wordStart: Int?
    var expansion = false
    var i = 0
    let n = script.count

    func endWord(at end: Int) {
      if let start = wordStart {
        current.append(
          ShellWord(
            text: String(decoding: word, as: UTF8.self), bytes: start..<end,
            hasExpansion: expansion))
      }
      word.removeAll(keepingCapacity: true)
      wordStart = nil
      expansion = false
    }
    func endCommand() {
      if !current.isEmpty { commands.append(current) }
      current = []
    }

    while i < n {
      let byte = script[i]
      switch byte {
      case 0x20, 0x09:
        endWord(at: i)
        i += 1
      case 0x0A, 0x0D, 0x3B:  // newline, carriage return, ;
        endWord(at: i)
        endCommand()
        i += 1
      case 0x26, 0x7C:  // & | (and && ||)
        endWord(at: i)
        endCommand()
        i += (i + 1 < n && script[i + 1] == byte) ? 2 : 1
      case 0x23 where wordStart == nil:  // # comment to the end of the line
        while i < n, script[i] != 0x0A { i += 1 }
      case 0x5C:  // backslash
        if i + 1 < n, script[i + 1] == 0x0A {
          i += 2  // line continuation
        } else if i + 2 < n, script[i + 1] == 0x0D, script[i + 2] == 0x0A {
          i += 3
        } else {
          if wordStart == nil { wordStart = i }
          if i + 1 < n { word.append(script[i + 1]) }
          i += 2
        }
      case 0x27:  // 'literal'
        if wordStart == nil { wordStart = i }
        i += 1
        while i < n, script[i] != 0x27 {
          word.append(script[i])
          i += 1
        }
        i += 1
      case 0x22:  // "double quoted"
        if wordStart == nil { wordStart = i }
        i += 1
        while i < n, script[i] != 0x22 {
          if script[i] == 0x5C, i + 1 < n, [0x22, 0x5C, 0x24, 0x60].contains(script[i + 1]) {
            word.append(script[i + 1])
            i += 2
            continue
          }
          if script[i] == 0x5C, i + 1 < n, script[i + 1] == 0x0A {
            i += 2
            continue
          }
          if script[i] == 0x24 { expansion = true }
          word.append(script[i])
          i += 1
        }
        i += 1
      case 0x24 where i + 1 < n && (script[i + 1] == 0x28 || script[i + 1] == 0x7B):
        // $(command) and ${VAR…}: one word up to the matching bracket, spaces and all.
        if wordStart == nil { wordStart = i }
        expansion = true
        let open = script[i + 1]
        let close: UInt8 = open == 0x28 ? 0x29 : 0x7D
        var depth = 0
        word.append(byte)
        i += 1
        repeat {
          if script[i] == open { depth += 1 }
          if script[i] == close { depth -= 1 }
          word.append(script[i])
          i += 1
        } while i < n && depth > 0
      default:
        if wordStart == nil { wordStart = i }
        if byte == 0x24 || byte == 0x60 { expansion = true }
        word.append(byte)
        i += 1
      }
    }
    endWord(at: min(i, n))
    endCommand()
    return commands
  }
}
