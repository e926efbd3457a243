import VRAMModel

/// The JSON Schema of the `training:` block, beside its decoder (`TrainingFields.keys`).
enum TrainingSchema {
  static var properties: [String: Any] {
    [
      "type": "object", "additionalProperties": false,
      "description": "Training mode: how the model is trained (mode: training)",
      "properties": [
        "method": ["type": "string", "enum": TrainingOptions.Method.allCases.map(\.rawValue)],
        "lora": [
          "type": "object", "additionalProperties": false,
          "properties": [
            "rank": ["type": "integer", "minimum": 1, "maximum": 65_536],
            "targets": [
              "oneOf": [
                ["type": "string", "examples": ["all-linear", "attention", "q_proj"]],
                [
                  "type": "array",
                  "items": [
                    "type": "string", "enum": LoRATargets.Module.allCases.map(\.rawValue),
                  ],
                ],
              ]
            ],
          ],
        ],
        "optimizer": [
          "type": "string",
          "examples": TrainingOptions.Optimizer.allCases.map(\.rawValue) + [
            "paged-adamw-32bit", "paged-adamw-8bit",
          ],
        ],
        "precision": [
          "type": "string", "enum": TrainingOptions.Precision.allCases.map(\.rawValue),
        ],
        "gradients": ["type": "string", "enum": ["fp32", "bf16", "fp16"]],
        "recomputation": [
          "type": "string", "enum": TrainingOptions.Recomputation.allCases.map(\.rawValue),
        ],
        "flash_attention": ["type": "boolean"],
        "gradient_accumulation": ["type": "integer", "minimum": 1, "maximum": 1_000_000],
        "zero": ["type": "integer", "minimum": 0, "maximum": 3],
        "double_quantization": ["type": "boolean"],
      ],
    ]
  }
}
