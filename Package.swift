// swift-tools-version:6.0
import PackageDescription

let package = Package(
  name: "vramlint",
  platforms: [.macOS(.v13)],
  products: [
    .executable(name: "vramlint", targets: ["vramlint"]),
    .library(name: "VRAMModel", targets: ["VRAMModel"]),
    .library(name: "YAMLSource", targets: ["YAMLSource"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0")
  ],
  targets: [
    // The system libyaml (Debian libyaml-dev): we need start and end marks of every node.
    .systemLibrary(
      name: "CLibYAML",
      pkgConfig: "yaml-0.1",
      providers: [.apt(["libyaml-dev"]), .brew(["libyaml"])]
    ),
    // The only importer of CLibYAML: text → nodes with positions, limits, line index.
    .target(name: "YAMLSource", dependencies: ["CLibYAML"]),
    // Pure memory model: plain values in, an Estimate out. No YAML and no I/O: its catalogs
    // are compiled in (Catalog/EmbeddedCatalogs.swift, from Resources/*.json).
    .target(
      name: "VRAMModel",
      exclude: ["Resources"]  // compiled in instead: Benchmarks/catalogs/embed.py
    ),
    // Formats → Deployment (values with ranges) → rules → diagnostics.
    .target(name: "VRAMLint", dependencies: ["VRAMModel", "YAMLSource"]),
    // JSON-RPC framing, LSP types and the server (one actor); no I/O of its own.
    .target(name: "LanguageServer", dependencies: ["VRAMLint", "VRAMModel", "YAMLSource"]),
    // Each parser that reads untrusted bytes as a function the fuzzers and tests share.
    .target(
      name: "FuzzTargets",
      dependencies: ["VRAMLint", "VRAMModel", "LanguageServer", "YAMLSource"]
    ),
    // libFuzzer entry point (built with -sanitize=fuzzer, Benchmarks/fuzz/run.py), or a
    // replayer of saved inputs in a normal build.
    .executableTarget(name: "vramlint-fuzz", dependencies: ["FuzzTargets"]),
    .executableTarget(
      name: "vramlint",
      dependencies: [
        "VRAMModel",
        "VRAMLint",
        "LanguageServer",
        "YAMLSource",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),
    // What several test targets share (a seeded generator); built only for the tests.
    .target(name: "TestSupport", path: "Tests/TestSupport"),
    .testTarget(
      name: "VRAMModelTests",
      dependencies: ["VRAMModel"],
      resources: [.copy("Fixtures")]
    ),
    .testTarget(
      name: "VRAMLintTests",
      dependencies: ["VRAMLint", "VRAMModel"],
      exclude: ["Fixtures"]
    ),
    .testTarget(
      name: "YAMLSourceTests",
      dependencies: ["YAMLSource", "TestSupport"]
    ),
    .testTarget(
      name: "LanguageServerTests",
      dependencies: ["LanguageServer", "VRAMModel", "TestSupport"]
    ),
    .testTarget(
      name: "FuzzTargetsTests",
      dependencies: ["FuzzTargets", "TestSupport"],
      exclude: ["Corpus"]
    ),
    .testTarget(
      name: "vramlintTests",
      dependencies: ["vramlint"]
    ),
  ],
  swiftLanguageModes: [.v6]
)
