"""The RMSNorm with the hand-written backward (lorasmith/fast/norm.py) against transformers' LlamaRMSNorm: the same
forward bit for bit, the same gradients, and less saved for the backward."""

import copy

import pytest
import torch
from transformers import LlamaConfig, LlamaForCausalLM
from transformers.models.llama.modeling_llama import LlamaRMSNorm

from lorasmith.fast.norm import RMSNormFn, install

HIDDEN = 64


def _norm(weight_dtype=torch.float32, hidden=HIDDEN, trainable=False):
    torch.manual_seed(0)
    m = LlamaRMSNorm(hidden, eps=1e-5)
    with torch.no_grad():
        m.weight.copy_(1 + 0.3 * torch.randn(hidden))
    return m.to(weight_dtype).requires_grad_(trainable)


def _ours(m, x):
    return RMSNormFn.apply(x, m.weight, m.variance_epsilon)


def _input(dtype, hidden=HIDDEN, shape=(2, 5)):
    torch.manual_seed(1)
    return (3 * torch.randn(*shape, hidden)).to(dtype)  # scaled: rstd far from 1, so a missing factor shows


def _rel(a, b):
    return ((a.double() - b.double()).norm() / b.double().norm()).item()


def _float64(m, x):
    """RMSNorm in float64 throughout (the stock module would compute in float32 whatever its input)."""
    return m.weight * (x * torch.rsqrt(x.pow(2).mean(-1, keepdim=True) + m.variance_epsilon))


def _grads(fn, m, x0, dy):
    x = x0.clone().requires_grad_(True)
    m.weight.grad = None
    fn(m, x).backward(dy)
    return x.grad, (m.weight.grad.clone() if m.weight.requires_grad else None)


# ------------------------------------------------------------------ forward
@pytest.mark.parametrize("x_dtype, w_dtype", [(torch.float32, torch.float32), (torch.bfloat16, torch.float32),
                                              (torch.bfloat16, torch.bfloat16)])
def test_forward_is_bitwise_the_stock_one(x_dtype, w_dtype):
    m, x = _norm(w_dtype), _input(x_dtype)
    ref = m(x)
    out = _ours(m, x)
    assert out.dtype == ref.dtype
    assert torch.equal(out, ref)


@pytest.mark.parametrize("x_dtype, w_dtype", [(torch.float32, torch.float32), (torch.bfloat16, torch.float32),
                                              (torch.bfloat16, torch.bfloat16)])
def test_forward_under_autocast_matches_stock(x_dtype, w_dtype):
    m, x = _norm(w_dtype), _input(x_dtype)
    with torch.autocast("cpu", dtype=torch.bfloat16):
        ref = m(x)
        out = _ours(m, x)
    assert out.dtype == ref.dtype
    assert torch.equal(out, ref)


# ------------------------------------------------------------------ backward
@pytest.mark.parametrize("trainable", [False, True])
def test_float32_gradients_match_stock_autograd(trainable):
    m, x = _norm(trainable=trainable), _input(torch.float32)
    dy = torch.randn_like(x)
    dx_ref, dw_ref = _grads(lambda mod, t: mod(t), m, x, dy)
    dx, dw = _grads(_ours, m, x, dy)
    assert dx.dtype == torch.float32
    torch.testing.assert_close(dx, dx_ref, rtol=1e-6, atol=1e-6)
    assert _rel(dx, dx_ref) < 1e-6
    if trainable:
        torch.testing.assert_close(dw, dw_ref, rtol=1e-6, atol=1e-5)
    else:
        assert m.weight.grad is None


@pytest.mark.parametrize("w_dtype", [torch.float32, torch.bfloat16])
@pytest.mark.parametrize("trainable", [False, True])
def test_bf16_gradients_at_least_as_close_to_float64_as_stock(w_dtype, trainable):
    m, x = _norm(w_dtype, trainable=trainable), _input(torch.bfloat16)
    torch.manual_seed(2)
    dy = torch.randn(x.shape).to(torch.promote_types(x.dtype, w_dtype))
    m64 = copy.deepcopy(m).double()
    dx64, dw64 = _grads(_float64, m64, x.double(), dy.double())  # the exact answer at these inputs
    dx_stock, dw_stock = _grads(lambda mod, t: mod(t), m, x, dy)
    dx, dw = _grads(_ours, m, x, dy)
    assert dx.dtype == torch.bfloat16
    ours, stock = _rel(dx, dx64), _rel(dx_stock, dx64)
    assert ours <= stock + 1e-6 and ours < 1e-2, (ours, stock)
    if trainable:
        assert dw.dtype == w_dtype
        ours, stock = _rel(dw, dw64), _rel(dw_stock, dw64)
        assert ours <= stock + 1e-6 and ours < 1e-2, (ours, stock)


# ------------------------------------------------------------------ what the backward keeps
def _saved(fn, params):
    """(dtype, shape, bytes) of each distinct tensor saved for the backward while `fn` runs, parameters left out."""
    skip = {p.untyped_storage().data_ptr() for p in params}
    seen = {}

    def pack(t):
        ptr = t.untyped_storage().data_ptr()
        if ptr not in skip:
            seen[ptr] = (t.dtype, tuple(t.shape), t.untyped_storage().nbytes())
        return t

    with torch.autograd.graph.saved_tensors_hooks(pack, lambda t: t):
        fn()
    return list(seen.values())


@pytest.mark.parametrize("trainable", [False, True])
def test_saves_bf16_input_and_float32_rstd_only(trainable):
    hidden, tokens = 2048, 6
    m = _norm(torch.bfloat16, hidden=hidden, trainable=trainable)
    x = _input(torch.bfloat16, hidden=hidden, shape=(2, 3)).requires_grad_(True)

    ours = _saved(lambda: _ours(m, x), [m.weight])
    stock = _saved(lambda: m(x), [m.weight])

    assert not [s for s in ours if s[0] == torch.float32 and s[1][-1] == hidden]
    assert sorted((str(d), s) for d, s, _ in ours) == [("torch.bfloat16", (2, 3, hidden)), ("torch.float32", (2, 3, 1))]
    assert sum(b for *_, b in ours) // tokens == 2 * hidden + 4
    # the stock module keeps the float32 copy of the whole input: the saving is real
    assert (torch.float32, (2, 3, hidden)) in [(d, s) for d, s, _ in stock]
    assert sum(b for *_, b in stock) // tokens >= 4 * hidden + 4


# ------------------------------------------------------------------ install on a model
def _tiny_llama(hidden: int = 64, vocab: int = 128):
    torch.manual_seed(0)
    cfg = LlamaConfig(hidden_size=hidden, intermediate_size=2 * hidden, num_hidden_layers=2, num_attention_heads=4,
                      num_key_value_heads=2, vocab_size=vocab)
    model = LlamaForCausalLM(cfg)
    with torch.no_grad():  # norms initialize to ones; make them matter
        for module in model.modules():
            if isinstance(module, LlamaRMSNorm):
                module.weight.mul_(1 + 0.2 * torch.randn_like(module.weight))
    return model


def _nodes(loss, name):
    found, stack, seen = 0, [loss.grad_fn], set()
    while stack:
        node = stack.pop()
        if node is None or node in seen:
            continue
        seen.add(node)
        found += name in type(node).__name__
        stack.extend(n for n, _ in node.next_functions)
    return found


def _loss_and_grads(model, vocab: int = 128, length: int = 12):
    torch.manual_seed(4)
    ids = torch.randint(0, vocab, (2, length))
    loss = model(input_ids=ids, labels=ids).loss
    loss.backward()
    return loss, {n: p.grad for n, p in model.named_parameters()}


def test_install_on_tiny_llama_gives_same_loss_and_gradients():
    stock = _tiny_llama()
    ours = copy.deepcopy(stock)
    assert install(ours) == 5  # two per layer and the final one
    assert all("forward" in vars(m) for m in ours.modules() if isinstance(m, LlamaRMSNorm))
    assert "forward" not in vars(LlamaRMSNorm(8))  # the class is untouched

    loss_ref, grads_ref = _loss_and_grads(stock)
    loss, grads = _loss_and_grads(ours)
    assert _nodes(loss, "RMSNormFn") == 5 and _nodes(loss_ref, "RMSNormFn") == 0
    torch.testing.assert_close(loss, loss_ref, rtol=1e-6, atol=1e-6)
    assert grads.keys() == grads_ref.keys()
    for name, g in grads.items():
        assert g is not None, name
        torch.testing.assert_close(g, grads_ref[name], rtol=1e-5, atol=1e-6, msg=name)


def test_installed_forward_follows_a_deepcopy():
    model = _tiny_llama()
    install(model)
    twin = copy.deepcopy(model)
    with torch.no_grad():
        twin.model.norm.weight.mul_(2)
    h = torch.randn(1, 3, 64)
    assert torch.equal(twin.model.norm(h), 2 * model.model.norm(h))


def test_install_leaves_other_norms_alone():
    class GemmaRMSNorm(LlamaRMSNorm):  # another model's norm (Gemma's is 1 + weight): not ours to replace
        pass

    class NoEps(torch.nn.Module):
        def forward(self, x):
            return x

    NoEps.__name__ = "LlamaRMSNorm"
    model = torch.nn.Sequential(LlamaRMSNorm(8), GemmaRMSNorm(8), torch.nn.RMSNorm(8), NoEps())
    assert install(model) == 1
    assert "forward" in vars(model[0])
    assert not any("forward" in vars(m) for m in model[1:])
