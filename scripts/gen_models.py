"""Builds Verity's demo and test models and their reference outputs.

digits.onnx: a logistic-regression classifier of 8x8 handwritten digits, trained on the
digits data set that ships inside scikit-learn. Input `input` float32 [N, 64]; outputs
`label` int64 [N] and `probabilities` float32 [N, 10] (no ZipMap, so both are tensors).
For the first samples of the test split it writes the input and Python onnxruntime's
outputs as .npy files: the engine's tests must reproduce them exactly.

pairs.onnx: one Reshape of a float32 vector `x` [N] into `pairs` [N/2, 2]. Every input fits
its declared shape, yet ONNX Runtime fails on an odd N, and a long one gives an output longer
than a reveal may carry: the typed failures of an input, with a model that is not at fault.

tinylm.onnx and tinylm.tokenizer.json: a small causal language model of the layout standard
decoder exports use (Hugging Face Optimum's `decoder_model_merged`): inputs `input_ids`,
`attention_mask`, `position_ids` and `past_key_values.N.key/value` [batch, heads, past, 32];
outputs `logits` [batch, seq, vocab] and `present.N.key/value`. Two pre-norm transformer
layers of width 64 (two heads), weights drawn from a seeded generator: it
generates fluent nonsense, deterministically. Its tokenizer is a byte-level BPE of 384 tokens
trained (by the PyPI `tokenizers` package) on this file's docstrings, so any text encodes.
tinylm.reference.json holds a prompt, its ids and the 16 tokens Python onnxruntime's greedy
loop generates after it. tinylm-merged.onnx is the same model with the extra input
`use_cache_branch` (bool [1]) of Optimum's merged decoder exports, made from tinylm.onnx.

Usage: gen_models.py OUT [digits|pairs|tinylm|tinylm-merged|all]
"""
import os
import sys

import numpy as np
import onnx
import onnxruntime as ort

out = sys.argv[1]
which = sys.argv[2] if len(sys.argv) > 2 else "all"
os.makedirs(out, exist_ok=True)


def pairs():
    from onnx import TensorProto, helper

    shape = helper.make_tensor("shape", TensorProto.INT64, [2], [-1, 2])
    graph = helper.make_graph(
        [helper.make_node("Reshape", ["x", "shape"], ["pairs"])],
        "pairs",
        [helper.make_tensor_value_info("x", TensorProto.FLOAT, ["N"])],
        [helper.make_tensor_value_info("pairs", TensorProto.FLOAT, ["M", 2])],
        initializer=[shape],
    )
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 17)], producer_name="verity")
    model.ir_version = 8
    onnx.checker.check_model(model)
    path = os.path.join(out, "pairs.onnx")
    onnx.save(model, path)
    sess = ort.InferenceSession(path, providers=["CPUExecutionProvider"])
    (even,) = sess.run(None, {"x": np.arange(4, dtype=np.float32)})
    assert even.shape == (2, 2), even.shape
    try:
        sess.run(None, {"x": np.arange(3, dtype=np.float32)})
        raise SystemExit("pairs.onnx must fail on an odd input")
    except ort.capi.onnxruntime_pybind11_state.Fail as e:
        print(f"pairs: an odd input fails: {str(e).splitlines()[0][:100]}")
    print(f"wrote {path} ({os.path.getsize(path)} bytes)")


def tinylm():
    import json

    from onnx import TensorProto, helper, numpy_helper
    from tokenizers import Tokenizer, decoders, models, pre_tokenizers, trainers

    vocab, d, heads, layers, ff, positions = 384, 64, 2, 2, 128, 512
    hd = d // heads
    tok = Tokenizer(models.BPE())
    tok.pre_tokenizer = pre_tokenizers.ByteLevel(add_prefix_space=False)
    tok.decoder = decoders.ByteLevel()
    trainer = trainers.BpeTrainer(
        vocab_size=vocab,
        initial_alphabet=pre_tokenizers.ByteLevel.alphabet(),
        special_tokens=["<|endoftext|>"],
        show_progress=False,
    )
    corpus = [__doc__] * 4 + [tinylm.__doc__ or ""]
    tok.train_from_iterator(corpus, trainer)
    assert tok.get_vocab_size() <= vocab, tok.get_vocab_size()
    tok_path = os.path.join(out, "tinylm.tokenizer.json")
    tok.save(tok_path)

    rng = np.random.default_rng(20261201)
    inits = []

    def w(name, shape, std):
        inits.append(numpy_helper.from_array((rng.standard_normal(shape) * std).astype(np.float32), name))
        return name

    def const(name, value, dtype=np.int64):
        inits.append(numpy_helper.from_array(np.array(value, dtype=dtype), name))
        return name

    nodes = []

    def node(op, ins, outs=None, **attrs):
        outs = outs or [f"{op.lower()}_{len(nodes)}"]
        nodes.append(helper.make_node(op, ins, outs, **attrs))
        return outs[0]

    wte = w("wte", (vocab, d), 0.5)
    wpe = w("wpe", (positions, d), 0.1)
    ones_d = "ones_d"
    inits.append(numpy_helper.from_array(np.ones(d, np.float32), ones_d))
    zeros_d = "zeros_d"
    inits.append(numpy_helper.from_array(np.zeros(d, np.float32), zeros_d))
    x = node("Add", [node("Gather", [wte, "input_ids"]), node("Gather", [wpe, "position_ids"])])
    # Positions: query s sees keys 0..=past+s, where the attention mask allows.
    i0, i1, i2 = const("i0", 0), const("i1", 1), const("i2", 2)
    seq = node("Gather", [node("Shape", ["input_ids"]), i1], axis=0)
    past = node("Gather", [node("Shape", ["past_key_values.0.key"]), i2], axis=0)
    total = node("Gather", [node("Shape", ["attention_mask"]), i1], axis=0)
    qpos = node("Unsqueeze", [node("Add", [node("Range", [i0, seq, i1]), past]), const("ax1", [1])])
    kpos = node("Unsqueeze", [node("Range", [i0, total, i1]), const("ax0", [0])])
    causal = node("LessOrEqual", [kpos, qpos])  # [S, T]
    allowed = node("Cast", ["attention_mask"], to=TensorProto.BOOL)
    allowed = node("Unsqueeze", [allowed, const("ax12", [1, 2])])  # [B, 1, 1, T]
    allowed = node("And", [allowed, causal])
    neg = const("neg", -1e9, np.float32)
    split = const("split_heads", [0, 0, heads, hd])
    merge = const("merge_heads", [0, 0, d])
    scale = const("scale", 1.0 / np.sqrt(hd), np.float32)
    present = []
    for i in range(layers):
        h = node("LayerNormalization", [x, ones_d, zeros_d], axis=-1, epsilon=1e-5)
        def proj(name):
            y = node("Add", [node("MatMul", [h, w(f"l{i}.{name}.w", (d, d), d ** -0.5)]), w(f"l{i}.{name}.b", (d,), 0.02)])
            return node("Transpose", [node("Reshape", [y, split])], perm=[0, 2, 1, 3])
        q, k, v = proj("q"), proj("k"), proj("v")
        k = node("Concat", [f"past_key_values.{i}.key", k], [f"present.{i}.key"], axis=2)
        v = node("Concat", [f"past_key_values.{i}.value", v], [f"present.{i}.value"], axis=2)
        present += [k, v]
        scores = node("Mul", [node("MatMul", [q, node("Transpose", [k], perm=[0, 1, 3, 2])]), scale])
        probs = node("Softmax", [node("Where", [allowed, scores, neg])], axis=-1)
        ctx = node("Reshape", [node("Transpose", [node("MatMul", [probs, v])], perm=[0, 2, 1, 3]), merge])
        x = node("Add", [x, node("Add", [node("MatMul", [ctx, w(f"l{i}.o.w", (d, d), d ** -0.5)]), w(f"l{i}.o.b", (d,), 0.02)])])
        h = node("LayerNormalization", [x, ones_d, zeros_d], axis=-1, epsilon=1e-5)
        up = node("Relu", [node("Add", [node("MatMul", [h, w(f"l{i}.up.w", (d, ff), d ** -0.5)]), w(f"l{i}.up.b", (ff,), 0.02)])])
        x = node("Add", [x, node("Add", [node("MatMul", [up, w(f"l{i}.down.w", (ff, d), ff ** -0.5)]), w(f"l{i}.down.b", (d,), 0.02)])])
    h = node("LayerNormalization", [x, ones_d, zeros_d], axis=-1, epsilon=1e-5)
    node("MatMul", [h, w("lm_head", (d, vocab), 3 * d ** -0.5)], ["logits"])

    f, i64 = TensorProto.FLOAT, TensorProto.INT64
    ins = [
        helper.make_tensor_value_info("input_ids", i64, ["batch", "seq"]),
        helper.make_tensor_value_info("attention_mask", i64, ["batch", "total"]),
        helper.make_tensor_value_info("position_ids", i64, ["batch", "seq"]),
    ]
    outs = [helper.make_tensor_value_info("logits", f, ["batch", "seq", vocab])]
    for i in range(layers):
        for kind in ("key", "value"):
            ins.append(helper.make_tensor_value_info(f"past_key_values.{i}.{kind}", f, ["batch", heads, "past", hd]))
            outs.append(helper.make_tensor_value_info(f"present.{i}.{kind}", f, ["batch", heads, "total", hd]))
    graph = helper.make_graph(nodes, "tinylm", ins, outs, initializer=inits)
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 17)], producer_name="verity")
    model.ir_version = 8
    onnx.checker.check_model(model)
    path = os.path.join(out, "tinylm.onnx")
    onnx.save(model, path)

    # The reference: greedy decoding with the KV cache, one token at a time.
    prompt = "Verity runs models"
    ids = tok.encode(prompt).ids
    generated = greedy(path, ids, 16, layers, heads, hd)
    ref = {"prompt": prompt, "prompt_ids": ids, "generated_ids": generated, "generated_text": tok.decode(generated)}
    with open(os.path.join(out, "tinylm.reference.json"), "w") as fh:
        json.dump(ref, fh, indent=1)
    print(f"tinylm: {prompt!r} -> {ref['generated_text']!r}")
    print(f"wrote {path} ({os.path.getsize(path)} bytes) and {tok_path}")


def tinylm_merged():
    """tinylm.onnx as Optimum's merged decoder exports take it: one more input,
    `use_cache_branch` (bool [1]), true when past key-values are given. The graph adds 1000 to
    token 0's logit whenever the flag disagrees with whether the past is empty, so a runner that
    feeds it wrongly generates other tokens than tinylm's."""
    from onnx import TensorProto, helper, numpy_helper

    model = onnx.load(os.path.join(out, "tinylm.onnx"))
    g = model.graph
    for n in g.node:
        n.output[:] = ["logits_raw" if o == "logits" else o for o in n.output]
    vocab = g.output[0].type.tensor_type.shape.dim[2].dim_value
    boost = np.zeros(vocab, np.float32)
    boost[0] = 1000.0
    g.initializer.extend([
        numpy_helper.from_array(boost, "merged.boost"),
        numpy_helper.from_array(np.array(2, np.int64), "merged.past_axis"),
        numpy_helper.from_array(np.array(0, np.int64), "merged.zero"),
    ])
    g.input.append(helper.make_tensor_value_info("use_cache_branch", TensorProto.BOOL, [1]))
    g.node.extend([
        helper.make_node("Cast", ["use_cache_branch"], ["merged.flag"], to=TensorProto.FLOAT),
        helper.make_node("Shape", ["past_key_values.0.key"], ["merged.past_shape"]),
        helper.make_node("Gather", ["merged.past_shape", "merged.past_axis"], ["merged.past_len"]),
        helper.make_node("Greater", ["merged.past_len", "merged.zero"], ["merged.has_past_b"]),
        helper.make_node("Cast", ["merged.has_past_b"], ["merged.has_past"], to=TensorProto.FLOAT),
        helper.make_node("Sub", ["merged.flag", "merged.has_past"], ["merged.diff"]),
        helper.make_node("Abs", ["merged.diff"], ["merged.wrong"]),
        helper.make_node("Mul", ["merged.wrong", "merged.boost"], ["merged.penalty"]),
        helper.make_node("Add", ["logits_raw", "merged.penalty"], ["logits"]),
    ])
    onnx.checker.check_model(model)
    path = os.path.join(out, "tinylm-merged.onnx")
    onnx.save(model, path)
    print(f"wrote {path} ({os.path.getsize(path)} bytes)")


def greedy(path, ids, new_tokens, layers, heads, hd):
    """Greedy decoding with the KV cache: the prompt in one pass, then one token per pass."""
    sess = ort.InferenceSession(path, providers=["CPUExecutionProvider"])
    past = {f"past_key_values.{i}.{k}": np.zeros((1, heads, 0, hd), np.float32) for i in range(layers) for k in ("key", "value")}
    tokens, out_ids, done = list(ids), [], 0
    step = list(ids)
    for _ in range(new_tokens):
        feed = {
            "input_ids": np.array([step], np.int64),
            "attention_mask": np.ones((1, len(tokens)), np.int64),
            "position_ids": np.arange(done, len(tokens), dtype=np.int64)[None, :],
            **past,
        }
        logits, *presents = sess.run(None, feed)
        past = {name: p for name, p in zip(past.keys(), presents)}
        nxt = int(np.argmax(logits[0, -1]))
        out_ids.append(nxt)
        done = len(tokens)
        tokens.append(nxt)
        step = [nxt]
    return out_ids


if which in ("tinylm", "all"):
    tinylm()
if which in ("tinylm", "tinylm-merged", "all"):
    tinylm_merged()
if which in ("tinylm", "tinylm-merged"):
    sys.exit(0)

if which in ("pairs", "all"):
    pairs()
if which == "pairs":
    sys.exit(0)

from skl2onnx import to_onnx
from skl2onnx.common.data_types import FloatTensorType
from sklearn.datasets import load_digits
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import train_test_split

digits = load_digits()
x = (digits.data / 16.0).astype(np.float32)
x_train, x_test, y_train, y_test = train_test_split(x, digits.target, test_size=0.25, random_state=7)
clf = LogisticRegression(max_iter=2000, random_state=7).fit(x_train, y_train)
print(f"digits: test accuracy {clf.score(x_test, y_test):.4f}")

model = to_onnx(
    clf,
    initial_types=[("input", FloatTensorType([None, 64]))],
    options={id(clf): {"zipmap": False}},
    target_opset={"": 17, "ai.onnx.ml": 3},
)
onnx.checker.check_model(model)
path = os.path.join(out, "digits.onnx")
onnx.save(model, path)

sess = ort.InferenceSession(path, providers=["CPUExecutionProvider"])
names = [o.name for o in sess.get_outputs()]
assert [i.name for i in sess.get_inputs()] == ["input"], [i.name for i in sess.get_inputs()]
assert names == ["label", "probabilities"], names

for n, rows in (("one", x_test[:1]), ("batch", x_test[:8])):
    label, probs = sess.run(None, {"input": rows})
    np.save(os.path.join(out, f"digits.{n}.input.npy"), rows)
    np.save(os.path.join(out, f"digits.{n}.label.npy"), label)
    np.save(os.path.join(out, f"digits.{n}.probabilities.npy"), probs)
    print(f"digits.{n}: labels {label.tolist()}")
print(f"wrote {path} ({os.path.getsize(path)} bytes)")
