import VRAMModel
import YAMLSource

/// SkyPilot task YAML: the server is started by the `run:` script; the GPUs come from
/// `resources.accelerators` — `H100:8`, a list of candidates `[L4, A10G:1]`, or a set
/// `{L4: 1, A10G: 1}` — or from `resources.any_of` / `ordered` lists of resources. Each
/// candidate is evaluated (trap 7). `num_nodes` multiplies nodes, not the memory per GPU.
/// `$SKYPILOT_NUM_GPUS_PER_NODE` in the script takes the candidate's count, pointing at it.
/// Sources: SkyPilot docs "YAML configuration" (resources.accelerators, any_of, ordered,
/// envs, run, num_nodes) and "Environment variables" (SKYPILOT_NUM_GPUS_PER_NODE).
struct SkyPilotReader: Sendable {
  let context: ReadContext

  struct Candidate {
    var name: Word
    var count: Located<Int>?
  }

  func launches(_ root: YAMLNode) -> [ServerLaunch] {
    guard let run = root["run"] else { return [] }
    var environment = context.environment(root["envs"])
    var found: (ServerKind, ArraySlice<Word>, Word?)?
    for words in Word.shellCommands(run, lines: context.lines) {
      if let hit = ServerCommand.recognize(words) {
        found = hit
        break
      }
    }
    guard let (server, arguments, program) = found else { return [] }
    let name = root["name"]?.scalar.map { "SkyPilot task \($0.value)" } ?? "SkyPilot task"
    let candidates = self.candidates(root["resources"])
    let nodes = context.count(root["num_nodes"])
    let base = ServerCommand.settings(arguments, of: server)
    if let nodes, let written = root["num_nodes"] {
      environment["SKYPILOT_NUM_NODES"] = Word(
        text: String(nodes.value), hasExpansion: false, range: written.reportedRange, aligned: nil)
    }
    guard !candidates.isEmpty else {
      var launch = ServerLaunch(server: server, anchor: program?.range ?? run.range, label: name)
      launch.settings = ReadContext.substitute(base, environment)
      launch.replicas = nodes
      return [launch]
    }
    return candidates.map { candidate in
      var launch = ServerLaunch(
        server: server, anchor: program?.range ?? run.range,
        label: name)
      if candidates.count > 1 { launch.candidate = candidate.name.text }
      launch.nodes = nodes?.value
      // A bare name is one GPU; each candidate sets the variable anew.
      let count = candidate.count ?? Located(1, candidate.name.range)
      environment["SKYPILOT_NUM_GPUS_PER_NODE"] = Word(
        text: String(count.value), hasExpansion: false, range: count.range, aligned: nil)
      launch.settings = ReadContext.substitute(base, environment)
      launch.diagnostics += ServerCommand.rejected(arguments, of: server)
      launch.gpuCount = candidate.count ?? Located(1, candidate.name.range)
      if let gpu = context.gpus.resolve(candidate.name.text, dialect: .cloud) {
        launch.gpu = Located(gpu, candidate.name.range)
      } else {
        launch.unknownGPU = Located(candidate.name.text, candidate.name.range)
      }
      launch.replicas = nodes
      return launch
    }
  }

  /// Every accelerator the task may get, in the order written.
  func candidates(_ resources: YAMLNode?) -> [Candidate] {
    guard let resources else { return [] }
    var all = accelerators(resources["accelerators"])
    for key in ["any_of", "ordered"] {
      for option in resources[key]?.items ?? [] { all += accelerators(option["accelerators"]) }
    }
    return all
  }

  func accelerators(_ node: YAMLNode?) -> [Candidate] {
    guard let node else { return [] }
    if let pairs = node.pairs {
      return pairs.flatMap { pair -> [Candidate] in
        // `{L4:1, A10G:1}` without a space after the colon is YAML for the keys "L4:1" and
        // "A10G:1" with null values; SkyPilot reads each key as "name:count".
        if pair.value.scalar?.isNull == true { return accelerators(pair.key) }
        guard let name = context.word(pair.key) else { return [] }
        return [Candidate(name: name, count: context.count(pair.value))]
      }
    }
    if let items = node.items { return items.flatMap { accelerators($0) } }
    guard let word = context.word(node) else { return [] }
    // "H100:8": the name, then the count after the colon.
    let utf8 = Array(word.text.utf8)
    guard let colon = utf8.firstIndex(of: 0x3A) else { return [Candidate(name: word, count: nil)] }
    let countWord = word.suffix(fromByte: colon + 1)
    return [
      Candidate(
        name: word.prefix(toByte: colon),
        count: Int(countWord.text).map { Located($0, countWord.range) })
    ]
  }
}
