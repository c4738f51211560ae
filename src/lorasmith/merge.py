"""`lorasmith merge`: fold a run's adapter into a full-precision copy of its base model, checked before writing.

The base is loaded unquantized in float32 even when the adapter was trained on a 4-bit base (QLoRA): the
merged weights are W + B·A·scale in full precision. Before anything is written, the merged model's logits on
a few validation rows must match the unmerged base + adapter (same float32 base), and must differ from the
base alone (an adapter that changes nothing is refused too). `lorasmith export` reuses `load_merged`.
"""

from __future__ import annotations

import json
import os
import sys
from dataclasses import dataclass, field
from pathlib import Path

from lorasmith.errors import UserError
from lorasmith.rundir import RunDir, atomic_dir, atomic_write_json

DTYPES = ("float32", "bfloat16", "float16")
MERGE_FILE = "lorasmith_merge.json"
CHECK_ROWS = 4  # validation rows whose logits are compared
CHECK_MAX_TOKENS = 128  # each row is cut to this many tokens (prompt + response)
# Tolerances are relative to the logit scale, max |logit| of base + adapter over the checked tokens.
# float32 merging only reorders additions (measured 4e-7 relative on the tiny test model, 2e-6 on SmolLM2-135M),
# so 1e-4 leaves a wide margin without hiding a wrong merge (a 1-step SmolLM2 adapter moves logits by 5%);
# the same bound says "changed nothing" when base and merged logits agree that well.
MERGE_RTOL = 1e-4
# Saving in a 16-bit dtype rounds every weight (bfloat16 keeps 8 bits of mantissa, relative error up to 2^-9
# per weight; measured 0.6% of the logit scale on SmolLM2-135M); 5% catches a wrong tensor, not rounding.
# float16 keeps 11 bits, so 1%; float32 saving is exact.
SAVE_RTOL = {"float32": MERGE_RTOL, "bfloat16": 5e-2, "float16": 1e-2}
FALLBACK_PROMPTS = [  # used only when the run's data folder is gone
    {"instruction": "Write a Python function that squares a number.", "input": "", "output": "def f(x): return x * x"},
    {"instruction": "Explain what this code does.", "input": "print(sum(range(10)))", "output": "It prints 45."},
]


def add_arguments(verb, p):
    p.add_argument("run", metavar="RUN", help="run directory written by `lorasmith train`")
    p.add_argument("--out", required=True, metavar="DIR",
                   help="folder for the merged model (replaced whole if it is an earlier merge)")
    p.add_argument("--dtype", default="float32",
                   help=f"dtype of the saved weights: {', '.join(DTYPES)} (default float32)")


def run(verb, args) -> int:
    result = merge(args.run, args.out, args.dtype)
    m = result["measured"]
    print(f"lorasmith merge: {result['out']} ({result['dtype']}); merged vs base + adapter: max |diff| "
          f"{m['merged_vs_adapter_max_abs']:.3g} <= {result['tolerance']['merge_abs']:.3g}; "
          f"the adapter moves logits by up to {m['merged_vs_base_max_abs']:.3g}")
    return 0


# ---------------------------------------------------------------- loading and checking

@dataclass
class Merged:
    model: object  # the merged float32 model (plain transformers, no PEFT)
    tokenizer: object
    template: object
    run: RunDir
    info: dict  # run.json
    rows: list  # the dataset rows the checks ran on
    ids: list  # their token ids (prompt + response as trained, cut to CHECK_MAX_TOKENS)
    reference: object  # float32 logits of base + adapter (unmerged) on `ids`, concatenated over positions
    merged_logits: object  # the same for the merged model
    report: dict = field(default_factory=dict)  # tolerances and measured differences


def _data_folder(info: dict, run: RunDir) -> Path | None:
    """The run's data folder; one recorded relative to the run's own output is looked up in the run itself."""
    recorded = (info.get("data") or {}).get("folder")
    if not recorded:
        return None
    folder, output = Path(recorded), Path(str(info.get("config", {}).get("output") or ""))
    if not folder.is_dir() and not folder.is_absolute() and str(output) and folder.is_relative_to(output):
        folder = run.root / folder.relative_to(output)  # e.g. RUN/data, moved with the run
    return folder if folder.is_dir() else None


def check_rows(info: dict, run: RunDir, n: int = CHECK_ROWS) -> tuple[list[dict], str]:
    """The first validation rows (else training rows, else built-in prompts), and where they came from."""
    folder = _data_folder(info, run)
    rows, source = [], "built-in prompts (the run's data folder is missing)"
    for name in ("val.jsonl", "train.jsonl"):
        path = (folder or Path()) / name
        if folder is not None and path.is_file():
            with open(path, encoding="utf-8") as f:
                rows = _first_rows(f, n, path)
            if rows:
                source = str(path)
                break
    return rows or FALLBACK_PROMPTS, source


def _first_rows(lines, n: int, path: Path) -> list[dict]:
    rows = []
    for number, line in enumerate(lines, 1):
        if len(rows) == n:
            break
        if line.strip():
            try:
                row = json.loads(line)
            except json.JSONDecodeError:
                raise UserError(f"{path}:{number}: not valid JSON") from None
            if not isinstance(row, dict) or not isinstance(row.get("instruction"), str):
                raise UserError(f"{path}:{number}: needs a string 'instruction'")
            rows.append(row)
    return rows


def row_ids(template, tokenizer, rows: list[dict]) -> list[list[int]]:
    from lorasmith.templates import encode

    return [encode(template, tokenizer, r)["input_ids"][:CHECK_MAX_TOKENS] for r in rows]


def logits_of(model, rows: list[list[int]]):
    """float32 logits of every position of every row, one row per forward (no padding to get wrong)."""
    import torch

    device = next(model.parameters()).device
    with torch.no_grad():
        out = [model(input_ids=torch.tensor([r], device=device)).logits[0].float().cpu() for r in rows]
    return torch.cat(out)


def compare(a, b) -> dict:
    """Differences between two logit tensors of the same tokens: max and mean |a - b|, top-1 agreement."""
    d = (a - b).abs()
    return {"max_abs": float(d.max()), "mean_abs": float(d.mean()),
            "top1_agreement": float((a.argmax(-1) == b.argmax(-1)).float().mean())}


def load_base_fp32(path: str, trust_remote_code: bool):
    import torch
    from transformers import AutoModelForCausalLM

    from lorasmith.models import remote_code_refused, require_safetensors

    require_safetensors(Path(path))
    device = "cuda" if torch.cuda.is_available() else "cpu"
    try:
        model = AutoModelForCausalLM.from_pretrained(path, dtype=torch.float32, device_map={"": device},
                                                     trust_remote_code=trust_remote_code, use_safetensors=True)
    except OSError as exc:
        raise UserError(f"could not load the base model '{path}': {str(exc).splitlines()[0]}") from None
    except ValueError as exc:
        raise remote_code_refused(exc, path) from None
    return model.eval()


def load_merged(run_dir) -> Merged:
    """Base (float32) + adapter -> merged model, after checking merged logits against the unmerged ones."""
    from lorasmith.deps import require
    from lorasmith.inference import base_path
    from lorasmith.models import load_tokenizer

    require("peft", "merging the adapter")
    from peft import PeftModel

    run = RunDir(run_dir)
    info = run.read_run()
    run.require_adapter()
    trust = bool(((info.get("config") or {}).get("model") or {}).get("trust_remote_code", False))
    path = base_path(info)
    tokenizer = load_tokenizer(str(run.adapter), trust)
    template = run.template()
    rows, source = check_rows(info, run)
    ids = row_ids(template, tokenizer, rows)
    peft_model = PeftModel.from_pretrained(load_base_fp32(path, trust), str(run.adapter))
    peft_model.eval()
    with peft_model.disable_adapter():
        base_logits = logits_of(peft_model, ids)
    adapter_logits = logits_of(peft_model, ids)
    model = peft_model.merge_and_unload().eval()
    merged_logits = logits_of(model, ids)
    report = _check(adapter_logits, merged_logits, base_logits, run)
    report.update(rows_checked=len(rows), tokens_checked=sum(len(r) for r in ids), rows_source=source)
    return Merged(model, tokenizer, template, run, info, rows, ids, adapter_logits, merged_logits, report)


def _check(adapter_logits, merged_logits, base_logits, run: RunDir) -> dict:
    import torch

    for name, t in (("base + adapter", adapter_logits), ("merged", merged_logits)):
        if not torch.isfinite(t).all():
            raise UserError(f"{run.adapter}: the {name} model gives non-finite logits; not merging", code=1)
    scale = float(adapter_logits.abs().max())
    tol = MERGE_RTOL * scale
    vs_adapter = compare(merged_logits, adapter_logits)
    vs_base = compare(merged_logits, base_logits)
    report = {
        "tolerance": {"rule": "max |merged - (base + adapter)| <= merge_rtol * logit_scale, and "
                              "max |merged - base| > the same bound", "merge_rtol": MERGE_RTOL,
                      "logit_scale": scale, "merge_abs": tol},
        "measured": {**{f"merged_vs_adapter_{k}": v for k, v in vs_adapter.items()},
                     **{f"merged_vs_base_{k}": v for k, v in vs_base.items()}},
    }
    if vs_adapter["max_abs"] > tol:
        raise UserError(f"{run.adapter}: merged logits differ from base + adapter by {vs_adapter['max_abs']:.3g} "
                        f"> {tol:.3g} ({MERGE_RTOL:g} x logit scale {scale:.3g}); not writing a wrong model", code=1)
    if vs_base["max_abs"] <= tol:
        raise UserError(f"{run.adapter}: merging changed nothing (merged logits within {tol:.3g} of the base model's: "
                        f"max |diff| {vs_base['max_abs']:.3g}); the adapter looks untrained or zero", code=1)
    return report


# ---------------------------------------------------------------- chat template for the text templates

def _jinja_text(fmt: str, names: dict[str, str]) -> str:
    """A format string with {instruction}/{input} as Jinja: literals as string expressions, fields as variables."""
    parts, rest = [], fmt
    while rest:
        hits = [(rest.find("{" + k + "}"), k) for k in names if ("{" + k + "}") in rest]
        if not hits:
            parts.append("{{ " + json.dumps(rest, ensure_ascii=False) + " }}")
            break
        pos, key = min(hits)
        if pos:
            parts.append("{{ " + json.dumps(rest[:pos], ensure_ascii=False) + " }}")
        parts.append("{{ " + names[key] + " }}")
        rest = rest[pos + len(key) + 2:]
    return "".join(parts)


def text_chat_template(template) -> str:
    """A Jinja chat template that renders a user turn exactly as `templates.format_prompt` does.

    The user message is the instruction, then (optionally) a blank line and the input, which is how
    `templates._user_text` joins them for the 'chat' template; a message may instead carry the input in an
    'input' key, for an instruction that itself contains a blank line. The prompt already ends with the
    response header, so add_generation_prompt adds nothing; an assistant turn is its text and EOS.
    """
    fields = {"instruction": "instruction", "input": "input"}
    return (
        "{#- lorasmith: prompt template '" + template.name + "' as trained -#}\n"
        "{%- for message in messages -%}\n"
        "{%- if message['role'] == 'user' -%}\n"
        "{%- if message['input'] is defined -%}"
        "{%- set instruction = message['content'] -%}{%- set input = message['input'] or '' -%}\n"
        "{%- else -%}"
        "{%- set parts = message['content'].split('\\n\\n', 1) -%}"
        "{%- set instruction = parts[0] -%}{%- set input = parts[1] if parts | length > 1 else '' -%}\n"
        "{%- endif -%}\n"
        "{%- if input -%}" + _jinja_text(template.with_input, fields) + "{%- else -%}"
        + _jinja_text(template.without_input, fields) + "{%- endif -%}\n"
        "{%- elif message['role'] == 'assistant' -%}\n"
        "{{ message['content'] }}{{ eos_token }}\n"
        "{%- endif -%}\n"
        "{%- endfor -%}\n"
    )


def training_chat_template(template, tokenizer) -> str | None:
    """The chat template that reproduces the training prompt: the model's own for 'chat', else generated."""
    if template.kind == "chat":
        return tokenizer.chat_template
    return text_chat_template(template)


def user_message(instruction: str, input_text: str = "") -> dict:
    """The chat message for one row, matching `text_chat_template` (and `templates._user_text`)."""
    if input_text and "\n\n" in instruction:
        return {"role": "user", "content": instruction, "input": input_text}
    return {"role": "user", "content": f"{instruction}\n\n{input_text}" if input_text else instruction}


def check_chat_template(tokenizer, template, rows: list[dict], where, reference=None) -> None:
    """The tokenizer's chat template must render each row's prompt exactly as training formatted it
    (with `reference`, the run's own tokenizer, for the 'chat' template)."""
    from lorasmith.templates import format_prompt

    for row in rows:
        instruction, input_text = row["instruction"], row.get("input") or ""
        want = format_prompt(template, reference or tokenizer, instruction, input_text)
        got = tokenizer.apply_chat_template([user_message(instruction, input_text)], add_generation_prompt=True,
                                            tokenize=False)
        if got != want:
            raise UserError(f"{where}: the saved chat template renders {got!r}, training used {want!r}", code=1)


# ---------------------------------------------------------------- writing

def _check_out(out: Path, run: RunDir) -> None:
    """The output folder is replaced whole, so it must not hold the run, nor be anything but an earlier merge."""
    target, root = out.resolve(), run.root.resolve()
    if target == root or target in root.parents:
        raise UserError(f"{out}: would replace the run directory {run.root}; choose another --out")
    if out.exists() and (not out.is_dir() or (any(out.iterdir()) and not (out / MERGE_FILE).is_file())):
        raise UserError(f"{out}: exists and is not an earlier `lorasmith merge` output; choose another --out")


def merge(run_dir, out_dir, dtype: str = "float32", merged: Merged | None = None) -> dict:
    """Merge RUN's adapter into its base and write a transformers model folder; returns lorasmith_merge.json.

    `merged`: a `load_merged(run_dir)` result to reuse; its model is cast to `dtype` in place."""
    import torch

    if dtype not in DTYPES:
        raise UserError(f"--dtype {dtype}: choose one of {', '.join(DTYPES)}")
    out = Path(out_dir)
    _check_out(out, RunDir(run_dir))
    m = merged if merged is not None else load_merged(run_dir)
    chat_template = training_chat_template(m.template, m.tokenizer)
    m.tokenizer.chat_template = chat_template
    model = m.model.to(getattr(torch, dtype))
    _set_special_ids(model, m.tokenizer)
    report = {"run": str(m.run.root), "base_model": m.info.get("base_model", {}).get("id"), "dtype": dtype,
              "template": m.template.name, **m.report}
    with atomic_dir(out) as tmp:
        model.save_pretrained(tmp, safe_serialization=True)
        m.tokenizer.save_pretrained(tmp)
        report["measured"].update(_check_saved(tmp, m, dtype, report))
        report["out"] = str(out)
        atomic_write_json(tmp / MERGE_FILE, report)
        share_like_umask(tmp, *tmp.iterdir())
    print(f"lorasmith merge: wrote {out}", file=sys.stderr)
    return report


def share_like_umask(*paths: Path) -> None:
    """Give files the permissions an ordinary write would: temporary names are created private (0600/0700),
    but a model folder or GGUF file is an artefact to share or serve."""
    mask = os.umask(0)
    os.umask(mask)
    for p in paths:
        os.chmod(p, (0o777 if p.is_dir() else 0o666) & ~mask)


def _set_special_ids(model, tokenizer) -> None:
    """Generation stops where training put the end: the run tokenizer's EOS (and its PAD) go in both configs."""
    for cfg in (model.config, model.generation_config):
        if cfg is None:
            continue
        cfg.eos_token_id = tokenizer.eos_token_id
        cfg.pad_token_id = tokenizer.pad_token_id
        if tokenizer.bos_token_id is not None:
            cfg.bos_token_id = tokenizer.bos_token_id


def _check_saved(folder: Path, m: Merged, dtype: str, report: dict) -> dict:
    """Reload the written folder with plain transformers: logits, tokenizer ids and chat template as trained."""
    import torch
    from transformers import AutoModelForCausalLM, AutoTokenizer

    tok = AutoTokenizer.from_pretrained(folder)
    if row_ids(m.template, tok, m.rows) != m.ids:
        raise UserError(f"{folder}: the saved tokenizer encodes the validation rows differently from the run's", code=1)
    check_chat_template(tok, m.template, m.rows, folder, reference=m.tokenizer)
    device = next(m.model.parameters()).device
    saved = AutoModelForCausalLM.from_pretrained(folder, dtype=torch.float32, device_map={"": device},
                                                 use_safetensors=True).eval()
    diff = compare(logits_of(saved, m.ids), m.reference)
    del saved
    tol = SAVE_RTOL[dtype] * report["tolerance"]["logit_scale"]
    report["tolerance"].update(save_rtol=SAVE_RTOL[dtype], save_abs=tol)
    if not diff["max_abs"] <= tol:
        raise UserError(f"{folder}: the saved {dtype} model's logits differ from base + adapter by "
                        f"{diff['max_abs']:.3g} > {tol:.3g}; nothing written", code=1)
    return {"saved_vs_adapter_max_abs": diff["max_abs"], "saved_vs_adapter_mean_abs": diff["mean_abs"],
            "saved_vs_adapter_top1_agreement": diff["top1_agreement"]}

