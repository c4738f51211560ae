"""Prompt templates, and the one function that turns a row into tokens and a loss mask.

Training, `prepare`'s length filter, `--dry-run`, evaluation and generation all call `encode` /
`encode_prompt`, so the tokens a model is trained on are exactly the tokens it is later prompted with.
A template is plain data (`Template.to_dict`) saved in the run directory, so a run keeps its own template
even if the code's defaults change later.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass

IGNORE_INDEX = -100  # label value that PyTorch's cross-entropy skips


@dataclass(frozen=True)
class Template:
    name: str
    kind: str  # "text": format strings below; "chat": the tokenizer's own chat template
    with_input: str = ""
    without_input: str = ""

    def to_dict(self) -> dict:
        return asdict(self)

    @classmethod
    def from_dict(cls, d: dict) -> "Template":
        return cls(**{k: d[k] for k in ("name", "kind", "with_input", "without_input") if k in d})


TEMPLATES = {
    "default": Template(
        name="default",
        kind="text",
        with_input="### Instruction:\n{instruction}\n\n### Input:\n{input}\n\n### Response:\n",
        without_input="### Instruction:\n{instruction}\n\n### Response:\n",
    ),
    "alpaca": Template(
        name="alpaca",
        kind="text",
        with_input=(
            "Below is an instruction that describes a task, paired with an input that provides further context. "
            "Write a response that appropriately completes the request.\n\n"
            "### Instruction:\n{instruction}\n\n### Input:\n{input}\n\n### Response:\n"
        ),
        without_input=(
            "Below is an instruction that describes a task. "
            "Write a response that appropriately completes the request.\n\n"
            "### Instruction:\n{instruction}\n\n### Response:\n"
        ),
    ),
    "chat": Template(name="chat", kind="chat"),
}


def get_template(name_or_dict) -> Template:
    if isinstance(name_or_dict, Template):
        return name_or_dict
    if isinstance(name_or_dict, dict):
        return Template.from_dict(name_or_dict)
    if name_or_dict not in TEMPLATES:
        from lorasmith.errors import UserError

        raise UserError(f"unknown template '{name_or_dict}'; choose one of: {', '.join(TEMPLATES)}")
    return TEMPLATES[name_or_dict]


def _user_text(instruction: str, input_text: str) -> str:
    return f"{instruction}\n\n{input_text}" if input_text else instruction


def format_prompt(template: Template, tokenizer, instruction: str, input_text: str = "") -> str:
    """The prompt string, up to where the response starts."""
    if template.kind == "chat":
        msgs = [{"role": "user", "content": _user_text(instruction, input_text)}]
        return tokenizer.apply_chat_template(msgs, tokenize=False, add_generation_prompt=True)
    fmt = template.with_input if input_text else template.without_input
    return fmt.replace("{instruction}", instruction).replace("{input}", input_text)


def _completion_text(template: Template, tokenizer, instruction: str, input_text: str, output: str) -> str:
    """The response text that carries loss (without the end-of-sequence token for text templates)."""
    if template.kind != "chat":
        return output
    user = [{"role": "user", "content": _user_text(instruction, input_text)}]
    prompt = tokenizer.apply_chat_template(user, tokenize=False, add_generation_prompt=True)
    full = tokenizer.apply_chat_template(user + [{"role": "assistant", "content": output}], tokenize=False)
    if not full.startswith(prompt):
        raise ValueError("the chat template renders the prompt differently with and without the answer")
    # The template's own end-of-turn marker is trained; trailing newlines after it are not.
    return full[len(prompt):].rstrip("\n")


def _add_special(template: Template) -> bool:
    # Chat templates write their own special tokens; text templates rely on the tokenizer's BOS.
    return template.kind != "chat"


def encode_prompt(template: Template, tokenizer, instruction: str, input_text: str = "") -> list[int]:
    text = format_prompt(template, tokenizer, instruction, input_text)
    return tokenizer(text, add_special_tokens=_add_special(template))["input_ids"]


def encode(template: Template, tokenizer, row: dict) -> dict:
    """Row -> {"input_ids", "labels"}: prompt tokens are IGNORE_INDEX, response and EOS are trained."""
    instruction, input_text, output = row["instruction"], row.get("input") or "", row["output"]
    prompt_ids = encode_prompt(template, tokenizer, instruction, input_text)
    completion = _completion_text(template, tokenizer, instruction, input_text, output)
    completion_ids = tokenizer(completion, add_special_tokens=False)["input_ids"]
    eos = tokenizer.eos_token_id
    if not completion_ids or completion_ids[-1] != eos:
        completion_ids = completion_ids + [eos]
    return {
        "input_ids": prompt_ids + completion_ids,
        "labels": [IGNORE_INDEX] * len(prompt_ids) + list(completion_ids),
    }


def count_tokens(template: Template, tokenizer, row: dict) -> int:
    return len(encode(template, tokenizer, row)["input_ids"])


def _batch_ids(tokenizer, texts: list[str], add_special: bool, fast: bool):
    """Token ids of many texts in one call: sequences of ints (or tokenizers Encodings, which have len and ids)."""
    backend = getattr(tokenizer, "backend_tokenizer", None) if fast else None
    # The Rust tokenizer directly skips the Python wrapper's per-call conversions; truncation or padding set on
    # it would change the counts, so then the wrapper (which turns both off for a plain call) does the work.
    if backend is not None and backend.truncation is None and backend.padding is None:
        return backend.encode_batch(texts, add_special_tokens=add_special)
    return tokenizer(texts, add_special_tokens=add_special)["input_ids"]


def token_lengths_batch(template: Template, tokenizer, rows: list[dict], fast: bool = True) -> list[tuple[int, int]]:
    """(prompt tokens, response tokens incl. EOS) per row, as `encode` counts them, tokenizing in batches."""
    prompts, completions = [], []
    for row in rows:
        instruction, input_text, output = row["instruction"], row.get("input") or "", row["output"]
        prompts.append(format_prompt(template, tokenizer, instruction, input_text))
        completions.append(_completion_text(template, tokenizer, instruction, input_text, output))
    prompt_ids = _batch_ids(tokenizer, prompts, _add_special(template), fast)
    completion_ids = _batch_ids(tokenizer, completions, False, fast)
    eos = tokenizer.eos_token_id
    out = []
    for p, c in zip(prompt_ids, completion_ids):
        n = len(c)
        ends_with_eos = n > 0 and (c.ids[-1] if hasattr(c, "ids") else c[-1]) == eos
        out.append((len(p), n + (0 if ends_with_eos else 1)))
    return out


def count_tokens_batch(template: Template, tokenizer, rows: list[dict], fast: bool = True) -> list[int]:
    """`count_tokens` for many rows at once (same numbers, several times faster)."""
    return [p + c for p, c in token_lengths_batch(template, tokenizer, rows, fast)]
