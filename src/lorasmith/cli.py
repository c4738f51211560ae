"""The `lorasmith` command: each verb maps to one plain function of its stage's module, nothing else here."""

from __future__ import annotations

import argparse
import importlib
import sys

from lorasmith import __version__
from lorasmith.errors import UserError

# verb -> (module, help). Each module defines add_arguments(verb, parser) and run(verb, args) -> int.
VERBS = {
    "prepare": ("lorasmith.prepare", "validate, clean, deduplicate, filter and split an instruction dataset"),
    "train": ("lorasmith.train", "QLoRA fine-tune with TRL's SFTTrainer into a run directory"),
    "eval": ("lorasmith.evaluate", "validation loss and HumanEval, base model against base + adapter"),
    "generate": ("lorasmith.generate", "generate responses with a trained adapter"),
    "chat": ("lorasmith.generate", "interactive chat with a trained adapter"),
    "merge": ("lorasmith.merge", "merge the adapter into a full-precision copy of the base model"),
    "export": ("lorasmith.export", "export the merged model to GGUF (llama.cpp, Ollama)"),
    "report": ("lorasmith.report", "write TRAINING_REPORT.md and report.html for a run"),
    "bench": ("lorasmith.bench", "benchmark training speed against the reference stack and Unsloth"),
}


def _module(verb: str):
    try:
        return importlib.import_module(VERBS[verb][0])
    except ModuleNotFoundError as exc:
        if exc.name == VERBS[verb][0]:
            return None  # stage not built yet
        raise


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="lorasmith", description=__doc__)
    parser.add_argument("--version", action="version", version=f"lorasmith {__version__}")
    sub = parser.add_subparsers(dest="verb", metavar="VERB")
    sub.required = True
    for verb, (_, help_text) in VERBS.items():
        p = sub.add_parser(verb, help=help_text, description=help_text)
        mod = _module(verb)
        if mod is not None and hasattr(mod, "add_arguments"):
            mod.add_arguments(verb, p)
        else:
            p.add_argument("rest", nargs=argparse.REMAINDER, help=argparse.SUPPRESS)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    mod = _module(args.verb)
    try:
        if mod is None or not hasattr(mod, "run"):
            raise UserError(f"'lorasmith {args.verb}' is not built yet")
        return int(mod.run(args.verb, args) or 0)
    except UserError as exc:
        print(f"lorasmith {args.verb}: {exc}", file=sys.stderr)
        return exc.code
    except KeyboardInterrupt:
        print(f"lorasmith {args.verb}: interrupted", file=sys.stderr)
        return 130


if __name__ == "__main__":
    raise SystemExit(main())
