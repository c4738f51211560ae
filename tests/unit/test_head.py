"""The row head (fast/head.py) against the model's own logits and against TRL's fused head: same per-token figures,
same loss, same gradients; TRL's head back after the run."""

import pytest
import torch

from lorasmith.fast import head
from tests.conftest import lora_model

OUTPUTS = ("log_probs", "entropy", "is_top1")


def _model(tiny_model_dir, tiny_data_dir, tmp_path):
    from trl.trainer.utils import add_fused_lm_head

    model = lora_model(tiny_model_dir, tiny_data_dir, tmp_path / "r", **{"train.fast": "on", "lora.dropout": 0.0})
    add_fused_lm_head(model.get_base_model(), outputs=OUTPUTS)  # what SFTTrainer does to its model
    model.train()
    return model


def _row(seed=0):
    """Three examples flattened into one row (padding-free), prompts ignored, one all-ignored example."""
    g = torch.Generator().manual_seed(seed)
    lengths, prompts = (9, 13, 6), (4, 5, 6)
    ids = torch.randint(3, 200, (1, sum(lengths)), generator=g)
    pos = torch.cat([torch.arange(n) for n in lengths])[None]
    labels = ids.clone()
    start = 0
    for n, p in zip(lengths, prompts):
        labels[0, start:start + p] = -100
        start += n
    return dict(input_ids=ids, position_ids=pos, labels=labels)


def _run(model, batch):
    out = model(**batch, fused_lm_head=True)
    loss = -out.log_probs.sum() / out.label_mask.sum()
    loss.backward()
    grads = {n: p.grad.clone() for n, p in model.named_parameters() if p.grad is not None}
    model.zero_grad(set_to_none=True)
    return out, loss.detach(), grads


def test_row_head_gives_trl_heads_figures_and_gradients(tiny_model_dir, tiny_data_dir, tmp_path):
    model = _model(tiny_model_dir, tiny_data_dir, tmp_path)
    batch = _row()
    trl_out, trl_loss, trl_grads = _run(model, batch)
    trl_forward = model.get_base_model().forward
    assert head.install(model) and head.install(model)  # a second install keeps TRL's head for uninstall
    ours, loss, grads = _run(model, batch)

    for name in ("log_probs", "entropy"):
        assert torch.allclose(getattr(ours, name), getattr(trl_out, name), atol=1e-5), name
    assert torch.equal(ours.is_top1, trl_out.is_top1) and torch.equal(ours.label_mask, trl_out.label_mask)
    assert torch.allclose(ours.loss, trl_out.loss, atol=1e-6) and torch.allclose(loss, trl_loss, atol=1e-6)
    assert grads.keys() == trl_grads.keys() and len(grads) > 0
    for n in grads:
        assert torch.allclose(grads[n], trl_grads[n], rtol=1e-4, atol=1e-6), n

    head.uninstall(model)
    assert model.get_base_model().forward == trl_forward


def test_row_head_matches_the_models_own_logits(tiny_model_dir, tiny_data_dir, tmp_path):
    model = _model(tiny_model_dir, tiny_data_dir, tmp_path)
    assert head.install(model)
    batch = _row(1)
    with torch.no_grad():
        out = model(**batch, fused_lm_head=True)
        logits = model(input_ids=batch["input_ids"], position_ids=batch["position_ids"]).logits[:, :-1].float()
    labels = batch["labels"][:, 1:]
    mask = labels != -100
    logp = logits.log_softmax(-1)
    want = logp.gather(-1, labels.clamp(min=0)[..., None])[..., 0] * mask
    entropy = -(logp.exp() * logp).sum(-1) * mask
    top1 = (logits.argmax(-1) == labels) & mask
    assert mask.sum() > 0 and (~mask).sum() > 0
    assert torch.allclose(out.log_probs, want, atol=1e-4)
    assert torch.allclose(out.entropy, entropy, atol=1e-4)
    assert torch.equal(out.is_top1, top1)
    assert torch.equal(out.label_mask, mask)
    assert torch.allclose(out.loss, -want.sum() / mask.sum(), atol=1e-5)


def test_calls_the_row_head_does_not_cover_go_to_trls(tiny_model_dir, tiny_data_dir, tmp_path):
    model = _model(tiny_model_dir, tiny_data_dir, tmp_path)
    calls = []
    base = model.get_base_model()
    trl_forward = base.forward

    def counting(*args, **kwargs):
        calls.append(kwargs.get("fused_lm_head"))
        return trl_forward(*args, **kwargs)

    base.forward = counting
    assert head.install(model)
    batch = _row(2)
    with torch.no_grad():
        model(**batch, fused_lm_head=True)
        assert calls == []
        model(input_ids=batch["input_ids"])  # plain logits, as generation asks
        shifted = batch["labels"][:, 1:]
        model(input_ids=batch["input_ids"][:, :-1], shift_labels=shifted, fused_lm_head=True)
    assert calls == [False, True]


@pytest.mark.parametrize("key", ["final_logit_softcapping", "logit_scale"])
def test_a_scaled_head_keeps_trls(tiny_model_dir, tiny_data_dir, tmp_path, key):
    model = _model(tiny_model_dir, tiny_data_dir, tmp_path)
    setattr(model.get_base_model().config, key, 30.0)
    assert not head.install(model)
