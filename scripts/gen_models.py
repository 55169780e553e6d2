"""Builds Verity's demo model and its reference outputs.

digits.onnx: a logistic-regression classifier of 8x8 handwritten digits, trained on the
digits data set that ships inside scikit-learn. Input `input` float32 [N, 64]; outputs
`label` int64 [N] and `probabilities` float32 [N, 10] (no ZipMap, so both are tensors).

For the first samples of the test split it writes the input and Python onnxruntime's
outputs as .npy files: the engine's tests must reproduce them exactly.
"""
import os
import sys

import numpy as np
import onnx
import onnxruntime as ort
from skl2onnx import to_onnx
from skl2onnx.common.data_types import FloatTensorType
from sklearn.datasets import load_digits
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import train_test_split

out = sys.argv[1]
os.makedirs(out, exist_ok=True)

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
