"""The Trainer's per-step walks over the module tree, answered from lists made once.

On every optimizer step transformers' Trainer calls `model.train()`, `model.zero_grad()`, `model.parameters()`
(for gradient clipping) and `model.num_parameters(exclude_embeddings=True)` (for its FLOP count). Each walks the
whole tree: about 1,800 modules for a 22-layer model with 4-bit layers and an adapter on every projection. With the
decoder stack in CUDA graphs the GPU spends about 29 ms on a reference step, and the walks were the largest part of
the host's time besides waiting (cProfile of the reference job: docs/gpu/host-profile-reference-job.txt), so the
host bounded the step: 0.0757 s/step before, 0.0475 after (docs/speed.md).

`install` gives the model object (not its class) four methods that answer the same from lists made when training
starts; `uninstall` takes them away when it ends. Nothing adds modules or parameters to the model in between.
- train(mode): the library's walk, but only when some module is not in `mode` already. Skipping it is exact only if
  no module's class overrides `train` with more than the flag (transformers' own does nothing more when the mode is
  unchanged); with any other override, train is left alone.
- zero_grad(set_to_none=True): every parameter's grad set to None, as Module.zero_grad does.
- parameters(): the same parameters in the same order as Module.parameters.
- num_parameters(...): the library's count, made once per argument combination.
"""

from __future__ import annotations

NAMES = ("train", "zero_grad", "parameters", "num_parameters")


def _plain_train_only(modules) -> bool:
    import torch

    allowed = {torch.nn.Module.train}
    try:
        from transformers import PreTrainedModel

        allowed.add(PreTrainedModel.train)
    except ImportError:
        pass
    return all(type(m).train in allowed for m in modules)


def install(model) -> None:
    modules = list(model.modules())
    params = list(model.parameters())
    cls = type(model)
    counts: dict[tuple[bool, bool], int] = {}
    count = getattr(model, "num_parameters", None)  # PEFT forwards it to the base model

    def train(mode: bool = True):
        if any(m.training != mode for m in modules):
            cls.train(model, mode)
        return model

    def zero_grad(set_to_none: bool = True):
        if not set_to_none:
            return cls.zero_grad(model, set_to_none)
        for p in params:
            if p.grad is not None:
                p.grad = None

    def parameters(recurse: bool = True):
        return iter(params) if recurse else cls.parameters(model, recurse)

    def num_parameters(only_trainable: bool = False, exclude_embeddings: bool = False) -> int:
        key = (only_trainable, exclude_embeddings)
        if key not in counts:
            counts[key] = count(only_trainable=only_trainable, exclude_embeddings=exclude_embeddings)
        return counts[key]

    methods = dict(zero_grad=zero_grad, parameters=parameters)
    if _plain_train_only(modules):
        methods["train"] = train
    if count is not None:
        methods["num_parameters"] = num_parameters
    for name, fn in methods.items():
        object.__setattr__(model, name, fn)


def uninstall(model) -> None:
    for name in NAMES:
        model.__dict__.pop(name, None)
