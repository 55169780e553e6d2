#!/usr/bin/env bash
# Run by local.zndsl (zombienet copies it into the network's directory and runs it there):
# registers the digits model and Alice, Bob and Charlie as its providers, submits one job
# and follows it to its result, through the client, as scripts/local-net's users do.
set -euo pipefail
: "${VERITY_ROOT:?}" "${ZN_RPC:?}"
url="ws://127.0.0.1:$ZN_RPC"
node "$VERITY_ROOT/scripts/client/cli.js" demo --url "$url" --jobs 1 --providers //Alice,//Bob,//Charlie
