#!/usr/bin/env bash
# Builds the DocC documentation of cupi-gen's documented targets with swift-docc-plugin, and fails on
# any DocC warning (a broken symbol or article link included): `docc --warnings-as-errors`, and a
# check of the output for warnings DocC reports without failing.
#
#   docs/build-docs.sh            # archives in .build/plugins/Swift-DocC/outputs/<Target>.doccarchive
#
# Preview one target in a browser: swift package --disable-sandbox preview-documentation --target CUPIRuntime
set -euo pipefail
cd "$(dirname "$0")/.."

targets=(CUPIRuntime CUPIHTTPClientTransport CUPIClient CUPIMock cupi-gen)
arguments=()
for target in "${targets[@]}"; do arguments+=(--target "$target"); done

log=$(mktemp)
trap 'rm -f "$log"' EXIT
status=0
swift package generate-documentation "${arguments[@]}" --warnings-as-errors 2>&1 | tee "$log" || status=$?

# SwiftPM's own notes about dependencies' unhandled files are not documentation warnings.
if grep -E '(^|[: ])warning:' "$log" | grep -vE "^warning: '[^']+': found [0-9]+ file\(s\) which are unhandled" | grep -q .; then
    echo "build-docs: DocC reported warnings (see above)" >&2
    status=1
fi
if [ "$status" -ne 0 ]; then
    echo "build-docs: FAILED" >&2
    exit "$status"
fi
echo "build-docs: ${#targets[@]} targets documented, no warnings"
