#!/usr/bin/env bash
# CI: every fuzz target briefly (FUZZ_SECONDS each, 15 by default: about a minute in all) on its
# seed corpus and what earlier runs found; fails when any target crashes, hangs or blows up
# memory. With --plant, proves instead that each target finds its planted fault in that time.
# The modules are built in debug (FUZZ_CONFIGURATION, see Fuzz/run): a few minutes on two cores
# where the release build takes over ten; fewer executions a second, which a brief run can spare.
#
#   Fuzz/ci.sh [--plant]
set -uo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
export FUZZ_CONFIGURATION="${FUZZ_CONFIGURATION:-debug}"
seconds="${FUZZ_SECONDS:-15}"
plant=()
[[ "${1:-}" == "--plant" ]] && plant=(--plant)

# Build every target first, so the time budget is fuzzing time.
for target in stream-reader xml-decode json-decode frontend; do
    Fuzz/run --build-only "${plant[@]}" "$target" > /dev/null || { echo "fuzz: build of $target failed" >&2; exit 2; }
done
failed=()
for target in stream-reader xml-decode json-decode frontend; do
    FUZZ_NO_BUILD=1 Fuzz/run "${plant[@]}" "$target" "$seconds" || failed+=("$target")
done
if [[ ${#failed[@]} -gt 0 ]]; then
    echo "fuzz: FAILED: ${failed[*]} (logs in .build-fuzz/logs, inputs in .build-fuzz/artifacts)" >&2
    exit 1
fi
echo "fuzz: every target ran ${seconds}s$([[ ${#plant[@]} -gt 0 ]] && echo ' and found its planted fault' || echo ' without a crash')"
