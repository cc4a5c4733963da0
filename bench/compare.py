#!/usr/bin/env python3
"""deltanet against PyTorch on the same work, in one invocation; prints deltanet / PyTorch per row.

Runs bench/run (deltanet's JMH table in float64 and float32, bytes per step, peak memory of a MNIST run), then
bench/pytorch_bench.py twice: with OpenBLAS choosing its own kernel (OPENBLAS_CORETYPE unset) and
with OPENBLAS_CORETYPE=SKYLAKEX (its AVX-512 kernels, the fastest here), and compares deltanet with
the faster of the two on every row. Targets (issue 13): >= 1.0x PyTorch's samples/s for A and B at
batch 32, 128 and 1024 and >= 3x at batch 1; >= 20x its steps/s on the seed network and XOR;
kernels within 10% of OpenBLAS dgemm (>= 0.9x) for the kernel a run takes at each shape (the faster
of the Vector API's and OpenBLAS, on the arrays in place where deltanet's JNI library was built). deltanet's side runs with OPENBLAS_CORETYPE=SKYLAKEX
too, so that both use OpenBLAS's AVX-512 kernels whatever the environment forces.

End-to-end rows (--end-to-end runs only these): `./deltanet train` on the 8,000 digits, samples/s
of the median epoch after the first from the run's metrics.csv, in float64 and with
`precision: float32`, against the same loop in PyTorch in float64 and float32 (pytorch_bench.py
--epochs), on 1 and 2 threads (deltanet.threads; torch's and OpenBLAS's thread counts), alternating
deltanet and PyTorch row by row and repeating every row (--repeats, default 2); each figure with the load
average when it was taken, and (in a full run) the bytes per step the JMH rows of that network and
batch allocated on the training thread. Compare ratios within a run only.

Usage: /usr/bin/python3 bench/compare.py [--quick] [--end-to-end] [--repeats N] [--deltanet-tsv FILE]
(--deltanet-tsv: take deltanet's JMH figures from the --tsv FILE of an earlier bench/run instead of running it;
DELTANET_DATA names the MNIST folder for both sides, default ../shared/data beside the repository)
Needs Debian's python3-torch and libopenblas0-pthread (apt-get install -y python3-torch
libopenblas0-pthread); run it with the python3 that imports torch.
"""
import os
import subprocess
import sys
import tempfile

import mnist_experiment

HERE = os.path.dirname(os.path.abspath(__file__))
CORE_TYPES = ("default", "SKYLAKEX")


def read_tsv(path):
    values = {}
    with open(path) as lines:
        for line in lines:
            key, _, value = line.rstrip("\n").partition("\t")
            values[key] = float(value)
    return values


def run_pytorch(core, seconds, out):
    data = os.path.abspath(os.environ.get("DELTANET_DATA", os.path.join(ROOT, "..", "shared", "data")))
    env = dict(os.environ)
    env.pop("OPENBLAS_CORETYPE", None)
    if core != "default":
        env["OPENBLAS_CORETYPE"] = core
    subprocess.run([sys.executable, os.path.join(HERE, "pytorch_bench.py"), "--data", data, "--seconds",
                    str(seconds), "--tsv", out], env=env, check=True)
    return read_tsv(out)


ROOT = os.path.dirname(HERE)
EPOCHS = 6
# Both sides run OpenBLAS's AVX-512 kernels: Debian's OpenBLAS 0.3.21 does not recognise these
# processors, and an environment may force others (these machines set OPENBLAS_CORETYPE=Haswell).
CORE = "SKYLAKEX"


def load():
    return os.getloadavg()[0]


def epochs_for(batch):
    """Epochs per end-to-end run: fewer at batch 1, where one epoch is 8,000 steps."""
    return 3 if batch == 1 else EPOCHS


def deltanet_epochs(work, data, network, batch, threads, precision="float64"):
    """samples/s of the median epoch after the first of `./deltanet train`, from its metrics.csv."""
    experiment = mnist_experiment.write(work, f"e2e-{network}", data, network, batch, epochs_for(batch), precision)
    runs = tempfile.mkdtemp(prefix="runs-", dir=work)
    env = dict(os.environ, DELTANET_JAVA_OPTS=f"-Ddeltanet.threads={threads}", OPENBLAS_CORETYPE=CORE)
    subprocess.run([os.path.join(ROOT, "deltanet"), "train", experiment, "--output", runs], env=env, check=True,
                   stdout=subprocess.DEVNULL)
    run = os.path.join(runs, os.listdir(runs)[0])
    with open(os.path.join(run, "metrics.csv")) as lines:
        header = next(lines).strip().split(",")
        seconds = sorted(float(line.split(",")[header.index("seconds")]) for i, line in enumerate(lines) if i > 0)
    return 8000 / seconds[len(seconds) // 2]


def pytorch_epochs(data, network, batch, dtype, threads):
    out = subprocess.run([sys.executable, os.path.join(HERE, "pytorch_bench.py"), "--data", data, "--epochs",
                          network, str(batch), dtype, str(epochs_for(batch)), str(threads)], check=True,
                         capture_output=True, text=True, env=dict(os.environ, OPENBLAS_CORETYPE=CORE))
    return float(out.stdout.strip().splitlines()[-1])


def verdict(ratio, batch):
    """The target of issue 13 for an end-to-end ratio: >= 3x at batch 1, >= 1x elsewhere."""
    target = 3.0 if batch == 1 else 1.0
    return f"{ratio:.2f}x {'met' if ratio >= target else 'MISSED'}"


def end_to_end(repeats, ours=None):
    data = os.path.abspath(os.environ.get("DELTANET_DATA", os.path.join(ROOT, "..", "shared", "data")))
    work = tempfile.mkdtemp(prefix="deltanet-e2e-")
    print(f"\n## End to end: samples/s of the median epoch after the first (load average); "
          f"OPENBLAS_CORETYPE={CORE} on both sides\n")
    print("| network | batch | threads | deltanet float64 | PyTorch float64 | deltanet float32 | PyTorch float32 "
          "| float64: deltanet / PyTorch (target) | float32: deltanet / PyTorch (target) "
          "| deltanet float32 / float64 | B/step float64, float32 |")
    print("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
    for network in ("A", "B"):
        for threads in (1, 2):
            for batch in (1, 32, 128, 1024):
                # bytes the training thread allocated per step in the JMH rows of the same network and batch
                allocated = "" if not ours else (
                    f"{ours.get(f'alloc {network} {batch} {threads}', float('nan')):.1f}, "
                    f"{ours.get(f'alloc32 {network} {batch} 1', float('nan')):.1f}")
                for _ in range(repeats):
                    ours64, ours_load = deltanet_epochs(work, data, network, batch, threads), load()
                    f64, f64_load = pytorch_epochs(data, network, batch, "float64", threads), load()
                    ours32, ours32_load = deltanet_epochs(work, data, network, batch, threads, "float32"), load()
                    f32, f32_load = pytorch_epochs(data, network, batch, "float32", threads), load()
                    print(f"| {network} | {batch} | {threads} | {ours64:,.0f} ({ours_load:.1f}) "
                          f"| {f64:,.0f} ({f64_load:.1f}) | {ours32:,.0f} ({ours32_load:.1f}) "
                          f"| {f32:,.0f} ({f32_load:.1f}) | {verdict(ours64 / f64, batch)} "
                          f"| {verdict(ours32 / f32, batch)} | {ours32 / ours64:.2f}x | {allocated} |", flush=True)


def main():
    quick = "--quick" in sys.argv[1:]
    repeats = int(sys.argv[sys.argv.index("--repeats") + 1]) if "--repeats" in sys.argv else 2
    if "--end-to-end" in sys.argv[1:]:
        end_to_end(repeats)
        return
    work = tempfile.mkdtemp(prefix="deltanet-compare-")
    deltanet_tsv = os.path.join(work, "deltanet.tsv")
    if "--deltanet-tsv" in sys.argv:
        deltanet_tsv = sys.argv[sys.argv.index("--deltanet-tsv") + 1]
    else:
        subprocess.run([os.path.join(HERE, "run"), "--tsv", deltanet_tsv] + (["--quick"] if quick else []),
                       check=True, env=dict(os.environ, OPENBLAS_CORETYPE=CORE))
    ours = read_tsv(deltanet_tsv)
    torch = {core: run_pytorch(core, 1.0 if quick else 3.0, os.path.join(work, core + ".tsv")) for core in CORE_TYPES}
    names = {core: next((k[5:] for k in torch[core] if k.startswith("core ")), "?") for core in CORE_TYPES}

    def best(key):
        return max(torch[core].get(key, 0.0) for core in CORE_TYPES)

    def row(label, key, ours_value, target, unit_format="{:,.0f}"):
        theirs = [torch[core].get(key, float("nan")) for core in CORE_TYPES]
        ratio = ours_value / best(key) if best(key) > 0 else float("nan")
        verdict = "" if target is None else ("met" if ratio >= target else "MISSED")
        cells = [label, unit_format.format(ours_value)] + [unit_format.format(t) for t in theirs]
        cells += [f"{ratio:.2f}x", "" if target is None else f">= {target}x {verdict}"]
        print("| " + " | ".join(cells) + " |")

    header = ["deltanet"] + [f"PyTorch ({names[core]})" for core in CORE_TYPES] + ["deltanet / best", "target"]
    print("\n## deltanet / PyTorch, same machine, same run\n")
    print("| training samples/s: network, batch, threads | " + " | ".join(header) + " |")
    print("| --- |" + " ---: |" * len(header))
    for network in ("A", "B"):
        for threads in ("1", "2"):
            for batch in ("1", "32", "128", "1024"):
                key = f"train {network} {batch} {threads}"
                row(f"{network}, {batch}, {threads}", key, ours[key], 3.0 if batch == "1" else 1.0)
    print("\n| float32 training samples/s: network, batch (1 thread) | " + " | ".join(header) + " |")
    print("| --- |" + " ---: |" * len(header))
    for network in ("A", "B"):
        for batch in ("1", "32", "128", "1024"):
            key = f"train32 {network} {batch} 1"
            row(f"{network}, {batch}", key, ours[key], 3.0 if batch == "1" else 1.0)
    print("\n| steps/s | " + " | ".join(header) + " |")
    print("| --- |" + " ---: |" * len(header))
    for network in ("seed", "xor"):
        row(network, f"steps {network}", ours[f"steps {network}"], 20.0)
    print("\n| GFLOP/s, product m n k (1 thread) | " + " | ".join(header) + " |")
    print("| --- |" + " ---: |" * len(header))
    shapes = sorted({k[len("gflops "):].rsplit(" ", 1)[0] for k in ours if k.startswith("gflops ")},
                    key=lambda s: list(ours).index(f"gflops {s} plain") if f"gflops {s} plain" in ours else 0)
    for shape in shapes:
        # what a run computes the shape with: the faster of the candidates it times
        chosen = max(ours.get(f"gflops {shape} {kernel}", 0.0) for kernel in ("vector", "openblas", "tiled"))
        row(f"{shape}, faster of vector and openblas", f"gflops {shape}", chosen, 0.9, "{:.1f}")
    for kernel in ("vector", "openblas", "tiled"):
        for shape in shapes:
            key = f"gflops {shape} {kernel}"
            if key in ours:
                row(f"{shape}, {kernel}", f"gflops {shape}", ours[key], None, "{:.1f}")
    print("\n| GFLOP/s float32, product m n k (1 thread) | " + " | ".join(header) + " |")
    print("| --- |" + " ---: |" * len(header))
    float_kernels = ("vector-api-float", "openblas-sgemm")
    for shape in shapes:
        chosen = max(ours.get(f"gflops {shape} {kernel}", 0.0) for kernel in float_kernels)
        row(f"{shape}, faster of vector-api-float and openblas-sgemm", f"gflops32 {shape}", chosen, 0.9, "{:.1f}")
    for kernel in float_kernels:
        for shape in shapes:
            key = f"gflops {shape} {kernel}"
            if key in ours:
                row(f"{shape}, {kernel}", f"gflops32 {shape}", ours[key], None, "{:.1f}")
    for prefix, precision in (("alloc ", "float64"), ("alloc32 ", "float32")):
        allocations = [v for k, v in ours.items() if k.startswith(prefix)]
        print(f"\nbytes allocated per training step by the training thread, {precision}, largest of all rows: "
              f"{max(allocations):.1f}")
    if "rss_mb" in ours:
        print(f"peak RSS of a full MNIST run (examples/mnist.yaml): {ours['rss_mb']:.0f} MB")
    end_to_end(repeats, ours)


if __name__ == "__main__":
    main()
