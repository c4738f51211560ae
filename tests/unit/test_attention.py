"""The fused attention forward of padding-free rows (lorasmith/fast/attention.py) against the attention class's own
forward on the same model, on the CPU (the rotation by torch ops, and by the Triton kernel in its interpreter)."""

import pytest
import torch

from lorasmith.fast import attention
from tests.conftest import lora_model
from tests.unit.test_varlen import _loss_and_grads, _packed_batch


def attention_modules(model):
    return [m for m in model.modules() if type(m).__name__ in attention.CLASSES]


@pytest.mark.parametrize("kernels", [False, True], ids=["torch rotation", "kernel rotation"])
def test_fused_forward_gives_the_class_forwards_loss_and_gradients(tiny_model_dir, tiny_data_dir, tmp_path,
                                                                    one_torch_thread, long_rows, monkeypatch,
                                                                    kernels):
    if kernels:
        pytest.importorskip("triton")
    model = lora_model(tiny_model_dir, tiny_data_dir, tmp_path, **{"train.fast": "on", "lora.dropout": 0.0})
    model.train()
    modules = attention_modules(model)
    assert modules and all("forward" in vars(m) for m in modules)  # train installed it
    attention.install(model, kernels=kernels)
    rotations = []
    real = attention.rope
    monkeypatch.setattr(attention, "rope", lambda *a: rotations.append(a[-1]) or real(*a))
    batch = _packed_batch(True)
    fused_loss, fused_grads = _loss_and_grads(model, batch)
    assert rotations == [kernels] * len(modules)
    for m in modules:
        del m.forward  # the class's forward again
    plain_loss, plain_grads = _loss_and_grads(model, batch)
    assert len(rotations) == len(modules)
    assert torch.allclose(fused_loss, plain_loss, rtol=1e-6), (fused_loss, plain_loss)
    assert len(fused_grads) == len(plain_grads) > 0
    for n, g in plain_grads.items():
        assert torch.allclose(fused_grads[n], g, atol=1e-6, rtol=1e-5), n


def test_calls_it_does_not_cover_go_to_the_class_forward(tiny_model_dir, tiny_data_dir, tmp_path, one_torch_thread,
                                                          long_rows, monkeypatch):
    """A row without the collator's boundaries, and evaluation with a padded batch, take the class's path."""
    model = lora_model(tiny_model_dir, tiny_data_dir, tmp_path, **{"train.fast": "on", "lora.dropout": 0.0})
    rotations = []
    real = attention.rope
    monkeypatch.setattr(attention, "rope", lambda *a: rotations.append(1) or real(*a))
    with torch.no_grad():
        model(**_packed_batch(False))
        ids = torch.randint(3, 200, (2, 30))
        model(input_ids=ids, attention_mask=torch.ones_like(ids))
    assert rotations == []
