#!/usr/bin/env bash
# Independent wire-format check of cupi-mock: a throw-away CA and server certificate, the mock on a
# free port over HTTPS, and Tests/WireFormat/provision.py (a standard-library Python client written
# from Cisco's CUPI guide only) against it.
#
# Usage: Tests/WireFormat/run.sh [path/to/cupi-mock]   (default: .build/debug/cupi-mock of the repository)
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
mock="${1:-$root/.build/debug/cupi-mock}"
case "$mock" in
    /*) ;;
    *) mock="$PWD/$mock" ;;
esac
if [[ ! -x "$mock" ]]; then
    echo "error: cupi-mock not found or not executable: $mock (build it first: swift build --product cupi-mock)" >&2
    exit 2
fi

work="$(mktemp -d "${TMPDIR:-/tmp}/cupi-wire.XXXXXX")"
mock_pid=""
cleanup() {
    if [[ -n "$mock_pid" ]] && kill -0 "$mock_pid" 2>/dev/null; then
        kill "$mock_pid" 2>/dev/null || true
        # Give it a moment to stop, then insist.
        for _ in 1 2 3 4 5 6 7 8 9 10; do
            kill -0 "$mock_pid" 2>/dev/null || break
            sleep 0.1
        done
        kill -9 "$mock_pid" 2>/dev/null || true
        wait "$mock_pid" 2>/dev/null || true
    fi
    rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# --- a throw-away CA and a server certificate for localhost / 127.0.0.1 -------------------------
cat >"$work/server.cnf" <<'EOF'
basicConstraints = critical, CA:FALSE
keyUsage = critical, digitalSignature, keyEncipherment
extendedKeyUsage = serverAuth
subjectAltName = DNS:localhost, IP:127.0.0.1
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid, issuer
EOF
openssl req -x509 -newkey rsa:2048 -nodes -sha256 -days 2 \
    -subj "/CN=cupi-mock wire-format test CA" \
    -addext "basicConstraints=critical,CA:TRUE" \
    -addext "keyUsage=critical,keyCertSign,cRLSign" \
    -keyout "$work/ca.key" -out "$work/ca.pem" >/dev/null 2>&1
openssl req -new -newkey rsa:2048 -nodes -sha256 \
    -subj "/CN=localhost" \
    -keyout "$work/server.key" -out "$work/server.csr" >/dev/null 2>&1
openssl x509 -req -sha256 -days 2 \
    -in "$work/server.csr" -CA "$work/ca.pem" -CAkey "$work/ca.key" \
    -set_serial "0x$(openssl rand -hex 8)" \
    -extfile "$work/server.cnf" -out "$work/server.pem" >/dev/null 2>&1
openssl verify -CAfile "$work/ca.pem" "$work/server.pem" >/dev/null

# --- the mock ----------------------------------------------------------------------------------
"$mock" --port 0 --host 127.0.0.1 \
    --tls-cert "$work/server.pem" --tls-key "$work/server.key" \
    >"$work/mock.out" 2>"$work/mock.err" &
mock_pid=$!

url=""
deadline=$((SECONDS + 10))
while (( SECONDS < deadline )); do
    if [[ -s "$work/mock.out" ]]; then
        first="$(head -n 1 "$work/mock.out")"
        if [[ "$first" =~ ^cupi-mock\ listening\ on\ (https://[^[:space:]]+)$ ]]; then
            url="${BASH_REMATCH[1]}"
            break
        fi
        # A first line that is complete but not the expected one: give up at once.
        if [[ "$(wc -l <"$work/mock.out")" -ge 1 ]]; then
            echo "error: unexpected first line from cupi-mock: $first" >&2
            break
        fi
    fi
    if ! kill -0 "$mock_pid" 2>/dev/null; then
        echo "error: cupi-mock exited before listening" >&2
        break
    fi
    sleep 0.1
done
if [[ -z "$url" ]]; then
    echo "error: no 'cupi-mock listening on https://...' line within 10 s" >&2
    sed 's/^/  mock stderr: /' "$work/mock.err" >&2 || true
    exit 1
fi
echo "cupi-mock at $url (pid $mock_pid)"

# --- the client --------------------------------------------------------------------------------
status=0
timeout 300 python3 "$root/Tests/WireFormat/provision.py" "$url" \
    --ca-file "$work/ca.pem" --timeout 10 || status=$?
if [[ $status -ne 0 && -s "$work/mock.err" ]]; then
    echo "--- cupi-mock stderr (last 20 lines) ---" >&2
    tail -n 20 "$work/mock.err" >&2 || true
fi
exit "$status"
