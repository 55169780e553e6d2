"""Builds Verity's demo and test models and their reference outputs.

digits.onnx: a logistic-regression classifier of 8x8 handwritten digits, trained on the
digits data set that ships inside scikit-learn. Input `input` float32 [N, 64]; outputs
`label` int64 [N] and `probabilities` float32 [N, 10] (no ZipMap, so both are tensors).
For the first samples of the test split it writes the input and Python onnxruntime's
outputs as .npy files: the engine's tests must reproduce them exactly.

pairs.onnx: one Reshape of a float32 vector `x` [N] into `pairs` [N/2, 2]. Every input fits
its declared shape, yet ONNX Runtime fails on an odd N, and a long one gives an output longer
than a reveal may carry: the typed failures of an input, with a model that is not at fault.

Usage: gen_models.py OUT [digits|pairs|all]
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
