"""Fixtures: a tiny randomly initialised Llama model and a byte-level tokenizer, built offline in seconds."""

from __future__ import annotations

import json
import os

import pytest
import torch

# Nothing in the tests may reach a model or dataset hub.
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
os.environ.setdefault("HF_DATASETS_OFFLINE", "1")
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
# Without CUDA the fast path's Triton kernels run in Triton's interpreter. The switch is read when triton is first
# imported, and transformers or bitsandbytes may import it before any kernel module does.
if not torch.cuda.is_available():
    os.environ.setdefault("TRITON_INTERPRET", "1")

CHAT_TEMPLATE = (
    "{% for m in messages %}<|{{ m['role'] }}|>\n{{ m['content'] }}{{ eos_token }}\n{% endfor %}"
    "{% if add_generation_prompt %}<|assistant|>\n{% endif %}"
)


def pytest_collection_modifyitems(config, items):
    if torch.cuda.is_available():
        return
    skip = pytest.mark.skip(reason="needs CUDA (run through the device tool)")
    for item in items:
        if "gpu" in item.keywords:
            item.add_marker(skip)


def make_tokenizer():
    """Byte-level BPE with no merges: every byte is a token, plus <s>, </s>, <pad>."""
    from tokenizers import Tokenizer, decoders, models, pre_tokenizers
    from transformers import PreTrainedTokenizerFast

    alphabet = pre_tokenizers.ByteLevel.alphabet()
    vocab = {"<pad>": 0, "<s>": 1, "</s>": 2}
    for ch in sorted(alphabet):
        vocab[ch] = len(vocab)
    tok = Tokenizer(models.BPE(vocab=vocab, merges=[]))
    tok.pre_tokenizer = pre_tokenizers.ByteLevel(add_prefix_space=False)
    tok.decoder = decoders.ByteLevel()
    fast = PreTrainedTokenizerFast(tokenizer_object=tok, bos_token="<s>", eos_token="</s>", pad_token="<pad>")
    fast.chat_template = CHAT_TEMPLATE
    return fast


@pytest.fixture(scope="session")
def tiny_tokenizer():
    return make_tokenizer()


def make_tiny_model_dir(path, seed: int = 0, hidden: int = 64):
    from transformers import LlamaConfig, LlamaForCausalLM

    tok = make_tokenizer()
    cfg = LlamaConfig(vocab_size=len(tok), hidden_size=hidden, intermediate_size=2 * hidden, num_hidden_layers=2,
                      num_attention_heads=4, num_key_value_heads=2, max_position_embeddings=512,
                      bos_token_id=1, eos_token_id=2, pad_token_id=0, tie_word_embeddings=False)
    torch.manual_seed(seed)
    model = LlamaForCausalLM(cfg)
    model.save_pretrained(path, safe_serialization=True)
    tok.save_pretrained(path)
    return str(path)


@pytest.fixture(scope="session")
def tiny_model_dir(tmp_path_factory):
    return make_tiny_model_dir(tmp_path_factory.mktemp("tiny-llama"))


ROWS = [
    {"instruction": "Add two numbers.", "input": "a = 2, b = 3", "output": "a + b == 5"},
    {"instruction": "Reverse a string in Python.", "input": "", "output": "Use slicing: s[::-1]"},
    {"instruction": "Name a sorting algorithm.", "input": "", "output": "Merge sort."},
    {"instruction": "What does len do?", "input": "len('abc')", "output": "It returns 3."},
    {"instruction": "Square a number.", "input": "x = 4", "output": "x * x is 16"},
    {"instruction": "Print hello.", "input": "", "output": "print('hello')"},
    {"instruction": "Join words.", "input": "['a', 'b']", "output": "' '.join(words)"},
    {"instruction": "Is 7 prime?", "input": "", "output": "Yes, 7 is prime."},
]


def write_data_dir(path, n_train: int = 16, n_val: int = 4):
    path.mkdir(parents=True, exist_ok=True)
    rows = [dict(r, output=f"{r['output']} ({i})") for i, r in enumerate(ROWS * 4)]
    (path / "train.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows[:n_train]))
    (path / "val.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows[n_train:n_train + n_val]))
    return path


@pytest.fixture
def tiny_data_dir(tmp_path):
    return write_data_dir(tmp_path / "data")


def tiny_overrides(model_dir, data_dir, out_dir, **extra) -> list[str]:
    """Config overrides for a seconds-long CPU run on the tiny model."""
    base = {
        "model.name": model_dir, "data.path": str(data_dir), "output": str(out_dir),
        "model.compute_dtype": "float32", "lora.r": 4, "lora.alpha": 8, "data.max_tokens": 256,
        "train.max_steps": 4, "train.batch_size": 4, "train.logging_steps": 1, "train.save_steps": 2,
        "train.gradient_checkpointing": False, "train.lr": 1e-2, "train.warmup_ratio": 0.0,
    }
    base.update(extra)
    return [f"{k}={v}" for k, v in base.items()]


@pytest.fixture
def long_rows(monkeypatch):
    """Short rows count as long for the variable-length attention (varlen.DENSE_MAX), so tiny batches take it."""
    from lorasmith.fast import varlen

    monkeypatch.setattr(varlen, "DENSE_MAX", 16)


@pytest.fixture(scope="module")
def one_torch_thread():
    """Tiny matmuls gain nothing from a second thread, and on a busy shared CPU its spin-waits cost 100x."""
    before = torch.get_num_threads()
    torch.set_num_threads(1)
    yield
    torch.set_num_threads(before)


def lora_model(tiny_model_dir, tiny_data_dir, out, **overrides):
    """The tiny model with LoRA adapters as `train` builds it, lora_B drawn at random (see build_lora)."""
    from lorasmith.config import load_config

    return build_lora(load_config(None, tiny_overrides(tiny_model_dir, tiny_data_dir, out, **overrides)), tiny_model_dir)


def build_lora(cfg, model_dir):
    """`build_model` with a fixed seed and lora_B drawn at random: B starts at zero, which would hide every mistake
    in the adapter's path."""
    from lorasmith.train import build_model

    torch.manual_seed(0)
    model = build_model(cfg, model_dir)
    with torch.no_grad():
        torch.manual_seed(1)
        for n, p in model.named_parameters():
            if "lora_B" in n:
                p.normal_(0, 0.05)
    return model
