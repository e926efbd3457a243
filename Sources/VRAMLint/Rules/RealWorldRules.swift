/// Rules raised while reading the real-world formats (Kubernetes, compose, KServe, Helm
/// values, SkyPilot, Ray Serve, engine `--config` files): about how the file is written,
/// before any estimate.
public enum RealWorldRules {
  /// A pod running vLLM from its image, with `args` and `resources` filled in by a test.
  static func pod(args: String, gpus: Int = 1, env: String = "[]", extra: String = "") -> String {
    """
    apiVersion: v1
    kind: Pod
    metadata: {name: llm}
    spec:
      containers:
        - name: vllm
          image: vllm/vllm-openai:v0.10.0
          args: \(args)
          env: \(env)
          resources: {limits: {nvidia.com/gpu: "\(gpus)"}}
    \(extra)
    """
  }

  static let onH100 = "  nodeSelector: {nvidia.com/gpu.product: NVIDIA-H100-80GB-HBM3}\n"

  public static let descriptions: [RuleDescription] = [
    RuleDescription(
      id: "conflicting-setting",
      summary: "the same engine setting given twice with different values",
      rationale:
        "Only one value applies (the command line beats the environment and --config files; argparse keeps the last flag); the other is dead text that readers of the file will believe.",
      severity: .warning,
      triggering: [
        "# vramlint: gpu=H100-80GB\nmodel: meta-llama/Llama-3.1-8B-Instruct\nmax-model-len: 8192\nmax_model_len: 16384\n"
      ],
      passing: [
        "# vramlint: gpu=H100-80GB\nmodel: meta-llama/Llama-3.1-8B-Instruct\nmax-model-len: 8192\n"
      ]),
    RuleDescription(
      id: "idle-gpus", summary: "the pod gets more GPUs than the engine's parallel layout uses",
      rationale:
        "vLLM and SGLang use tensor × pipeline × data GPUs and leave the rest of the request idle: paid for, never used.",
      severity: .warning,
      triggering: [
        pod(args: "[--model, meta-llama/Llama-3.1-8B-Instruct]", gpus: 2, extra: onH100)
      ],
      passing: [
        pod(
          args: "[--model, meta-llama/Llama-3.1-8B-Instruct, --tensor-parallel-size, \"2\"]",
          gpus: 2, extra: onH100)
      ]),
    RuleDescription(
      id: "gpu-unknown", summary: "the file does not say which GPU the server runs on",
      rationale:
        "Without node selectors, an instance type or an accelerator name there is nothing to estimate against; vramlint says how to give the GPU instead of guessing one.",
      severity: .info,
      triggering: [pod(args: "[--model, meta-llama/Llama-3.1-8B-Instruct]")],
      passing: [pod(args: "[--model, meta-llama/Llama-3.1-8B-Instruct]", extra: onH100)]),
    RuleDescription(
      id: "model-unknown", summary: "the file does not say which model the server loads",
      rationale: "The model may come from the image or a secret; name it with a directive.",
      severity: .info,
      triggering: [pod(args: "[]", extra: onH100)],
      passing: [pod(args: "[--model, meta-llama/Llama-3.1-8B-Instruct]", extra: onH100)]),
    RuleDescription(
      id: "value-unknown", summary: "a setting whose value is only known at run time",
      rationale:
        "`$(MODEL)` without an env entry, `$VARS` of a script: vramlint leaves the setting unknown rather than guess it.",
      severity: .info,
      triggering: [pod(args: "[--model, $(MODEL)]", extra: onH100)],
      passing: [
        pod(
          args: "[--model, $(MODEL)]",
          env: "[{name: MODEL, value: meta-llama/Llama-3.1-8B-Instruct}]", extra: onH100)
      ]),
    RuleDescription(
      id: "unreadable-model", summary: "a model path that exists but cannot be read",
      rationale:
        "A truncated download or a file that is no GGUF, safetensors or config.json: the error names what is wrong and where.",
      severity: .error,
      triggering: ["model: /dev/null\ngpu: H100-80GB\n"],
      passing: ["model: meta-llama/Llama-3.1-8B-Instruct\ngpu: H100-80GB\n"]),
  ]
}
