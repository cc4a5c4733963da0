#!/usr/bin/env python3
"""Where the time of `./deltanet train` goes inside its epochs: JFR samples, by part of the step.

Runs `./deltanet train` on the 8,000 MNIST digits (network A = 784-128-10 sigmoid or B =
784-256-256-10 relu, momentum 0.1 / 0.9, softmax + cross-entropy) under Java Flight Recorder,
sampling Java and native code every 2 ms, keeps the samples of the training thread taken inside
the epoch loop (EpochLoop.run on the stack: the steps, their bookkeeping and what is written after
each epoch, not start-up or the run's final files), and prints each part's share of them, one
column per batch size.

Usage: bench/profile.py [--network A|B] [--precision float64|float32] [--threads N] [--epochs N]
                        [--batches 32,128,1024]
DELTANET_DATA names the MNIST folder (default ../shared/data beside the repository). Every run
prints its own OpenBLAS note; the figures are shares, so a loaded machine blurs them less than it
does samples per second.
"""
import argparse
import json
import os
import re
import subprocess
import tempfile

import mnist_experiment

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

# (part, pattern on "class.method" of a frame): the first frame from the top of a stack that
# matches any pattern names its part; the order settles frames that would match several.
PARTS = [
    ("finiteness checks, loss and |delta| statistics", r"engine\.math\.(Vector)?Sums\.|\.Accuracy\.|\.StepStatistics\."),
    ("matrix products", r"engine\.math\."),
    ("batch assembly", r"\.gather\(|org\.deltanet\.data\."),
    ("optimizer", r"momentum|adam|Adam|plugins\.optimizer\.|ParameterUpdate|ScheduledOptimizer"),
    ("loss", r"plugins\.loss\.|[Cc]rossEntropy|\.loss\("),
    ("activations", r"plugins\.activation\.|sigmoid|relu|softmax|tanh|[Aa]ctivation"),
    ("bias and column sums", r"addBias|columnSums"),
]
OTHER = "the rest of the loop (order of examples, listeners, step calls)"
# after each epoch, outside its seconds in metrics.csv: checkpoint, metrics and chart files
EPOCH_END = "epoch end: checkpoint and metrics files (outside the epoch's seconds)"


def settings(work):
    """The JDK's profile settings with Java and native sampling every 2 ms."""
    home = subprocess.run(["java", "-XshowSettings:properties", "-version"], capture_output=True, text=True).stderr
    java_home = re.search(r"java\.home = (.*)", home).group(1).strip()
    with open(os.path.join(java_home, "lib", "jfr", "profile.jfc")) as source:
        text = source.read()
    text = re.sub(r'(control="method-sampling-(?:java|native)-interval">)[^<]*<', r"\g<1>2 ms<", text)
    path = os.path.join(work, "sampling.jfc")
    with open(path, "w") as out:
        out.write(text)
    return path


def frames(event):
    stack = event["values"].get("stackTrace") or {}
    for frame in stack.get("frames", []):
        method = frame["method"]
        yield method["type"]["name"].replace("/", ".") + "." + method["name"]


def shares(recording):
    printed = subprocess.run(["jfr", "print", "--json", "--stack-depth", "96", "--events",
                              "jdk.ExecutionSample,jdk.NativeMethodSample", recording],
                             capture_output=True, text=True, check=True).stdout
    counts = {}
    for event in json.loads(printed)["recording"]["events"]:
        stack = list(frames(event))
        if not any(f.endswith("EpochLoop.run") for f in stack):
            continue
        part = OTHER
        loop = next(i for i, f in enumerate(stack) if f.endswith("EpochLoop.run"))
        if any(f.endswith(".onEpochEnd") for f in stack[:loop]):
            counts[EPOCH_END] = counts.get(EPOCH_END, 0) + 1
            continue
        for frame in stack:
            if frame.endswith("EpochLoop.run"):
                break
            named = next((name for name, pattern in PARTS if re.search(pattern, frame)), None)
            if named:
                part = named
                break
        counts[part] = counts.get(part, 0) + 1
    return counts


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--network", default="A", choices=sorted(mnist_experiment.NETWORKS))
    parser.add_argument("--precision", default="float64", choices=["float64", "float32"])
    parser.add_argument("--threads", type=int, default=1)
    parser.add_argument("--epochs", type=int, default=20)
    parser.add_argument("--batches", default="32,128,1024")
    args = parser.parse_args()
    data = os.path.abspath(os.environ.get("DELTANET_DATA", os.path.join(ROOT, "..", "shared", "data")))
    work = tempfile.mkdtemp(prefix="deltanet-profile-")
    jfc = settings(work)
    batches = [int(b) for b in args.batches.split(",")]
    columns = {}
    for batch in batches:
        recording = os.path.join(work, f"{batch}.jfr")
        env = dict(os.environ, DELTANET_JAVA_OPTS=f"-Ddeltanet.threads={args.threads} "
                                                  f"-XX:StartFlightRecording=filename={recording},settings={jfc}")
        subprocess.run([os.path.join(ROOT, "deltanet"), "train",
                        mnist_experiment.write(work, f"profile-{args.network}-{batch}", data, args.network,
                                               batch, args.epochs, args.precision),
                        "--output", os.path.join(work, "runs")], env=env, check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        columns[batch] = shares(recording)
    parts = [name for name, _ in PARTS] + [OTHER, EPOCH_END]
    print(f"network {args.network}, {args.precision}, {args.threads} thread(s), {args.epochs} epochs; "
          f"share of the samples inside the epoch loop (samples)")
    print("\n| part of the step | " + " | ".join(f"batch {b}" for b in batches) + " |")
    print("| --- |" + " ---: |" * len(batches))
    for part in sorted(parts, key=lambda p: -sum(columns[b].get(p, 0) / max(1, sum(columns[b].values()))
                                                for b in batches)):
        cells = []
        for batch in batches:
            total = max(1, sum(columns[batch].values()))
            cells.append(f"{100 * columns[batch].get(part, 0) / total:.0f}%")
        print(f"| {part} | " + " | ".join(cells) + " |")
    print("| (samples) | " + " | ".join(str(sum(columns[b].values())) for b in batches) + " |")


if __name__ == "__main__":
    main()
