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


class EagerGraphed(graphs.Graphed):
    """graphs.Graphed with its two CUDA graphs replaced by eager runs over the same static buffers: each "replay"
    computes from the static inputs (or output gradients) and writes into the static outputs (or gradients), as a
    graph's replay does. Everything around the graphs is the real code."""

    def _capture(self, fn, pool, warmup):
        with torch.enable_grad():
            outputs = graphs._tuple(fn(*self.inputs))
        self.grad_outputs = [torch.zeros_like(o) if o.requires_grad else None for o in outputs]
        grads = [g if g is None else g.detach().clone() for g in self._gradients(outputs, self.grad_outputs)]
        live = {}

        def forward():
            with torch.enable_grad():
                live["outputs"] = graphs._tuple(fn(*self.inputs))
            for static, o in zip(outputs, live["outputs"]):
                static.detach().copy_(o.detach())

        def backward():
            for static, g in zip(grads, self._gradients(live["outputs"], self.grad_outputs)):
                if static is not None:
                    static.copy_(g)

        self.forward_graph, self.backward_graph = _Replayed(forward), _Replayed(backward)
        return outputs, grads


class _Replayed:
    def __init__(self, run):
        self.replay = run


class EagerCapture:
    """Stands in for the CUDA capture: the same stack, static buffers replayed eagerly (EagerGraphed); records the
    shapes it was asked for."""

    def __init__(self):
        self.shapes = []

    def __call__(self, stack_graphs, hidden, cos, sin, mask, longest=None):
        self.shapes.append((tuple(hidden.shape), tuple(mask.shape)))
        self.hidden_size = stack_graphs.layers[0].hidden_size
        self.longest = longest
        stack = graphs._Stack(stack_graphs.layers, longest)
        samples = (torch.randn_like(hidden).requires_grad_(hidden.requires_grad), cos.clone(), sin.clone(),
                   mask.clone())
        return EagerGraphed(stack, samples, None, 1, params=[p for p in stack.parameters() if p.requires_grad])


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
        model.zero_grad(set_to_none=True)  # the graphs' gradients lie in their memory: used, then let go
    assert len(capture.shapes) == 2 and len(sg.graphed) == 2  # 150 -> 256 and 100 -> 128, each captured once
    with torch.no_grad():  # no grad: nothing to capture a backward for, the layers run as they are
        model(**packed)
    model.eval()  # evaluation (no dropout, no backward) runs the layers' own forward
    model(**packed).loss.backward()
    assert len(capture.shapes) == 2
    model.zero_grad(set_to_none=True)
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


def _toy():
    """x (4, 3) -> (x @ w, its row maxima, 2 x @ w): a differentiable output, one nobody differentiates, and a
    differentiable one the tests' losses leave out."""
    torch.manual_seed(0)
    w = torch.nn.Parameter(torch.randn(3, 5))
    unused = torch.nn.Parameter(torch.randn(2))

    def fn(x):
        y = x @ w
        return y, y.detach().amax(-1), 2 * y

    return fn, w, unused


@pytest.mark.parametrize("input_grad", [True, False])
def test_graphed_hands_gradients_to_parameters_it_does_not_take_as_inputs(input_grad):
    fn, w, unused = _toy()
    samples = (torch.zeros(4, 3, requires_grad=input_grad),)
    g = EagerGraphed(fn, samples, None, 1, params=[w, unused])
    x = torch.randn(4, 3, requires_grad=input_grad)
    y, top, _ = g(x)
    assert y.requires_grad and not top.requires_grad  # w makes y differentiable even when x is not
    assert len(y.grad_fn.next_functions) == 1 + 1  # the anchor parameter and x, not every parameter
    assert torch.allclose(y, x.detach() @ w.detach()) and torch.equal(top, y.detach().amax(-1))
    up = torch.randn(4, 5)
    y.backward(up)
    assert torch.allclose(w.grad, x.detach().T @ up) and unused.grad is None
    assert w.grad.data_ptr() == g.handed[0][1].data_ptr()  # the graph's buffer, no copy
    if input_grad:
        assert torch.allclose(x.grad, up @ w.detach().T)
    first = w.grad.clone()
    with pytest.raises(RuntimeError, match="set them to None"):  # the last step's gradient would be overwritten
        g(x)
    w.grad = None
    y, _, _ = g(x)
    w.grad = torch.ones_like(w)  # a gradient set since the forward is added to, as autograd accumulates
    y.backward(up)
    assert torch.allclose(w.grad, first + 1)
    w.grad = None
    x2 = torch.randn(4, 3)
    y2, _, twice = g(x2)
    (y2 * up).sum().backward()  # `twice` left out: its gradient is None, the replay's zero
    assert torch.allclose(w.grad, x2.T @ up)  # the buffer holds the newest replay's gradient
    w.grad = None
    y3, _, twice = g(x2)
    twice.backward(up)
    assert torch.allclose(w.grad, 2 * x2.T @ up)


def head_both_ways(kernel, hidden, weight, labels, heads):
    """(graphed outputs, their input gradient, eager outputs, theirs) of one head call, loss = -sum(log_probs)."""
    from lorasmith.fast import head

    got = head.score(kernel, hidden, weight, labels, heads)
    (-got[0].sum()).backward()
    got_grad, hidden.grad = hidden.grad, None
    want = head.score(kernel, hidden, weight, labels)
    (-want[0].sum()).backward()
    want_grad, hidden.grad = hidden.grad, None
    return got, got_grad, want, want_grad


def test_graphed_head_gives_the_eager_heads_figures_and_gradients(monkeypatch):
    from lorasmith.fast import head

    kernel, _ = head._kernel()
    torch.manual_seed(1)
    weight = torch.randn(300, 16)
    captures = []

    def capture(fn, samples):
        captures.append(tuple(samples[0].shape))
        return EagerGraphed(fn, samples, None, 1)

    monkeypatch.setattr(head.HeadGraphs, "fits", staticmethod(lambda rows, weight: rows.requires_grad))
    monkeypatch.setattr(head, "GRAPH_VOCAB_TILE", 128)  # three tiles in the graph, one in the eager head
    heads = head.HeadGraphs(kernel, capture)
    for seed in (2, 3):  # the second call replays the first one's capture with new rows and labels
        g = torch.Generator().manual_seed(seed)
        hidden = torch.randn(1, 100, 16, generator=g, requires_grad=True)
        labels = torch.randint(0, 300, (1, 100), generator=g)
        labels[:, :30] = -100
        got, got_grad, want, want_grad = head_both_ways(kernel, hidden, weight, labels, heads)
        for a, b in zip(got, want):
            assert torch.allclose(a.float(), b.float(), atol=1e-5)
        assert torch.allclose(got_grad, want_grad, rtol=1e-5, atol=1e-5)  # float32 sums over 3 tiles or 1
        assert got_grad[:, :29].abs().sum() == 0
        assert got[0].requires_grad and not got[1].requires_grad  # the entropy is for the logs only
    assert captures == [(128, 16)]
