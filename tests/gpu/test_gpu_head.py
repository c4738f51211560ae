"""The row head (fast/head.py) on CUDA: TRL's own head there selects the labelled positions with a boolean index;
ours scores whole rows. Same figures and gradients, and no synchronisation (skipped without CUDA)."""

import pytest
import torch

from lorasmith.fast import head
from tests.conftest import lora_model
from tests.unit.test_graphs import head_both_ways
from tests.unit.test_head import OUTPUTS, _row, _run

pytestmark = pytest.mark.gpu


def test_row_head_matches_trls_selecting_head_on_cuda(tiny_model_dir, tiny_data_dir, tmp_path):
    from trl.trainer.utils import add_fused_lm_head

    model = lora_model(tiny_model_dir, tiny_data_dir, tmp_path / "r", **{
        "train.fast": "on", "lora.dropout": 0.0, "model.compute_dtype": "bfloat16"})
    add_fused_lm_head(model.get_base_model(), outputs=OUTPUTS)
    model.train()
    batch = {k: v.cuda() for k, v in _row().items()}
    with torch.autocast("cuda", dtype=torch.bfloat16):
        trl_out, trl_loss, trl_grads = _run(model, batch)
        assert head.install(model)
        ours, loss, grads = _run(model, batch)
    assert torch.allclose(ours.log_probs, trl_out.log_probs, atol=2e-2)
    assert torch.allclose(ours.entropy, trl_out.entropy, atol=2e-2)
    assert (ours.is_top1 != trl_out.is_top1).float().mean() < 0.05  # bf16 ties may break either way
    assert torch.allclose(loss, trl_loss, rtol=1e-2)
    assert grads.keys() == trl_grads.keys() and len(grads) > 0
    for n in grads:
        err = (grads[n].float() - trl_grads[n].float()).norm() / trl_grads[n].float().norm()
        assert err < 3e-2, (n, err)


def test_row_head_never_waits_for_the_gpu():
    kernel, _ = head._kernel()
    torch.manual_seed(0)
    hidden = torch.randn(1, 300, 64, device="cuda", dtype=torch.bfloat16, requires_grad=True)
    weight = torch.randn(1000, 64, device="cuda", dtype=torch.bfloat16)
    labels = torch.randint(0, 1000, (1, 300), device="cuda")
    labels[:, :120] = -100
    torch.cuda.synchronize()
    torch.cuda.set_sync_debug_mode("error")  # any synchronising call raises
    try:
        log_probs, entropy, is_top1, mask = head.score(kernel, hidden, weight, labels)
        loss = -log_probs.sum() / mask.sum().clamp(min=1)
        loss.backward()
    finally:
        torch.cuda.set_sync_debug_mode("default")
    ref = torch.log_softmax((hidden.detach().float() @ weight.float().T), -1)
    want = ref.gather(-1, labels.clamp(min=0)[..., None])[..., 0] * mask
    assert torch.allclose(log_probs, want, rtol=2e-2, atol=0.1) and hidden.grad[:, :119].abs().sum() == 0


def test_graphed_head_matches_the_eager_head_on_cuda():
    """The head's CUDA graphs (HeadGraphs) replayed with new rows give the eager head's figures and gradients."""
    kernel, _ = head._kernel()
    torch.manual_seed(0)
    weight = torch.randn(20000, 64, device="cuda", dtype=torch.bfloat16)  # three of the graph's vocabulary tiles
    heads = head.HeadGraphs(kernel)
    for _ in range(3):  # the first call captures; the others replay with new rows and labels
        hidden = torch.randn(1, 300, 64, device="cuda", dtype=torch.bfloat16, requires_grad=True)
        labels = torch.randint(0, 20000, (1, 300), device="cuda")
        labels[:, :120] = -100
        got, got_grad, want, want_grad = head_both_ways(kernel, hidden, weight, labels, heads)
        for a, b in zip(got, want):
            assert torch.allclose(a.float(), b.float(), rtol=1e-3, atol=1e-3)
        assert torch.allclose(got_grad.float(), want_grad.float(), rtol=1e-3, atol=1e-3)
        assert not got[1].requires_grad
    assert len(heads.graphed) == 1
