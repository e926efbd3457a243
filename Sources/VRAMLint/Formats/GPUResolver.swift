import VRAMModel

/// Reads the GPU a manifest asks for in the names the ecosystem uses: node labels written by
/// NVIDIA GPU Feature Discovery (`nvidia.com/gpu.product: NVIDIA-A100-SXM4-80GB`), GKE
/// (`cloud.google.com/gke-accelerator: nvidia-tesla-a100`), Karpenter
/// (`karpenter.k8s.aws/instance-gpu-name: a10g`), cloud instance types (`p4d.24xlarge`),
/// MIG resource names (`nvidia.com/mig-3g.40gb`), SkyPilot accelerators (`A100-80GB`) and
/// Ray accelerator types.
struct GPUResolver: Sendable {
  let gpus: NamedCatalog<GPUSpec>

  /// Whose naming a bare `A100` follows: SkyPilot, GKE and Ray mean the 40 GB part by it
  /// (SkyPilot lists `A100` and `A100-80GB`; GKE `nvidia-tesla-a100` and `nvidia-a100-80gb`;
  /// Ray `A100` beside `A100-80G`), where the catalog's alias `a100` is the 80 GB card.
  enum Dialect: Sendable { case catalog, cloud }

  func resolve(_ written: String, dialect: Dialect = .catalog) -> GPUSpec? {
    let key = written.lowercased().map { $0 == " " || $0 == "_" ? "-" : $0 }
    var name = String(key)
    // GPU Feature Discovery: time-slicing renames the product "<card>-SHARED"; the MIG
    // single strategy writes "<card>-MIG-1g.5gb" (k8s-device-plugin gpu-feature-discovery
    // README, "Generated Labels").
    if name.hasSuffix("-shared") { name = String(name.dropLast(7)) }
    if let mig = name.range(of: "-mig-") {
      let card = resolve(String(name[..<mig.lowerBound]), dialect: dialect)
      return self.mig(String(name[mig.upperBound...]), parent: card)
    }
    if dialect == .cloud, let forty = cloudForty(name) { return forty }
    if let gpu = gpus.lookup(name) { return gpu }
    var bare = name
    for prefix in [
      "nvidia-tesla-", "nvidia-geforce-", "nvidia-", "tesla-", "amd-instinct-", "amd-",
    ]
    where bare.hasPrefix(prefix) {
      bare = String(bare.dropFirst(prefix.count))
      break
    }
    if dialect == .cloud, let forty = cloudForty(bare) { return forty }
    if let gpu = gpus.lookup(bare) { return gpu }
    // GKE's "-mega-" H100, Ray's "-80G" without the B, a trailing "-gpu".
    let simplified =
      bare.replacingOccurrences(of: "-mega", with: "")
      .replacingOccurrences(of: "80g$", with: "80gb", options: .regularExpression)
      .replacingOccurrences(of: "40g$", with: "40gb", options: .regularExpression)
    if let gpu = gpus.lookup(simplified) { return gpu }
    if let gpu = mig(name) { return gpu }
    return nil
  }

  private func cloudForty(_ name: String) -> GPUSpec? {
    ["a100", "nvidia-tesla-a100", "a100-40g"].contains(name) ? gpus.lookup("A100-40GB") : nil
  }

  /// A MIG slice as a GPU of its own: `mig-3g.40gb` is three of seven compute slices with
  /// 40 GB of the card's memory. The card is the one whose memory the profile fits
  /// (NVIDIA MIG user guide, "Supported MIG profiles": 1g.5gb … 7g.40gb exist only on
  /// A100-40GB, 1g.10gb … 7g.80gb on the 80 GB A100 and H100; 1g.18gb … on H200). Memory
  /// is the profile's share of eight memory slices of the card, bandwidth its share of
  /// seven compute slices.
  func mig(_ name: String, parent: GPUSpec? = nil) -> GPUSpec? {
    guard let range = name.range(of: #"(\d)g\.(\d+)gb"#, options: .regularExpression) else {
      return nil
    }
    let profile = String(name[range])
    let parts = profile.split(separator: ".")
    guard let compute = Int(parts[0].dropLast()), let gigabytes = Int(parts[1].dropLast(2)),
      (1...7).contains(compute)
    else { return nil }
    let parentID: String
    switch gigabytes {
    case 5: parentID = "A100-40GB"
    case 20 where compute >= 3: parentID = "A100-40GB"  // 3g.20gb, 4g.20gb
    case 40 where compute == 7: parentID = "A100-40GB"
    case 12, 24, 47, 94: parentID = "H100-NVL-94GB"
    case 18, 35, 71, 141: parentID = "H200-141GB"
    case 23, 45, 90, 180: parentID = "B200"
    default: parentID = name.contains("h100") ? "H100-80GB" : "A100-80GB"
    }
    guard var gpu = parent ?? gpus.lookup(parentID) else { return nil }
    let parentCard = gpu.id
    let parentGB = Double(gpu.memoryBytes) / 1e9
    let slices = min(8, max(1, Int((Double(gigabytes) / parentGB * 8).rounded())))
    gpu.memoryBytes = gpu.memoryBytes / 8 * Int64(slices)
    gpu.bandwidthGBps = gpu.bandwidthGBps * Double(compute) / 7
    gpu.memoryGB = Double(gpu.memoryBytes) / 1e9
    gpu.memorySource =
      "\(slices) of the 8 memory slices of \(parentCard) (NVIDIA MIG user guide, supported profiles)"
    gpu.id = "\(parentCard) MIG \(profile)"
    gpu.name = "\(gpu.name) MIG \(profile)"
    return gpu
  }

  /// GPUs of common cloud instance types: model and count. Sources: AWS "Amazon EC2
  /// accelerated computing instances" (P4d/P4de A100, P5 H100, P5e/P5en H200, G5 A10G,
  /// G6 L4, G6e L40S, G4dn T4, P3 V100); Google Cloud "GPU machine types" (A2 standard A100
  /// 40GB, A2 ultra A100 80GB, A3 H100, A3 ultra H200, G2 L4); Azure "NC A100 v4", "ND A100
  /// v4", "ND H100 v5", "NCasT4_v3" series pages.
  static let instanceTypes: [String: (gpu: String, count: Int)] = {
    var table: [String: (String, Int)] = [
      "p4d.24xlarge": ("A100-40GB", 8), "p4de.24xlarge": ("A100-80GB", 8),
      "p5.48xlarge": ("H100-80GB", 8), "p5.4xlarge": ("H100-80GB", 1),
      "p5e.48xlarge": ("H200-141GB", 8), "p5en.48xlarge": ("H200-141GB", 8),
      "g5.12xlarge": ("A10G", 4), "g5.24xlarge": ("A10G", 4), "g5.48xlarge": ("A10G", 8),
      "g6.12xlarge": ("L4", 4), "g6.24xlarge": ("L4", 4), "g6.48xlarge": ("L4", 8),
      "g6e.12xlarge": ("L40S", 4), "g6e.24xlarge": ("L40S", 4), "g6e.48xlarge": ("L40S", 8),
      "g4dn.12xlarge": ("T4", 4), "g4dn.metal": ("T4", 8),
      "p3.2xlarge": ("V100-16GB", 1), "p3.8xlarge": ("V100-16GB", 4),
      "p3.16xlarge": ("V100-16GB", 8), "p3dn.24xlarge": ("V100-32GB", 8),
      "a2-megagpu-16g": ("A100-40GB", 16), "a3-highgpu-8g": ("H100-80GB", 8),
      "a3-megagpu-8g": ("H100-80GB", 8), "a3-edgegpu-8g": ("H100-80GB", 8),
      "a3-ultragpu-8g": ("H200-141GB", 8),
      "g2-standard-24": ("L4", 2), "g2-standard-48": ("L4", 4), "g2-standard-96": ("L4", 8),
      "standard-nc24ads-a100-v4": ("A100-PCIe-80GB", 1),
      "standard-nc48ads-a100-v4": ("A100-PCIe-80GB", 2),
      "standard-nc96ads-a100-v4": ("A100-PCIe-80GB", 4),
      "standard-nd96asr-v4": ("A100-40GB", 8), "standard-nd96amsr-a100-v4": ("A100-80GB", 8),
      "standard-nd96isr-h100-v5": ("H100-80GB", 8), "standard-nc64as-t4-v3": ("T4", 4),
    ]
    for size in ["xlarge", "2xlarge", "4xlarge", "8xlarge", "16xlarge"] {
      table["g5.\(size)"] = ("A10G", 1)
      table["g6.\(size)"] = ("L4", 1)
      table["g6e.\(size)"] = ("L40S", 1)
      table["g4dn.\(size)"] = ("T4", 1)
    }
    for count in [1, 2, 4, 8] {
      table["a2-highgpu-\(count)g"] = ("A100-40GB", count)
      table["a2-ultragpu-\(count)g"] = ("A100-80GB", count)
    }
    for vcpus in [4, 8, 12, 16, 32] { table["g2-standard-\(vcpus)"] = ("L4", 1) }
    for vcpus in [4, 8, 16] { table["standard-nc\(vcpus)as-t4-v3"] = ("T4", 1) }
    return table
  }()

  func instanceType(_ written: String) -> (GPUSpec, Int)? {
    let key = String(written.lowercased().map { $0 == "_" ? "-" : $0 })
    guard let entry = Self.instanceTypes[key], let gpu = gpus.lookup(entry.gpu) else {
      return nil
    }
    return (gpu, entry.count)
  }
}
