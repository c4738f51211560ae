"""`lorasmith generate` / `chat` on a tiny full-precision LoRA run: same tokens as plain PEFT, batching, CLI."""

import io
import json
import shutil

import pytest
import torch

from lorasmith.cli import main
from lorasmith.config import load_config
from lorasmith.generate import conversation_ids, decode_response, generate
from lorasmith.templates import TEMPLATES, encode_prompt
from tests.conftest import tiny_overrides, write_data_dir

PROMPT_ROWS = [
    {"instruction": "Add two numbers.", "input": "a = 2, b = 3"},
    {"instruction": "Print hello.", "input": ""},
    {"instruction": "Name a sorting algorithm that is stable and runs in n log n.", "input": ""},
    {"instruction": "Square.", "input": "x"},
    {"instruction": "Join words with a space between each of them.", "input": "['a', 'b', 'c']"},
]


pytestmark = pytest.mark.usefixtures("one_torch_thread")


@pytest.fixture(scope="module")
def lora_run(tiny_model_dir, tmp_path_factory):
    """A finished run on a full-precision base: plain PEFT loading then sees exactly our model."""
    from lorasmith.train import train

    root = tmp_path_factory.mktemp("gen")
    data = write_data_dir(root / "data")
    # a small learning rate: the adapter changes the greedy text without collapsing it to end-of-sequence
    train(load_config(None, tiny_overrides(tiny_model_dir, data, root / "run",
                                           **{"model.load_in_4bit": False, "train.lr": 2e-3})))
    return root / "run"


@pytest.fixture(scope="module")
def loaded(lora_run):
    from lorasmith.inference import load_run

    return load_run(lora_run)


def _plain_peft_greedy(base_dir, adapter_dir, prompt_text: str, max_new_tokens: int) -> str:
    from peft import PeftModel
    from transformers import AutoModelForCausalLM, AutoTokenizer

    tok = AutoTokenizer.from_pretrained(str(adapter_dir))
    model = PeftModel.from_pretrained(AutoModelForCausalLM.from_pretrained(str(base_dir)), str(adapter_dir)).eval()
    ids = torch.tensor([tok(prompt_text)["input_ids"]])
    with torch.no_grad():
        out = model.generate(input_ids=ids, attention_mask=torch.ones_like(ids), max_new_tokens=max_new_tokens,
                             do_sample=False, pad_token_id=tok.pad_token_id, eos_token_id=tok.eos_token_id)
    new = out[0, ids.shape[1]:].tolist()
    if tok.eos_token_id in new:
        new = new[: new.index(tok.eos_token_id)]
    return tok.decode(new, skip_special_tokens=True)


def test_generate_matches_plain_peft_loading(lora_run, loaded, tiny_model_dir):
    rows = PROMPT_ROWS[:2]
    ours = generate(loaded, rows, max_new_tokens=12)
    texts = [  # the default template, written out by hand
        "### Instruction:\nAdd two numbers.\n\n### Input:\na = 2, b = 3\n\n### Response:\n",
        "### Instruction:\nPrint hello.\n\n### Response:\n",
    ]
    theirs = [_plain_peft_greedy(tiny_model_dir, lora_run / "adapter", t, 12) for t in texts]
    assert ours == theirs
    assert all(ours)
    with loaded.model.disable_adapter():
        base = generate(loaded, rows, max_new_tokens=12)
    assert base != ours  # the adapter really is applied


def test_batched_generate_equals_one_by_one(loaded):
    batched = generate(loaded, PROMPT_ROWS, max_new_tokens=10, batch_size=3)
    single = [generate(loaded, [r], max_new_tokens=10, batch_size=1)[0] for r in PROMPT_ROWS]
    assert batched == single
    assert len(set(batched)) > 1  # different prompts, different answers: the order was kept


def test_decode_response_stops_at_eos(tiny_tokenizer):
    ids = tiny_tokenizer("abc", add_special_tokens=False)["input_ids"]
    tail = tiny_tokenizer("zz", add_special_tokens=False)["input_ids"]
    eos = tiny_tokenizer.eos_token_id
    assert decode_response(tiny_tokenizer, ids + [eos] + tail + [eos]) == "abc"
    assert decode_response(tiny_tokenizer, ids + tail) == "abczz"
    assert decode_response(tiny_tokenizer, [eos]) == ""


def test_cli_generate_one_instruction_and_a_file(lora_run, loaded, tmp_path, capsys):
    rc = main(["generate", str(lora_run), "--instruction", "Print hello.", "--max-new-tokens", "8"])
    assert rc == 0
    expected = generate(loaded, [{"instruction": "Print hello."}], max_new_tokens=8)[0]
    assert capsys.readouterr().out == expected + "\n"

    rows_file, out = tmp_path / "rows.jsonl", tmp_path / "out" / "answers.jsonl"
    rows_file.write_text("".join(json.dumps(r) + "\n" for r in PROMPT_ROWS[:3]))
    rc = main(["generate", str(lora_run), "--file", str(rows_file), "--out", str(out), "--batch-size", "2",
               "--max-new-tokens", "8"])
    assert rc == 0
    written = [json.loads(line) for line in out.read_text().splitlines()]
    assert [(w["instruction"], w["input"]) for w in written] == [(r["instruction"], r["input"]) for r in PROMPT_ROWS[:3]]
    assert [w["response"] for w in written] == generate(loaded, PROMPT_ROWS[:3], max_new_tokens=8)
    assert not [p for p in out.parent.iterdir() if p.name != out.name]  # no temporary file left


def _one_line_error(capsys, *needles):
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1 and "Traceback" not in err, err
    for needle in needles:
        assert needle in err, err


def test_generate_bad_input_is_one_line_exit_2(lora_run, tmp_path, capsys):
    assert main(["generate", str(tmp_path / "nope"), "--instruction", "x"]) == 2
    _one_line_error(capsys, "run directory not found")

    incomplete = tmp_path / "incomplete"
    incomplete.mkdir()
    shutil.copy(lora_run / "run.json", incomplete / "run.json")
    assert main(["generate", str(incomplete), "--instruction", "x"]) == 2
    _one_line_error(capsys, "adapter")

    bad = tmp_path / "bad.jsonl"
    bad.write_text(json.dumps({"instruction": "ok"}) + "\n{not json\n")
    assert main(["generate", str(lora_run), "--file", str(bad)]) == 2
    _one_line_error(capsys, f"{bad}:2")

    assert main(["generate", str(lora_run)]) == 2
    _one_line_error(capsys, "--instruction")
    assert main(["generate", str(lora_run), "--instruction", "x", "--temperature", "-1"]) == 2
    _one_line_error(capsys, "--temperature")


def test_sampling_is_reproducible_with_a_seed(loaded):
    def sample(seed):
        torch.manual_seed(seed)
        return generate(loaded, PROMPT_ROWS[:2], max_new_tokens=10, temperature=1.5)

    assert sample(3) == sample(3)
    assert sample(3) != sample(4)


@pytest.mark.parametrize("name, expected", [
    ("default", "### Instruction:\nUser: hello\nAssistant: hi there\n\nUser: and now?\n\n### Response:\n"),
    ("chat", "<|user|>\nhello</s>\n<|assistant|>\nhi there</s>\n<|user|>\nand now?</s>\n<|assistant|>\n"),
])
def test_conversation_follows_the_template(tiny_tokenizer, name, expected):
    """A text template folds earlier turns into the instruction; a chat template uses the tokenizer's own."""
    template = TEMPLATES[name]
    assert conversation_ids(template, tiny_tokenizer, [], "hello") == encode_prompt(template, tiny_tokenizer, "hello")
    ids = conversation_ids(template, tiny_tokenizer, [("hello", "hi there")], "and now?")
    assert tiny_tokenizer.decode(ids) == expected


def test_chat_streams_replies_resets_and_ends_on_eof(loaded, capsys):
    from lorasmith.generate import chat

    lines = iter(["hello", "", "/reset", "Print hello."])

    def read(prompt):
        try:
            return next(lines)
        except StopIteration:
            raise EOFError from None

    assert chat(loaded, max_new_tokens=6, read=read) == 0
    out = capsys.readouterr().out
    assert out.count("assistant> ") == 2
    assert "(conversation cleared)" in out
    # after /reset the second question is asked alone, so its streamed reply is the one-shot answer
    assert generate(loaded, [{"instruction": "Print hello."}], max_new_tokens=6)[0] in out


def test_cli_chat_exits_cleanly_on_end_of_input(lora_run, monkeypatch, capsys):
    monkeypatch.setattr("sys.stdin", io.StringIO("hello\n"))
    assert main(["chat", str(lora_run), "--max-new-tokens", "4"]) == 0
    assert "assistant> " in capsys.readouterr().out
    monkeypatch.setattr("sys.stdin", io.StringIO("/exit\nnever read\n"))
    assert main(["chat", str(lora_run)]) == 0
    assert "assistant> " not in capsys.readouterr().out
