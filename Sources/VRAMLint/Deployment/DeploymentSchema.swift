import Foundation
import VRAMModel

/// The JSON Schema (2020-12) of the native deployment file. Written next to the decoder so the
/// two cannot drift: a test checks that they accept the same keys, and that the committed
/// Schemas/deployment.schema.json is this schema.
public enum DeploymentSchema {
  public static let id =
    "https://github.com/vramlint/vramlint/raw/main/Schemas/deployment.schema.json"

  static var positiveInteger: [String: Any] { ["type": "integer", "minimum": 1] }

  /// One fragment per key of `DeploymentDecoder.keys`.
  public static var properties: [String: [String: Any]] {
    [
      "model": [
        "type": "string", "description": "Catalog id or alias (`vramlint models`)",
        "examples": ["meta-llama/Llama-3.1-8B-Instruct"],
      ],
      "params": [
        "type": ["string", "number"], "description": "Parameter count: 7e9 or 7B",
        "pattern": "^[0-9.eE+]+[bBmMtT]?$",
      ],
      "precision": [
        "type": "string", "description": "Weight precision", "examples": WeightFormat.knownNames,
      ],
      "kv_cache": [
        "description": "KV cache precision",
        "oneOf": [
          ["type": "string", "examples": KVCacheFormat.knownNames],
          [
            "type": "object", "additionalProperties": false,
            "properties": [
              "precision": ["type": "string"],
              "window": [
                "type": "integer", "minimum": 1,
                "description": "Sliding window on every layer (tokens kept per sequence)",
              ],
              "budget": [
                "type": "integer", "minimum": 1,
                "description": "StreamingLLM: tokens kept per sequence, sinks included",
              ],
              "sinks": [
                "type": "integer", "minimum": 0, "description": "StreamingLLM attention sinks",
              ],
              "keep": [
                "type": ["number", "string"],
                "description": "H2O-style eviction: the fraction (0.25) or percentage (25%) kept",
              ],
            ],
          ],
        ],
      ],
      "batch": [
        "type": "integer", "minimum": 1, "maximum": 1_000_000,
        "description": "Concurrent sequences",
      ],
      "seq_len": [
        "description": "Tokens per sequence: 8192, 8k (8000) or 8K (8192)",
        "oneOf": [
          ["type": "integer", "minimum": 1, "maximum": 100_000_000],
          ["type": "string", "pattern": "^[0-9]+(\\.[0-9]+)?(k|K|Ki|ki|m|M|Mi|mi)?$"],
        ],
      ],
      "gpu": [
        "description": "Catalog GPU (`vramlint gpus`) or a description of the card",
        "oneOf": [
          ["type": "string", "examples": ["H100-80GB", "RTX-4090", "A10"]],
          [
            "type": "object", "additionalProperties": false,
            "properties": [
              "name": ["type": "string"],
              "memory": ["type": "string", "examples": ["24GiB", "80GB"]],
              "bandwidth": ["type": ["string", "number"]], "tflops_fp16": ["type": "number"],
            ],
          ],
        ],
      ],
      "gpus": ["type": "integer", "minimum": 1, "description": "GPUs per replica"],
      "parallel": [
        "type": "object", "additionalProperties": false,
        "properties": [
          "tensor": ["type": "integer", "minimum": 1, "maximum": 1024],
          "pipeline": ["type": "integer", "minimum": 1, "maximum": 1024],
          "data": positiveInteger,
        ],
      ],
      "engine": [
        "type": "string", "enum": EngineKind.allCases.map(\.rawValue),
        "description": "Inference engine",
      ],
      "engine_version": [
        "type": "string", "pattern": "^v?[0-9]+(\\.[0-9]+)*",
        "description": "Release whose defaults apply",
      ],
      "memory_utilization": ["type": "number", "exclusiveMinimum": 0, "maximum": 1],
      "max_num_seqs": positiveInteger,
      "max_num_batched_tokens": positiveInteger,
      "gpu_layers": ["type": "integer", "minimum": 0],
      "mode": [
        "type": "string", "enum": ["inference", "training"],
        "description": "Serving (the default) or a training step",
      ],
      "training": TrainingSchema.properties,
      "quantization": [
        "type": "string", "enum": ["dynamic", "static"],
        "description":
          "dynamic: activations quantized at run time, weights unchanged; static: weights stored quantized (precision)",
      ],
      "slo": [
        "type": "object", "additionalProperties": false,
        "description": "Speed targets the card must reach at least in theory",
        "properties": [
          "tokens_per_second": [
            "type": "number", "exclusiveMinimum": 0,
            "description": "Decode tokens/s per sequence",
          ],
          "time_to_first_token": [
            "type": "string", "pattern": "^[0-9.]+ ?(ms|s)$", "examples": ["500ms", "2s"],
          ],
        ],
      ],
    ]
  }

  public static func json() throws -> Data {
    try JSONSchemaDocument.data(
      id: id, title: "vramlint deployment",
      description: "One LLM deployment per YAML document; see README.md.",
      properties: properties)
  }

}
