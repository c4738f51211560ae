"""`lorasmith export`: GGUF files read back by transformers, llama.cpp's layout, the Modelfile, refusals."""

import json
import re

import numpy as np
import pytest
import torch

from lorasmith import export as E
from lorasmith.cli import main
from lorasmith.errors import UserError
from lorasmith.merge import text_chat_template
from lorasmith.templates import encode_prompt, format_prompt, get_template
from tests.conftest import ROWS, make_tokenizer
from tests.unit.lora_runs import bpe_run, make_bpe_tokenizer, make_model_dir


@pytest.fixture(scope="module")
def run_dirs(tmp_path_factory):
    return bpe_run(tmp_path_factory)


def _messages(err: str) -> list[str]:
    return [line for line in err.splitlines() if line.startswith("lorasmith")]


def _reference_logits(model_dir, run_dir, ids):
    from peft import PeftModel
    from transformers import AutoModelForCausalLM

    base = AutoModelForCausalLM.from_pretrained(model_dir, dtype=torch.float32)
    with torch.no_grad():
        return PeftModel.from_pretrained(base, f"{run_dir}/adapter").eval()(input_ids=torch.tensor([ids])).logits[0]


@pytest.mark.parametrize("qtype", ["f16", "q8_0"])
def test_gguf_round_trip(run_dirs, tmp_path, qtype):
    from gguf import GGMLQuantizationType as Q
    from gguf import GGUFReader
    from transformers import AutoModelForCausalLM

    from lorasmith.models import load_tokenizer

    model_dir, run_dir = run_dirs
    path = tmp_path / "out" / f"model-{qtype}.gguf"
    assert main(["export", run_dir, "--gguf", str(path), "--type", qtype]) == 0
    assert sorted(p.name for p in path.parent.iterdir()) == sorted(
        [path.name, f"model-{qtype}.Modelfile", f"model-{qtype}.lorasmith_export.json"])  # no temporary left

    report = json.loads(path.with_name(f"model-{qtype}.lorasmith_export.json").read_text())
    assert report["measured"]["gguf_vs_merged_max_abs"] <= report["tolerance"]["gguf_abs"]
    assert report["tolerance"]["rtol"] == E.TYPES[qtype]["rtol"] and report["measured"]["tokenizer_ids_equal"]

    reader = GGUFReader(str(path))
    types = {t.name: t.tensor_type for t in reader.tensors}
    assert len(types) == 2 * 9 + 3  # 2 layers x 9 tensors + token_embd, output_norm, output
    want_2d = Q.F16 if qtype == "f16" else Q.Q8_0
    assert types["blk.1.attn_q.weight"] == types["token_embd.weight"] == types["output.weight"] == want_2d
    assert types["blk.0.attn_norm.weight"] == types["output_norm.weight"] == Q.F32
    field = lambda k: reader.fields[k].contents()  # noqa: E731
    assert field("general.architecture") == "llama" and field("llama.block_count") == 2
    assert field("llama.attention.head_count") == 4 and field("llama.attention.head_count_kv") == 2
    run_tok = load_tokenizer(f"{run_dir}/adapter")
    assert field("tokenizer.ggml.model") == "gpt2" and field("tokenizer.ggml.pre") == "gpt-2"
    assert field("tokenizer.ggml.tokens") == run_tok.convert_ids_to_tokens(list(range(len(run_tok))))
    assert field("tokenizer.ggml.eos_token_id") == run_tok.eos_token_id
    assert field("tokenizer.chat_template") == text_chat_template(get_template("default"))

    # Independently of export's own check: transformers' reader against unmerged base + adapter.
    folder = path.parent
    gguf_tok = E.gguf_tokenizer(folder, path.name, E.read_metadata(path))
    gguf_model = AutoModelForCausalLM.from_pretrained(str(folder), gguf_file=path.name, dtype=torch.float32).eval()
    tpl = get_template("default")
    for row in ROWS[:3]:
        ids = encode_prompt(tpl, run_tok, row["instruction"], row["input"])
        assert encode_prompt(tpl, gguf_tok, row["instruction"], row["input"]) == ids
        with torch.no_grad():
            got = gguf_model(input_ids=torch.tensor([ids])).logits[0]
        want = _reference_logits(model_dir, run_dir, ids)
        assert (got - want).abs().max().item() <= E.TYPES[qtype]["rtol"] * want.abs().max().item()


@pytest.mark.parametrize("qtype", ["f16", "q8_0"])
def test_missing_rope_permutation_is_caught_and_file_removed(run_dirs, tmp_path, monkeypatch, capsys, qtype):
    monkeypatch.setattr(E, "rope_rows_to_ggml", lambda w, n_head: w)
    path = tmp_path / "bad.gguf"
    assert main(["export", run_dirs[1], "--gguf", str(path), "--type", qtype]) == 1
    msgs = _messages(capsys.readouterr().err)
    assert len(msgs) == 1 and "differ from the merged model" in msgs[0] and "file removed" in msgs[0]
    assert list(tmp_path.iterdir()) == []


def test_unsupported_type_lists_the_supported_ones(tmp_path, capsys):
    assert main(["export", str(tmp_path / "run"), "--gguf", str(tmp_path / "m.gguf"), "--type", "q4_0"]) == 2
    msgs = _messages(capsys.readouterr().err)
    assert len(msgs) == 1 and "q4_0" in msgs[0] and "f16, q8_0" in msgs[0]


def test_bad_paths_and_runs_exit_2(run_dirs, tmp_path, capsys):
    for argv, message in [
        (["export", str(tmp_path / "nope"), "--gguf", str(tmp_path / "m.gguf")], "run directory not found"),
        (["export", run_dirs[1], "--gguf", str(tmp_path / "m.bin")], "must end in .gguf"),
        (["export", run_dirs[1], "--gguf", str(tmp_path)], "is a folder"),
    ]:
        assert main(argv) == 2
        msgs = _messages(capsys.readouterr().err)
        assert len(msgs) == 1 and message in msgs[0]


def _ggml_rope(x, theta):
    """llama.cpp's rotation: adjacent pairs (2i, 2i+1) turned by angle theta_i."""
    out = x.clone()
    cos, sin = torch.cos(theta), torch.sin(theta)
    out[..., 0::2] = x[..., 0::2] * cos - x[..., 1::2] * sin
    out[..., 1::2] = x[..., 0::2] * sin + x[..., 1::2] * cos
    return out


def test_rope_row_order_makes_llama_cpp_rotation_equal_transformers():
    from transformers.models.llama.modeling_llama import rotate_half

    n_head, d, hidden = 3, 8, 12
    torch.manual_seed(0)
    w, x = torch.randn(n_head * d, hidden), torch.randn(hidden)
    theta = torch.rand(d // 2) * 3
    q_hf = (w @ x).view(n_head, d)
    cos, sin = torch.cos(torch.cat([theta, theta])), torch.sin(torch.cat([theta, theta]))
    hf_rotated = q_hf * cos + rotate_half(q_hf) * sin
    w_ggml = torch.from_numpy(E.rope_rows_to_ggml(w.numpy(), n_head))
    ggml_rotated = _ggml_rope((w_ggml @ x).view(n_head, d), theta)
    # same vectors up to the per-head row order, so every attention score is the same
    hf_in_ggml_order = torch.from_numpy(E.rope_rows_to_ggml(hf_rotated.reshape(-1, 1).numpy(), n_head))
    assert torch.allclose(ggml_rotated, hf_in_ggml_order.view(n_head, d), atol=1e-5)
    assert not torch.allclose(ggml_rotated, _ggml_rope(q_hf, theta), atol=1e-3)  # without reordering it differs


def test_tokenizer_without_merges_is_refused():
    with pytest.raises(UserError, match="no BPE merges") as exc:
        E.tokenizer_metadata(make_tokenizer(), get_template("default"), {}, 259)
    assert exc.value.code == 2


def test_non_llama_architecture_is_refused():
    from transformers import LlamaConfig, Qwen2Config

    E.check_llama(LlamaConfig())
    with pytest.raises(UserError, match="plain Llama-architecture"):
        E.check_llama(Qwen2Config())
    with pytest.raises(UserError, match="rope scaling"):
        E.check_llama(LlamaConfig(rope_scaling={"rope_type": "linear", "factor": 2.0}))


def _sentencepiece_style_tokenizer():
    """Byte-fallback BPE over '▁'-marked words with BOS added, like the Llama 2 / TinyLlama tokenizers."""
    from tokenizers import Tokenizer, models, pre_tokenizers, trainers
    from transformers import LlamaTokenizer

    tok = Tokenizer(models.BPE(unk_token="<unk>", byte_fallback=True))
    tok.pre_tokenizer = pre_tokenizers.Metaspace(replacement="\u2581", prepend_scheme="first", split=False)
    specials = ["<unk>", "<s>", "</s>"] + [f"<0x{i:02X}>" for i in range(256)]
    tok.train_from_iterator([f"{r['instruction']}\n{r['input']}\n{r['output']}" for r in ROWS] * 3,
                            trainers.BpeTrainer(vocab_size=380, special_tokens=specials, show_progress=False))
    spec = json.loads(tok.to_str())["model"]
    merges = [tuple(m) if isinstance(m, list) else tuple(m.split(" ")) for m in spec["merges"]]
    return LlamaTokenizer(vocab=spec["vocab"], merges=merges, add_bos_token=True)


def test_sentencepiece_style_tokenizer_round_trips(tmp_path):
    from transformers import AutoModelForCausalLM

    tok = _sentencepiece_style_tokenizer()
    assert tok("Add")["input_ids"][0] == tok.bos_token_id
    model = AutoModelForCausalLM.from_pretrained(make_model_dir(tmp_path / "m", tok))
    meta = E.tokenizer_metadata(tok, get_template("default"), {}, model.config.vocab_size)
    assert meta["model"] == "llama" and meta["add_bos"] and meta["types"][tok.convert_tokens_to_ids("<0x41>")] == 6
    path = tmp_path / "spm.gguf"
    E.write_gguf(path, model, meta, "f16", "test")
    back = E.gguf_tokenizer(tmp_path, path.name, E.read_metadata(path))
    tpl = get_template("default")
    for row in ROWS:
        want = encode_prompt(tpl, tok, row["instruction"], row["input"])
        assert want[0] == tok.bos_token_id and encode_prompt(tpl, back, row["instruction"], row["input"]) == want


def _render_go(template: str, prompt: str, system: str = "") -> str:
    """Enough of Go's text/template for the Modelfiles we write: one if/else on .System, .Prompt, up to .Response."""
    text = re.sub(r"\{\{ if \.System \}\}(.*?)\{\{ else \}\}(.*?)\{\{ end \}\}",
                  lambda m: m.group(1) if system else m.group(2), template, flags=re.S)
    text = text.split("{{ .Response }}")[0]
    return text.replace("{{ .System }}", system).replace("{{ .Prompt }}", prompt).replace('{{ "{{" }}', "{{")


def _modelfile_parts(text: str) -> tuple[str, list[str]]:
    body = re.search(r'TEMPLATE """(.*?)"""', text, flags=re.S).group(1)
    return body, re.findall(r"^PARAMETER stop (.+)$", text, flags=re.M)


@pytest.mark.parametrize("name", ["default", "alpaca"])
def test_modelfile_renders_the_text_training_prompt(name):
    tok = make_bpe_tokenizer()
    tpl = get_template(name)
    text = E.ollama_modelfile("m.gguf", tpl, tok)
    assert "\nFROM ./m.gguf\n" in text
    body, stops = _modelfile_parts(text)
    assert _render_go(body, "Print {{x}}.") == format_prompt(tpl, tok, "Print {{x}}.")
    assert body.endswith("{{ .Response }}</s>") and stops == ['"</s>"']


def test_modelfile_renders_the_chat_training_prompt_with_and_without_system():
    tok = make_bpe_tokenizer()
    tok.chat_template = (
        "{% if messages[0]['role'] != 'system' %}<|system|>\nBe brief.</s>\n{% endif %}"
        "{% for m in messages %}<|{{ m['role'] }}|>\n{{ m['content'] }}</s>\n{% endfor %}"
        "{% if add_generation_prompt %}<|assistant|>\n{% endif %}")
    tpl = get_template("chat")
    body, stops = _modelfile_parts(E.ollama_modelfile("m.gguf", tpl, tok))
    assert _render_go(body, "Hi") == format_prompt(tpl, tok, "Hi")
    with_system = tok.apply_chat_template([{"role": "system", "content": "S"}, {"role": "user", "content": "Hi"}],
                                          tokenize=False, add_generation_prompt=True)
    assert _render_go(body, "Hi", system="S") == with_system
    assert body.endswith("{{ .Response }}</s>") and stops == ['"</s>"']


def test_q8_0_keeps_rows_that_do_not_split_into_blocks_as_f16(tmp_path):
    from gguf import GGMLQuantizationType as Q
    from gguf import GGUFReader
    from transformers import AutoModelForCausalLM

    tok = make_bpe_tokenizer()
    model = AutoModelForCausalLM.from_pretrained(make_model_dir(tmp_path / "m", tok, hidden=48, tie=True))
    meta = E.tokenizer_metadata(tok, get_template("default"), {}, model.config.vocab_size)
    E.write_gguf(tmp_path / "m.gguf", model, meta, "q8_0", "test")
    types = {t.name: t.tensor_type for t in GGUFReader(str(tmp_path / "m.gguf")).tensors}
    assert "output.weight" not in types  # tied: llama.cpp reuses token_embd
    assert types["blk.0.attn_q.weight"] == Q.F16  # rows of 48 values
    assert types["blk.0.ffn_down.weight"] == Q.Q8_0  # rows of 96 values
    np.testing.assert_equal(sorted(set(types.values())), sorted({Q.F16, Q.Q8_0, Q.F32}))
