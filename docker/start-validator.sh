#!/bin/sh
# Starts a validator in the container: inserts its inference key (sr25519, key type `vrty`)
# from the secret URI in $VERITY_INFERENCE_SURI when one is given and the keystore lacks it,
# then runs verity-node with the arguments given. For test networks with development keys;
# on a production validator insert keys once with `verity-node key insert` (docs).
set -eu
base=/data
if [ -n "${VERITY_INFERENCE_SURI:-}" ]; then
	/usr/local/bin/verity-node key insert --base-path "$base" --chain "${VERITY_CHAIN:-local}" \
		--key-type vrty --scheme sr25519 --suri "$VERITY_INFERENCE_SURI"
fi
exec /usr/local/bin/verity-node --base-path "$base" --model-cache "$base/models" "$@"
