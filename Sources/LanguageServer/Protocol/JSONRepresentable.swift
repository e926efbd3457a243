/// Types on the hot path of every edit (diagnostics and their positions) build their JSON
/// by hand; `JSONValueEncoder` takes it as is instead of walking `Encodable`. Each must
/// produce exactly what its `Encodable` conformance does (MessageTests compares them).
protocol JSONRepresentable {
  var json: JSONValue { get }
}

extension Position: JSONRepresentable {
  var json: JSONValue { .object(["line": .int(line), "character": .int(character)]) }
}

extension Range: JSONRepresentable {
  var json: JSONValue { .object(["start": start.json, "end": end.json]) }
}

extension Location: JSONRepresentable {
  var json: JSONValue { .object(["uri": .string(uri), "range": range.json]) }
}

extension LSPDiagnostic: JSONRepresentable {
  var json: JSONValue {
    var members: [String: JSONValue] = [
      "range": range.json, "severity": .int(severity), "code": .string(code),
      "source": .string(source), "message": .string(message),
    ]
    if let codeDescription {
      members["codeDescription"] = .object(["href": .string(codeDescription.href)])
    }
    if let relatedInformation {
      members["relatedInformation"] = .array(
        relatedInformation.map {
          .object(["location": $0.location.json, "message": .string($0.message)])
        })
    }
    if let data { members["data"] = data }
    return .object(members)
  }
}

extension PublishDiagnosticsParams: JSONRepresentable {
  var json: JSONValue {
    var members: [String: JSONValue] = [
      "uri": .string(uri), "diagnostics": .array(diagnostics.map(\.json)),
    ]
    if let version { members["version"] = .int(version) }
    return .object(members)
  }
}
