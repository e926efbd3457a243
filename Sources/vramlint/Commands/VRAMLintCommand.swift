import ArgumentParser
import Foundation
import VRAMModel

@main
struct VRAMLintCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "vramlint",
    abstract:
      "Will this LLM deployment fit in the memory of that GPU — and if not, what makes it fit?",
    version: "0.1.0",
    subcommands: [
      CheckCommand.self, ExplainCommand.self, FitCommand.self, RulesCommand.self,
      SchemaCommand.self, LSPCommand.self,
      ModelsCommand.self, GPUsCommand.self,
    ])

  /// Exit statuses are part of the contract: 0 clean, 1 findings, 2 usage or input failure.
  /// ArgumentParser's own parse errors (64) become 2 as well.
  static func main() {
    do {
      var command = try parseAsRoot()
      try command.run()
    } catch let error as UsageError {
      FileHandle.standardError.write(Data("error: \(error.description)\n".utf8))
      Foundation.exit(2)
    } catch let error as InvalidDeployment {
      FileHandle.standardError.write(Data("error: \(error.description)\n".utf8))
      Foundation.exit(2)
    } catch let error as CatalogError {
      FileHandle.standardError.write(Data("error: \(error.description)\n".utf8))
      Foundation.exit(2)
    } catch {
      let code = exitCode(for: error)
      if code == .success || code.rawValue == 1 {
        exit(withError: error)
      }
      // One line, lower-case "error:", like every other usage error of the tool.
      var message =
        fullMessage(for: error).split(separator: "\n").first.map(String.init) ?? "invalid usage"
      if message.hasPrefix("Error: ") { message = String(message.dropFirst(7)) }
      if let first = message.first { message = first.lowercased() + message.dropFirst() }
      FileHandle.standardError.write(Data("error: \(message) (see 'vramlint help')\n".utf8))
      Foundation.exit(code == .validationFailure ? 2 : code.rawValue)
    }
  }
}

/// How machine-readable output is asked for.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
  case text, json
}

/// JSON with sorted keys and a trailing newline, the form scripts and golden files compare
/// byte for byte.
func encodeJSON<T: Encodable>(_ value: T) throws -> Data {
  let encoder = JSONEncoder()
  encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
  var data = try encoder.encode(value)
  data.append(Data("\n".utf8))
  return data
}

func printJSON<T: Encodable>(_ value: T) throws {
  FileHandle.standardOutput.write(try encodeJSON(value))
}
