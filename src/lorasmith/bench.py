"""`lorasmith bench`: optimizer steps/s, real tokens/s, peak memory and loss of the training path, against other stacks.

Workloads (TinyLlama-1.1B shape with random weights when real ones are absent: speed and memory do not depend on
the values; the shipped dataset after `prepare`, so lengths, template and loss mask are the real ones):
  reference   the reference recipe: 4 examples per optimizer step, up to 512 tokens each, dropout 0.05
  throughput  the same model on rows packed to 16,384 tokens, one row per optimizer step, for peak tokens/s
Stacks, each in its own process, on the same rows in the same order (same seed and data seed):
  lorasmith   `train()` as `lorasmith train` runs it (fast path where CUDA is present)
  reference   the same SFTTrainer + PEFT + bitsandbytes with the fast path off: plain padding, gradient
              checkpointing as SFTConfig's default (on), TRL's chunked LM head
  unsloth     Unsloth's FastLanguageModel with the same recipe, through TRL (needs the unsloth package)
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from lorasmith.errors import UserError
from lorasmith.rundir import atomic_write_json, atomic_write_text

TINYLLAMA_SHAPE = dict(hidden_size=2048, intermediate_size=5632, num_hidden_layers=22, num_attention_heads=32,
                       num_key_value_heads=4, rms_norm_eps=1e-5, tie_word_embeddings=False, max_position_embeddings=2048)
STACKS = ("lorasmith", "reference", "unsloth")
WORKLOADS = {  # config overrides of the tinyllama-coding preset
    "reference": [],
    "throughput": ["data.pack_tokens=16384", "train.batch_size=1"],
}
# What each stack changes on top of the workload; the user's overrides apply to the lorasmith stack only.
STACK_OVERRIDES = {
    "lorasmith": ["train.gradient_checkpointing=false"],
    "reference": ["train.fast=off", "train.compile=off", "train.gradient_checkpointing=true"],
}


def add_arguments(verb, p):
    p.add_argument("--steps", type=int, default=120, help="optimizer steps per stack (the first 20 are warm-up)")
    p.add_argument("--model", default="tinyllama-shape",
                   help="'tinyllama-shape' (random TinyLlama-1.1B-shaped weights), or any model argument of train")
    p.add_argument("--workload", choices=sorted(WORKLOADS), default="reference")
    p.add_argument("--against", choices=["none", "reference", "unsloth", "all"], default="none",
                   help="comparison stacks, each run in its own process on the same rows")
    p.add_argument("--out", default="bench-results.json", help="JSON results; a markdown table is written beside it")
    p.add_argument("--stack", choices=STACKS, help=argparse.SUPPRESS)  # one stack, in a child process
    p.add_argument("--data", help=argparse.SUPPRESS)
    p.add_argument("overrides", nargs="*", metavar="key=value", help="config overrides for the lorasmith stack")


def run(verb, args) -> int:
    if args.stack:  # child process: one stack
        atomic_write_json(Path(args.out), run_stack(args.stack, args.workload, args.steps, args.model, args.data,
                                                     list(args.overrides)))
        return 0
    stacks = {"none": ["lorasmith"], "reference": ["lorasmith", "reference"], "unsloth": ["lorasmith", "unsloth"],
              "all": list(STACKS)}[args.against]
    out = Path(args.out)
    if out.suffix == ".md":  # the table goes beside the JSON, never over it
        out = out.with_suffix(".json")
    result = compare(stacks, args.workload, args.steps, args.model, list(args.overrides), out)
    print(markdown(result))
    return 0


def compare(stacks: list[str], workload: str, steps: int, model: str, overrides: list[str], out_file: Path) -> dict:
    """Run each stack in a fresh process on the same prepared data; ratios and loss differences against the others.
    `out_file` and its markdown table are rewritten after every stack, so a run cut short keeps what it measured."""
    from lorasmith.prepare import prepare

    model_path = tinyllama_shape_model() if model == "tinyllama-shape" else model
    work = Path(tempfile.mkdtemp(prefix="lorasmith-bench-"))
    prepare(["sample"], work / "data", model=model_path, overwrite=True)
    results = {}
    for stack in stacks:
        out = work / f"{stack}.json"
        cmd = [sys.executable, "-m", "lorasmith", "bench", "--stack", stack, "--workload", workload,
               "--steps", str(steps), "--model", model_path, "--data", str(work / "data"), "--out", str(out)]
        cmd += overrides if stack == "lorasmith" else []
        print(f"lorasmith bench: {stack} ...", file=sys.stderr, flush=True)
        done = subprocess.run(cmd, env=_stack_env(stack))
        results[stack] = json.loads(out.read_text()) if done.returncode == 0 and out.is_file() else {
            "error": f"exit status {done.returncode}"}
        result = {"workload": workload, "model": model_path, "steps": steps, "stacks": results,
                  "comparison": _ratios(results)}
        atomic_write_json(out_file, result)
        atomic_write_text(out_file.with_suffix(".md"), markdown(result))
        profile = work / stack / "run" / "profile.txt"  # with train.profile_steps=N among the overrides
        if profile.is_file():
            shutil.copy(profile, out_file.with_suffix(f".{stack}-profile.txt"))
    shutil.rmtree(work, ignore_errors=True)
    return result


def _stack_env(stack: str) -> dict:
    """Unsloth pins older trl/datasets than ours; LORASMITH_UNSLOTH_PATH (folders, os.pathsep-separated) puts an
    Unsloth environment first on the path of that stack's process only."""
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    extra = os.environ.get("LORASMITH_UNSLOTH_PATH")
    if stack == "unsloth" and extra:
        env["PYTHONPATH"] = os.pathsep.join(p for p in (extra, env.get("PYTHONPATH")) if p)
    return env


def _ratios(results: dict) -> dict:
    ours = results.get("lorasmith", {})
    out = {}
    for other, r in results.items():
        if other == "lorasmith" or "error" in r or "error" in ours:
            continue
        common = sorted(set(ours["loss"]) & set(r["loss"]), key=int)[:200]
        diffs = [abs(ours["loss"][s] - r["loss"][s]) / abs(r["loss"][s]) for s in common if r["loss"][s]]
        out[other] = {
            "steps_per_s_ratio": ours["steps_per_s"] / r["steps_per_s"],
            "real_tokens_per_s_ratio": (ours["real_tokens_per_s"] / r["real_tokens_per_s"]
                                        if ours["real_tokens_per_s"] and r["real_tokens_per_s"] else None),
            "peak_memory_ratio": ours["peak_memory_gib"] / r["peak_memory_gib"],
            "mean_relative_loss_difference": sum(diffs) / len(diffs) if diffs else None,
            "loss_steps_compared": len(diffs),
        }
    return out


def tinyllama_shape_model() -> str:
    """A randomly initialised model of TinyLlama-1.1B-Chat's shape with the embedded model's tokenizer, cached."""
    import torch
    from transformers import LlamaConfig, LlamaForCausalLM

    from lorasmith.models import home, load_tokenizer, resolve_model

    dest = home() / "models" / "tinyllama-1.1b-shape-random"
    if (dest / "config.json").is_file():
        return str(dest)
    tok = load_tokenizer(resolve_model("embedded")[0])
    cfg = LlamaConfig(vocab_size=len(tok), bos_token_id=tok.bos_token_id, eos_token_id=tok.eos_token_id,
                      pad_token_id=tok.pad_token_id, **TINYLLAMA_SHAPE)
    torch.manual_seed(0)
    with torch.device("cuda" if torch.cuda.is_available() else "cpu"):
        model = LlamaForCausalLM(cfg).to(torch.bfloat16)
    tmp = dest.with_name(dest.name + ".tmp")
    model.save_pretrained(tmp, safe_serialization=True)
    tok.save_pretrained(tmp)
    tmp.rename(dest)
    return str(dest)


def stack_config(stack: str, workload: str, steps: int, model_path: str, data: str, out: Path, overrides: list[str]):
    from lorasmith.config import load_config

    return load_config("tinyllama-coding", [
        f"model.name={model_path}", f"data.path={data}", f"output={out}", f"train.max_steps={steps}",
        "train.logging_steps=1", f"train.save_steps={steps}", "data.max_val_rows=8",
        *WORKLOADS[workload], *STACK_OVERRIDES.get(stack, []), *overrides])


def run_stack(stack: str, workload: str, steps: int, model_path: str, data: str, overrides: list[str]) -> dict:
    out = Path(data).parent / stack / "run"  # inside compare's work folder, removed with it
    cfg = stack_config(stack, workload, steps, model_path, data, out, overrides)
    t0 = time.perf_counter()
    if stack == "unsloth":
        from lorasmith.bench_unsloth import train_unsloth

        info = train_unsloth(cfg)
    else:
        from lorasmith.train import train

        info = train(cfg, argv=["lorasmith", "bench"])
    return summarize(stack, workload, cfg, out, info, time.perf_counter() - t0)


def summarize(stack: str, workload: str, cfg, out: Path, info: dict, wall: float) -> dict:
    import torch

    rows = [json.loads(line) for line in (out / "metrics.jsonl").read_text().splitlines()]
    train_rows = [r for r in rows if "loss" in r]
    steps = cfg.train.max_steps
    warm = [r for r in train_rows if r["step"] > min(20, steps // 4)]
    if len(warm) < 2:
        raise UserError(f"bench: too few steps to measure ({len(train_rows)} logged); raise --steps")
    dt = warm[-1]["elapsed_s"] - warm[0]["elapsed_s"]
    nsteps = warm[-1]["step"] - warm[0]["step"]
    return {
        "stack": stack,
        "workload": workload,
        "device": torch.cuda.get_device_name() if torch.cuda.is_available() else "cpu",
        "steps": steps,
        "measured_steps": nsteps,
        "s_per_step": dt / nsteps,
        "steps_per_s": nsteps / dt,
        "real_tokens_per_s": (warm[-1]["tokens"] - warm[0]["tokens"]) / dt if "tokens" in warm[0] else None,
        "first_steps_s": warm[0]["elapsed_s"],  # model load excluded; includes compilation where there is any
        "peak_memory_gib": info["peak_memory_bytes"] / 2**30,
        "peak_memory_kind": info["peak_memory_kind"],
        "trainable": info["parameters"]["trainable"],
        "trainable_share": info["parameters"]["trainable_share"],
        "fast_path": info.get("fast_path"),
        "gradient_checkpointing": cfg.train.gradient_checkpointing,
        "wall_s": wall,
        "loss": {str(r["step"]): r["loss"] for r in train_rows},
    }


def markdown(result: dict) -> str:
    lines = [f"workload `{result['workload']}`, {result['steps']} steps per stack, model {result['model']}\n",
             "| stack | s/step | steps/s | real tokens/s | peak GiB | fast path | checkpointing |",
             "|---|---|---|---|---|---|---|"]
    for stack, r in result["stacks"].items():
        if "error" in r:
            lines.append(f"| {stack} | failed: {r['error']} | | | | | |")
            continue
        tokens = "n/a" if r["real_tokens_per_s"] is None else f"{r['real_tokens_per_s']:,.0f}"
        lines.append(f"| {stack} | {r['s_per_step']:.4f} | {r['steps_per_s']:.2f} | {tokens} | "
                     f"{r['peak_memory_gib']:.2f} | {r['fast_path']} | {r['gradient_checkpointing']} |")
    for other, c in result["comparison"].items():
        loss = c["mean_relative_loss_difference"]
        tok = c["real_tokens_per_s_ratio"]
        lines.append(f"\nlorasmith vs {other}: {c['steps_per_s_ratio']:.2f}x steps/s, "
                     f"{'n/a' if tok is None else f'{tok:.2f}x'} real tokens/s, "
                     f"{c['peak_memory_ratio']:.2f}x peak memory, mean relative loss difference "
                     f"{'n/a' if loss is None else f'{100 * loss:.3f}%'} over {c['loss_steps_compared']} steps")
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    print("use: lorasmith bench", file=sys.stderr)
