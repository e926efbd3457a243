import Foundation
import Testing

@testable import VRAMModel

/// The shared config.json collection (Fixtures/hf-configs, copies of shared/models): each
/// wraps a real config with its provenance and, where known, the exact parameter count.
struct SharedConfig: Sendable, CustomStringConvertible {
  let file: String
  let id: String
  let status: String
  let paramsTotal: Int64?
  let config: [UInt8]

  var description: String { id }

  static let all: [SharedConfig] = {
    let folder = Bundle.module.url(forResource: "Fixtures", withExtension: nil)!
      .appendingPathComponent("hf-configs")
    let files = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
    return files.filter { $0.hasSuffix(".json") }.sorted().map { file in
      let data = try! Data(contentsOf: folder.appendingPathComponent(file))
      let object = try! JSONSerialization.jsonObject(with: data) as! [String: Any]
      let config = try! JSONSerialization.data(withJSONObject: object["config"]!)
      return SharedConfig(
        file: file, id: object["id"] as! String, status: object["status"] as! String,
        paramsTotal: (object["params_total"] as? NSNumber)?.int64Value, config: Array(config))
    }
  }()

  static var complete: [SharedConfig] { all.filter { $0.status == "complete" } }
}

@Suite struct ModelSourcesHFConfigTests {
  /// Every verbatim config (status complete) parses to the catalog's architecture for the
  /// same model, field for field: the catalog was written by hand from these same files, so
  /// the reader and the catalog's authors agree on every family rule (tied heads, Gemma's
  /// four norms, Qwen2's qkv bias, Falcon-7B's single norm and KV head, windows per layer).
  @Test(arguments: SharedConfig.complete)
  func completeConfigsMatchTheCatalog(shared: SharedConfig) throws {
    let parsed = try HFConfig.parse(shared.config)
    let card = try #require(Catalogs.models.lookup(shared.id), "\(shared.id) not in the catalog")
    #expect(parsed.architecture == card.architecture, "\(shared.id)")
    #expect(parsed.dtype == card.dtype, "\(shared.id)")
    #expect(parsed.quantization?.method == card.quantization?.method, "\(shared.id)")
  }

  /// The brief's accuracy bar: the parameters counted from a parsed verbatim config are
  /// within 1 % of the exact count where one is published (Llama-2-7B: HF safetensors total
  /// 6,738,417,664, of which 2,048 are rotary buffers), else of the catalog's count.
  @Test(arguments: SharedConfig.complete)
  func completeConfigsCountWithinOnePercent(shared: SharedConfig) throws {
    let parsed = try HFConfig.parse(shared.config)
    let counted = Double(ParameterCounter(parsed.architecture).wholeModel.total)
    // The catalog's text model (its `extra` is Gemma 3's vision tower, not in config.json's
    // text_config).
    let catalog = try #require(Catalogs.models.lookup(shared.id)).parameters
    let catalogCount = catalog.total - catalog.extra
    let reference = Double(shared.paramsTotal ?? catalogCount)
    #expect(relativeError(counted, reference) < 0.01, "\(shared.id): \(counted) vs \(reference)")
  }

  /// The other exact counts in the collection belong to partial or proxy copies whose missing
  /// keys have Llama defaults; they still land within 0.01 %.
  @Test(arguments: SharedConfig.all.filter { $0.paramsTotal != nil && $0.status != "complete" })
  func otherExactCounts(shared: SharedConfig) throws {
    let parsed = try HFConfig.parse(shared.config)
    let counted = Double(ParameterCounter(parsed.architecture).wholeModel.total)
    let exact = Double(try #require(shared.paramsTotal))
    #expect(relativeError(counted, exact) < 1e-4, "\(shared.id): \(counted) vs \(exact)")
  }

  /// Stated totals with three significant figures (the authors' own rounding): gpt-oss
  /// "117B" and "21B" is two, so those get 2 %; Mixtral "46.7B", DeepSeek-V3 "671B".
  @Test(arguments: [
    ("mistralai/Mixtral-8x7B-Instruct-v0.1", 46.7e9, 0.005),
    ("deepseek-ai/DeepSeek-V3", 671e9, 0.005),
    ("openai/gpt-oss-120b", 116.83e9, 0.005),  // model card: 116.83B total
    ("openai/gpt-oss-20b", 20.91e9, 0.005),  // model card: 20.91B total
    ("Qwen/Qwen3-30B-A3B", 30.5e9, 0.01),
    ("Qwen/Qwen3-235B-A22B", 235e9, 0.01),
  ])
  func statedTotals(id: String, stated: Double, tolerance: Double) throws {
    let shared = try #require(SharedConfig.all.first { $0.id == id })
    let parsed = try HFConfig.parse(shared.config)
    let counted = Double(ParameterCounter(parsed.architecture).wholeModel.total)
    #expect(relativeError(counted, stated) < tolerance, "\(id): \(counted)")
  }

  /// Partial and proxy copies parse too, unless the copy lost a key the estimate needs; then
  /// the error names the key.
  @Test(arguments: SharedConfig.all.filter { $0.status != "complete" })
  func partialConfigsParseOrNameTheMissingKey(shared: SharedConfig) {
    do {
      _ = try HFConfig.parse(shared.config)
    } catch let error as ModelSourceError {
      #expect(error.message.contains("lacks"), "\(shared.id): \(error.message)")
    } catch {
      Issue.record("\(shared.id): \(error)")
    }
  }

  /// Gemma 3's minimal upstream config (4B) leaves heads, head_dim, vocabulary and context to
  /// Gemma3TextConfig's defaults; with them it is the catalog's gemma-3-4b-it.
  @Test func gemma3MinimalConfigTakesTheClassDefaults() throws {
    let shared = try #require(SharedConfig.all.first { $0.id == "google/gemma-3-4b-it" })
    let parsed = try HFConfig.parse(shared.config)
    #expect(parsed.architecture == Catalogs.model("google/gemma-3-4b-it").architecture)
    #expect(parsed.notes.contains { $0.contains("head_dim 256") })
    #expect(parsed.hasNonTextTower)
  }

  @Test func mixtureOfExpertsAndLatentAttention() throws {
    let v2 = try #require(SharedConfig.all.first { $0.id == "deepseek-ai/DeepSeek-V2-Lite-Chat" })
    let a = try HFConfig.parse(v2.config).architecture
    #expect(a.mla?.kvLoraRank == 512 && a.mla?.qLoraRank == nil)
    #expect(a.moe?.experts == 64 && a.moe?.sharedExperts == 2 && a.moe?.denseLayers == 1)
    let qwenMoE = try #require(SharedConfig.all.first { $0.id == "Qwen/Qwen1.5-MoE-A2.7B" })
    let q = try HFConfig.parse(qwenMoE.config).architecture
    #expect(q == Catalogs.model("Qwen/Qwen1.5-MoE-A2.7B").architecture)
  }

  @Test func awqDerivativeCarriesItsQuantization() throws {
    let shared = try #require(
      SharedConfig.all.first { $0.id == "deepseek-ai/DeepSeek-R1-Distill-Qwen-14B" })
    let parsed = try HFConfig.parse(shared.config)
    #expect(parsed.quantization?.method == "awq")
    #expect(parsed.card(id: "x", source: "test").checkpointFormat == .awq)
  }
}
