#!/usr/bin/env bash
# Builds this package twice in a fresh scratch folder and prints what the second build did. With
# the SwiftPM of this toolchain (6.x, Linux) it recompiles ctool.c, relinks the tool and reruns it.
set -euo pipefail
cd "$(dirname "$0")"
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
swift build --scratch-path "$scratch" >/dev/null
echo "second build, nothing changed:"
swift build --scratch-path "$scratch" | grep -E "Compiling|Linking|Generating" | grep -v "Compiling plugin" || echo "  (nothing compiled, linked or generated)"
