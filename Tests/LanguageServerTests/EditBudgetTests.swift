import Testing

@testable import LanguageServer

/// One `didChange` may cost about a second of work (`OpenDocument.maxChangeWork`, 1 GiB of
/// text moved): a message of many ranged changes to a large text is not applied blindly for
/// minutes. The server then forgets the text, tells the user, refuses to answer from it, and
/// takes the text back when a change carries it whole. The tests lower the budget to 1 MiB
/// (`changeWorkBudget`) so that a 10 KiB text crosses it in 110 changes.
@Suite struct EditBudgetTests {
  static let uri = "file:///tmp/budget.yaml"
  static let deployment = "model: llama-3.1-8b\ngpu: H100-80GB\nbatch: 999999\nseq_len: 8192\n"

  static func change(_ changes: [JSONValue], version: Int) -> JSONValue {
    .object([
      "jsonrpc": .string("2.0"), "method": .string("textDocument/didChange"),
      "params": .object([
        "textDocument": .object(["uri": .string(uri), "version": .int(version)]),
        "contentChanges": .array(changes),
      ]),
    ])
  }

  /// An insertion of "#" at the start of line 0.
  static let ranged: JSONValue = .object([
    "range": .object([
      "start": .object(["line": .int(0), "character": .int(0)]),
      "end": .object(["line": .int(0), "character": .int(0)]),
    ]),
    "text": .string("#"),
  ])

  static func whole(_ text: String) -> JSONValue { .object(["text": .string(text)]) }

  /// A deployment padded with comments to `bytes`: the lint finds the same error in it.
  static func padded(to bytes: Int) -> String {
    let line = "# " + String(repeating: "x", count: 97) + "\n"
    return deployment + String(repeating: line, count: max(0, bytes - deployment.utf8.count) / 100)
  }

  static let budget = 1 << 20

  func client() async throws -> Client {
    var client = try Client()
    await client.server.setChangeWorkBudget(Self.budget)
    _ = await client.initialize()
    return client
  }

  func pull(_ client: inout Client) async -> JSONValue {
    await client.request(
      "textDocument/diagnostic", .object(["textDocument": .object(["uri": .string(Self.uri)])]))
  }

  @Test func tooCostlyAChangeLosesTheTextUntilItComesWhole() async throws {
    var client = try await client()
    // 10 KiB of text: 110 ranged changes cost ~1.1 MiB of moving, over the 1 MiB budget.
    let text = Self.padded(to: 10 << 10)
    let opened = await client.open(Self.uri, text)
    #expect(opened.contains { $0["code"] == .string("does-not-fit") })

    let reply = await client.send(
      Self.change(Array(repeating: Self.ranged, count: 110), version: 2))
    let shown = reply.messages.first { $0["method"] == .string("window/showMessage") }
    #expect(shown?["params"]?["type"] == .int(1))
    #expect(
      shown?["params"]?["message"]?.stringValue?.contains("lost track of /tmp/budget.yaml") == true)
    // Stale diagnostics are not replaced by an empty list the editor would read as clean.
    #expect(!reply.messages.contains { $0["method"] == .string("textDocument/publishDiagnostics") })
    #expect(await pull(&client)["error"]?["code"] == .int(-32803))
    let hover = await client.request(
      "textDocument/hover",
      .object([
        "textDocument": .object(["uri": .string(Self.uri)]),
        "position": .object(["line": .int(0), "character": .int(1)]),
      ]))
    #expect(hover["result"] == .null)

    // Ranged changes to a text it does not know are ignored; a whole text brings it back,
    // and ranged changes after it in the same message apply to it: "# note\n" at 0:0.
    #expect(await client.send(Self.change([Self.ranged], version: 3)).messages.isEmpty)
    let note: JSONValue = .object([
      "range": .object([
        "start": .object(["line": .int(0), "character": .int(0)]),
        "end": .object(["line": .int(0), "character": .int(0)]),
      ]),
      "text": .string("# note\n"),
    ])
    let back = await client.send(
      Self.change([Self.ranged, Self.whole(Self.deployment), note], version: 4))
    #expect(Client.diagnostics(in: back).contains { $0["code"] == .string("does-not-fit") })
    let items = await pull(&client)["result"]?["items"]?.arrayValue ?? []
    #expect(items.contains { $0["code"] == .string("does-not-fit") })
    // The note moved the deployment one line down: nothing is reported on line 0.
    #expect(!items.contains { $0["range"]?["start"]?["line"] == .int(0) })
  }

  /// Many changes to a small text are well within the budget and all apply.
  @Test func manySmallChangesApply() async throws {
    var client = try await client()
    _ = await client.open(Self.uri, Self.deployment)
    // 1,000 × ~70 bytes: well under the budget.
    let reply = await client.send(
      Self.change(Array(repeating: Self.ranged, count: 1_000), version: 2))
    #expect(!reply.messages.contains { $0["method"] == .string("window/showMessage") })
    #expect(await pull(&client)["result"] != nil)
  }

  /// The budget is per message: when it runs out, a later whole-text change in the same
  /// message starts afresh and nothing is lost.
  @Test func aWholeTextLaterInTheMessageRescuesIt() async throws {
    var client = try await client()
    _ = await client.open(Self.uri, Self.padded(to: 10 << 10))
    let reply = await client.send(
      Self.change(
        Array(repeating: Self.ranged, count: 110) + [Self.whole(Self.deployment)], version: 2))
    #expect(!reply.messages.contains { $0["method"] == .string("window/showMessage") })
    #expect(Client.diagnostics(in: reply).contains { $0["code"] == .string("does-not-fit") })
  }
}
