#!/usr/bin/env python3
"""The benchmark's workloads in PyTorch on the CPU, for the side-by-side comparison (bench/compare.py).

Trains the same networks on the same MNIST digits as deltanet's bench module: float64, classic
momentum SGD (learning rate 0.1, momentum 0.9), shuffled mini-batches gathered from tensors in
memory, batches 1, 32, 128 and 1024 on 1 and 2 threads (torch.set_num_threads and OpenBLAS's own count); steps per second of
the seed's 2-3-2-1 network and XOR 2-4-1; GFLOP/s of torch.mm (OpenBLAS dgemm, and sgemm in float32) at the
kernel shapes.
Prints a table and which OpenBLAS kernel ran; --tsv FILE also writes key<TAB>value lines.

Needs python3-torch (Debian; not installed by CI). OMP_WAIT_POLICY defaults to PASSIVE: with
spinning OpenMP threads PyTorch on two threads collapses on a loaded machine.
"""
import argparse
import ctypes
import gzip
import os
import struct
import time

os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")

import numpy as np  # noqa: E402
import torch  # noqa: E402
import torch.nn.functional as F  # noqa: E402

KERNEL_SHAPES = ["forward 32 128 784", "gradient 128 784 32", "forward 128 128 784", "gradient 128 784 128",
                 "forward 32 256 784", "gradient 256 784 32", "forward 32 256 256", "delta 32 256 256",
                 "gradient 256 256 32"]


def loaded_openblas():
    """Every OpenBLAS this process loaded through torch: Debian's libblas.so.3, liblapack.so.3 and
    libopenblasp each hold a copy of OpenBLAS with its own settings."""
    with open("/proc/self/maps") as maps:
        paths = {line.split()[-1] for line in maps if "openblas" in line.lower() and "/" in line}
    libraries = []
    for path in sorted(paths):
        try:
            lib = ctypes.CDLL(path)
            lib.openblas_get_corename.restype = ctypes.c_char_p
            libraries.append(lib)
        except (OSError, AttributeError):
            continue
    return libraries


def openblas_core():
    """The kernel family OpenBLAS chose (e.g. Prescott, SkylakeX), read from the loaded library."""
    libraries = loaded_openblas()
    return libraries[0].openblas_get_corename().decode() if libraries else "unknown (no OpenBLAS loaded)"


def set_threads(threads):
    """torch.set_num_threads does not reach Debian's OpenBLAS, which runs its own pthreads (two on
    these machines whatever torch says): set both, so that "one thread" is one thread."""
    torch.set_num_threads(threads)
    for lib in loaded_openblas():
        lib.openblas_set_num_threads(threads)


def read_idx(path):
    with gzip.open(path, "rb") as f:
        data = f.read()
    magic, count = struct.unpack(">II", data[:8])
    if magic == 2051:
        rows, cols = struct.unpack(">II", data[8:16])
        return np.frombuffer(data, dtype=np.uint8, offset=16).reshape(count, rows * cols)
    return np.frombuffer(data, dtype=np.uint8, offset=8)


def mnist(directory):
    images = read_idx(os.path.join(directory, "mnist-train-images-idx3-ubyte.gz"))
    labels = read_idx(os.path.join(directory, "mnist-train-labels-idx1-ubyte.gz"))
    return torch.from_numpy(images.astype(np.float64) / 255.0), torch.from_numpy(labels.astype(np.int64))


def network(name, dtype=torch.float64):
    if name == "A":
        return torch.nn.Sequential(torch.nn.Linear(784, 128), torch.nn.Sigmoid(), torch.nn.Linear(128, 10)).to(dtype)
    return torch.nn.Sequential(torch.nn.Linear(784, 256), torch.nn.ReLU(), torch.nn.Linear(256, 256),
                               torch.nn.ReLU(), torch.nn.Linear(256, 10)).to(dtype)


def epochs(x, y, name, batch, dtype, count):
    """What a user's training loop does: `count` epochs over shuffled mini-batches (the last one
    shorter), momentum 0.1 / 0.9; returns samples/s of the median epoch after the first, as
    deltanet's figure comes from its metrics.csv."""
    torch.manual_seed(1)
    x = x.to(dtype)
    model = network(name, dtype)
    optimizer = torch.optim.SGD(model.parameters(), lr=0.1, momentum=0.9)
    seconds = []
    for _ in range(count):
        start = time.perf_counter()
        order = torch.randperm(len(x))
        for first in range(0, len(x), batch):
            index = order[first:first + batch]
            optimizer.zero_grad()
            F.cross_entropy(model(x[index]), y[index]).backward()
            optimizer.step()
        seconds.append(time.perf_counter() - start)
    later = sorted(seconds[1:])
    return len(x) / later[len(later) // 2]


def timed(step, seconds, warmup):
    """Calls step() for warmup seconds, then counts calls for seconds; returns calls per second."""
    end = time.perf_counter() + warmup
    while time.perf_counter() < end:
        step()
    calls, start = 0, time.perf_counter()
    while time.perf_counter() - start < seconds:
        step()
        calls += 1
    return calls / (time.perf_counter() - start)


def training(x, y, name, batch, seconds, dtype=torch.float64):
    torch.manual_seed(1)
    model = network(name, dtype)
    x = x.to(dtype)
    optimizer = torch.optim.SGD(model.parameters(), lr=0.1, momentum=0.9)
    state = {"order": torch.randperm(len(x)), "next": 0}

    def step():
        if state["next"] + batch > len(x):
            state["order"], state["next"] = torch.randperm(len(x)), 0
        index = state["order"][state["next"]:state["next"] + batch]
        state["next"] += batch
        optimizer.zero_grad()
        F.cross_entropy(model(x[index]), y[index]).backward()
        optimizer.step()

    return timed(step, seconds, min(1.0, seconds)) * batch


def tiny(name, seconds):
    """seed: 2-3-2-1 sigmoid (bias on layer 1 only; no masks), one example, sgd 0.5.
    xor: 2-4-1 tanh + sigmoid, the four examples, momentum 0.5 / 0.9. Log loss on the logits."""
    torch.manual_seed(1)
    if name == "seed":
        model = torch.nn.Sequential(torch.nn.Linear(2, 3), torch.nn.Sigmoid(), torch.nn.Linear(3, 2, bias=False),
                                    torch.nn.Sigmoid(), torch.nn.Linear(2, 1, bias=False)).double()
        x, y = torch.tensor([[1.0, 0.0]], dtype=torch.float64), torch.tensor([[1.0]], dtype=torch.float64)
        optimizer = torch.optim.SGD(model.parameters(), lr=0.5)
    else:
        model = torch.nn.Sequential(torch.nn.Linear(2, 4), torch.nn.Tanh(), torch.nn.Linear(4, 1)).double()
        x = torch.tensor([[0, 0], [0, 1], [1, 0], [1, 1]], dtype=torch.float64)
        y = torch.tensor([[0], [1], [1], [0]], dtype=torch.float64)
        optimizer = torch.optim.SGD(model.parameters(), lr=0.5, momentum=0.9)

    def step():
        optimizer.zero_grad()
        F.binary_cross_entropy_with_logits(model(x), y).backward()
        optimizer.step()

    return timed(step, seconds, min(1.0, seconds))


def gflops(shape, seconds, dtype=torch.float64):
    product, m, n, k = shape.split()
    m, n, k = int(m), int(n), int(k)
    generator = torch.Generator().manual_seed(1)
    c = torch.empty(m, n, dtype=dtype)
    if product == "forward":
        a, b = torch.rand(m, k, dtype=dtype, generator=generator), torch.rand(n, k, dtype=dtype, generator=generator)
        call = lambda: torch.mm(a, b.t(), out=c)  # noqa: E731
    elif product == "delta":
        a, b = torch.rand(m, k, dtype=dtype, generator=generator), torch.rand(k, n, dtype=dtype, generator=generator)
        call = lambda: torch.mm(a, b, out=c)  # noqa: E731
    else:
        a, b = torch.rand(k, m, dtype=dtype, generator=generator), torch.rand(k, n, dtype=dtype, generator=generator)
        call = lambda: torch.mm(a.t(), b, out=c).mul_(1.0 / k)  # noqa: E731
    return 2.0 * m * n * k * timed(call, seconds, min(0.5, seconds)) / 1e9


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", default=os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..",
                                                       "shared", "data"))
    parser.add_argument("--seconds", type=float, default=3.0, help="measured time per row")
    parser.add_argument("--tsv", help="also write key<TAB>value lines here")
    parser.add_argument("--epochs", nargs=5, metavar=("NETWORK", "BATCH", "DTYPE", "EPOCHS", "THREADS"),
                        help="only print samples/s of the median epoch after the first")
    args = parser.parse_args()

    x, y = mnist(args.data)
    if args.epochs:
        name, batch, dtype, count, threads = args.epochs
        set_threads(int(threads))
        print(epochs(x, y, name, int(batch), getattr(torch, dtype), int(count)))
        return
    rows = []
    set_threads(1)
    core = openblas_core()
    print(f"PyTorch {torch.__version__}, float64; OpenBLAS kernel: {core}; "
          f"OPENBLAS_CORETYPE={os.environ.get('OPENBLAS_CORETYPE', '(unset)')}")
    print("| network | batch | threads | samples/s |\n| --- | ---: | ---: | ---: |")
    for name in ("A", "B"):
        for threads in (1, 2):
            set_threads(threads)
            for batch in (1, 32, 128, 1024):
                value = training(x, y, name, batch, args.seconds)
                print(f"| {name} | {batch} | {threads} | {value:,.0f} |", flush=True)
                rows.append((f"train {name} {batch} {threads}", value))
    set_threads(1)
    print("\nfloat32, one thread\n\n| network | batch | samples/s |\n| --- | ---: | ---: |")
    for name in ("A", "B"):
        for batch in (1, 32, 128, 1024):
            value = training(x, y, name, batch, args.seconds, torch.float32)
            print(f"| {name} | {batch} | {value:,.0f} |", flush=True)
            rows.append((f"train32 {name} {batch} 1", value))
    print("\n| network | steps/s |\n| --- | ---: |")
    for name in ("seed", "xor"):
        value = tiny(name, args.seconds)
        print(f"| {name} | {value:,.0f} |", flush=True)
        rows.append((f"steps {name}", value))
    print("\n| product m n k | GFLOP/s (torch.mm, 1 thread) |\n| --- | ---: |")
    for shape in KERNEL_SHAPES:
        value = gflops(shape, min(args.seconds, 1.0))
        print(f"| {shape} | {value:.1f} |", flush=True)
        rows.append((f"gflops {shape}", value))
    print("\n| product m n k | GFLOP/s float32 (torch.mm, 1 thread) |\n| --- | ---: |")
    for shape in KERNEL_SHAPES:
        value = gflops(shape, min(args.seconds, 1.0), torch.float32)
        print(f"| {shape} | {value:.1f} |", flush=True)
        rows.append((f"gflops32 {shape}", value))
    rows.append(("core " + core, 0.0))
    if args.tsv:
        with open(args.tsv, "w") as out:
            out.writelines(f"{key}\t{value}\n" for key, value in rows)


if __name__ == "__main__":
    main()
