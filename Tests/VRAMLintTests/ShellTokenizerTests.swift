import Testing

@testable import VRAMLint

/// Words as `sh` would split them (checked by hand against POSIX "Token Recognition":
/// quotes removed, `\`-newline joined, operators end commands), with the script bytes each
/// was written on.
@Suite struct ShellTokenizerTests {
  func words(_ script: String) -> [[String]] {
    ShellTokenizer.commands(in: Array(script.utf8)).map { $0.map(\.text) }
  }

  @Test func continuationsJoinOneCommand() {
    let script = "pip install vllm && \\\nvllm serve m \\\n  --tp 2\n"
    #expect(words(script) == [["pip", "install", "vllm"], ["vllm", "serve", "m", "--tp", "2"]])
  }

  @Test func quotesAreRemovedAndRangesKeepThem() {
    let script = #"vllm serve "my model" --dtype='half'"#
    let command = ShellTokenizer.commands(in: Array(script.utf8))[0]
    #expect(command.map(\.text) == ["vllm", "serve", "my model", "--dtype=half"])
    // "my model" with its quotes is bytes 11..<21 of the script.
    #expect(command[2].bytes == 11..<21)
  }

  @Test func expansionsStayOneWord() {
    let command = ShellTokenizer.commands(
      in: Array("vllm serve $MODEL --tp $(nvidia-smi -L | wc -l) --pp ${PP:-1}".utf8))[0]
    #expect(
      command.map(\.text) == [
        "vllm", "serve", "$MODEL", "--tp", "$(nvidia-smi -L | wc -l)", "--pp", "${PP:-1}",
      ])
    #expect(command[2].hasExpansion && command[4].hasExpansion && !command[3].hasExpansion)
  }

  @Test func commentsAndSeparators() {
    let script = "# start the server\nexport A=1; vllm serve m # trailing\necho done | tee x &"
    #expect(
      words(script) == [
        ["export", "A=1"], ["vllm", "serve", "m"], ["echo", "done"], ["tee", "x"],
      ])
  }

  @Test func unterminatedQuoteDoesNotHang() {
    #expect(words("vllm serve \"m --tp 2") == [["vllm", "serve", "m --tp 2"]])
    #expect(words("'") == [[""]])
    #expect(words("$(") == [["$("]])
  }
}
