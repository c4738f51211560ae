"""AdamW whose step reuses lists made once, instead of torch's per-parameter loop on every step.

torch's `AdamW.step` (fused) gathers, on every step, each parameter's gradient and state tensors in a Python loop
with its checks, then groups them by device and dtype, before the one fused kernel does the arithmetic. With the 308
adapter tensors of the reference job that was 2.4 ms of host time per step (bench/host_probe.py), on a step whose
GPU work is ~27 ms and whose host was the bound. `CachedAdamW` is plugged in through the Trainer's
`optimizer_cls_and_kwargs` with the Trainer's own AdamW arguments. Its first step is torch's (which creates the
state); after that it keeps each group's parameters and state tensors and calls the same fused kernel on them, with
the same arguments, so parameters and state are torch's bit for bit (test_optim.py). Anything else (a parameter
without a gradient, a group the direct call does not cover) takes torch's step. The Trainer still clips the
gradients first: transformers computes the gradient norm through its clip on every step whether it clips or not.
The state dict is AdamW's: checkpoints move freely between the two.
"""

from __future__ import annotations

import torch


class CachedAdamW(torch.optim.AdamW):
    def __init__(self, params, **kwargs):
        super().__init__(params, **kwargs)
        self._lists = None  # per group: (group, params, exp_avgs, exp_avg_sqs, steps) after the first step; False:
        # some group is not what the direct call covers, and torch's step runs every time

    def load_state_dict(self, state_dict):
        super().load_state_dict(state_dict)
        self._lists = None  # the state tensors were replaced

    def add_param_group(self, param_group):
        super().add_param_group(param_group)
        self._lists = None

    @torch.no_grad()
    def step(self, closure=None):
        grads = [[p.grad for p in g["params"]] for g in self.param_groups]
        every = all(x is not None for gs in grads for x in gs)
        if closure is not None or not self._lists or not every:  # torch's own step
            out = super().step(closure)
            if self._lists is None and every:
                self._lists = self._make_lists()
            return out
        for (group, params, exp_avgs, exp_avg_sqs, steps), group_grads in zip(self._lists, grads):
            if not params:
                continue
            torch._foreach_add_(steps, 1)
            beta1, beta2 = group["betas"]
            torch._fused_adamw_(params, group_grads, exp_avgs, exp_avg_sqs, [], steps, amsgrad=False,
                                lr=group["lr"], beta1=beta1, beta2=beta2, weight_decay=group["weight_decay"],
                                eps=group["eps"], maximize=False, grad_scale=None, found_inf=None)
        return None

    def _make_lists(self):
        """The cached lists, or False when some group is not what the direct call covers: tensors of more than one
        device or dtype, or options other than plain fused AdamW's."""
        lists = []
        for group in self.param_groups:
            params = group["params"]
            if params and not (_uniform(params) and group.get("fused") and not group["amsgrad"]
                               and not group["maximize"] and not group.get("capturable")
                               and not group.get("differentiable") and not isinstance(group["lr"], torch.Tensor)):
                return False
            states = [self.state[p] for p in params]
            lists.append((group, params, [s["exp_avg"] for s in states], [s["exp_avg_sq"] for s in states],
                          [s["step"] for s in states]))
        return lists


def _uniform(tensors) -> bool:
    first = tensors[0]
    return all(t.device == first.device and t.dtype == first.dtype for t in tensors)


def optimizer_cls_and_kwargs(args):
    """(CachedAdamW, the Trainer's own arguments for `args`' optimizer), or None when that optimizer is not torch's
    fused AdamW."""
    from transformers import Trainer

    cls, kwargs = Trainer.get_optimizer_cls_and_kwargs(args)
    if cls is not torch.optim.AdamW or not kwargs.get("fused"):
        return None
    return CachedAdamW, kwargs
