"""Times Python onnxruntime on a model and input, the way Verity's engine runs them.

Same session options as verity-engine (offchain-worker/engine/src/engine.rs): basic graph
optimizations (Level1), one intra-op and one inter-op thread unless told otherwise,
sequential execution, deterministic compute. Each timed call is `session.run` with numpy
arrays in and out, the usual way to call it from Python.

    python bench_inference.py MODEL INPUT.npy [INPUT.npy ...] --iterations N --warmup K [--threads T]

Prints one JSON object: median, mean, p95 and min in microseconds.
"""
import argparse
import json
import time

import numpy as np
import onnxruntime as ort

ap = argparse.ArgumentParser()
ap.add_argument("model")
ap.add_argument("inputs", nargs="+")
ap.add_argument("--iterations", type=int, default=500)
ap.add_argument("--warmup", type=int, default=20)
ap.add_argument("--threads", type=int, default=1)
args = ap.parse_args()

opts = ort.SessionOptions()
opts.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_BASIC
opts.intra_op_num_threads = args.threads
opts.inter_op_num_threads = 1
opts.execution_mode = ort.ExecutionMode.ORT_SEQUENTIAL
opts.use_deterministic_compute = True
session = ort.InferenceSession(args.model, opts, providers=["CPUExecutionProvider"])
names = [i.name for i in session.get_inputs()]
feeds = {n: np.load(p) for n, p in zip(names, args.inputs)}

for _ in range(args.warmup):
    session.run(None, feeds)
us = []
for _ in range(args.iterations):
    start = time.perf_counter_ns()
    session.run(None, feeds)
    us.append((time.perf_counter_ns() - start) / 1000.0)
us.sort()
at = lambda q: us[round((len(us) - 1) * q)]
print(json.dumps({
    "model": args.model,
    "onnxruntime": ort.__version__,
    "iterations": args.iterations,
    "threads": args.threads,
    "median_us": round(at(0.5), 1),
    "mean_us": round(sum(us) / len(us), 1),
    "p95_us": round(at(0.95), 1),
    "min_us": round(us[0], 1),
}))
