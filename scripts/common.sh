# Shared settings for Verity's scripts. Source it; do not run it.

# The repository root, whatever directory a script is started from.
VERITY_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# Everything built or downloaded lives outside the clone, so fresh clones reuse it.
VERITY_HOME="${VERITY_HOME:-$HOME/.cache/verity}"
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$VERITY_HOME/target}"
# The ONNX Runtime shared library, from the PyPI wheel whose version matches ort's API level.
ORT_VERSION="1.31.1"
ORT_LIB_DIR="$VERITY_HOME/onnxruntime-$ORT_VERSION"
ORT_LIB="$ORT_LIB_DIR/libonnxruntime.so.$ORT_VERSION"
export ORT_DYLIB_PATH="${ORT_DYLIB_PATH:-$ORT_LIB}"
# ONNX's backend node tests, unpacked from the onnx==1.22.0 wheel.
ONNX_TESTDATA="$VERITY_HOME/onnx-1.22.0/node"
export VERITY_ONNX_TESTDATA="${VERITY_ONNX_TESTDATA:-$ONNX_TESTDATA}"
# The node binary that `cargo build -p verity-node` produces (dev profile).
VERITY_NODE="$CARGO_TARGET_DIR/debug/verity-node"

if [ -f "$HOME/.cargo/env" ]; then
	# shellcheck disable=SC1091
	. "$HOME/.cargo/env"
fi

log() { printf '[verity] %s\n' "$*" >&2; }
die() { printf '[verity] error: %s\n' "$*" >&2; exit 1; }
