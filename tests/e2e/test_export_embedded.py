"""Slow: a one-step QLoRA run on the embedded SmolLM2-135M, merged and exported to GGUF f16 and q8_0."""

from __future__ import annotations

import json

import pytest

from lorasmith.errors import UserError
from tests.conftest import ROWS

pytestmark = pytest.mark.slow

# Validation rows double as the export's tokenizer check: digits, punctuation, accents, a symbol, an input.
VAL = [{"instruction": "Sum 1234 and 56789.", "input": "x = [3.14, 2.71]", "output": "58023"},
       {"instruction": "Écris « bonjour » ✓", "input": "", "output": "bonjour"}]


@pytest.fixture(scope="module")
def smol_run(tmp_path_factory):
    from lorasmith import models
    from lorasmith.config import load_config
    from lorasmith.train import train

    try:
        models.embedded_gguf()
    except UserError as exc:
        pytest.skip(str(exc))
    root = tmp_path_factory.mktemp("smol")
    data = root / "data"
    data.mkdir()
    (data / "train.jsonl").write_text("".join(json.dumps(r) + "\n" for r in ROWS[:4]))
    (data / "val.jsonl").write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in VAL), encoding="utf-8")
    overrides = {"model.name": "embedded", "data.path": str(data), "output": str(root / "run"),
                 "data.template": "default", "data.max_tokens": 128, "model.compute_dtype": "float32",
                 "lora.r": 8, "lora.alpha": 16, "train.max_steps": 1, "train.batch_size": 4, "train.lr": 1e-3,
                 "train.warmup_ratio": 0.0, "train.logging_steps": 1, "train.gradient_checkpointing": False}
    train(load_config(None, [f"{k}={v}" for k, v in overrides.items()]))
    return root


def test_merge_and_gguf_round_trip_on_smollm2(smol_run):
    from transformers import AutoTokenizer

    from lorasmith.export import export_gguf
    from lorasmith.merge import load_merged, merge
    from lorasmith.models import load_tokenizer
    from lorasmith.templates import format_prompt, get_template

    run = smol_run / "run"
    merged = load_merged(run)  # one merge serves both exports and the folder
    results = {}
    for qtype in ("f16", "q8_0"):
        path = smol_run / "gguf" / f"smol-{qtype}.gguf"
        r = results[qtype] = export_gguf(run, path, qtype, merged=merged)
        assert r["measured"]["gguf_vs_merged_max_abs"] <= r["tolerance"]["gguf_abs"]
        assert r["measured"]["tokenizer_ids_equal"] and r["measured"]["rows_checked"] == len(VAL)
        assert r["tokenizer_pre"] == "smollm"  # taken from the GGUF the embedded base came from
        modelfile = path.with_name(f"smol-{qtype}.Modelfile").read_text()
        assert f"FROM ./smol-{qtype}.gguf" in modelfile and 'PARAMETER stop "<|im_end|>"' in modelfile
    assert results["q8_0"]["bytes"] < 0.6 * results["f16"]["bytes"]
    f16, q8 = (results[q]["measured"]["gguf_vs_merged_max_abs"] for q in ("f16", "q8_0"))
    assert f16 < q8

    report = merge(run, smol_run / "merged", "bfloat16", merged=merged)
    tol, got = report["tolerance"], report["measured"]
    assert got["merged_vs_adapter_max_abs"] <= tol["merge_abs"] < got["merged_vs_base_max_abs"]
    assert got["saved_vs_adapter_max_abs"] <= tol["save_abs"]
    tpl, run_tok = get_template("default"), load_tokenizer(str(run / "adapter"))
    merged_tok = AutoTokenizer.from_pretrained(smol_run / "merged")
    user = {"role": "user", "content": "Add two numbers.\n\na = 2, b = 3"}
    assert merged_tok.apply_chat_template([user], add_generation_prompt=True, tokenize=False) == \
        format_prompt(tpl, run_tok, "Add two numbers.", "a = 2, b = 3")
    assert merged_tok.eos_token == "<|im_end|>"
    print(json.dumps({"merge": tol | got, **{q: r["tolerance"] | r["measured"] for q, r in results.items()}},
                     indent=1))
