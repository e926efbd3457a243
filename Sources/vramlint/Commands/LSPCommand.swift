import ArgumentParser
import LanguageServer

/// `vramlint lsp`: the language server over stdin/stdout.
struct LSPCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "lsp",
    abstract: "Run the language server (LSP 3.17) on standard input and output.",
    discussion:
      "Editors start it and talk JSON-RPC over the pipes; nothing else is written to standard output. Exit status: 0 after shutdown and exit, 1 when the client exits without shutdown or closes the pipe."
  )

  @Flag(name: .long, help: "Accepted for editors that pass it; standard I/O is the only transport.")
  var stdio = false

  func run() throws {
    let catalogs = try Catalogs.load()
    let server = LanguageServer(
      models: catalogs.models, gpus: catalogs.gpus,
      version: VRAMLintCommand.configuration.version)
    throw ExitCode(LSPSession.run(server))
  }
}
