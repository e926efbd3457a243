import Testing
import VRAMLint

/// FORMATS.md §1: token counts with a lower-case suffix are decimal (vLLM's `--max-model-len
/// 8k` is 8,000), upper-case are binary (8K = 8 × 1024); memory sizes follow SI for GB and
/// IEC for GiB and the one-letter forms.
@Suite struct QuantityParserTests {
  @Test(arguments: [
    ("8192", 8192), ("8k", 8000), ("8K", 8192), ("8Ki", 8192), ("8ki", 8192),
    ("1m", 1_000_000), ("1M", 1_048_576), ("1Mi", 1_048_576), ("1.5k", 1500),
    ("0.5K", 512), ("  32K ", 32768), ("0", 0), ("128000", 128_000),
  ])
  func tokenCounts(text: String, expected: Int) {
    #expect(QuantityParser.tokens(text) == expected)
  }

  /// Not token counts: fractional results (1.0001k = 1000.1 tokens), byte units, signs,
  /// inner spaces, empty text, and numbers past any context window (1e15 and up).
  @Test(arguments: [
    "1.0001k", "8KB", "-1", "8 K", "", "k", "1e3", "99999999999999999999", "2000000000M",
    "8..k", "½k",
  ])
  func rejected(text: String) {
    #expect(QuantityParser.tokens(text) == nil)
  }

  @Test(arguments: [
    ("24GiB", Int64(24) << 30), ("80GB", 80_000_000_000), ("512MiB", Int64(512) << 20),
    ("24G", Int64(24) << 30), ("1.5TiB", Int64(3) << 39), ("1000", 1000),
  ])
  func memorySizes(text: String, expected: Int64) {
    #expect(QuantityParser.bytes(text) == expected)
  }
}
