"""CachedAdamW (fast/optim.py) against torch's fused AdamW: the same parameters and state, bit for bit, and a state
dict either one can load."""

import pytest
import torch

from lorasmith.fast.optim import CachedAdamW, optimizer_cls_and_kwargs


def _params(dtype, seed=0):
    g = torch.Generator().manual_seed(seed)
    shapes = [(16, 8), (8, 16), (4, 8), (8, 4), (3,)]
    return [torch.nn.Parameter(torch.randn(s, generator=g).to(dtype)) for s in shapes]


def _groups(params):  # the Trainer's two groups: with weight decay, and without (empty for LoRA)
    return [{"params": params[:4], "weight_decay": 0.01}, {"params": params[4:], "weight_decay": 0.0}]


def _step(opt, params, step, missing=None):
    g = torch.Generator().manual_seed(100 + step)
    for i, p in enumerate(params):
        grad = torch.randn(p.shape, generator=g).to(p.dtype)
        p.grad = None if i == missing else grad
    opt.step()


def _schedule(opts, step):
    for opt in opts:
        for group in opt.param_groups:
            group["lr"] = 1e-2 / (step + 1)


@pytest.mark.parametrize("dtype", [torch.float32, torch.bfloat16])
def test_same_steps_as_torchs_fused_adamw(dtype):
    ours, ref = _params(dtype), _params(dtype)
    a = CachedAdamW(_groups(ours), lr=1e-2, betas=(0.9, 0.99), eps=1e-8, fused=True)
    b = torch.optim.AdamW(_groups(ref), lr=1e-2, betas=(0.9, 0.99), eps=1e-8, fused=True)
    for step in range(6):
        _schedule((a, b), step)  # a schedule changes the rate between steps
        missing = 1 if step == 4 else None  # a parameter without a gradient: torch's step, then the lists again
        _step(a, ours, step, missing)
        _step(b, ref, step, missing)
        for p, q in zip(ours, ref):
            assert torch.equal(p, q)
    assert a._lists  # the direct call ran
    for p, q in zip(ours, ref):
        for key in ("exp_avg", "exp_avg_sq", "step"):
            assert torch.equal(a.state[p][key], b.state[q][key])


def test_state_dicts_move_between_the_two():
    ours, ref = _params(torch.float32), _params(torch.float32)
    a = CachedAdamW(_groups(ours), lr=1e-2, fused=True)
    b = torch.optim.AdamW(_groups(ref), lr=1e-2, fused=True)
    for step in range(3):
        _step(a, ours, step)
        _step(b, ref, step)
    # swap: each continues from the other's state (a checkpoint written by one, resumed by the other)
    c = CachedAdamW(_groups(ref), lr=1e-2, fused=True)
    c.load_state_dict(b.state_dict())
    d = torch.optim.AdamW(_groups(ours), lr=1e-2, fused=True)
    d.load_state_dict(a.state_dict())
    for step in range(3, 6):
        _step(c, ref, step)
        _step(d, ours, step)
    for p, q in zip(ours, ref):
        assert torch.equal(p, q)


def test_lists_are_dropped_when_the_state_is_loaded():
    params = _params(torch.float32)
    a = CachedAdamW(_groups(params), lr=1e-2, fused=True)
    for step in range(2):
        _step(a, params, step)
    assert a._lists
    a.load_state_dict(a.state_dict())
    assert a._lists is None


def test_only_plain_fused_adamw_takes_the_direct_call():
    params = _params(torch.float32)
    a = CachedAdamW(_groups(params), lr=1e-2, fused=True, amsgrad=True)
    for step in range(2):
        _step(a, params, step)
    assert a._lists is False


def test_it_takes_the_trainers_arguments():
    from transformers import TrainingArguments

    args = TrainingArguments(output_dir="unused", learning_rate=3e-4, adam_beta2=0.95, use_cpu=True)
    cls, kwargs = optimizer_cls_and_kwargs(args)
    assert cls is CachedAdamW and kwargs["lr"] == 3e-4 and kwargs["betas"][1] == 0.95 and kwargs["fused"]
    assert optimizer_cls_and_kwargs(TrainingArguments(output_dir="unused", optim="sgd", use_cpu=True)) is None
