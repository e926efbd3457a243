import ArgumentParser
import VRAMLint

/// `--input-format kubernetes`: the names are the enum's raw values.
extension InputFormat: ExpressibleByArgument {}
