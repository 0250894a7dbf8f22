#!/usr/bin/env bash
# Compiles the code generated for every lint-clean entry of ../shared/corpus (Swift 6 mode, no
# warning allowed), one module per entry in one package under .build/corpus-compile.
#
#   Tests/corpus-compile.sh                   every entry (about 12 minutes on 2 cores)
#   Tests/corpus-compile.sh --max-types 40    only entries of at most 40 types (what .ci/run runs)
#
# Prints "corpus compile: N of M lint-clean entries compiled without warnings" and exits non-zero
# when one does not. Needs ../shared beside the repository; without it the test says it is skipped.
set -euo pipefail
cd "$(dirname "$0")/.."
if [[ ${1:-} == --max-types ]]; then export CUPIGEN_CORPUS_COMPILE_MAX_TYPES=$2; fi
CUPIGEN_CORPUS_COMPILE=1 swift test --filter CorpusCompileTests 2>&1 | grep -E "corpus compile:|✘|✔|➜|◇ Test run|error:" 
