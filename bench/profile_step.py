"""Where a training step's time goes, on the reference workload: wall time per step for the training path with the
fast components on and off, and a torch.profiler table (GPU kernel time against host time) for one of them.

    python bench/profile_step.py --model DIR --data PREPARED_DIR [--steps 30] [--out FILE] [--variants fast,peft]

Same model, rows and collator as `lorasmith train` (batch 4, padding-free when the fast path is on), with a plain
optimizer loop instead of SFTTrainer so that the trainer's own per-step overhead can be read off by difference.
"""

from __future__ import annotations

import argparse
import json
import time


def batches(cfg, tokenizer, padding_free: bool, n: int):
    from trl.trainer.sft_trainer import DataCollatorForLanguageModeling

    from lorasmith.rundir import RunDir
    from lorasmith.templates import get_template
    from lorasmith.train import encode_rows, load_data

    rows, _, _ = load_data(cfg, RunDir(cfg.output))
    ex = encode_rows(rows, get_template(cfg.data.template), tokenizer, cfg.data.max_tokens, "train")
    collate = DataCollatorForLanguageModeling(pad_token_id=tokenizer.pad_token_id, padding_free=padding_free)
    keys = ("input_ids", "labels", "attention_mask", "position_ids")
    out = []
    for i in range(n):
        b = collate(ex[4 * i: 4 * i + 4])
        out.append({k: v.to("cuda") for k, v in b.items() if k in keys})
    return out


def variant(name: str, model_dir: str, data: str, steps: int, profile: bool) -> dict:
    import torch

    from lorasmith.bench import stack_config
    from lorasmith.fast import plan
    from lorasmith.models import load_tokenizer
    from lorasmith.train import build_model, _adapter_dtype

    over = {"fast": ["train.fast=on"], "peft": ["train.fast=off"], "compiled": ["train.fast=on", "train.compile=on"],
            "peft-padded-gc": ["train.fast=off", "train.gradient_checkpointing=true"]}[name]
    cfg = stack_config("lorasmith", "reference", steps, model_dir, data, f"/tmp/prof-{name}", over)
    tok = load_tokenizer(model_dir)
    model = build_model(cfg, model_dir)
    _adapter_dtype(model, cfg)
    if cfg.train.gradient_checkpointing:
        model.gradient_checkpointing_enable(gradient_checkpointing_kwargs={"use_reentrant": False})
    model.train()
    params = [p for p in model.parameters() if p.requires_grad]
    opt = torch.optim.AdamW(params, lr=2e-4, fused=True)
    data_batches = batches(cfg, tok, plan(cfg).padding_free, steps)
    torch.cuda.reset_peak_memory_stats()

    def step(b):
        with torch.autocast("cuda", dtype=torch.bfloat16):
            loss = model(**b).loss
        loss.backward()
        torch.nn.utils.clip_grad_norm_(params, 1.0)
        opt.step()
        opt.zero_grad(set_to_none=True)
        return loss

    times, losses = [], []
    for i, b in enumerate(data_batches):
        torch.cuda.synchronize()
        t = time.perf_counter()
        losses.append(float(step(b)))
        torch.cuda.synchronize()
        times.append(time.perf_counter() - t)
    warm = times[min(10, steps // 2):]
    res = {"variant": name, "plan": plan(cfg).describe(), "s_per_step": sum(warm) / len(warm),
           "first_step_s": times[0], "peak_gib": torch.cuda.max_memory_allocated() / 2**30,
           "tokens_per_step": sum(int((b["labels"] != -100).sum()) for b in data_batches) / steps,
           "losses": losses}
    if profile:
        from torch.profiler import ProfilerActivity, profile as prof

        with prof(activities=[ProfilerActivity.CPU, ProfilerActivity.CUDA]) as p:
            t = time.perf_counter()
            for b in data_batches[:5]:
                step(b)
            torch.cuda.synchronize()
            wall = (time.perf_counter() - t) / 5
        ev = p.key_averages()
        gpu_us = sum(e.self_device_time_total for e in ev) / 5
        res["profile"] = {"wall_ms_per_step": wall * 1e3, "gpu_kernel_ms_per_step": gpu_us / 1e3,
                          "kernel_launches_per_step": sum(e.count for e in ev if str(e.device_type).endswith("CUDA")) / 5,
                          "top_gpu": ev.table(sort_by="self_device_time_total", row_limit=15),
                          "top_cpu": ev.table(sort_by="self_cpu_time_total", row_limit=20)}
    model = opt = None  # frees them before the next variant (the closure `step` holds their cells)
    torch.cuda.empty_cache()
    return res


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--model", required=True)
    ap.add_argument("--data", required=True)
    ap.add_argument("--steps", type=int, default=30)
    ap.add_argument("--variants", default="fast,peft")
    ap.add_argument("--profile", default="fast")
    ap.add_argument("--out", default="profile.json")
    a = ap.parse_args()
    results = []
    for name in a.variants.split(","):
        r = variant(name, a.model, a.data, a.steps, name == a.profile)
        results.append(r)
        print(json.dumps({k: v for k, v in r.items() if k not in ("losses", "profile")}), flush=True)
        if "profile" in r:
            print({k: v for k, v in r["profile"].items() if not k.startswith("top")})
            print(r["profile"]["top_gpu"]); print(r["profile"]["top_cpu"], flush=True)
        with open(a.out, "w") as f:
            json.dump(results, f, indent=1)


if __name__ == "__main__":
    main()
