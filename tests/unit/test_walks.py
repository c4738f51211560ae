"""The Trainer's per-step module walks answered from lists (fast/walks.py): the same answers, the same training."""

import json

import torch

from lorasmith.config import load_config
from lorasmith.fast import plan, walks
from lorasmith.train import train
from tests.conftest import lora_model, tiny_overrides


def test_walks_answer_as_the_library_does(tiny_model_dir, tiny_data_dir, tmp_path):
    model = lora_model(tiny_model_dir, tiny_data_dir, tmp_path / "r", **{"train.fast": "on"})
    cls = type(model)
    params = list(cls.parameters(model))
    counts = {(t, e): model.num_parameters(only_trainable=t, exclude_embeddings=e)
              for t in (False, True) for e in (False, True)}
    walks.install(model)
    assert set(walks.NAMES) <= set(vars(model))
    got = list(model.parameters())
    assert len(got) == len(params) and all(a is b for a, b in zip(got, params))
    assert {(t, e): model.num_parameters(only_trainable=t, exclude_embeddings=e) for t, e in counts} == counts

    model.eval()
    assert not any(m.training for m in model.modules())
    model.train()
    assert all(m.training for m in model.modules())
    dropout = next(m for m in model.modules() if isinstance(m, torch.nn.Dropout))
    dropout.eval()  # one module out of step: the walk must run again
    model.train()
    assert dropout.training

    for p in params:
        if p.requires_grad:
            p.grad = torch.ones_like(p)
    model.zero_grad()
    assert all(p.grad is None for p in params)

    walks.uninstall(model)
    assert not set(walks.NAMES) & set(vars(model))


def test_train_is_left_alone_when_a_module_overrides_it(tiny_model_dir, tiny_data_dir, tmp_path):
    class Counting(torch.nn.Module):
        calls = 0

        def train(self, mode=True):
            Counting.calls += 1
            return super().train(mode)

    model = lora_model(tiny_model_dir, tiny_data_dir, tmp_path / "r", **{"train.fast": "on"})
    model.add_module("counting", Counting())
    walks.install(model)
    assert "train" not in vars(model) and "zero_grad" in vars(model)
    model.train()
    model.train()
    assert Counting.calls == 2  # its side effect on every call is kept


def test_training_with_cached_walks_is_the_same_training(tiny_model_dir, tiny_data_dir, tmp_path, monkeypatch):
    def run(name):
        out = tmp_path / name
        cfg = load_config(None, tiny_overrides(tiny_model_dir, tiny_data_dir, out, **{
            "train.fast": "on", "train.max_steps": 3, "lora.dropout": 0.1}))
        assert plan(cfg).cached_walks
        info = train(cfg)
        rows = [json.loads(line) for line in (out / "metrics.jsonl").read_text().splitlines()]
        return info, [(r.get("loss"), r.get("grad_norm"), r.get("eval_loss")) for r in rows]

    cached, cached_rows = run("cached")
    monkeypatch.setattr(walks, "install", lambda model: None)
    plain, plain_rows = run("plain")
    assert cached_rows == plain_rows and len(cached_rows) >= 4
    assert cached["eval_loss_end"] == plain["eval_loss_end"]
