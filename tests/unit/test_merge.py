"""`lorasmith merge` on a tiny QLoRA run: logits as base + adapter, refusals, a folder plain transformers loads."""

import json
import shutil

import pytest
import torch

from lorasmith import merge as M
from lorasmith.cli import main
from lorasmith.errors import UserError
from lorasmith.templates import TEMPLATES, encode_prompt, format_prompt, get_template
from tests.unit.lora_runs import bpe_run, make_bpe_tokenizer


@pytest.fixture(scope="module")
def run_dirs(tmp_path_factory):
    return bpe_run(tmp_path_factory)


@pytest.fixture(scope="module")
def merged_dir(run_dirs, tmp_path_factory):
    out = tmp_path_factory.mktemp("merged") / "model"
    assert main(["merge", run_dirs[1], "--out", str(out)]) == 0
    return out


def _val_rows(run_dir):
    info = json.loads(open(f"{run_dir}/run.json").read())
    return [json.loads(line) for line in open(f"{info['data']['folder']}/val.jsonl")]


def _peft_logits(model_dir, run_dir, ids, adapter=True):
    from peft import PeftModel
    from transformers import AutoModelForCausalLM

    base = AutoModelForCausalLM.from_pretrained(model_dir, dtype=torch.float32)
    model = PeftModel.from_pretrained(base, f"{run_dir}/adapter").eval() if adapter else base.eval()
    with torch.no_grad():
        return model(input_ids=torch.tensor([ids])).logits[0]


def test_merged_folder_loads_and_matches_base_plus_adapter(run_dirs, merged_dir):
    from transformers import AutoModelForCausalLM, AutoTokenizer

    model_dir, run_dir = run_dirs
    tok = AutoTokenizer.from_pretrained(merged_dir)
    row = _val_rows(run_dir)[0]
    ids = encode_prompt(get_template("default"), tok, row["instruction"], row["input"])
    merged = AutoModelForCausalLM.from_pretrained(merged_dir).eval()
    assert merged.dtype == torch.float32
    with torch.no_grad():
        got = merged(input_ids=torch.tensor([ids])).logits[0]
    want = _peft_logits(model_dir, run_dir, ids)
    scale = want.abs().max().item()
    assert (got - want).abs().max().item() <= 1e-4 * scale
    base = _peft_logits(model_dir, run_dir, ids, adapter=False)
    assert (got - base).abs().max().item() > 1e-2 * scale  # the adapter is really in there
    assert merged.generation_config.eos_token_id == tok.eos_token_id == merged.config.eos_token_id


def test_merge_report_states_tolerance_and_differences(merged_dir):
    report = json.loads((merged_dir / M.MERGE_FILE).read_text())
    tol, measured = report["tolerance"], report["measured"]
    assert tol["merge_rtol"] == M.MERGE_RTOL and tol["merge_abs"] == pytest.approx(M.MERGE_RTOL * tol["logit_scale"])
    assert measured["merged_vs_adapter_max_abs"] <= tol["merge_abs"] < measured["merged_vs_base_max_abs"]
    assert measured["saved_vs_adapter_max_abs"] <= tol["save_abs"]
    assert report["rows_checked"] == 4 and report["rows_source"].endswith("val.jsonl")
    assert {p.name for p in merged_dir.iterdir()} >= {"config.json", "generation_config.json", "model.safetensors",
                                                      "tokenizer.json", "tokenizer_config.json", M.MERGE_FILE}


def test_merged_chat_template_renders_the_training_prompt(run_dirs, merged_dir):
    from transformers import AutoTokenizer

    from lorasmith.models import load_tokenizer

    tok = AutoTokenizer.from_pretrained(merged_dir)
    run_tok = load_tokenizer(f"{run_dirs[1]}/adapter")
    tpl = get_template("default")
    rows = _val_rows(run_dirs[1])
    assert any(r["input"] for r in rows) and any(not r["input"] for r in rows)
    for r in rows:
        user = {"role": "user", "content": f"{r['instruction']}\n\n{r['input']}" if r["input"] else r["instruction"]}
        text = tok.apply_chat_template([user], add_generation_prompt=True, tokenize=False)
        assert text == format_prompt(tpl, run_tok, r["instruction"], r["input"])
        assert tok(text)["input_ids"] == encode_prompt(tpl, run_tok, r["instruction"], r["input"])


@pytest.mark.parametrize("name", [n for n, t in TEMPLATES.items() if t.kind == "text"])
def test_text_chat_template_matches_format_prompt(name):
    tok = make_bpe_tokenizer()
    tpl = get_template(name)
    tok.chat_template = M.text_chat_template(tpl)
    cases = [("Add two numbers.", "a = 2"), ("Print hello.", ""), ("Two parts.\n\nStill the instruction.", "x = 1"),
             ('Quote {{ "this" }} and {% raw %}.', "")]
    for instruction, input_text in cases:
        got = tok.apply_chat_template([M.user_message(instruction, input_text)], add_generation_prompt=True,
                                      tokenize=False)
        assert got == format_prompt(tpl, tok, instruction, input_text)
    turn = [M.user_message("Print hello.")] + [{"role": "assistant", "content": "print('hello')"}]
    want = format_prompt(tpl, tok, "Print hello.") + "print('hello')</s>"
    assert tok.apply_chat_template(turn, tokenize=False) == want


def _messages(err: str) -> list[str]:
    """Our lines on stderr (transformers' weight-loading progress bars share it)."""
    return [line for line in err.splitlines() if line.startswith("lorasmith")]


def _copy_run(run_dir, dest):
    shutil.copytree(run_dir, dest, ignore=shutil.ignore_patterns("checkpoints"))
    return dest


def test_zero_adapter_is_refused_and_writes_nothing(run_dirs, tmp_path, capsys):
    from safetensors.torch import load_file, save_file

    run = _copy_run(run_dirs[1], tmp_path / "run")
    path = run / "adapter" / "adapter_model.safetensors"
    tensors = load_file(path)
    assert any("lora_B" in k for k in tensors)
    save_file({k: torch.zeros_like(v) if "lora_B" in k else v for k, v in tensors.items()}, path)
    out = tmp_path / "out" / "merged"
    assert main(["merge", str(run), "--out", str(out)]) == 1
    err = capsys.readouterr().err
    assert len(_messages(err)) == 1 and "changed nothing" in _messages(err)[0] and "Traceback" not in err
    assert not (tmp_path / "out").exists()  # refused before anything was created


def test_wrong_merge_is_refused():
    ref = torch.randn(10, 32)
    with pytest.raises(UserError, match="differ from base") as exc:
        M._check(ref, ref + 1e-3 * ref.abs().max(), ref - 1.0, M.RunDir("x"))
    assert exc.value.code == 1
    report = M._check(ref, ref + 1e-6 * ref.abs().max(), ref - 1.0, M.RunDir("x"))
    assert report["measured"]["merged_vs_adapter_max_abs"] <= report["tolerance"]["merge_abs"]


def test_bfloat16_merge_saves_bfloat16_weights(run_dirs, tmp_path):
    from safetensors import safe_open

    report = M.merge(run_dirs[1], tmp_path / "m16", "bfloat16")
    with safe_open(tmp_path / "m16" / "model.safetensors", "pt") as f:
        assert {f.get_slice(k).get_dtype() for k in f.keys()} == {"BF16"}
    assert report["measured"]["saved_vs_adapter_max_abs"] <= report["tolerance"]["save_abs"]
    assert report["tolerance"]["save_rtol"] == M.SAVE_RTOL["bfloat16"]


def test_bad_inputs_are_one_line_exit_2(run_dirs, tmp_path, capsys):
    model_dir, run_dir = run_dirs
    cases = [
        (["merge", str(tmp_path / "nope"), "--out", str(tmp_path / "o1")], "run directory not found"),
        (["merge", run_dir, "--out", str(tmp_path / "o2"), "--dtype", "int8"], "float32, bfloat16, float16"),
        (["merge", run_dir, "--out", run_dir], "run directory"),
    ]
    (tmp_path / "busy").mkdir()
    (tmp_path / "busy" / "notes.txt").write_text("mine")
    cases.append((["merge", run_dir, "--out", str(tmp_path / "busy")], "not an earlier `lorasmith merge` output"))
    no_adapter = _copy_run(run_dir, tmp_path / "no-adapter")
    (no_adapter / "adapter" / "adapter_model.safetensors").unlink()
    cases.append((["merge", str(no_adapter), "--out", str(tmp_path / "o3")], "adapter_model.safetensors: missing"))
    for argv, message in cases:
        assert main(argv) == 2, argv
        err = capsys.readouterr().err
        assert len(_messages(err)) == 1 and message in _messages(err)[0] and "Traceback" not in err
    assert (tmp_path / "busy" / "notes.txt").read_text() == "mine"


def test_changed_base_is_refused(run_dirs, tmp_path, capsys):
    from safetensors.torch import load_file, save_file

    model_dir, run_dir = run_dirs
    base = tmp_path / "base"
    shutil.copytree(model_dir, base)
    run = _copy_run(run_dir, tmp_path / "run")
    info = json.loads((run / "run.json").read_text())
    info["base_model"]["path"] = str(base)
    (run / "run.json").write_text(json.dumps(info))
    weights = load_file(base / "model.safetensors")
    weights["model.norm.weight"] = weights["model.norm.weight"] * 2
    save_file(weights, base / "model.safetensors", metadata={"format": "pt"})
    assert main(["merge", str(run), "--out", str(tmp_path / "o")]) == 2
    err = capsys.readouterr().err
    assert "differ from the ones this adapter was trained on" in err and not (tmp_path / "o").exists()


def test_check_rows_follow_a_moved_run_or_fall_back_to_built_in_prompts(run_dirs, tmp_path):
    run = _copy_run(run_dirs[1], tmp_path / "moved")
    info = json.loads((run / "run.json").read_text())
    shutil.copytree(info["data"]["folder"], run / "data")
    info["config"]["output"], info["data"]["folder"] = "runs/x", "runs/x/data"  # recorded relative to another cwd
    (run / "run.json").write_text(json.dumps(info))
    assert M.load_merged(run).report["rows_source"] == str(run / "data" / "val.jsonl")
    info["data"]["folder"] = str(tmp_path / "gone")
    (run / "run.json").write_text(json.dumps(info))
    merged = M.load_merged(run)
    assert merged.report["rows_source"].startswith("built-in prompts") and merged.rows == M.FALLBACK_PROMPTS
