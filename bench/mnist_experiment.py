"""The experiment file the speed scripts train (bench/compare.py, bench/profile.py): network A =
784-128-10 sigmoid or B = 784-256-256-10 relu on the 8,000 MNIST digits, momentum 0.1 / 0.9,
softmax + cross-entropy, shuffled mini-batches; the same work as bench/pytorch_bench.py."""
import os

NETWORKS = {"A": "[{units: 128, activation: sigmoid}, {units: 10, activation: softmax}]",
            "B": "[{units: 256, activation: relu}, {units: 256, activation: relu}, {units: 10, activation: softmax}]"}


def write(folder, name, data, network, batch, epochs, precision):
    """Writes FOLDER/NAME.yaml for a run on the MNIST folder DATA and returns its path."""
    path = os.path.join(folder, f"{name}.yaml")
    with open(path, "w") as out:
        out.write(f"""name: {name}
seed: 1
data:
  training:
    type: idx
    images: {data}/mnist-train-images-idx3-ubyte.gz
    labels: {data}/mnist-train-labels-idx1-ubyte.gz
model: {{init: xavier, layers: {NETWORKS[network]}}}
loss: cross-entropy
optimizer: {{name: momentum, learning-rate: 0.1, momentum: 0.9}}
training: {{mode: mini-batch, batch-size: {batch}, epochs: {epochs}}}
precision: {precision}
""")
    return path
