"""`lorasmith generate` and `lorasmith chat`: responses from a run's base model + adapter.

Prompts are built with the run's own saved template (`templates.encode_prompt`), so the model is asked in
exactly the form it was trained on. Decoding is greedy unless a temperature above 0 is given, stops at the
tokenizer's end-of-sequence token, and that token is not part of the returned text.

Chat and multi-turn prompts: with a `chat` template the whole conversation goes through the tokenizer's
chat template. With a text template (default, alpaca) the model was trained on single-turn prompts only, so
earlier turns are written as a plain transcript ("User: ..." / "Assistant: ...") in front of the new
message, and all of it becomes the instruction of one single-turn prompt. The first turn is therefore
exactly a training-style prompt. When the conversation outgrows the model's context, the oldest turns go.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from lorasmith.errors import UserError
from lorasmith.rundir import read_jsonl_rows

DEFAULT_MAX_NEW_TOKENS = 256


def add_arguments(verb, p):
    p.add_argument("run_dir", metavar="RUN", help="run directory written by `lorasmith train`")
    if verb == "generate":
        p.add_argument("--instruction", help="the instruction to respond to")
        p.add_argument("--input", default="", help="optional input (context) for the instruction")
        p.add_argument("--file", help="JSONL of rows with 'instruction' (and optional 'input') to respond to in batches")
        p.add_argument("--out", help="with --file: JSONL to write (instruction, input, response); default: stdout")
        p.add_argument("--batch-size", type=int, default=8, help="rows per generate call with --file (default 8)")
    p.add_argument("--max-new-tokens", type=int, default=DEFAULT_MAX_NEW_TOKENS,
                   help=f"longest response in tokens (default {DEFAULT_MAX_NEW_TOKENS})")
    p.add_argument("--temperature", type=float, default=0.0, help="0 (default) is greedy; above 0 samples")
    p.add_argument("--seed", type=int, default=0, help="random seed for sampling (default 0)")
    p.add_argument("--base", action="store_true", help="use the base model alone, adapter switched off")


def run(verb, args) -> int:
    _check_numbers(args)
    if verb == "chat":
        import torch

        from lorasmith.inference import load_run

        loaded = load_run(args.run_dir, adapter=not args.base)
        torch.manual_seed(args.seed)
        return chat(loaded, args.max_new_tokens, args.temperature)
    return _run_generate(args)


def _check_numbers(args) -> None:
    if args.max_new_tokens < 1:
        raise UserError(f"--max-new-tokens must be at least 1, got {args.max_new_tokens}")
    if args.temperature < 0:
        raise UserError(f"--temperature must be 0 (greedy) or more, got {args.temperature}")
    if getattr(args, "batch_size", 1) < 1:
        raise UserError(f"--batch-size must be at least 1, got {args.batch_size}")


def _run_generate(args) -> int:
    import torch

    from lorasmith.inference import load_run
    from lorasmith.rundir import atomic_write_text

    if (args.instruction is None) == (args.file is None):
        raise UserError("give either --instruction TEXT or --file rows.jsonl")
    if args.out and not args.file:
        raise UserError("--out needs --file (a single --instruction prints its response)")
    rows = read_rows(Path(args.file)) if args.file else [{"instruction": args.instruction, "input": args.input or ""}]
    loaded = load_run(args.run_dir, adapter=not args.base)
    torch.manual_seed(args.seed)
    log = _stderr_progress if args.file else None
    responses = generate(loaded, rows, args.max_new_tokens, args.temperature, args.batch_size, log=log)
    if not args.file:
        print(responses[0])
        return 0
    text = "".join(json.dumps({"instruction": r["instruction"], "input": r.get("input") or "", "response": resp},
                              ensure_ascii=False) + "\n" for r, resp in zip(rows, responses))
    if args.out:
        atomic_write_text(Path(args.out), text)
        print(f"lorasmith generate: {len(rows)} responses written to {args.out}", file=sys.stderr)
    else:
        sys.stdout.write(text)
    return 0


def _stderr_progress(done: int, total: int) -> None:
    print(f"lorasmith generate: {done}/{total} rows", file=sys.stderr, flush=True)


def read_rows(path: Path) -> list[dict]:
    """Rows with a string 'instruction' and optional string 'input'; any problem names the file and line."""
    if not path.is_file():
        raise UserError(f"{path}: file not found")
    rows = read_jsonl_rows(path)
    if not rows:
        raise UserError(f"{path}: no rows")
    return rows


# ---------------------------------------------------------------- generation

def generate(loaded, rows: list[dict], max_new_tokens: int = DEFAULT_MAX_NEW_TOKENS, temperature: float = 0.0,
             batch_size: int = 8, log=None) -> list[str]:
    """One response per row ({'instruction', 'input'}), in row order, using `loaded` (inference.Loaded).

    Rows are grouped by prompt length so a batch wastes little on padding; greedy results do not depend on
    the grouping. `log(done, total)` is called after each batch when given.
    """
    from lorasmith.templates import encode_prompt

    tok = loaded.tokenizer
    prompts = [encode_prompt(loaded.template, tok, r["instruction"], r.get("input") or "") for r in rows]
    order = sorted(range(len(prompts)), key=lambda i: len(prompts[i]), reverse=True)
    responses: list[str] = [""] * len(rows)
    for start in range(0, len(order), batch_size):
        idx = order[start:start + batch_size]
        new = generate_ids(loaded.model, tok, [prompts[i] for i in idx], max_new_tokens, temperature)
        for i, ids in zip(idx, new):
            responses[i] = decode_response(tok, ids)
        if log is not None:
            log(min(start + batch_size, len(order)), len(order))
    return responses


def generate_ids(model, tokenizer, prompts: list[list[int]], max_new_tokens: int, temperature: float = 0.0,
                 streamer=None) -> list[list[int]]:
    """The new token ids for each prompt, generated together with left padding."""
    import torch

    pad = tokenizer.pad_token_id if tokenizer.pad_token_id is not None else tokenizer.eos_token_id
    width = max(len(p) for p in prompts)
    input_ids = torch.tensor([[pad] * (width - len(p)) + list(p) for p in prompts], dtype=torch.long)
    mask = torch.tensor([[0] * (width - len(p)) + [1] * len(p) for p in prompts], dtype=torch.long)
    device = next(model.parameters()).device
    kwargs = dict(max_new_tokens=max_new_tokens, eos_token_id=tokenizer.eos_token_id, pad_token_id=pad,
                  use_cache=True, streamer=streamer)
    if temperature > 0:
        kwargs.update(do_sample=True, temperature=temperature)
    else:
        kwargs.update(do_sample=False)
    # no_grad rather than inference_mode: tensors cached during inference_mode could not join a later
    # training step in the same process.
    with torch.no_grad():
        out = model.generate(input_ids=input_ids.to(device), attention_mask=mask.to(device), **kwargs)
    return [row[width:].tolist() for row in out.cpu()]


def decode_response(tokenizer, ids: list[int]) -> str:
    """Text of the generated ids up to (not including) the first end-of-sequence token."""
    eos = tokenizer.eos_token_id
    if eos in ids:
        ids = ids[: ids.index(eos)]
    return tokenizer.decode(ids, skip_special_tokens=True)


# ---------------------------------------------------------------- chat

def conversation_ids(template, tokenizer, history: list[tuple[str, str]], message: str) -> list[int]:
    """Prompt tokens for `message` after the (user, assistant) turns in `history` (see the module docstring)."""
    from lorasmith.templates import encode_prompt

    if not history:
        return encode_prompt(template, tokenizer, message, "")
    if template.kind == "chat":
        msgs = []
        for user, reply in history:
            msgs += [{"role": "user", "content": user}, {"role": "assistant", "content": reply}]
        msgs.append({"role": "user", "content": message})
        text = tokenizer.apply_chat_template(msgs, tokenize=False, add_generation_prompt=True)
        return tokenizer(text, add_special_tokens=False)["input_ids"]
    transcript = "\n\n".join(f"User: {user}\nAssistant: {reply}" for user, reply in history)
    return encode_prompt(template, tokenizer, f"{transcript}\n\nUser: {message}", "")


def _context_limit(model) -> int:
    cfg = getattr(model, "config", None)
    return int(getattr(cfg, "max_position_embeddings", 0) or 2048)


def chat(loaded, max_new_tokens: int = DEFAULT_MAX_NEW_TOKENS, temperature: float = 0.0, read=input) -> int:
    """Interactive loop: streams each reply; /reset forgets the conversation, /exit or end of input quits."""
    from transformers import TextStreamer

    tok, template = loaded.tokenizer, loaded.template
    limit = _context_limit(loaded.model)
    history: list[tuple[str, str]] = []
    print(f"lorasmith chat: {loaded.run.root} (template '{template.name}'). "
          "/reset starts over, /exit or Ctrl-D quits.", file=sys.stderr)
    while True:
        try:
            line = read("you> ")
        except EOFError:
            print()
            return 0
        message = line.strip()
        if not message:
            continue
        if message in ("/exit", "/quit"):
            return 0
        if message == "/reset":
            history.clear()
            print("(conversation cleared)")
            continue
        ids = conversation_ids(template, tok, history, message)
        while history and len(ids) + max_new_tokens > limit:
            history.pop(0)  # the oldest turn makes room
            ids = conversation_ids(template, tok, history, message)
        print("assistant> ", end="", flush=True)
        streamer = TextStreamer(tok, skip_prompt=True, skip_special_tokens=True)
        new = generate_ids(loaded.model, tok, [ids], max_new_tokens, temperature, streamer=streamer)[0]
        history.append((message, decode_response(tok, new)))
