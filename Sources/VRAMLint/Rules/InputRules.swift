/// Rules raised while reading a file, before any estimate: their descriptions live here so
/// `vramlint rules` and SARIF list them with the others.
public enum InputRules {
  public static let descriptions: [RuleDescription] = [
    RuleDescription(
      id: "yaml-syntax", summary: "the file is not valid YAML",
      rationale: "Nothing can be checked until the file parses; the position is libyaml's.",
      severity: .error,
      triggering: ["model: [llama-3.1-8b\n"], passing: ["model: llama-3.1-8b\n"]),
    RuleDescription(
      id: "duplicate-key", summary: "a key appears twice in one mapping",
      rationale: "Most readers keep the last value silently; the first one is then dead text.",
      severity: .warning,
      triggering: ["batch: 1\nbatch: 2\n"], passing: ["batch: 1\n"]),
    RuleDescription(
      id: "unknown-key", summary: "a key the deployment format does not have",
      rationale: "A misspelt key is a setting that silently does not apply.", severity: .error,
      triggering: ["model: llama-3.1-8b\ngpu: h100\nbtach: 4\n"],
      passing: ["model: llama-3.1-8b\ngpu: h100\nbatch: 4\n"]),
    RuleDescription(
      id: "wrong-type", summary: "a value of the wrong type",
      rationale: "A list where a number belongs cannot be estimated.", severity: .error,
      triggering: ["model: llama-3.1-8b\ngpu: h100\nbatch: [1, 2]\n"],
      passing: ["model: llama-3.1-8b\ngpu: h100\nbatch: 2\n"]),
    RuleDescription(
      id: "out-of-range", summary: "a number outside what any engine accepts",
      rationale: "Negative batches or a utilization of 1.7 are typos, not deployments.",
      severity: .error,
      triggering: ["model: llama-3.1-8b\ngpu: h100\nmemory_utilization: 1.7\n"],
      passing: ["model: llama-3.1-8b\ngpu: h100\nmemory_utilization: 0.9\n"]),
    RuleDescription(
      id: "unknown-model", summary: "a model the catalog does not know",
      rationale:
        "Without the architecture there is no estimate; the nearest names usually show the typo.",
      severity: .error, triggering: ["model: llama-3.1-8\ngpu: h100\n"],
      passing: ["model: llama-3.1-8b\ngpu: h100\n"]),
    RuleDescription(
      id: "unknown-gpu", summary: "a GPU the catalog does not know",
      rationale: "Give a catalog name or describe the card with its memory.", severity: .error,
      triggering: ["model: llama-3.1-8b\ngpu: h1000\n"],
      passing: ["model: llama-3.1-8b\ngpu: {name: mine, memory: 24GiB}\n"]),
    RuleDescription(
      id: "unknown-precision", summary: "a weight or KV precision vramlint does not know",
      rationale: "The bytes per weight decide everything.", severity: .error,
      triggering: ["model: llama-3.1-8b\ngpu: h100\nprecision: int3\n"],
      passing: ["model: llama-3.1-8b\ngpu: h100\nprecision: awq\n"]),
    RuleDescription(
      id: "unknown-engine", summary: "an engine vramlint does not model",
      rationale: "Each engine owns memory differently.", severity: .error,
      triggering: ["model: llama-3.1-8b\ngpu: h100\nengine: vllmm\n"],
      passing: ["model: llama-3.1-8b\ngpu: h100\nengine: vllm\n"]),
    RuleDescription(
      id: "missing-field", summary: "the model or the GPU is not given",
      rationale: "An estimate needs both; say which is missing and how to give it.",
      severity: .error,
      triggering: ["model: llama-3.1-8b\n"], passing: ["model: llama-3.1-8b\ngpu: h100\n"]),
    RuleDescription(
      id: "invalid-parallelism", summary: "a parallel layout the engine refuses",
      rationale: "Tensor parallelism must split attention heads; GPUs must be whole replicas.",
      severity: .error,
      triggering: ["model: llama-3.1-8b\ngpu: h100\nparallel: {tensor: 3}\n"],
      passing: ["model: llama-3.1-8b\ngpu: h100\nparallel: {tensor: 2}\n"]),
    RuleDescription(
      id: "unused-suppression", summary: "a vramlint disable directive that silences nothing",
      rationale: "A stale suppression hides the next real finding on that line; remove it.",
      severity: .warning,
      triggering: [
        "# vramlint: disable-next-line does-not-fit\nmodel: llama-3.1-8b\ngpu: h100\nseq_len: 8192\n"
      ],
      passing: [
        "# vramlint: disable-next-line does-not-fit -- a 70B on one card, tested elsewhere\nmodel: meta-llama/Llama-3.1-70B-Instruct\ngpu: H100-80GB\nseq_len: 8192\n"
      ]),
    RuleDescription(
      id: "invalid-directive", summary: "a vramlint comment that is not a directive",
      rationale: "A misspelt directive silently does nothing.", severity: .warning,
      triggering: ["# vramlint: disable-nxt-line does-not-fit\nmodel: llama-3.1-8b\ngpu: h100\n"],
      passing: ["# vramlint: gpu=H100-80GB\nmodel: llama-3.1-8b\n"]),
    RuleDescription(
      id: "unsupported", summary: "a setting vramlint does not model yet",
      rationale: "Said plainly rather than estimated wrongly.", severity: .info,
      triggering: [
        "apiVersion: ray.io/v1\nkind: RayService\nmetadata: {name: llm}\nspec:\n  serveConfigV2: {applications: []}\n"
      ],
      passing: ["model: llama-3.1-8b\ngpu: h100\nmode: inference\n"]),
    RuleDescription(
      id: "unknown-value", summary: "a setting with a value outside its known choices",
      rationale:
        "A training method, optimizer or mode vramlint does not know would otherwise be estimated as something else; the message lists the choices.",
      severity: .error,
      triggering: ["model: llama-3.1-8b\ngpu: h100\nmode: training\ntraining: {optimizer: lamb}\n"],
      passing: [
        "model: llama-3.1-8b\ngpu: h100\nmode: training\ntraining: {optimizer: adamw-8bit}\n"
      ]),
  ]
}
