"""Real CUDA graphs of the decoder stack against the same model run eagerly (skipped without CUDA)."""

import json

import pytest
import torch

from lorasmith import fast
from lorasmith.config import load_config
from lorasmith.train import train
from tests.conftest import build_lora, tiny_overrides

pytestmark = pytest.mark.gpu


def _model(tiny_model_dir, tiny_data_dir, tmp_path, graphed: bool, dropout=0.0, monkeypatch=None):
    cfg = load_config(None, tiny_overrides(tiny_model_dir, tiny_data_dir, tmp_path / "r", **{
        "train.fast": "on", "lora.dropout": dropout, "model.compute_dtype": "bfloat16"}))
    assert fast.plan(cfg).cuda_graphs
    if not graphed:
        monkeypatch.setattr(fast, "graph_layers", lambda model, p: None)
    model = build_lora(cfg, tiny_model_dir)
    monkeypatch.undo()
    return model


def _batch(lengths, seed, boundaries=False):
    """A padding-free row as TRL's collator makes it: examples end to end, positions restarting at each (and, as
    TRL gives them, the boundaries for variable-length attention)."""
    torch.manual_seed(seed)
    ids = torch.randint(3, 200, (1, sum(lengths)), device="cuda")
    pos = torch.cat([torch.arange(n) for n in lengths])[None].cuda()
    labels = ids.clone()
    labels[pos == 0] = -100
    batch = dict(input_ids=ids, labels=labels, position_ids=pos)
    if boundaries:
        cu = torch.tensor([0, *torch.tensor(lengths).cumsum(0).tolist()], dtype=torch.int32, device="cuda")
        batch.update(cu_seq_lens_q=cu, cu_seq_lens_k=cu, max_length_q=max(lengths), max_length_k=max(lengths))
    return batch


STEPS = [(40, 70, 40), (30, 50), (40, 70, 40), (200, 300, 100, 90)]  # buckets 256, 128, 256 again, 768


def _train(model, steps=STEPS, boundaries=False):
    opt = torch.optim.AdamW([p for p in model.parameters() if p.requires_grad], lr=1e-2)
    model.train()
    out = []
    for i, lengths in enumerate(steps):
        loss = model(**_batch(lengths, i, boundaries)).loss
        loss.backward()
        out.append((loss.item(), {n: p.grad.float().clone() for n, p in model.named_parameters() if p.requires_grad}))
        opt.step()
        opt.zero_grad(set_to_none=True)
    return out


def _rel(a, b):
    return ((a - b).norm() / (b.norm() + 1e-12)).item()


def test_graphed_steps_match_eager_steps(tiny_model_dir, tiny_data_dir, tmp_path, monkeypatch):
    """Several optimizer steps over three buckets, one of them met twice: the graphs must see the updated weights."""
    graphed = _model(tiny_model_dir, tiny_data_dir, tmp_path / "g", True, monkeypatch=monkeypatch)
    eager = _model(tiny_model_dir, tiny_data_dir, tmp_path / "e", False, monkeypatch=monkeypatch)
    got, want = _train(graphed, boundaries=True), _train(eager, boundaries=True)
    stack = graphed.base_model.model.model.layers[0].forward.__self__
    assert len(stack.graphed) == 3
    for step, ((lg, gg), (le, ge)) in enumerate(zip(got, want)):
        assert abs(lg - le) <= 1e-2 * abs(le), (step, lg, le)
        bad = {n: _rel(gg[n], ge[n]) for n in ge if _rel(gg[n], ge[n]) > 5e-2}
        assert not bad, (step, dict(list(bad.items())[:3]))


def test_long_rows_graphed_by_boundaries_match_eager(tiny_model_dir, tiny_data_dir, tmp_path, monkeypatch):
    """Rows over 4,096 tokens: graphs with the flash kernels' variable-length form, boundary lists padded with empty
    examples, against the same rows run eagerly."""
    steps = [(1000, 2000, 1500, 300), (4000, 900), (1000, 2000, 1500, 300), (6000, 10, 20, 3000)]
    graphed = _model(tiny_model_dir, tiny_data_dir, tmp_path / "g", True, monkeypatch=monkeypatch)
    eager = _model(tiny_model_dir, tiny_data_dir, tmp_path / "e", False, monkeypatch=monkeypatch)
    got, want = _train(graphed, steps, True), _train(eager, steps, True)
    stack = graphed.base_model.model.model.layers[0].forward.__self__
    assert len(stack.graphed) == 3 and all(key[-1] in (2048, 4096, 8192) for key in stack.graphed)
    for step, ((lg, gg), (le, ge)) in enumerate(zip(got, want)):
        assert abs(lg - le) <= 1e-2 * abs(le), (step, lg, le)
        bad = {n: _rel(gg[n], ge[n]) for n in ge if _rel(gg[n], ge[n]) > 5e-2}
        assert not bad, (step, dict(list(bad.items())[:3]))


def test_dropout_draws_fresh_masks_in_every_replay(tiny_model_dir, tiny_data_dir, tmp_path, monkeypatch):
    model = _model(tiny_model_dir, tiny_data_dir, tmp_path, True, dropout=0.3, monkeypatch=monkeypatch)
    model.train()
    batch = _batch((40, 70, 40), 0, boundaries=True)
    losses = [model(**batch).loss.item() for _ in range(3)]  # the first call captures, the next two replay
    assert len(set(losses)) == 3, losses
    assert len(model.base_model.model.model.layers[0].forward.__self__.graphed) == 1


def test_training_run_uses_graphs_and_learns(tiny_model_dir, tiny_data_dir, tmp_path):
    out = tmp_path / "run"
    info = train(load_config(None, tiny_overrides(tiny_model_dir, tiny_data_dir, out, **{
        "model.compute_dtype": "bfloat16", "train.max_steps": 12})))
    run = json.loads((out / "run.json").read_text())
    assert run["fast_path"] == (
        "fused_lora, fused_norm, padding_free, varlen_attention, cuda_graphs, triton_kernels, cached_walks, row_head, cached_adamw, row_collator, fused_attention")
    rows = [json.loads(line) for line in (out / "metrics.jsonl").read_text().splitlines()]
    losses = [r["loss"] for r in rows if "loss" in r]
    assert losses[-1] < losses[0], losses
    assert info["eval_loss_end"] is not None
