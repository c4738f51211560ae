"""The Unsloth comparison stack of `lorasmith bench`, run in its own process (Unsloth patches transformers and TRL at
import, so it must come first and must not share a process with our stack).

Same recipe as ours: 4-bit NF4 base, LoRA on the seven projections with the same r/alpha/dropout, the same rows
encoded with our template and loss mask, TRL's SFTTrainer with the same batch, learning rate, schedule and seeds.
Unsloth's own gradient checkpointing is on, as its documentation recommends.
"""

from __future__ import annotations

import time

from lorasmith import config as C
from lorasmith.deps import require


def _token_counter():
    """A callback that counts real (non-padding) tokens where batches are made and logs them as TRL would: the trainer
    Unsloth patches logs no token count. The data loader runs one batch ahead of the optimizer, so a logged count may
    include the next batch; over the bench's measured window that shifts the window by one batch, not its length.
    (Built here, not at import: transformers must be imported after Unsloth.)"""
    from transformers import TrainerCallback

    class TokenCount(TrainerCallback):
        tokens = 0

        def wrap(self, collate):
            def counted(examples):
                self.tokens += sum(len(e["input_ids"]) for e in examples)
                return collate(examples)
            return counted

        def on_log(self, args, state, control, logs=None, **kwargs):
            if logs is not None and "loss" in logs and "num_tokens" not in logs:
                logs["num_tokens"] = float(self.tokens)

    return TokenCount()


def train_unsloth(cfg: C.Config) -> dict:
    require("unsloth", "the unsloth comparison stack")
    from unsloth import FastLanguageModel  # noqa: I001  (must be imported before transformers and trl)

    import datasets
    import torch
    from trl import SFTConfig, SFTTrainer

    from lorasmith.callbacks import MetricsFile
    from lorasmith.rundir import RunDir
    from lorasmith.templates import get_template
    from lorasmith.train import encode_rows, load_data

    run = RunDir(cfg.output)
    run.root.mkdir(parents=True, exist_ok=True)
    model, tokenizer = FastLanguageModel.from_pretrained(
        model_name=cfg.model.name, max_seq_length=cfg.data.pack_tokens or cfg.data.max_tokens,
        dtype=torch.bfloat16, load_in_4bit=True, local_files_only=True)
    model = FastLanguageModel.get_peft_model(
        model, r=cfg.lora.r, lora_alpha=cfg.lora.alpha, lora_dropout=cfg.lora.dropout,
        target_modules=list(cfg.lora.target_modules), bias="none", use_gradient_checkpointing="unsloth",
        random_state=cfg.train.seed)
    train_rows, _, _ = load_data(cfg, run)
    examples = encode_rows(train_rows, get_template(cfg.data.template), tokenizer, cfg.data.max_tokens, "train.jsonl")
    t = cfg.train
    pack = cfg.data.pack_tokens
    args = SFTConfig(
        output_dir=str(run.checkpoints), per_device_train_batch_size=t.batch_size, max_steps=t.max_steps,
        gradient_accumulation_steps=1,  # Unsloth's SFTConfig defaults to 2, which would double each step's batch
        learning_rate=t.lr, lr_scheduler_type=t.scheduler, warmup_steps=t.warmup_ratio, weight_decay=t.weight_decay,
        max_grad_norm=t.max_grad_norm, logging_steps=1, logging_first_step=True, seed=t.seed, data_seed=t.seed,
        bf16=True, report_to=[], save_strategy="no", disable_tqdm=True, dataset_num_proc=None,
        max_length=pack or cfg.data.max_tokens, packing=bool(pack), padding_free=bool(pack),
        **({"packing_strategy": "bfd"} if pack else {}))
    count = _token_counter()
    trainer = SFTTrainer(model=model, args=args, train_dataset=datasets.Dataset.from_list(examples),
                         processing_class=tokenizer, callbacks=[count, MetricsFile(run)])
    trainer.data_collator = count.wrap(trainer.data_collator)
    torch.cuda.reset_peak_memory_stats()
    t0 = time.time()
    trainer.train()
    trainable, total = model.get_nb_trainable_parameters()
    return {"peak_memory_bytes": torch.cuda.max_memory_allocated(), "peak_memory_kind": "cuda_max_allocated",
            "parameters": {"trainable": trainable, "total": total, "trainable_share": trainable / total},
            "fast_path": "unsloth", "wall_time_s": time.time() - t0}
