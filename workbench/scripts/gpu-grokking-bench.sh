#!/usr/bin/env bash
# Grokking large preset (p=97, N=500, 1881 train pairs): ms per AdamW step with ND4J on the CPU (one OpenMP
# thread) and on an NVIDIA GPU (ND4J's CUDA 11.6 backend). Run from anywhere on a machine with an NVIDIA GPU,
# CUDA 11.6 and cuDNN 8.3 installed, Java 17 and Maven, and network access to Maven Central (the CUDA
# backend jar is about 600 MB).
#
#   workbench/scripts/gpu-grokking-bench.sh [steps]      (default 200)
#
# The default build carries nd4j-native (CPU); -Pcuda swaps in nd4j-cuda-11.6, so the two runs use the
# classpaths of the two builds. BACKEND_PRIORITY_CPU / BACKEND_PRIORITY_GPU make ND4J's choice explicit.
set -euo pipefail

STEPS="${1:-200}"
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
cd "$ROOT"

if ! command -v nvidia-smi >/dev/null 2>&1; then
  echo "warning: nvidia-smi not found; the GPU run will fall back or fail" >&2
else
  nvidia-smi --query-gpu=name,driver_version,memory.total --format=csv,noheader
fi

classpath() { # $1: extra Maven arguments (e.g. -Pcuda); prints the run classpath
  mvn -B -q $1 -pl workbench -am package dependency:build-classpath -DskipTests -Dworkbench.skipShade=true \
      -Dmdep.outputFile="$WORK/cp.txt" -Dmdep.includeScope=runtime >&2
  echo "$ROOT/workbench/target/classes:$(cat "$WORK/cp.txt")"
}

MAIN=org.dynamicsworkbench.workbench.bench.GrokkingBackendBench

echo "== building (CPU, nd4j-native)"
CP_CPU="$(classpath "")"
echo "== ND4J CPU, one thread"
OMP_NUM_THREADS=1 BACKEND_PRIORITY_CPU=100 BACKEND_PRIORITY_GPU=0 java -cp "$CP_CPU" "$MAIN" "$STEPS" nd4j

echo "== building (-Pcuda, nd4j-cuda-11.6)"
CP_GPU="$(classpath "-Pcuda")"
echo "== ND4J CUDA"
BACKEND_PRIORITY_CPU=0 BACKEND_PRIORITY_GPU=100 java -cp "$CP_GPU" "$MAIN" "$STEPS" nd4j

echo "== rebuilding the default (CPU) classes"
mvn -B -q -pl workbench -am package -DskipTests -Dworkbench.skipShade=true >&2
