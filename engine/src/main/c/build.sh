#!/usr/bin/env bash
# Builds libdeltanet-gemm.so (deltanet-gemm.c) into the engine's classes, where InPlaceGemm
# finds it. Run by Maven (engine/pom.xml) on Linux x86-64. It never fails the build: without a C
# compiler, or where compiling fails, it says so and deltanet calls OpenBLAS through copies of
# the operands instead, which computes the same numbers a little slower.
# Usage: build.sh SOURCE OUTPUT_DIR JDK_HOME      (the compiler: $CC, default gcc)
set -uo pipefail
source=$1 output=$2 jdk=$3
compiler=${CC:-gcc}
library="$output/libdeltanet-gemm.so"
rm -f "$library"
if [ "$(uname -s)-$(uname -m)" != "Linux-x86_64" ]; then
  echo "deltanet-gemm: not built (OpenBLAS is bundled for Linux x86-64 only)"
  exit 0
fi
if ! command -v "$compiler" >/dev/null; then
  echo "deltanet-gemm: not built: no C compiler '$compiler' (apt-get install gcc libc6-dev);" \
       "OpenBLAS will be called through copies of the operands"
  exit 0
fi
mkdir -p "$output"
if ! "$compiler" -O2 -shared -fPIC -Wall -Werror -I"$jdk/include" -I"$jdk/include/linux" -o "$library" "$source"; then
  rm -f "$library"
  echo "deltanet-gemm: not built: '$compiler' failed (above); OpenBLAS will be called through copies of the operands"
fi
exit 0
