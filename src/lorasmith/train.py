"""`lorasmith train`: QLoRA supervised fine-tuning through TRL's SFTTrainer, written into a run directory.

Read top to bottom: config -> data -> tokens and loss mask -> 4-bit base + LoRA -> SFTTrainer -> adapter + run.json.
"""

from __future__ import annotations

import dataclasses
import json
import os
import sys
import time
from pathlib import Path

from lorasmith import checkpoints
from lorasmith import config as C
from lorasmith import distributed as D
from lorasmith.errors import UserError, WriteError
from lorasmith.rundir import (CONFIG_FILE, TEMPLATE_FILE, RunDir, atomic_dir, atomic_write_json, atomic_write_text,
                              failing_writes, model_card, read_jsonl_rows)


def add_arguments(verb, p):
    p.add_argument("overrides", nargs="*", metavar="key=value", help="config overrides, e.g. train.lr=1e-4 lora.r=8")
    p.add_argument("--config", help="YAML file or preset name (tinyllama-coding, cpu-demo)")
    p.add_argument("--data", help="folder written by `lorasmith prepare`, a raw data file, or 'sample'")
    p.add_argument("--model", help="'embedded', a hub id, a local model folder or a .gguf file")
    p.add_argument("--output", help="run directory")
    p.add_argument("--resume", action="store_true", help="continue from the newest complete checkpoint in --output")
    p.add_argument("--overwrite", action="store_true", help="replace an existing non-empty --output")
    p.add_argument("--dry-run", action="store_true", help="show the formatted data and the plan, train nothing")
    p.add_argument("--help-config", action="store_true", help="list every config key with its default and meaning")
    p.add_argument("--nproc", type=int, default=None, metavar="N",
                   help="train on N processes of this host (one per GPU) through torchrun; see docs/distributed.md")


def run(verb, args) -> int:
    if args.help_config:
        print(C.describe())
        return 0
    overrides = list(args.overrides)
    for flag, key in ((args.data, "data.path"), (args.model, "model.name"), (args.output, "output")):
        if flag is not None:
            overrides.append(f"{key}={flag}")
    cfg_path = args.config
    if args.resume and not cfg_path and args.output and (Path(args.output) / CONFIG_FILE).is_file():
        cfg_path = str(Path(args.output) / CONFIG_FILE)  # the run's own resolved config
    cfg = C.load_config(cfg_path, overrides)
    if D.should_launch(args.nproc) and not args.dry_run:
        D.batch_plan(cfg.train.batch_size, cfg.train.micro_batch_size, args.nproc)  # refuse before starting anything
        return D.launch(args.nproc, _relaunch_args(args))
    train(cfg, resume=args.resume, dry_run=args.dry_run, overwrite=args.overwrite, argv=D.command_line(),
          world_size=args.nproc if args.dry_run and not D.launched() else None)
    D.finish()
    return 0


def _relaunch_args(args) -> list[str]:
    """The same `lorasmith train` command line, without --nproc, for every process torchrun starts."""
    argv = ["train", *args.overrides]
    for flag in ("config", "data", "model", "output"):
        if getattr(args, flag) is not None:
            argv += [f"--{flag}", str(getattr(args, flag))]
    argv += [f"--{flag}" for flag in ("resume", "overwrite") if getattr(args, flag)]
    return argv


# ---------------------------------------------------------------- data

def _read_jsonl(path: Path) -> list[dict]:
    return read_jsonl_rows(path, ("instruction", "output"), hint="run `lorasmith prepare` on the raw file")


def load_data(cfg: C.Config, run: RunDir) -> tuple[list[dict], list[dict], dict]:
    """(train rows, validation rows, data info for run.json). A raw file is prepared into RUN/data first."""
    from lorasmith.models import sha256_file

    path = cfg.data.path
    folder = Path(path)
    if not (folder.is_dir() and (folder / "train.jsonl").is_file()):
        if folder.is_dir():
            raise UserError(f"{folder}: no train.jsonl; pass a folder written by `lorasmith prepare` or a raw data file")
        from lorasmith.prepare import prepare

        print(f"lorasmith train: preparing {path} into {run.data}", file=sys.stderr)
        prepare([path], run.data, model=cfg.model.name, max_tokens=cfg.data.max_tokens,
                val_fraction=cfg.data.val_fraction, seed=cfg.train.seed, template=cfg.data.template, overwrite=True)
        folder = run.data
    train_rows, val_rows = _read_jsonl(folder / "train.jsonl"), []
    if (folder / "val.jsonl").is_file():
        val_rows = _read_jsonl(folder / "val.jsonl")
    if not train_rows:
        raise UserError(f"{folder / 'train.jsonl'}: no rows to train on")
    if cfg.data.max_train_rows:
        train_rows = train_rows[: cfg.data.max_train_rows]
    if cfg.data.max_val_rows:
        val_rows = val_rows[: cfg.data.max_val_rows]
    files = {p.name: sha256_file(p) for p in sorted(folder.glob("*.jsonl")) if p.name in ("train.jsonl", "val.jsonl")}
    report = folder / "data_report.json"
    info = {"folder": str(folder), "sha256": files, "train_rows": len(train_rows), "val_rows": len(val_rows),
            "data_report": str(report) if report.is_file() else None}
    return train_rows, val_rows, info


def encode_rows(rows: list[dict], template, tokenizer, max_tokens: int, name: str) -> list[dict]:
    """Tokenize with the loss mask; a row that is too long or has nothing to train on is an error naming it."""
    from lorasmith.templates import IGNORE_INDEX, encode

    out = []
    for i, row in enumerate(rows, 1):
        ex = encode(template, tokenizer, row)
        n = len(ex["input_ids"])
        if n > max_tokens:
            raise UserError(f"{name} row {i}: {n} tokens > data.max_tokens={max_tokens} under this model's tokenizer; "
                            "re-run `lorasmith prepare` with the same --model and --max-tokens")
        trained = [label for label in ex["labels"] if label != IGNORE_INDEX]
        if len(trained) <= 1:  # only the end-of-sequence token: nothing of the response is learned
            raise UserError(f"{name} row {i}: no supervised token (the response is empty after templating)")
        out.append(ex)
    return out


# ---------------------------------------------------------------- model

def build_model(cfg: C.Config, model_path: str, device=None):
    """4-bit (or full-precision) base with LoRA adapters on the configured projections.

    `device`: where the base goes (a device map target; default: the GPU, else the CPU).
    """
    from peft import LoraConfig, get_peft_model, prepare_model_for_kbit_training

    from lorasmith import fast
    from lorasmith.models import check_lora_targets, load_model

    model = load_model(model_path, cfg.model, device=device)
    model.config.use_cache = False
    plan = fast.plan(cfg)
    # Under FSDP the norms must stay in the storage dtype of the 4-bit weights: FSDP shards uniform dtypes only.
    # The fast path keeps norms, embeddings and LM head in the compute dtype too: PEFT's preparation casts them to
    # float32, which makes the whole residual stream, and every activation saved for the backward, float32.
    if cfg.model.load_in_4bit and plan.fused_lora:
        model.requires_grad_(False)
    elif cfg.model.load_in_4bit and not cfg.train.fsdp:
        model = prepare_model_for_kbit_training(
            model, use_gradient_checkpointing=cfg.train.gradient_checkpointing,
            gradient_checkpointing_kwargs={"use_reentrant": False})
    check_lora_targets(model, cfg.lora.target_modules)
    lcfg = LoraConfig(r=cfg.lora.r, lora_alpha=cfg.lora.alpha, lora_dropout=cfg.lora.dropout,
                      target_modules=list(cfg.lora.target_modules), bias="none", task_type="CAUSAL_LM")
    fast.register(lcfg, plan)
    model = get_peft_model(model, lcfg)
    fast.fuse(model, plan)
    fast.varlen_attention(model, plan)
    fast.compile_layers(model, plan)
    fast.graph_layers(model, plan)
    return model


def sft_config(cfg: C.Config, run: RunDir, n_train: int, has_val: bool, world_size: int | None = None, model=None):
    """SFTConfig for this run. `world_size` (default: the processes torchrun started) splits the global batch;
    `model` is needed only for train.fsdp (its decoder layer class is the sharding unit)."""
    import torch
    from trl import SFTConfig

    from lorasmith import fast
    from lorasmith.models import compute_dtype

    t = cfg.train
    world = D.world_size() if world_size is None else world_size
    micro, accumulation = D.batch_plan(t.batch_size, t.micro_batch_size, world)
    dtype = compute_dtype(cfg.model.compute_dtype)
    eval_kwargs = {}
    if has_val:
        eval_kwargs = dict(eval_strategy="steps" if t.eval_steps else "epoch", eval_on_start=True,
                           per_device_eval_batch_size=fast.eval_batch_size(cfg, micro))
        if t.eval_steps:
            eval_kwargs["eval_steps"] = t.eval_steps
        if t.early_stopping_patience:
            eval_kwargs.update(load_best_model_at_end=True, metric_for_best_model="eval_loss", greater_is_better=False)
    if t.report_to == "tensorboard":
        os.environ.setdefault("TENSORBOARD_LOGGING_DIR", str(run.root / "tensorboard"))
    save_kwargs = dict(save_strategy="steps", save_steps=t.save_steps)
    if t.early_stopping_patience and has_val and not t.eval_steps:
        save_kwargs = dict(save_strategy="epoch")  # load_best_model_at_end needs saves aligned with evaluations
    elif t.early_stopping_patience and has_val:
        save_kwargs["save_steps"] = t.eval_steps
    parallel_kwargs = {}
    if world > 1:  # every adapter weight takes part in every forward pass: no search for unused ones on each step
        parallel_kwargs["ddp_find_unused_parameters"] = False
    if D.launched() and not torch.cuda.is_available():
        parallel_kwargs["ddp_backend"] = "gloo"  # as D.setup chose; accelerate would prefer MPI where torch has it
    if t.fsdp:
        parallel_kwargs.update(D.fsdp_arguments(model, t.gradient_checkpointing))
    return SFTConfig(
        output_dir=str(run.checkpoints),
        per_device_train_batch_size=micro,
        gradient_accumulation_steps=accumulation,
        num_train_epochs=t.epochs,
        max_steps=t.max_steps,
        learning_rate=t.lr,
        lr_scheduler_type=t.scheduler,
        warmup_steps=t.warmup_ratio,
        weight_decay=t.weight_decay,
        max_grad_norm=t.max_grad_norm,
        gradient_checkpointing=t.gradient_checkpointing and not t.fsdp,  # FSDP checkpoints activations itself
        gradient_checkpointing_kwargs={"use_reentrant": False},
        logging_steps=t.logging_steps,
        logging_first_step=True,
        # True would read the loss back from the GPU on every step (a sync that stalls the queued work) and would
        # silently average a NaN step away; NanGuard stops the run on a non-finite logged loss instead
        logging_nan_inf_filter=False,
        save_total_limit=None,  # SealCheckpoints rotates, only after the new checkpoint is sealed
        seed=t.seed,
        data_seed=t.seed,
        bf16=dtype == torch.bfloat16,
        fp16=dtype == torch.float16,
        report_to=[] if t.report_to == "none" else [t.report_to],
        **fast.batching(cfg),
        dataset_num_proc=None,
        disable_tqdm=True,  # our ProgressBar shows loss, tokens/s and ETA instead
        use_cpu=not torch.cuda.is_available(),
        # batches copied to the GPU from pinned memory without waiting: a plain copy waits for the previous step
        accelerator_config={"non_blocking": torch.cuda.is_available()},
        dataloader_pin_memory=torch.cuda.is_available(),
        **eval_kwargs,
        **save_kwargs,
        **parallel_kwargs,
    )


# ---------------------------------------------------------------- the run

def latest_checkpoint(run: RunDir) -> str | None:
    """Newest checkpoint that was sealed after a complete save and is unchanged since (see lorasmith.checkpoints)."""
    found, _ = checkpoints.latest(run)
    return str(found) if found else None


def show_plan(cfg, model, tokenizer, template, train_ex, val_ex, world: int = 1) -> None:
    from lorasmith.templates import IGNORE_INDEX

    ex = train_ex[0]
    prompt = [t for t, lab in zip(ex["input_ids"], ex["labels"]) if lab == IGNORE_INDEX]
    trained = [t for t, lab in zip(ex["input_ids"], ex["labels"]) if lab != IGNORE_INDEX]
    supervised = sum(sum(lab != IGNORE_INDEX for lab in e["labels"]) for e in train_ex)
    total = sum(len(e["input_ids"]) for e in train_ex)
    micro, accumulation = D.batch_plan(cfg.train.batch_size, cfg.train.micro_batch_size, world)
    processes = f" x {world} processes" if world > 1 else ""
    steps_per_epoch = -(-len(train_ex) // cfg.train.batch_size)
    steps = cfg.train.max_steps if cfg.train.max_steps > 0 else int(round(steps_per_epoch * cfg.train.epochs))
    trainable, all_params = model.get_nb_trainable_parameters()
    print(f"template: {template.name}\n--- first training row, trained tokens between \u00bb and \u00ab ---")
    print(tokenizer.decode(prompt) + "\u00bb" + tokenizer.decode(trained) + "\u00ab")
    print("---")
    print(f"rows: {len(train_ex)} train, {len(val_ex)} validation")
    print(f"supervised tokens: {supervised:,} of {total:,} ({100 * supervised / total:.1f}%)")
    print(f"optimizer steps: {steps} (batch {cfg.train.batch_size} = micro-batch {micro}{processes} x accumulation "
          f"{accumulation}; {steps_per_epoch} per epoch x {cfg.train.epochs:g} epochs)")
    print(f"trainable parameters: {trainable:,} of {all_params:,} ({100 * trainable / all_params:.4f}%)")


def train(cfg: C.Config, *, resume=False, dry_run=False, overwrite=False, argv=None, world_size=None) -> dict:
    """Run the whole training job; returns the run.json dict (or the plan for a dry run).

    Under torchrun every process calls this; only rank 0 writes the run directory (see lorasmith.distributed).
    `world_size` only changes the plan a dry run shows (default: the processes torchrun started).
    """
    import torch

    from lorasmith import fast, models
    from lorasmith.templates import get_template

    dry = bool(dry_run)
    run = RunDir(cfg.output)
    t_start = time.time()
    world = world_size or D.world_size()
    D.batch_plan(cfg.train.batch_size, cfg.train.micro_batch_size, world)  # refuse an indivisible batch early
    D.check_fsdp(cfg)
    D.setup()
    main = D.is_main()
    torch.manual_seed(cfg.train.seed)
    model_path, model_id = models.resolve_model(cfg.model.name)
    tokenizer = models.load_tokenizer(model_path, cfg.model.trust_remote_code)
    template = get_template(cfg.data.template)
    if template.kind == "chat" and not getattr(tokenizer, "chat_template", None):
        raise UserError(f"data.template=chat, but {model_id} has no chat template; use 'default' or 'alpaca'")
    if not dry and main:
        run.create(resume, overwrite, inputs=(cfg.data.path, model_path))
        atomic_write_text(run.root / CONFIG_FILE, _yaml(C.to_dict(cfg)))
    D.barrier()  # the other ranks start once the run directory is ready
    checkpoint = checkpoints.resume_point(run) if resume and not dry else None  # refused before minutes of loading
    train_rows, val_rows, data_info = _load_data_rank0_first(cfg, run)
    train_ex = encode_rows(train_rows, template, tokenizer, cfg.data.max_tokens, data_info["folder"] + "/train.jsonl")
    val_ex = encode_rows(val_rows, template, tokenizer, cfg.data.max_tokens, data_info["folder"] + "/val.jsonl")
    model = build_model(cfg, model_path, device=D.model_device() if D.launched() else None)
    if dry:
        if main:
            show_plan(cfg, model, tokenizer, template, train_ex, val_ex, world)
        return {"dry_run": True}
    trainable, total = model.get_nb_trainable_parameters()  # before FSDP replaces the parameters by shards
    result = fit(cfg, run, model, tokenizer, train_ex, val_ex, checkpoint)
    state_dict = result.pop("full_state_dict", None)
    if not main:
        D.barrier()  # returns once rank 0 has written the adapter and run.json
        return {"rank": D.rank(), **result}
    save_adapter(run, model, tokenizer, template, cfg, model_id, state_dict=state_dict)
    info = {
        "lorasmith_version": _version("lorasmith"),
        "command": " ".join(argv) if argv else None,
        "config": C.to_dict(cfg),
        "base_model": {"id": model_id, "path": model_path, "weights_sha256": models.weights_hash(model_path)},
        "data": data_info,
        "template": template.to_dict(),
        "seed": cfg.train.seed,
        "parameters": {"trainable": trainable, "total": total, "trainable_share": trainable / total},
        "versions": {name: _version(name) for name in
                     ("torch", "transformers", "peft", "trl", "bitsandbytes", "accelerate", "datasets")},
        "device": "cuda:" + torch.cuda.get_device_name() if torch.cuda.is_available() else "cpu",
        "fast_path": fast.plan(cfg).describe(),
        "wall_time_s": round(time.time() - t_start, 2),
        **result,
    }
    if D.launched():
        micro, accumulation = D.batch_plan(cfg.train.batch_size, cfg.train.micro_batch_size, world)
        info["distributed"] = {"world_size": world, "backend": D.backend(), "micro_batch_size": micro,
                               "gradient_accumulation_steps": accumulation, "fsdp": cfg.train.fsdp}
    atomic_write_json(run.run_json, info)
    _write_report(run)
    print(f"lorasmith train: adapter in {run.adapter}; validation loss {result.get('eval_loss_start')} -> "
          f"{result.get('eval_loss_end')}", file=sys.stderr)
    D.barrier()
    return info


def _load_data_rank0_first(cfg: C.Config, run: RunDir):
    """load_data on rank 0 first: a raw file is prepared once, into RUN/data, and the other ranks read that."""
    if D.is_main():
        loaded = load_data(cfg, run)
    D.barrier()
    if not D.is_main():
        folder = Path(cfg.data.path)
        if not (folder.is_dir() and (folder / "train.jsonl").is_file()):
            cfg = dataclasses.replace(cfg, data=dataclasses.replace(cfg.data, path=str(run.data)))
        loaded = load_data(cfg, run)
    return loaded


def fit(cfg: C.Config, run: RunDir, model, tokenizer, train_ex, val_ex, checkpoint: str | None) -> dict:
    """SFTTrainer over the pre-tokenized rows (our labels carry the loss mask), resumed from `checkpoint` if
    given; returns the training figures."""
    import datasets
    import torch
    from transformers import EarlyStoppingCallback, PrinterCallback
    from trl import SFTTrainer

    from lorasmith import fast
    from lorasmith.callbacks import EvaluateThenSave, MetricsFile, NanGuard, Profiler, ProgressBar, SealCheckpoints

    train_ds = datasets.Dataset.from_list(train_ex)
    val_ds = datasets.Dataset.from_list(val_ex) if val_ex else None
    stop, guard, progress = D.stop_callback(), NanGuard(model), ProgressBar()
    # Order matters: the NaN guard acts after anything that asks for a save, and seals come last.
    seals = SealCheckpoints(run, cfg.train.save_total_limit, D.barrier)
    callbacks = [MetricsFile(run), progress, stop, EvaluateThenSave(), guard, seals]
    if cfg.train.profile_steps and D.is_main():
        callbacks.append(Profiler(run.root / "profile.txt", cfg.train.profile_steps, cfg.train.max_steps))
    if cfg.train.early_stopping_patience and val_ds is not None:
        callbacks.append(EarlyStoppingCallback(early_stopping_patience=cfg.train.early_stopping_patience))
    plan = fast.plan(cfg)
    args = sft_config(cfg, run, len(train_ex), val_ds is not None, model=model)
    trainer = SFTTrainer(model=model, args=args, train_dataset=train_ds, eval_dataset=val_ds,
                         processing_class=tokenizer, callbacks=callbacks,
                         optimizer_cls_and_kwargs=fast.optimizer(args, plan))
    trainer.remove_callback(PrinterCallback)
    fast.row_collator(trainer, plan)
    _adapter_dtype(model, cfg)
    if checkpoint is not None and D.is_main():
        _truncate_metrics(run, int(checkpoint.rsplit("-", 1)[-1]))
        print(f"lorasmith train: resuming from {checkpoint}", file=sys.stderr)
    if torch.cuda.is_available():
        torch.cuda.reset_peak_memory_stats()
    fast.cache_walks(trainer.model, plan)
    fast.row_head(model, plan)
    try:
        training_loss, runtime = _train_or_reload(trainer, model, cfg, run, checkpoint, stop, seals)
    finally:
        fast.trl_head(model)
        fast.uncache_walks(trainer.model)
        progress.close()
    step = trainer.state.global_step
    if guard.bad_step is not None:
        raise UserError(f"{guard.bad_what} became NaN or infinite at step {guard.bad_step}; stopped without saving it. "
                        f"Last good checkpoint: {latest_checkpoint(run) or 'none'}. Lower train.lr or check the data", code=1)
    if stop.requested:
        raise UserError(f"{stop.requested}: stopped at step {step}, checkpoint in {latest_checkpoint(run)}; "
                        f"continue with: lorasmith train --output {run.root} --resume", code=130)
    evals = [h["eval_loss"] for h in trainer.state.log_history if "eval_loss" in h]
    if val_ds is not None and not any(h.get("step") == step and "eval_loss" in h for h in trainer.state.log_history):
        evals.append(trainer.evaluate()["eval_loss"])
    if torch.cuda.is_available():
        peak, kind = torch.cuda.max_memory_allocated(), "cuda_max_allocated"
    else:
        import resource

        peak, kind = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024, "process_peak_rss"
    tokens = [h["num_tokens"] for h in trainer.state.log_history if "num_tokens" in h]
    extra = {"full_state_dict": D.full_state_dict(trainer)} if cfg.train.fsdp else {}
    return {
        **extra,
        "steps": step,
        "epochs": trainer.state.epoch,
        "train_loss": training_loss,
        "train_runtime_s": runtime,
        "eval_loss_start": evals[0] if evals else None,
        "eval_loss_end": evals[-1] if evals else None,
        "best_eval_loss": min(evals) if evals else None,
        "tokens_seen": int(tokens[-1]) if tokens else None,
        "peak_memory_bytes": int(peak),
        "peak_memory_kind": kind,
    }


def _train_or_reload(trainer, model, cfg: C.Config, run: RunDir, checkpoint: str | None, stop, seals):
    """trainer.train(); (mean training loss, seconds). A checkpoint saved at the last step is loaded instead of
    resumed from: from it the Trainer would run one step more than the run asked for."""
    import torch

    if checkpoint is not None and checkpoints.finished(checkpoint):
        from transformers import TrainerState

        trainer.state = TrainerState.load_from_json(str(Path(checkpoint) / "trainer_state.json"))
        best = trainer.state.best_model_checkpoint
        if trainer.args.load_best_model_at_end and best and Path(best) != Path(checkpoint):
            checkpoints.check(Path(best))
            checkpoint = best  # as the Trainer does at the end of an early-stopped run
        model.load_adapter(checkpoint, model.active_adapter, is_trainable=True)
        _adapter_dtype(model, cfg)
        return checkpoints.mean_loss(trainer.state.log_history), None
    stop.install()
    try:
        with failing_writes(run.checkpoints):
            out = trainer.train(resume_from_checkpoint=checkpoint)
    except WriteError:
        seals.finish(raise_errors=False)  # a checkpoint whose seal is still being written is not the failed save
        if D.is_main():  # the save that failed left an unsealed folder behind; it would only take space
            checkpoints.discard(checkpoints.latest(run)[1])
        raise
    except torch.OutOfMemoryError:
        raise UserError("out of GPU memory: lower train.micro_batch_size (accumulation keeps the batch), "
                        "data.max_tokens, or set train.gradient_checkpointing=true", code=1) from None
    finally:
        seals.finish(raise_errors=False)  # training failed with a seal still running: the checkpoint stays usable
        stop.uninstall()
    return out.training_loss, out.metrics.get("train_runtime")


def _adapter_dtype(model, cfg: C.Config) -> None:
    """Keep the adapter in the compute dtype. SFTTrainer casts QLoRA adapters to bfloat16 whatever the compute
    dtype, while a resumed run reloads them as saved; on CPU (float32 compute) that made a resumed run differ
    from an uninterrupted one and ran the LoRA matmuls in slow CPU bfloat16."""
    from lorasmith.models import compute_dtype

    dtype = compute_dtype(cfg.model.compute_dtype)
    for p in model.parameters():
        if p.requires_grad and p.dtype != dtype:
            p.data = p.data.to(dtype)


def _truncate_metrics(run: RunDir, step: int) -> None:
    """Drop metric lines logged after the checkpoint we resume from; they will be logged again."""
    rows = [r for r in run.read_metrics() if r.get("step", 0) <= step]
    atomic_write_text(run.metrics, "".join(json.dumps(r) + "\n" for r in rows))


def save_adapter(run: RunDir, model, tokenizer, template, cfg: C.Config, model_id: str, state_dict=None) -> None:
    """RUN/adapter: PEFT adapter files, tokenizer, prompt template and a model card, replaced atomically.

    `state_dict`: the whole model's weights gathered from the shards under FSDP (PEFT keeps the adapter's)."""
    with atomic_dir(run.adapter) as tmp:
        model.save_pretrained(tmp, safe_serialization=True, **({"state_dict": state_dict} if state_dict else {}))
        tokenizer.save_pretrained(tmp)
        atomic_write_json(tmp / TEMPLATE_FILE, template.to_dict())
        atomic_write_text(tmp / "README.md", model_card(cfg, model_id, template))


def _write_report(run: RunDir) -> None:
    import importlib.util

    if importlib.util.find_spec("lorasmith.report") is None:
        return
    from lorasmith.report import write_report

    write_report(run.root)


def _yaml(d: dict) -> str:
    import yaml

    return yaml.safe_dump(d, sort_keys=False)


def _version(name: str) -> str | None:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version(name)
    except PackageNotFoundError:
        return None
