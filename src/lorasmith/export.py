"""`lorasmith export`: the merged model as one GGUF file for llama.cpp and Ollama, verified by reading it back.

The adapter is merged in float32 exactly as `lorasmith merge` does (same logit checks), then written with the
`gguf` package in llama.cpp's Llama layout: its tensor names, its metadata keys, and its row order for the
query and key projections (llama.cpp rotates adjacent pairs of each head's dimensions, transformers rotates
the two halves). The file is written under a temporary name, loaded back by an independent reader
(transformers' GGUF loader, model and tokenizer), compared with the merged model, and only then renamed
into place. An Ollama Modelfile with the training prompt template is written beside it.
"""

from __future__ import annotations

import json
import os
import shutil
import sys
import tempfile
from pathlib import Path

from lorasmith.errors import UserError
from lorasmith.rundir import atomic_write_json, atomic_write_text

# Logit tolerance per tensor type, relative to the logit scale (max |logit| of the merged model over the checked
# tokens). f16 rounds each weight to 11 significant bits: measured 0.1% of the scale on SmolLM2-135M, so 1% is a
# tenfold margin. q8_0 keeps 8 bits per weight with one scale per block of 32, and the rounding compounds over
# the layers: measured 2.8-4.6% (max) and 0.5% (mean) on SmolLM2-135M, so 15%. Both are far below a broken file
# (without llama.cpp's Q/K row order the logits move by 28% on the tiny test model and ~100% on real ones).
TYPES = {"f16": {"rtol": 1e-2, "file_type": 1}, "q8_0": {"rtol": 0.15, "file_type": 7}}
SUFFIXES = {  # transformers Llama parameter name (after model.layers.N.) -> llama.cpp tensor name (after blk.N.)
    "input_layernorm.weight": "attn_norm.weight",
    "self_attn.q_proj.weight": "attn_q.weight",
    "self_attn.k_proj.weight": "attn_k.weight",
    "self_attn.v_proj.weight": "attn_v.weight",
    "self_attn.o_proj.weight": "attn_output.weight",
    "post_attention_layernorm.weight": "ffn_norm.weight",
    "mlp.gate_proj.weight": "ffn_gate.weight",
    "mlp.up_proj.weight": "ffn_up.weight",
    "mlp.down_proj.weight": "ffn_down.weight",
}
TOP = {"model.embed_tokens.weight": "token_embd.weight", "model.norm.weight": "output_norm.weight",
       "lm_head.weight": "output.weight"}


def add_arguments(verb, p):
    p.add_argument("run", metavar="RUN", help="run directory written by `lorasmith train`")
    p.add_argument("--gguf", required=True, metavar="FILE",
                   help="GGUF file to write (an Ollama Modelfile goes beside it)")
    p.add_argument("--type", default="f16", dest="qtype", metavar="TYPE",
                   help=f"tensor type: {', '.join(TYPES)} (default f16)")


def run(verb, args) -> int:
    r = export_gguf(args.run, args.gguf, args.qtype)
    m = r["measured"]
    print(f"lorasmith export: {r['gguf']} ({r['type']}, {r['bytes'] / 2**20:.1f} MiB); read back with transformers: "
          f"max |logit diff| {m['gguf_vs_merged_max_abs']:.3g} <= {r['tolerance']['gguf_abs']:.3g}, "
          f"tokenizer ids equal; Modelfile: {r['modelfile']}")
    return 0


def check_type(qtype: str) -> None:
    if qtype not in TYPES:
        raise UserError(f"--type {qtype}: not supported; supported types: {', '.join(TYPES)}")


def export_gguf(run_dir, path, qtype: str = "f16", merged=None) -> dict:
    """Merge RUN's adapter, write it as GGUF at `path`, verify it, write the Modelfile; returns the report.

    `merged`: a `merge.load_merged(run_dir)` result to reuse (exporting several types merges only once)."""
    from lorasmith.merge import load_merged, share_like_umask

    check_type(qtype)
    path = Path(path)
    if path.is_dir():
        raise UserError(f"{path}: is a folder; --gguf takes a file name such as {path / 'model.gguf'}")
    if path.suffix != ".gguf":
        raise UserError(f"{path}: the file name must end in .gguf")
    m = merged if merged is not None else load_merged(run_dir)
    check_llama(m.model.config)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{path.stem}.", suffix=".gguf.tmp", dir=path.parent)
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        tok_meta = tokenizer_metadata(m.tokenizer, m.template, m.info, m.model.config.vocab_size)
        write_gguf(tmp, m.model, tok_meta, qtype, name=_model_name(m.info))
        measured = verify(tmp, m, qtype)
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    modelfile = path.with_name(path.stem + ".Modelfile")
    atomic_write_text(modelfile, ollama_modelfile(path.name, m.template, m.tokenizer))
    report = {"run": str(m.run.root), "gguf": str(path), "type": qtype, "bytes": path.stat().st_size,
              "modelfile": str(modelfile), "tokenizer_model": tok_meta["model"], "tokenizer_pre": tok_meta["pre"],
              "merge": m.report,
              "tolerance": {"rule": "max |gguf - merged| <= rtol * logit_scale; tokenizer ids equal",
                            "rtol": TYPES[qtype]["rtol"], "logit_scale": measured.pop("logit_scale"),
                            "gguf_abs": measured.pop("gguf_abs")},
              "measured": measured}
    report_file = path.with_name(path.stem + ".lorasmith_export.json")
    atomic_write_json(report_file, report)
    share_like_umask(path, modelfile, report_file)
    print(f"lorasmith export: wrote {path} and {modelfile.name}", file=sys.stderr)
    return report


def _model_name(info: dict) -> str:
    base = (info.get("base_model") or {}).get("id") or "model"
    return f"{Path(str(base)).name} + lorasmith adapter"


def check_llama(config) -> None:
    """Only the plain Llama layout is written; anything else would load but compute something different."""
    rope = getattr(config, "rope_parameters", None) or getattr(config, "rope_scaling", None) or {}
    problems = []
    if config.model_type != "llama":
        problems.append(f"architecture '{config.model_type}'")
    if getattr(config, "attention_bias", False) or getattr(config, "mlp_bias", False):
        problems.append("bias terms")
    if getattr(config, "hidden_act", "silu") != "silu":
        problems.append(f"activation {config.hidden_act}")
    if rope.get("rope_type", rope.get("type", "default")) not in ("default", None):
        problems.append(f"rope scaling '{rope.get('rope_type', rope.get('type'))}'")
    if problems:
        raise UserError("GGUF export supports plain Llama-architecture models only; "
                        f"this base has {', '.join(problems)}")


# ---------------------------------------------------------------- tokenizer metadata

def _pre_from_source_gguf(info: dict) -> str | None:
    """The llama.cpp pre-tokenizer name of the GGUF the base model was converted from, if it came from one."""
    from lorasmith import models

    base = Path(str((info.get("base_model") or {}).get("path") or ""))
    source = base / "lorasmith_source.json"
    if not source.is_file():
        return None
    name = json.loads(source.read_text(encoding="utf-8")).get("gguf_file")
    candidates = [Path(str(((info.get("config") or {}).get("model") or {}).get("name") or ""))]
    if name == models.EMBEDDED_GGUF:
        try:
            candidates.append(models.embedded_gguf())
        except UserError:
            pass
    for gguf in candidates:
        if gguf.name == name and gguf.is_file():
            return read_metadata(gguf).get("tokenizer.ggml.pre")
    return None


def _pre_from_tokenizer(pre_tok: dict | None) -> str | None:
    """llama.cpp names for the two byte-level pre-tokenizers we can recognise with certainty."""
    if not pre_tok:
        return None
    if pre_tok.get("type") == "ByteLevel" and pre_tok.get("use_regex", True):
        return "gpt-2"
    steps = pre_tok.get("pretokenizers") or []
    if (pre_tok.get("type") == "Sequence" and len(steps) == 2 and steps[0].get("type") == "Digits"
            and steps[0].get("individual_digits") and steps[1].get("type") == "ByteLevel"):
        return "starcoder"  # GPT-2's pattern after splitting every digit
    return None


def _adds_space_prefix(spec: dict, byte_level: bool) -> bool:
    """Whether the tokenizer puts a space before the text (sentencepiece's dummy prefix, ByteLevel's option)."""
    found = []

    def walk(node):
        if isinstance(node, dict):
            if node.get("type") == "Metaspace":
                found.append(node.get("prepend_scheme", "always") != "never" and node.get("add_prefix_space", True))
            elif node.get("type") == "ByteLevel":
                found.append(bool(node.get("add_prefix_space", False)))
            elif node.get("type") == "Prepend":
                found.append(True)
            for v in node.values():
                walk(v)
        elif isinstance(node, list):
            for v in node:
                walk(v)

    walk(spec.get("normalizer"))
    walk(spec.get("pre_tokenizer"))
    return any(found) if found else not byte_level


def tokenizer_metadata(tokenizer, template, info: dict, n_vocab: int) -> dict:
    """Everything GGUF stores about the tokenizer: model kind, tokens, types, merges, special ids, chat template."""
    from gguf import TokenType

    from lorasmith.merge import training_chat_template

    spec = json.loads(tokenizer.backend_tokenizer.to_str())
    model = spec.get("model") or {}
    byte_level = "ByteLevel" in json.dumps(spec.get("pre_tokenizer")) + json.dumps(spec.get("decoder"))
    if model.get("type") != "BPE" or not (byte_level or model.get("byte_fallback")):
        raise UserError(f"tokenizer of type {model.get('type')} without byte-level or byte-fallback BPE: "
                        "GGUF export supports byte-level BPE (gpt2) and sentencepiece-style BPE (llama) tokenizers")
    merges = [m if isinstance(m, str) else " ".join(m) for m in model.get("merges") or []]
    if not merges:
        raise UserError("the tokenizer has no BPE merges; llama.cpp cannot load a BPE vocabulary without them")
    n_tok = len(tokenizer)
    if n_tok > n_vocab:
        raise UserError(f"the tokenizer has {n_tok} tokens but the model only {n_vocab} embeddings")
    tokens = tokenizer.convert_ids_to_tokens(list(range(n_tok)))
    special = set(tokenizer.all_special_ids) | {a["id"] for a in spec.get("added_tokens", []) if a.get("special")}
    added = {a["id"] for a in spec.get("added_tokens", []) if not a.get("special")}
    types = []
    for i, t in enumerate(tokens):
        if i in special:
            types.append(TokenType.CONTROL)
        elif i in added:
            types.append(TokenType.USER_DEFINED)
        elif not byte_level and len(t) == 6 and t.startswith("<0x") and t.endswith(">"):
            types.append(TokenType.BYTE)
        else:
            types.append(TokenType.NORMAL)
    if tokenizer.unk_token_id is not None and not byte_level:
        types[tokenizer.unk_token_id] = TokenType.UNKNOWN
    # Embedding rows beyond the tokenizer (vocabularies padded to a multiple) still need a token each.
    tokens += [f"[PAD{i}]" for i in range(n_tok, n_vocab)]
    types += [TokenType.UNUSED] * (n_vocab - n_tok)
    kind = "gpt2" if byte_level else "llama"
    pre = (_pre_from_source_gguf(info) or _pre_from_tokenizer(spec.get("pre_tokenizer"))) if byte_level else None
    if byte_level and pre is None:
        pre = "default"
        print("lorasmith export: warning: unrecognised pre-tokenizer; llama.cpp will split text with its default "
              "pattern, which may tokenize some text differently from transformers", file=sys.stderr)
    probe = tokenizer("a", add_special_tokens=True)["input_ids"]
    plain = tokenizer("a", add_special_tokens=False)["input_ids"]
    adds_bos = tokenizer.bos_token_id is not None and len(probe) > len(plain) and probe[0] == tokenizer.bos_token_id
    adds_eos = tokenizer.eos_token_id is not None and len(probe) > len(plain) and probe[-1] == tokenizer.eos_token_id
    return {
        "model": kind, "pre": pre, "tokens": tokens, "types": [int(t) for t in types], "merges": merges,
        # scores only order sentencepiece-style merges for llama.cpp; a BPE vocabulary is in merge order
        "scores": None if byte_level else [-float(i) for i in range(n_vocab)],
        "bos": tokenizer.bos_token_id, "eos": tokenizer.eos_token_id, "pad": tokenizer.pad_token_id,
        "unk": tokenizer.unk_token_id,
        # llama.cpp adds BOS before the rendered chat template when this is set; training added it only for
        # the text templates (the 'chat' template writes its own special tokens), so the file says the same.
        "add_bos": bool(adds_bos and template.kind != "chat"), "add_eos": bool(adds_eos),
        "add_space_prefix": _adds_space_prefix(spec, byte_level),
        "chat_template": training_chat_template(template, tokenizer),
    }


# ---------------------------------------------------------------- tensors and file

def rope_rows_to_ggml(w, n_head: int):
    """Reorder q/k projection rows from transformers' rotate-half layout to llama.cpp's adjacent pairs.

    transformers rotates dimension i of a head with dimension i + d/2; llama.cpp rotates 2i with 2i + 1.
    Within each head, row i of the first half becomes row 2i and row i of the second half row 2i + 1.
    """
    out_dim, in_dim = w.shape
    d = out_dim // n_head
    return w.reshape(n_head, 2, d // 2, in_dim).swapaxes(1, 2).reshape(out_dim, in_dim)


def gguf_tensors(model) -> list[tuple[str, object]]:
    """(llama.cpp name, float32 numpy array) for every weight, in file order; refuses unknown parameters."""
    cfg = model.config
    n_head, n_kv = cfg.num_attention_heads, cfg.num_key_value_heads
    state = {k: v.detach().float().cpu().numpy() for k, v in model.state_dict().items()}
    if getattr(cfg, "tie_word_embeddings", False):
        state.pop("lm_head.weight", None)  # llama.cpp reuses token_embd when output.weight is absent
    out = []
    for key in list(state):
        if key in TOP:
            out.append((TOP[key], state.pop(key)))
    for layer in range(cfg.num_hidden_layers):
        for suffix, name in SUFFIXES.items():
            w = state.pop(f"model.layers.{layer}.{suffix}")
            if suffix == "self_attn.q_proj.weight":
                w = rope_rows_to_ggml(w, n_head)
            elif suffix == "self_attn.k_proj.weight":
                w = rope_rows_to_ggml(w, n_kv)
            out.append((f"blk.{layer}.{name}", w))
    if state:
        raise UserError(f"GGUF export: parameters with no llama.cpp name: {', '.join(sorted(state)[:5])}")
    return out


def write_gguf(path: Path, model, tok: dict, qtype: str, name: str) -> None:
    import gguf
    import numpy as np

    cfg = model.config
    head_dim = getattr(cfg, "head_dim", None) or cfg.hidden_size // cfg.num_attention_heads
    rope = getattr(cfg, "rope_parameters", None) or {}
    w = gguf.GGUFWriter(str(path), "llama")
    w.add_name(name)
    w.add_context_length(cfg.max_position_embeddings)
    w.add_embedding_length(cfg.hidden_size)
    w.add_block_count(cfg.num_hidden_layers)
    w.add_feed_forward_length(cfg.intermediate_size)
    w.add_head_count(cfg.num_attention_heads)
    w.add_head_count_kv(cfg.num_key_value_heads)
    w.add_rope_dimension_count(head_dim)
    if head_dim != cfg.hidden_size // cfg.num_attention_heads:
        w.add_key_length(head_dim)
        w.add_value_length(head_dim)
    w.add_rope_freq_base(float(rope.get("rope_theta", getattr(cfg, "rope_theta", 10000.0))))
    w.add_layer_norm_rms_eps(float(cfg.rms_norm_eps))
    w.add_vocab_size(cfg.vocab_size)
    w.add_file_type(TYPES[qtype]["file_type"])
    w.add_quantization_version(gguf.GGML_QUANT_VERSION)
    _add_tokenizer(w, tok)
    for tname, arr in gguf_tensors(model):
        if arr.ndim == 1:
            w.add_tensor(tname, arr.astype(np.float32))  # norms stay float32, as llama.cpp expects
        elif qtype == "q8_0" and arr.shape[-1] % 32 == 0:
            q = gguf.quants.quantize(arr, gguf.GGMLQuantizationType.Q8_0)
            w.add_tensor(tname, q, raw_dtype=gguf.GGMLQuantizationType.Q8_0)
        else:  # f16, and q8_0 rows that do not split into blocks of 32
            w.add_tensor(tname, arr.astype(np.float16))
    w.write_header_to_file()
    w.write_kv_data_to_file()
    w.write_tensors_to_file()
    w.close()


def _add_tokenizer(w, tok: dict) -> None:
    w.add_tokenizer_model(tok["model"])
    if tok["pre"]:
        w.add_tokenizer_pre(tok["pre"])
    w.add_token_list(tok["tokens"])
    w.add_token_types(tok["types"])
    if tok["scores"] is not None:
        w.add_token_scores(tok["scores"])
    w.add_token_merges(tok["merges"])
    for key, add in (("bos", w.add_bos_token_id), ("eos", w.add_eos_token_id), ("pad", w.add_pad_token_id),
                     ("unk", w.add_unk_token_id)):
        if tok[key] is not None:
            add(tok[key])
    w.add_add_bos_token(tok["add_bos"])
    w.add_add_eos_token(tok["add_eos"])
    w.add_add_space_prefix(tok["add_space_prefix"])
    if tok["chat_template"]:
        w.add_chat_template(tok["chat_template"])


# ---------------------------------------------------------------- verification

def read_metadata(path: Path) -> dict:
    """The file's scalar metadata (special token ids, BOS/EOS flags), without decoding the vocabulary arrays."""
    try:
        from transformers.integrations.gguf import read_gguf_metadata
    except ImportError:  # older transformers: the gguf package's reader (slower on large vocabularies)
        from gguf import GGUFReader

        fields = GGUFReader(str(path)).fields
        return {k: f.contents() for k, f in fields.items() if len(f.data) == 1}
    return read_gguf_metadata(str(path))[0]


def gguf_tokenizer(folder: Path, name: str, meta: dict):
    """transformers' tokenizer for the GGUF file, with the special tokens and BOS/EOS flags the file states.

    transformers' GGUF tokenizer reader names BOS as EOS and ignores tokenizer.ggml.add_bos_token, both of
    which llama.cpp reads from the file; they are set here from the file's own metadata.
    """
    from transformers import AutoTokenizer

    tok = AutoTokenizer.from_pretrained(str(folder), gguf_file=name)
    for key, attr in (("bos", "bos_token"), ("eos", "eos_token"), ("padding", "pad_token")):
        if meta.get(f"tokenizer.ggml.{key}_token_id") is not None:
            setattr(tok, attr, tok.convert_ids_to_tokens(int(meta[f"tokenizer.ggml.{key}_token_id"])))
    tok.add_bos_token = bool(meta.get("tokenizer.ggml.add_bos_token", False))
    tok.add_eos_token = bool(meta.get("tokenizer.ggml.add_eos_token", False))
    return tok


def verify(path: Path, m, qtype: str) -> dict:
    """Load the file with transformers' GGUF reader (model and tokenizer) and compare with the merged model."""
    import torch
    from transformers import AutoModelForCausalLM

    from lorasmith.merge import check_chat_template, compare, logits_of, row_ids

    # A folder of its own: the reader also looks for tokenizer/config files beside the GGUF.
    folder = Path(tempfile.mkdtemp(prefix=".verify.", dir=path.parent))
    try:
        os.symlink(path.resolve(), folder / "model.gguf")
        tok = gguf_tokenizer(folder, "model.gguf", read_metadata(path))
        gm = AutoModelForCausalLM.from_pretrained(str(folder), gguf_file="model.gguf", dtype=torch.float32)
        ids = row_ids(m.template, tok, m.rows)
        if ids != m.ids:
            bad = next(i for i, (a, b) in enumerate(zip(ids, m.ids)) if a != b)
            raise UserError(f"{path}: the GGUF tokenizer encodes validation row {bad + 1} differently from the run's "
                            "tokenizer; file removed", code=1)
        check_chat_template(tok, m.template, m.rows, path, reference=m.tokenizer)
        gguf_logits = logits_of(gm.eval(), m.ids)
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    scale = float(m.merged_logits.abs().max())
    tol = TYPES[qtype]["rtol"] * scale
    diff = compare(gguf_logits, m.merged_logits)
    if not diff["max_abs"] <= tol:
        raise UserError(f"{path}: logits read back from the {qtype} GGUF differ from the merged model by "
                        f"{diff['max_abs']:.3g} > {tol:.3g} ({TYPES[qtype]['rtol']:g} x logit scale); file removed",
                        code=1)
    return {"logit_scale": scale, "gguf_abs": tol, "gguf_vs_merged_max_abs": diff["max_abs"],
            "gguf_vs_merged_mean_abs": diff["mean_abs"], "gguf_vs_merged_top1_agreement": diff["top1_agreement"],
            "tokenizer_ids_equal": True, "rows_checked": len(m.ids), "tokens_checked": sum(map(len, m.ids))}


# ---------------------------------------------------------------- Ollama

def _go_literal(text: str) -> str:
    """Text for a Go template: only '{{' is special there."""
    return text.replace("{{", '{{ "{{" }}')


def ollama_modelfile(gguf_name: str, template, tokenizer) -> str:
    """FROM, TEMPLATE (the training prompt in Go template syntax) and stop tokens for `ollama create -f`."""
    from lorasmith.templates import format_prompt

    mark, sys_mark, reply = "\x00PROMPT\x00", "\x00SYSTEM\x00", "\x00REPLY\x00"
    prompt = format_prompt(template, tokenizer, mark)
    prefix, suffix = prompt.split(mark)
    system_part = ""
    if template.kind == "chat":
        msgs = [{"role": "user", "content": mark}, {"role": "assistant", "content": reply}]
        full = tokenizer.apply_chat_template(msgs, tokenize=False)
        end = full[len(prompt):].split(reply, 1)[1].rstrip("\n") if full.startswith(prompt) else tokenizer.eos_token
        with_sys = tokenizer.apply_chat_template([{"role": "system", "content": sys_mark}, msgs[0]],
                                                 tokenize=False, add_generation_prompt=True)
        if sys_mark in with_sys and with_sys.endswith(mark + suffix):
            before, after = with_sys[: -len(mark + suffix)].split(sys_mark)
            system_part = (f"{{{{ if .System }}}}{_go_literal(before)}{{{{ .System }}}}{_go_literal(after)}"
                           f"{{{{ else }}}}{_go_literal(prefix)}{{{{ end }}}}")
    else:
        end = tokenizer.eos_token
    body = (system_part or _go_literal(prefix)) + "{{ .Prompt }}" + _go_literal(suffix) + "{{ .Response }}"
    body += _go_literal(end)
    if '"""' in body:
        raise UserError('the prompt template contains """, which an Ollama Modelfile cannot quote')
    stops = [tokenizer.eos_token] + [t for t in tokenizer.all_special_tokens if t in end and t != tokenizer.eos_token]
    note = ("# Go templates cannot split a message, so the whole message fills the instruction (the form without\n"
            "# an input); the GGUF's own Jinja chat template (llama.cpp) puts text after a blank line in the input.\n"
            if template.kind != "chat" else "")
    lines = [f"# Made by lorasmith export; prompt template '{template.name}' as trained.", note.rstrip("\n"),
             f"FROM ./{gguf_name}", f'TEMPLATE """{body}"""']
    lines += [f"PARAMETER stop {json.dumps(s, ensure_ascii=False)}" for s in dict.fromkeys(stops) if s]
    return "\n".join(line for line in lines if line) + "\n"
