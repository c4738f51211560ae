"""The fast path's components against the reference implementation: same outputs and gradients, same adapter format."""

import json

import pytest
import torch

from lorasmith.config import load_config
from lorasmith.fast import plan
from lorasmith.fast.lora import LoraNF4, SwiGLUNF4, dequantize, pack, reference, unpack
from lorasmith.train import build_model, train
from tests.conftest import lora_model, tiny_overrides


def _model(tiny_model_dir, tiny_data_dir, tmp_path, fast: str, dropout=0.05):
    return lora_model(tiny_model_dir, tiny_data_dir, tmp_path / "r", **{"train.fast": fast, "lora.dropout": dropout})


def _first_projection(model):
    return next(m for m in model.modules() if hasattr(m, "lora_A") and hasattr(m, "get_base_layer"))


@pytest.mark.parametrize("with_dropout", [False, True])
def test_fused_function_matches_autograd_reference(tiny_model_dir, tiny_data_dir, tmp_path, with_dropout):
    layer = _first_projection(_model(tiny_model_dir, tiny_data_dir, tmp_path, "on"))
    weight = layer.get_base_layer().weight
    W = dequantize(weight).float()
    A0, B0 = layer.lora_A["default"].weight.detach().float(), layer.lora_B["default"].weight.detach().float()
    torch.manual_seed(2)
    x0 = torch.randn(3, 7, W.shape[1])
    mask = (torch.rand_like(x0) > 0.05) if with_dropout else None
    dy = torch.randn(3, 7, W.shape[0])
    results = []
    for fn in ("fused", "reference"):
        x, A, B = (t.clone().requires_grad_(True) for t in (x0, A0, B0))
        y = LoraNF4.apply(x, weight, A, B, 2.0, mask, 0.95) if fn == "fused" else reference(x, W, A, B, 2.0, mask, 0.95)
        y.backward(dy)
        results.append((y.detach(), x.grad, A.grad, B.grad))
    for name, got, want in zip(("output", "d input", "d lora_A", "d lora_B"), *results):
        assert torch.allclose(got, want, rtol=1e-5, atol=1e-5), f"{name}: max diff {(got - want).abs().max()}"
        assert want.abs().sum() > 0, name


@pytest.mark.parametrize("with_dropout", [False, True])
def test_fused_swiglu_down_matches_autograd_reference(tiny_model_dir, tiny_data_dir, tmp_path, with_dropout):
    """down(silu(g) * u) as one node (which keeps g and u only) against plain autograd ops."""
    model = _model(tiny_model_dir, tiny_data_dir, tmp_path, "on")
    layer = next(m for n, m in model.named_modules() if n.endswith("down_proj") and hasattr(m, "lora_A"))
    weight = layer.get_base_layer().weight
    W = dequantize(weight).float()
    A0, B0 = layer.lora_A["default"].weight.detach().float(), layer.lora_B["default"].weight.detach().float()
    torch.manual_seed(2)
    g0, u0 = torch.randn(3, 5, W.shape[1]), torch.randn(3, 5, W.shape[1])
    mask = (torch.rand_like(g0) > 0.05) if with_dropout else None
    dy = torch.randn(3, 5, W.shape[0])
    results = []
    for fn in ("fused", "reference"):
        g, u, A, B = (t.clone().requires_grad_(True) for t in (g0, u0, A0, B0))
        if fn == "fused":
            y = SwiGLUNF4.apply(g, u, weight, A, B, 2.0, mask, 0.95, False)
        else:
            y = reference(torch.nn.functional.silu(g) * u, W, A, B, 2.0, mask, 0.95)
        y.backward(dy)
        results.append((y.detach(), g.grad, u.grad, A.grad, B.grad))
    for name, got, want in zip(("output", "d gate", "d up", "d lora_A", "d lora_B"), *results):
        assert torch.allclose(got, want, rtol=1e-5, atol=1e-5), f"{name}: max diff {(got - want).abs().max()}"
        assert want.abs().sum() > 0, name


def test_dropout_masks_are_kept_as_bits():
    torch.manual_seed(0)
    mask = torch.rand(3, 7, 48) > 0.3
    bits = pack(mask)
    assert bits.dtype == torch.uint8 and bits.shape == (3, 7, 6)
    assert torch.equal(unpack(bits), mask)
    torch.manual_seed(1)
    x0, W, A0, B = torch.randn(3, 7, 48), torch.randn(8, 48), torch.randn(4, 48), torch.randn(8, 4)
    import lorasmith.fast.lora as L

    saved, grads = [], []
    for fn in ("fused", "reference"):
        x, A = x0.clone().requires_grad_(True), A0.clone().requires_grad_(True)
        real = L.dequantize
        L.dequantize = lambda w: W  # a float weight stands in for the 4-bit one
        try:
            with torch.autograd.graph.saved_tensors_hooks(lambda t: saved.append(t) or t, lambda t: t):
                y = LoraNF4.apply(x, None, A, B, 2.0, mask, 0.7) if fn == "fused" else reference(x, W, A, B, 2.0, mask,
                                                                                                0.7)
            y.sum().backward()
        finally:
            L.dequantize = real
        grads.append((x.grad, A.grad))
        if fn == "fused":
            assert not any(t.dtype == torch.bool for t in saved)
            assert any(t.dtype == torch.uint8 and t.shape == (3, 7, 6) for t in saved)
    for got, want in zip(*grads):
        assert torch.allclose(got, want, atol=1e-4)


def test_fused_layers_match_peft_forward_and_backward(tiny_model_dir, tiny_data_dir, tmp_path):
    """The whole model with our layer against PEFT's own 4-bit layer, dropout off so both are deterministic."""
    outs = []
    for fast in ("on", "off"):
        model = _model(tiny_model_dir, tiny_data_dir, tmp_path / fast, fast, dropout=0.0)
        kinds = {type(m).__name__ for m in model.modules() if hasattr(m, "lora_A")}
        assert kinds == ({"FusedLinear4bit"} if fast == "on" else {"Linear4bit"})
        fused_mlps = [m for m in model.modules() if type(m).__name__ == "LlamaMLP" and "forward" in vars(m)]
        assert len(fused_mlps) == (2 if fast == "on" else 0)
        model.train()
        x = torch.randint(3, 200, (2, 24))
        loss = model(input_ids=x, labels=x).loss
        loss.backward()
        grads = {n: p.grad.clone() for n, p in model.named_parameters() if p.requires_grad}
        outs.append((loss.detach(), grads))
    (loss_fast, g_fast), (loss_ref, g_ref) = outs
    assert torch.allclose(loss_fast, loss_ref, rtol=1e-5), (loss_fast, loss_ref)
    assert g_fast.keys() == g_ref.keys() and len(g_ref) == 28
    for n in g_ref:
        assert torch.allclose(g_fast[n], g_ref[n], rtol=1e-4, atol=1e-6), n


def test_dropout_is_applied_to_the_adapter_input_only(tiny_model_dir, tiny_data_dir, tmp_path):
    model = _model(tiny_model_dir, tiny_data_dir, tmp_path, "on", dropout=0.5)
    layer = _first_projection(model)
    x = torch.randn(4, 16, layer.in_features)
    model.eval()
    with torch.no_grad():
        a, b = layer(x), layer(x)
    assert torch.equal(a, b)  # no dropout in eval mode
    model.train()
    with torch.no_grad():
        c, d = layer(x), layer(x)
        base = layer.get_base_layer()(x)
    assert not torch.equal(c, d)  # a fresh mask each call
    # the base projection is never dropped: half the adapter's input is, which moves the output by far less
    assert (c - base).abs().mean() < 3 * (a - base).abs().mean()


def test_fast_run_saves_a_plain_peft_adapter_and_pads_nothing(tiny_model_dir, tiny_data_dir, tmp_path):
    out = tmp_path / "run"
    train(load_config(None, tiny_overrides(tiny_model_dir, tiny_data_dir, out, **{"train.fast": "on"})))
    cfg = json.loads((out / "adapter" / "adapter_config.json").read_text())
    assert not any("custom" in k for k in cfg)  # nothing a plain PEFT load would not understand
    run = json.loads((out / "run.json").read_text())
    assert run["fast_path"] == "fused_lora, fused_norm, padding_free, varlen_attention, cached_walks, row_head, cached_adamw, row_collator, fused_attention"
    assert run["tokens_seen"] > 0
    state = torch.load(next((out / "checkpoints").glob("checkpoint-*/optimizer.pt")), weights_only=True)
    assert state["state"] and all(s["step"].item() > 0 for s in state["state"].values())  # CachedAdamW's, AdamW's format


def test_padding_free_batches_give_the_padded_loss(tiny_model_dir, tiny_data_dir, tmp_path):
    """Examples flattened into one row must not see each other: the loss equals the padded batch's."""
    from trl.trainer.sft_trainer import DataCollatorForLanguageModeling

    from lorasmith.models import load_tokenizer
    from lorasmith.rundir import read_jsonl_rows
    from lorasmith.templates import encode, get_template

    model = _model(tiny_model_dir, tiny_data_dir, tmp_path, "off", dropout=0.0)
    model.eval()
    tok = load_tokenizer(tiny_model_dir)
    rows = read_jsonl_rows(tiny_data_dir / "train.jsonl")[:4]
    examples = [encode(get_template("default"), tok, r) for r in rows]
    assert len({len(e["input_ids"]) for e in examples}) > 1  # lengths differ, so the padded batch has padding
    losses = []
    for free in (False, True):
        batch = DataCollatorForLanguageModeling(pad_token_id=tok.pad_token_id, padding_free=free)(examples)
        batch = {k: v for k, v in batch.items() if k in ("input_ids", "labels", "attention_mask", "position_ids")}
        with torch.no_grad():
            losses.append(model(**batch).loss)
    assert torch.allclose(losses[0], losses[1], rtol=1e-5), losses


def test_plan_is_off_on_cpu_unless_asked(tiny_model_dir, tiny_data_dir, tmp_path):
    auto = load_config(None, tiny_overrides(tiny_model_dir, tiny_data_dir, tmp_path / "r"))
    on = load_config(None, tiny_overrides(tiny_model_dir, tiny_data_dir, tmp_path / "r", **{"train.fast": "on"}))
    if not torch.cuda.is_available():
        assert plan(auto).describe() == "off"
    assert plan(on).fused_lora and plan(on).padding_free and not plan(on).compile_layers


def test_evaluation_batches_fill_8k_tokens_only_on_the_padding_free_path(tiny_model_dir, tiny_data_dir, tmp_path):
    from lorasmith.errors import UserError
    from lorasmith.rundir import RunDir
    from lorasmith.train import sft_config

    def rows(**extra):
        cfg = load_config(None, tiny_overrides(tiny_model_dir, tiny_data_dir, tmp_path / "r", **{
            "train.batch_size": 4, "data.max_tokens": 512, **extra}))
        return sft_config(cfg, RunDir(tmp_path / "r"), 16, True).per_device_eval_batch_size

    assert rows(**{"train.fast": "on"}) == 16  # 8,192 tokens at 512 each
    assert rows(**{"train.fast": "on", "data.max_tokens": 4096}) == 4  # never fewer than the micro-batch
    assert rows(**{"train.fast": "off"}) == 4  # padded batches: more rows, more padding
    assert rows(**{"train.fast": "on", "data.pack_tokens": 2048}) == 4  # each packed row is long already
    assert rows(**{"train.fast": "on", "train.eval_batch_size": 3}) == 3
    with pytest.raises(UserError, match="eval_batch_size"):
        rows(**{"train.eval_batch_size": -1})


def test_packed_rows_train_and_count_only_real_tokens(tiny_model_dir, tiny_data_dir, tmp_path):
    from lorasmith.rundir import read_jsonl_rows

    out = tmp_path / "run"
    info = train(load_config(None, tiny_overrides(tiny_model_dir, tiny_data_dir, out, **{
        "data.pack_tokens": 2048, "train.batch_size": 1, "train.max_steps": 1})))
    # 16 short training rows fit in one packed row: one step sees every row's tokens, and no padding
    from lorasmith.models import load_tokenizer
    from lorasmith.templates import encode, get_template

    tok = load_tokenizer(tiny_model_dir)
    total = sum(len(encode(get_template("default"), tok, r)["input_ids"])
                for r in read_jsonl_rows(tiny_data_dir / "train.jsonl"))
    assert info["tokens_seen"] == total
    assert info["eval_loss_end"] is not None


def test_pack_tokens_shorter_than_an_example_is_refused(tiny_model_dir, tiny_data_dir, tmp_path):
    from lorasmith.errors import UserError

    with pytest.raises(UserError, match="pack_tokens"):
        load_config(None, tiny_overrides(tiny_model_dir, tiny_data_dir, tmp_path, **{"data.pack_tokens": 100}))


def test_fast_path_keeps_the_residual_stream_in_the_compute_dtype(tiny_model_dir, tiny_data_dir, tmp_path):
    """PEFT's k-bit preparation casts norms, embeddings and LM head to float32, and with them every activation."""
    dtypes = {}
    for fast in ("on", "off"):
        cfg = load_config(None, tiny_overrides(tiny_model_dir, tiny_data_dir, tmp_path / fast, **{
            "train.fast": fast, "model.compute_dtype": "bfloat16"}))
        model = build_model(cfg, tiny_model_dir)
        dtypes[fast] = {p.dtype for n, p in model.named_parameters() if "norm" in n or "embed" in n}
        assert not any(p.requires_grad for n, p in model.named_parameters() if "lora_" not in n)
    assert dtypes == {"on": {torch.bfloat16}, "off": {torch.float32}}
