"""Bytes the autograd graph keeps for the backward, per decoder layer, with the fast path on and off.

    python bench/saved_activations.py [--layers 2] [--tokens 813]

Device-independent accounting (the dtypes and shapes of saved tensors are the same on CPU and GPU under bf16
autocast), so it runs on a CPU: a TinyLlama-1.1B-shaped model with few layers, random weights, NF4, bf16 compute.
Parameters that autograd saves (weights) are not counted; each storage is counted once.
"""

from __future__ import annotations

import argparse
import shutil
import tempfile
from pathlib import Path


def saved_bytes(model_dir: str, fast: str, tokens: int) -> int:
    import torch

    from lorasmith.config import load_config
    from lorasmith.train import _adapter_dtype, build_model

    cfg = load_config("tinyllama-coding", [f"model.name={model_dir}", "model.compute_dtype=bfloat16",
                                           f"train.fast={fast}", "train.gradient_checkpointing=false"])
    model = build_model(cfg, model_dir)
    _adapter_dtype(model, cfg)
    model.train()
    params = {p.untyped_storage().data_ptr() for p in model.parameters()}
    seen = {}

    def pack(t):
        st = t.untyped_storage()
        if st.data_ptr() not in params:
            seen[st.data_ptr()] = st.nbytes()
        return t

    x = torch.randint(3, 1000, (1, tokens))
    with torch.autograd.graph.saved_tensors_hooks(pack, lambda t: t), torch.autocast("cpu", dtype=torch.bfloat16):
        model(input_ids=x, labels=x)
    return sum(seen.values())


def main():
    import torch
    from transformers import LlamaConfig, LlamaForCausalLM

    from lorasmith.bench import TINYLLAMA_SHAPE
    from lorasmith.models import load_tokenizer, resolve_model

    ap = argparse.ArgumentParser()
    ap.add_argument("--layers", type=int, default=2)
    ap.add_argument("--tokens", type=int, default=813, help="813: real tokens per step of the reference workload")
    a = ap.parse_args()
    tmp = Path(tempfile.mkdtemp())
    try:
        counts = {}
        for layers in (a.layers, 2 * a.layers):
            d = tmp / str(layers)
            tok = load_tokenizer(resolve_model("embedded")[0])
            torch.manual_seed(0)
            LlamaForCausalLM(LlamaConfig(vocab_size=len(tok), **{**TINYLLAMA_SHAPE, "num_hidden_layers": layers})
                             ).to(torch.bfloat16).save_pretrained(d)
            tok.save_pretrained(d)
            counts[layers] = {fast: saved_bytes(str(d), fast, a.tokens) for fast in ("on", "off")}
        for fast in ("on", "off"):
            per_layer = (counts[2 * a.layers][fast] - counts[a.layers][fast]) / a.layers
            rest = counts[a.layers][fast] - a.layers * per_layer
            print(f"fast={fast}: {per_layer / 2**20:.1f} MiB per layer at {a.tokens} tokens "
                  f"({per_layer / a.tokens / 1024:.1f} KiB per token per layer), {rest / 2**20:.1f} MiB outside the "
                  f"layers; 22 layers: {(22 * per_layer + rest) / 2**30:.2f} GiB")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
