#!/usr/bin/env python3
r'''Compile the bundled catalogs into the binary.

Writes Sources/VRAMModel/Catalog/EmbeddedCatalogs.swift, which holds the exact bytes of
Sources/VRAMModel/Resources/models.json and gpus.json as Swift raw string literals, so the
VRAMModel target needs no SwiftPM resource bundle and `vramlint` is one self-contained file.
The JSON files stay the source of truth: edit them, then run

    python3 Benchmarks/catalogs/embed.py          # rewrite the Swift file (only if it changed)
    python3 Benchmarks/catalogs/embed.py --check  # exit 1 if the Swift file is out of date

Tests/VRAMModelTests/EmbeddedCatalogTests.swift fails while the two disagree.

Why raw strings: a ~150 KB raw string literal compiles in about 0.1 s (debug), while the same
bytes as a `[UInt8]` array literal took about 12 s and 1.1 GB of compiler memory; base64 is as
quick as raw strings but unreadable in diffs.

How the literal keeps the bytes exact:
- each file goes between `#…#"""` + line break and line break + `"""#…#`, the closing
  delimiter in column 0, so no indentation is stripped and the line breaks next to the
  delimiters are not part of the string (a file with or without a final newline round-trips);
- the number of `#` is one more than the longest run of `#` in the file, so neither the
  closing delimiter nor an escape (`\#…#`) can occur inside it;
- Swift normalises CR and CRLF line breaks in multi-line literals to LF and rejects most
  control characters in source, so a file with a CR or a control character other than tab
  and LF is refused (JSON needs neither); the file must be valid UTF-8 and valid JSON.

Python 3 standard library only.
'''
import argparse
import hashlib
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
RESOURCES = ROOT / "Sources" / "VRAMModel" / "Resources"
OUTPUT = ROOT / "Sources" / "VRAMModel" / "Catalog" / "EmbeddedCatalogs.swift"
SELF = Path(__file__).resolve().relative_to(ROOT).as_posix()

# (Swift property, file in RESOURCES). The test checks that every *.json in RESOURCES is here.
CATALOGS = [("models", "models.json"), ("gpus", "gpus.json")]

# Control characters the Swift lexer refuses or rewrites inside a string literal.
FORBIDDEN = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")


def fail(message):
    print(f"{SELF}: {message}", file=sys.stderr)
    sys.exit(2)


def literal(path, data):
    """The Swift raw string literal whose value is exactly `data`."""
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        fail(f"{path}: not valid UTF-8 ({error})")
    if text.startswith("\ufeff"):
        fail(f"{path}: starts with a byte order mark; remove it")
    bad = FORBIDDEN.search(text)
    if bad:
        line = text.count("\n", 0, bad.start()) + 1
        fail(f"{path}:{line}: control character U+{ord(bad.group()):04X} (CR line breaks "
             "included) cannot be kept byte for byte in a Swift string literal")
    try:
        json.loads(text)
    except json.JSONDecodeError as error:
        fail(f"{path}: not valid JSON: {error}")
    hashes = "#" * (1 + max((len(run) for run in re.findall("#+", text)), default=0))
    return f'{hashes}"""\n{text}\n"""{hashes}'


def render():
    rel = RESOURCES.relative_to(ROOT).as_posix()
    sources = " and ".join(f"{rel}/{name}" for _, name in CATALOGS)
    parts = [
        # swift-format would re-indent the literals; the generator's layout is the format.
        "// swift-format-ignore-file",
        f"// GENERATED FILE, do not edit. Written by {SELF} from",
        f"// {sources},",
        "// which stay the source of truth. After editing either, regenerate this file with",
        "//",
        f"//     python3 {SELF}",
        "//",
        "// (EmbeddedCatalogTests fails until it is regenerated). Each catalog is a raw string",
        "// literal holding the file byte for byte; the generator explains how.",
        "",
        "/// The catalogs compiled into the binary, so that vramlint needs no resource bundle.",
        "enum EmbeddedCatalogs {",
        f"  /// Every embedded file: its name in `{rel}/` and its contents.",
        "  static let files: [(name: String, text: String)] = [",
    ]
    parts += [f'    ("{name}", {prop}),' for prop, name in CATALOGS]
    parts.append("  ]")
    for prop, name in CATALOGS:
        path = RESOURCES / name
        try:
            data = path.read_bytes()
        except OSError as error:
            fail(f"cannot read {path}: {error}")
        digest = hashlib.sha256(data).hexdigest()
        parts += [
            "",
            f"  /// `{name}`: {len(data)} bytes, SHA-256 {digest}.",
            f"  static let {prop}: String = {literal(path.relative_to(ROOT), data)}",
        ]
    parts.append("}")
    return "\n".join(parts) + "\n"


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true",
                        help="do not write; exit 1 if the generated file is out of date")
    args = parser.parse_args()
    text = render().encode("utf-8")
    current = OUTPUT.read_bytes() if OUTPUT.exists() else None
    out = OUTPUT.relative_to(ROOT)
    if args.check:
        if current != text:
            print(f"{out} is out of date: run python3 {SELF}", file=sys.stderr)
            return 1
        print(f"{out} is up to date")
        return 0
    if current == text:
        print(f"{out} is up to date")
    else:
        OUTPUT.write_bytes(text)
        print(f"wrote {out} ({len(text)} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
