"""The graphed decoder stack (lorasmith/fast/graphs.py) on the CPU: the capture is replaced by the eager stack, so
what is tested here is everything around the graph: padding to the bucket, the padded mask, handing the output on
through the later layers, and stepping aside where a graph does not fit. tests/gpu/test_gpu_graphs.py replays real
graphs on CUDA."""

import pytest
import torch

from lorasmith.config import load_config
from lorasmith.fast import graphs, plan
from tests.conftest import lora_model, tiny_overrides


@pytest.fixture
def dense_rows(monkeypatch):
    """Rows this short keep SDPA's dense block mask, so the stack is graphed with the mask."""
    from lorasmith.fast import varlen

    monkeypatch.setattr(varlen, "DENSE_MAX", 4096)


def _model(tiny_model_dir, tiny_data_dir, tmp_path):
    return lora_model(tiny_model_dir, tiny_data_dir, tmp_path / "r", **{"train.fast": "on", "lora.dropout": 0.0})


class EagerCapture:
    """Stands in for the CUDA capture: the same stack, run eagerly; records the shapes it was asked for."""

    def __init__(self):
        self.shapes = []

    def __call__(self, stack_graphs, hidden, cos, sin, mask, longest=None):
        self.shapes.append((tuple(hidden.shape), tuple(mask.shape)))
        self.hidden_size = stack_graphs.layers[0].hidden_size
        self.longest = longest
        return graphs._Stack(stack_graphs.layers, longest)


def _install(model):
    capture = EagerCapture()
    sg = graphs.install(model, capture=lambda *a: capture(sg, *a))
    assert sg is not None
    return sg, capture


def _batches():
    torch.manual_seed(3)
    ids = torch.randint(3, 200, (1, 150))
    packed = torch.cat([torch.arange(40), torch.arange(70), torch.arange(40)])[None]  # three examples in one row
    labels = ids.clone()
    labels[packed == 0] = -100
    return [dict(input_ids=ids, labels=labels, position_ids=packed),  # padding-free: a block-diagonal mask
            dict(input_ids=ids[:, :100], labels=ids[:, :100])]         # one sequence: no mask at all (causal)


def _loss_and_grads(model, batch):
    model.zero_grad(set_to_none=True)
    loss = model(**batch).loss
    loss.backward()
    return loss.detach(), {n: p.grad.clone() for n, p in model.named_parameters() if p.requires_grad}


def _staged_and_plain(tiny_model_dir, tiny_data_dir, tmp_path, batch):
    """(the staged model's capture stand-in, loss and grads through its staged stack, loss and grads through the
    plain model)."""
    plain = _model(tiny_model_dir, tiny_data_dir, tmp_path / "a")
    staged = _model(tiny_model_dir, tiny_data_dir, tmp_path / "b")
    _, capture = _install(staged)
    plain.train(), staged.train()
    want = _loss_and_grads(plain, batch)
    return capture, _loss_and_grads(staged, batch), want


def _assert_same(got_loss, got, want_loss, want):
    assert torch.allclose(got_loss, want_loss, rtol=1e-5), (got_loss, want_loss)
    for n in want:
        assert want[n].abs().sum() > 0, n
        assert torch.allclose(got[n], want[n], rtol=1e-4, atol=1e-6), (n, (got[n] - want[n]).abs().max())


@pytest.mark.parametrize("which", ["packed", "single"])
def test_padded_stack_gives_the_unpadded_loss_and_gradients(tiny_model_dir, tiny_data_dir, tmp_path, one_torch_thread,
                                                            dense_rows, which):
    batch = _batches()[0 if which == "packed" else 1]
    capture, (got_loss, got), (want_loss, want) = _staged_and_plain(tiny_model_dir, tiny_data_dir, tmp_path, batch)
    t = batch["input_ids"].shape[1]
    assert len(capture.shapes) == 1
    tb = graphs.bucket(t)
    assert tb > t and capture.shapes[0][0][1] == tb and capture.shapes[0][1][-2:] == (tb, tb)
    assert got.keys() == want.keys() and len(want) == 28
    _assert_same(got_loss, got, want_loss, want)


def _with_boundaries(ids, lengths):
    pos = torch.cat([torch.arange(n) for n in lengths])[None]
    labels = ids.clone()
    labels[pos == 0] = -100
    cu = torch.tensor([0, *torch.tensor(lengths).cumsum(0).tolist()], dtype=torch.int32)
    return dict(input_ids=ids, labels=labels, position_ids=pos, cu_seq_lens_q=cu, cu_seq_lens_k=cu,
                max_length_q=max(lengths), max_length_k=max(lengths))  # as TRL's padding-free collator gives them


@pytest.mark.parametrize("lengths", [[40, 70, 40], [1000, 1500, 1800]])
def test_padding_free_row_is_graphed_by_its_boundaries(tiny_model_dir, tiny_data_dir, tmp_path, one_torch_thread,
                                                       lengths):
    """A padding-free row is graphed with the collator's boundaries, padded with one example for the bucket's
    padding and empty examples up to a fixed count; loss and gradients are the unpadded stack's."""
    t = sum(lengths)
    torch.manual_seed(4)
    batch = _with_boundaries(torch.randint(3, 200, (1, t)), lengths)
    capture, (got_loss, got), (want_loss, want) = _staged_and_plain(tiny_model_dir, tiny_data_dir, tmp_path, batch)
    tb = graphs.bucket(t)
    assert capture.shapes == [((1, tb, capture.hidden_size), (graphs.boundary_slots(3),))]
    assert graphs.boundary_slots(3) == 8
    assert capture.longest == (2048 if t > 1024 else 256)  # 1,800 rounded up to a power of two; at least 512 but
    _assert_same(got_loss, got, want_loss, want)           # not over the bucket


def test_a_row_without_boundaries_is_not_graphed(tiny_model_dir, tiny_data_dir, tmp_path, one_torch_thread):
    """Without the collator's boundaries only the position ids tell the examples apart: the eager stack runs it."""
    batch = _batches()[0]
    capture, (got_loss, got), (want_loss, want) = _staged_and_plain(tiny_model_dir, tiny_data_dir, tmp_path, batch)
    assert capture.shapes == []
    _assert_same(got_loss, got, want_loss, want)


def test_one_capture_per_bucket_and_the_stack_steps_aside(tiny_model_dir, tiny_data_dir, tmp_path, one_torch_thread,
                                                          dense_rows):
    model = _model(tiny_model_dir, tiny_data_dir, tmp_path)
    sg, capture = _install(model)
    model.train()
    packed, single = _batches()
    for batch in (packed, single, packed):
        model(**batch).loss.backward()
    assert len(capture.shapes) == 2 and len(sg.graphed) == 2  # 150 -> 256 and 100 -> 128, each captured once
    with torch.no_grad():  # no grad: nothing to capture a backward for, the layers run as they are
        model(**packed)
    model.eval()  # evaluation (no dropout, no backward) runs the layers' own forward
    model(**packed).loss.backward()
    assert len(capture.shapes) == 2
    model.train()  # the same bucket again, through the graph: the later layers hand its output on, once
    calls = []
    first_layer = sg.layers[0]
    first_layer.register_forward_hook(lambda m, a, o: calls.append(a[0].shape))
    model(**packed)
    assert calls == [torch.Size([1, 150, 64])] and sg.passing is None


def test_bucket_sizes():
    assert [graphs.bucket(n) for n in (1, 128, 129, 1024, 1025, 2049, 4096)] == [128, 128, 256, 1024, 1280, 2560, 4096]
    assert graphs.bucket(4097) > graphs.MAX_TOKENS


def test_plan_uses_graphs_only_where_one_backward_per_step_runs_on_one_gpu(tiny_model_dir, tiny_data_dir, tmp_path,
                                                                         monkeypatch):
    def cfg(**kw):
        return load_config(None, tiny_overrides(tiny_model_dir, tiny_data_dir, tmp_path / "r", **{
            "train.fast": "on", "train.gradient_checkpointing": False, **kw}))

    assert not plan(cfg()).cuda_graphs or torch.cuda.is_available()
    monkeypatch.setattr(torch.cuda, "is_available", lambda: True)
    assert plan(cfg()).cuda_graphs
    assert not plan(cfg(**{"train.gradient_checkpointing": True})).cuda_graphs
    assert not plan(cfg(**{"train.batch_size": 4, "train.micro_batch_size": 2})).cuda_graphs  # accumulation
    assert not plan(cfg(**{"train.compile": "on", "model.load_in_4bit": False})).cuda_graphs
    assert not plan(cfg(**{"model.attn_implementation": "eager"})).cuda_graphs
    assert not plan(cfg(**{"train.fast": "off"})).cuda_graphs
