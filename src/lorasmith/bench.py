"""`lorasmith bench`: measure the training path on the reference workload (steps/s, real tokens/s, peak memory, loss).

The workload is the reference recipe on a TinyLlama-1.1B-shaped model (random weights when the real ones are absent:
speed and memory do not depend on the values) and the shipped dataset after `prepare`, so lengths, template and loss
mask are the real ones. It runs through the same `train()` as `lorasmith train`; nothing here is a second trainer.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

from lorasmith.errors import UserError
from lorasmith.rundir import atomic_write_json, atomic_write_text

TINYLLAMA_SHAPE = dict(hidden_size=2048, intermediate_size=5632, num_hidden_layers=22, num_attention_heads=32,
                       num_key_value_heads=4, rms_norm_eps=1e-5, tie_word_embeddings=False, max_position_embeddings=2048)


def add_arguments(verb, p):
    p.add_argument("--steps", type=int, default=120, help="optimizer steps to run (the first 20 are warm-up)")
    p.add_argument("--model", default="tinyllama-shape",
                   help="'tinyllama-shape' (random TinyLlama-1.1B-shaped weights), or any model argument of train")
    p.add_argument("--against", choices=["none", "reference", "unsloth", "all"], default="none",
                   help="comparison stacks (not built yet: only 'none')")
    p.add_argument("--out", default="bench-results.json", help="JSON results; a markdown table is written beside it")
    p.add_argument("overrides", nargs="*", metavar="key=value", help="config overrides for the measured run")


def run(verb, args) -> int:
    if args.against != "none":
        raise UserError("bench --against is not built yet; only the lorasmith path is measured (--against none)")
    result = bench(args.steps, args.model, list(args.overrides))
    out = Path(args.out)
    atomic_write_json(out, result)
    atomic_write_text(out.with_suffix(".md"), markdown(result))
    print(markdown(result))
    return 0


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


def bench(steps: int, model: str, overrides: list[str]) -> dict:
    import tempfile

    import torch

    from lorasmith.config import load_config
    from lorasmith.prepare import prepare
    from lorasmith.train import train

    model_path = tinyllama_shape_model() if model == "tinyllama-shape" else model
    work = Path(tempfile.mkdtemp(prefix="lorasmith-bench-"))
    prepare(["sample"], work / "data", model=model_path, overwrite=True)
    cfg = load_config("tinyllama-coding", [
        f"model.name={model_path}", f"data.path={work / 'data'}", f"output={work / 'run'}",
        f"train.max_steps={steps}", "train.logging_steps=1", f"train.save_steps={steps}", "data.max_val_rows=8",
        *overrides])
    t0 = time.perf_counter()
    info = train(cfg, argv=["lorasmith", "bench"])
    wall = time.perf_counter() - t0
    rows = [json.loads(line) for line in (work / "run" / "metrics.jsonl").read_text().splitlines()]
    train_rows = [r for r in rows if "loss" in r]
    warm = [r for r in train_rows if r["step"] > min(20, steps // 4)]
    dt = warm[-1]["elapsed_s"] - warm[0]["elapsed_s"]
    dtok = warm[-1]["tokens"] - warm[0]["tokens"]
    nsteps = warm[-1]["step"] - warm[0]["step"]
    return {
        "workload": "reference",
        "model": model_path,
        "device": torch.cuda.get_device_name() if torch.cuda.is_available() else "cpu",
        "steps": steps,
        "measured_steps": nsteps,
        "s_per_step": dt / nsteps,
        "steps_per_s": nsteps / dt,
        "real_tokens_per_s": dtok / dt,
        "peak_memory_gib": info["peak_memory_bytes"] / 2**30,
        "peak_memory_kind": info["peak_memory_kind"],
        "trainable": info["parameters"]["trainable"],
        "trainable_share": info["parameters"]["trainable_share"],
        "wall_s": wall,
        "loss": [r["loss"] for r in train_rows],
        "config_overrides": overrides,
    }


def markdown(r: dict) -> str:
    return (f"| workload | device | s/step | steps/s | real tokens/s | peak GiB ({r['peak_memory_kind']}) | trainable |\n"
            f"|---|---|---|---|---|---|---|\n"
            f"| {r['workload']} | {r['device']} | {r['s_per_step']:.4f} | {r['steps_per_s']:.2f} | "
            f"{r['real_tokens_per_s']:,.0f} | {r['peak_memory_gib']:.2f} | {r['trainable']:,} "
            f"({100 * r['trainable_share']:.2f}%) |\n")


if __name__ == "__main__":
    print("use: lorasmith bench", file=sys.stderr)
