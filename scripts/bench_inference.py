"""Times Python onnxruntime on a model and input, the way Verity's engine runs them.

Same session options as verity-engine (offchain-worker/engine/src/engine.rs): basic graph
optimizations (Level1), one intra-op and one inter-op thread unless told otherwise,
sequential execution, deterministic compute. Each timed call is `session.run` with numpy
arrays in and out, the usual way to call it from Python.

    python bench_inference.py MODEL INPUT.npy [INPUT.npy ...] --iterations N --warmup K [--threads T]
    python bench_inference.py MODEL --prompt-ids 1,2,3 --new-tokens 64 --iterations N

Prints one JSON object: median, mean, p95 and min in microseconds. With --prompt-ids (a
causal language model of the standard decoder layout), each timed call is a greedy
generation of --new-tokens tokens through the KV cache, the usual loop (prompt in one pass,
then one pass per token feeding `present` back as `past_key_values`), and `verify` times one
teacher-forced pass over the prompt and the generated tokens.
"""
import argparse
import json
import time

import numpy as np
import onnxruntime as ort

ap = argparse.ArgumentParser()
ap.add_argument("model")
ap.add_argument("inputs", nargs="*")
ap.add_argument("--prompt-ids")
ap.add_argument("--new-tokens", type=int, default=64)
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
def stats(us):
    us = sorted(us)
    at = lambda q: us[round((len(us) - 1) * q)]
    return {"median_us": round(at(0.5), 1), "mean_us": round(sum(us) / len(us), 1),
            "p95_us": round(at(0.95), 1), "min_us": round(us[0], 1)}


def timed(call):
    for _ in range(args.warmup):
        call()
    us = []
    for _ in range(args.iterations):
        start = time.perf_counter_ns()
        call()
        us.append((time.perf_counter_ns() - start) / 1000.0)
    return stats(us)


result = {"model": args.model, "onnxruntime": ort.__version__, "iterations": args.iterations, "threads": args.threads}
if args.prompt_ids:
    prompt = [int(x) for x in args.prompt_ids.split(",")]
    pasts = [i for i in session.get_inputs() if i.name.startswith("past_key_values.")]

    def generate():
        past = {i.name: np.zeros((1, i.shape[1], 0, i.shape[3]), np.float32) for i in pasts}
        feed, done, out = prompt, 0, []
        for _ in range(args.new_tokens):
            total = done + len(feed)
            r = session.run(None, {"input_ids": np.array([feed], np.int64),
                                   "attention_mask": np.ones((1, total), np.int64),
                                   "position_ids": np.arange(done, total, dtype=np.int64)[None, :], **past})
            past = dict(zip(past.keys(), r[1:]))
            out.append(int(np.argmax(r[0][0, -1])))
            done, feed = total, [out[-1]]
        return out

    tokens = generate()
    ids = prompt + tokens[:-1]
    empty = {i.name: np.zeros((1, i.shape[1], 0, i.shape[3]), np.float32) for i in pasts}

    def verify():
        logits = session.run(["logits"], {"input_ids": np.array([ids], np.int64),
                                          "attention_mask": np.ones((1, len(ids)), np.int64),
                                          "position_ids": np.arange(len(ids), dtype=np.int64)[None, :], **empty})[0][0]
        rows = logits[len(prompt) - 1:]
        return all(rows[i, t] >= rows[i].max() - 1e-3 for i, t in enumerate(tokens))

    assert verify(), "the teacher-forced check refuses the greedy tokens"
    result.update(timed(generate))
    result["new_tokens"] = args.new_tokens
    result["tokens"] = tokens
    result["verify"] = timed(verify)
else:
    names = [i.name for i in session.get_inputs()]
    feeds = {n: np.load(p) for n, p in zip(names, args.inputs)}
    result.update(timed(lambda: session.run(None, feeds)))
print(json.dumps(result))
