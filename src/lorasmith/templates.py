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
