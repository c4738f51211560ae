"""Training on a tiny random Llama, 4-bit on CPU: loss mask, counts, gradients after eval, resume, PEFT loading."""

import json
import re

import pytest
import torch

from lorasmith import callbacks
from lorasmith.cli import main
from lorasmith.config import load_config
from lorasmith.errors import UserError
from lorasmith.train import build_model, train
from tests.conftest import tiny_overrides


def _adapter_tensors(run_dir):
    from safetensors.torch import load_file

    return load_file(f"{run_dir}/adapter/adapter_model.safetensors")


def test_dry_run_counts_match_peft(tiny_model_dir, tiny_data_dir, tmp_path, capsys):
    out = tmp_path / "run"
    rc = main(["train", "--dry-run", *tiny_overrides(tiny_model_dir, tiny_data_dir, out)])
    assert rc == 0
    text = capsys.readouterr().out
    assert "\u00bb" in text and "\u00ab" in text  # trained span marked
    m = re.search(r"trainable parameters: ([\d,]+) of ([\d,]+)", text)
    cfg = load_config(None, tiny_overrides(tiny_model_dir, tiny_data_dir, out))
    trainable, total = build_model(cfg, tiny_model_dir).get_nb_trainable_parameters()
    assert int(m.group(1).replace(",", "")) == trainable
    assert int(m.group(2).replace(",", "")) == total
    assert not out.exists()  # a dry run writes nothing


def test_dry_run_rejects_row_without_supervised_token(tiny_model_dir, tmp_path, capsys):
    data = tmp_path / "data"
    data.mkdir()
    (data / "train.jsonl").write_text(json.dumps({"instruction": "x", "input": "", "output": ""}) + "\n")
    rc = main(["train", "--dry-run", *tiny_overrides(tiny_model_dir, data, tmp_path / "run")])
    assert rc == 2
    err = capsys.readouterr().err
    assert "train.jsonl row 1" in err and "no supervised token" in err and "Traceback" not in err


def test_lora_gradients_survive_an_evaluation_in_4bit(tiny_model_dir, tiny_data_dir, tmp_path):
    """bitsandbytes repacks 4-bit weights on an eval-mode no-grad CPU forward unless we switch that off."""
    cfg = load_config(None, tiny_overrides(tiny_model_dir, tiny_data_dir, tmp_path / "r"))
    model = build_model(cfg, tiny_model_dir)
    with torch.no_grad():  # LoRA B starts at zero, which would make every lora_A gradient zero anyway
        for n, p in model.named_parameters():
            if "lora_B" in n:
                p.normal_(0, 0.02)
    x = torch.randint(3, 200, (2, 24))
    model.eval()
    with torch.no_grad():
        model(input_ids=x)
    model.train()
    model(input_ids=x, labels=x).loss.backward()
    grads = {n: p.grad for n, p in model.named_parameters() if p.requires_grad and "lora_" in n}
    assert len(grads) == 2 * 7 * 2  # two layers x seven projections x (A, B)
    dead = [n for n, g in grads.items() if g is None or not g.abs().sum() > 0]
    assert not dead, f"LoRA layers with zero gradient after an evaluation: {dead}"
    flags = [m.support_avx512bf16_for_cpu for m in model.modules() if hasattr(m, "support_avx512bf16_for_cpu")]
    assert len(flags) == 14 and not any(flags)  # the repack is off on every 4-bit layer, whatever this CPU has


def test_train_writes_run_directory(tiny_model_dir, tiny_data_dir, tmp_path):
    out = tmp_path / "run"
    info = train(load_config(None, tiny_overrides(tiny_model_dir, tiny_data_dir, out)))
    for name in ("adapter/adapter_model.safetensors", "adapter/adapter_config.json", "adapter/lorasmith_template.json",
                 "adapter/tokenizer.json", "adapter/README.md", "run.json", "metrics.jsonl", "config.yaml"):
        assert (out / name).is_file(), name
    run = json.loads((out / "run.json").read_text())
    assert run["steps"] == 4 and run["seed"] == 42
    assert run["parameters"]["trainable"] == info["parameters"]["trainable"] > 0
    assert len(run["data"]["sha256"]["train.jsonl"]) == 64
    assert run["eval_loss_start"] is not None and run["eval_loss_end"] is not None
    metrics = [json.loads(line) for line in (out / "metrics.jsonl").read_text().splitlines()]
    assert any("loss" in m and "lr" in m and "grad_norm" in m and "tokens" in m for m in metrics)
    assert any("eval_loss" in m for m in metrics)
    # LoRA B starts at zero; after training the adapter must differ from a no-op
    assert any(t.abs().sum() > 0 for n, t in _adapter_tensors(out).items() if "lora_B" in n)


def test_existing_output_is_refused(tiny_model_dir, tiny_data_dir, tmp_path, capsys):
    out = tmp_path / "run"
    out.mkdir()
    (out / "keep.txt").write_text("precious")
    rc = main(["train", *tiny_overrides(tiny_model_dir, tiny_data_dir, out)])
    assert rc == 2 and "--overwrite" in capsys.readouterr().err
    assert (out / "keep.txt").read_text() == "precious"


@pytest.mark.parametrize("fast", ["off", "on"])  # on: the fast path's cached module walks (fast/walks.py) too
def test_resume_gives_the_same_adapter(tiny_model_dir, tiny_data_dir, tmp_path, monkeypatch, fast):
    extra = {"lora.dropout": 0.1, "train.fast": fast}
    straight = tmp_path / "straight"
    train(load_config(None, tiny_overrides(tiny_model_dir, tiny_data_dir, straight, **extra)))

    class StopAtTwo(callbacks.GracefulStop):
        def on_step_end(self, args, state, control, **kwargs):
            if state.global_step == 2 and self.requested is None:
                self.requested = "SIGTERM"  # as if the signal had arrived during step 2
            return super().on_step_end(args, state, control, **kwargs)

    resumed = tmp_path / "resumed"
    cfg = load_config(None, tiny_overrides(tiny_model_dir, tiny_data_dir, resumed, **extra))
    monkeypatch.setattr(callbacks, "GracefulStop", StopAtTwo)
    with pytest.raises(UserError, match="--resume") as exc:
        train(cfg)
    assert exc.value.code == 130
    assert not (resumed / "adapter").exists()
    monkeypatch.undo()
    train(cfg, resume=True)
    a, b = _adapter_tensors(straight), _adapter_tensors(resumed)
    assert a.keys() == b.keys()
    for k in a:
        torch.testing.assert_close(a[k], b[k], rtol=1e-4, atol=1e-5, msg=k)
    steps = [m["step"] for m in map(json.loads, (resumed / "metrics.jsonl").read_text().splitlines()) if "loss" in m]
    assert steps == sorted(set(steps))  # no step logged twice after resuming


def test_nan_loss_stops_with_a_clear_message(tiny_model_dir, tiny_data_dir, tmp_path):
    cfg = load_config(None, tiny_overrides(tiny_model_dir, tiny_data_dir, tmp_path / "run",
                                           **{"train.lr": 1e30, "train.max_grad_norm": 0.0}))
    with pytest.raises(UserError, match="NaN or infinite") as exc:
        train(cfg)
    assert exc.value.code == 1
    assert not (tmp_path / "run" / "adapter").exists()


def test_plain_peft_loading_gives_the_same_logits(tiny_model_dir, tiny_data_dir, tmp_path):
    from peft import PeftModel
    from transformers import AutoModelForCausalLM

    from lorasmith.models import load_model

    out = tmp_path / "run"
    cfg = load_config(None, tiny_overrides(tiny_model_dir, tiny_data_dir, out, **{"model.load_in_4bit": False}))
    train(cfg)
    x = torch.randint(3, 200, (2, 16))
    plain = PeftModel.from_pretrained(AutoModelForCausalLM.from_pretrained(tiny_model_dir), str(out / "adapter")).eval()
    ours = PeftModel.from_pretrained(load_model(tiny_model_dir, cfg.model), str(out / "adapter")).eval()
    base = AutoModelForCausalLM.from_pretrained(tiny_model_dir).eval()
    with torch.no_grad():
        lp, lo, lb = plain(input_ids=x).logits, ours(input_ids=x).logits, base(input_ids=x).logits
    torch.testing.assert_close(lp, lo, rtol=1e-5, atol=1e-5)
    assert (lp - lb).abs().max() > 1e-4  # the adapter really changes the output


def test_profile_steps_write_where_the_time_went(tiny_model_dir, tiny_data_dir, tmp_path):
    out = tmp_path / "run"
    train(load_config(None, tiny_overrides(tiny_model_dir, tiny_data_dir, out, **{"train.profile_steps": 2})))
    text = (out / "profile.txt").read_text()
    assert re.match(r"2 optimizer steps from step 2: [\d.]+ ms wall per step", text), text[:200]
    assert "aten::mm" in text or "aten::addmm" in text  # the tables list the step's operations


@pytest.mark.parametrize("bad", [None, float("nan"), float("inf"), float("-inf")])
def test_nan_guard_finds_one_bad_element_among_many_tensors(bad):
    model = torch.nn.Sequential(*[torch.nn.Linear(8, 8) for _ in range(5)]).to(torch.bfloat16)
    guard = callbacks.NanGuard(model)
    if bad is not None:
        with torch.no_grad():
            model[3].weight[2, 5] = bad
    assert guard._weights_finite() == (bad is None)


@pytest.mark.parametrize("targets,message", [("q_proj,nope", "nope not found"), ("q_proj,lm_head", "is the LM head")])
def test_lora_targets_the_model_lacks_or_the_lm_head_are_refused(tiny_model_dir, tiny_data_dir, tmp_path, targets,
                                                                   message):
    """An adapter on the LM head would never train: SFTTrainer's fused head reads the head's base weight."""
    from lorasmith.config import load_config
    from tests.conftest import build_lora, tiny_overrides

    cfg = load_config(None, tiny_overrides(tiny_model_dir, tiny_data_dir, tmp_path / "r",
                                           **{"lora.target_modules": targets}))
    with pytest.raises(UserError, match=message):
        build_lora(cfg, tiny_model_dir)
