"""Shared by the merge and export tests: a tiny Llama whose byte-level BPE tokenizer has real merges
(llama.cpp and transformers' GGUF reader need merges), and one short QLoRA run on it per test session."""

from __future__ import annotations

from tests.conftest import CHAT_TEMPLATE, ROWS, write_data_dir

_RUNS: dict = {}


def make_bpe_tokenizer(vocab_size: int = 320):
    """Byte-level BPE trained on the test rows: every byte is a token, plus merges such as 'ĠInstruction'."""
    from tokenizers import Tokenizer, decoders, models, pre_tokenizers, trainers
    from transformers import PreTrainedTokenizerFast

    tok = Tokenizer(models.BPE())
    tok.pre_tokenizer = pre_tokenizers.ByteLevel(add_prefix_space=False)
    tok.decoder = decoders.ByteLevel()
    trainer = trainers.BpeTrainer(vocab_size=vocab_size, special_tokens=["<pad>", "<s>", "</s>"],
                                  initial_alphabet=pre_tokenizers.ByteLevel.alphabet(), show_progress=False)
    text = [f"### Instruction:\n{r['instruction']}\n\n### Input:\n{r['input']}\n\n### Response:\n{r['output']}"
            for r in ROWS]
    tok.train_from_iterator(text * 3, trainer)
    fast = PreTrainedTokenizerFast(tokenizer_object=tok, bos_token="<s>", eos_token="</s>", pad_token="<pad>")
    fast.chat_template = CHAT_TEMPLATE
    return fast


def make_model_dir(path, tokenizer, seed: int = 0, hidden: int = 64, tie: bool = False, qk_scale: float = 5.0) -> str:
    """A random tiny Llama. Its query/key weights are scaled up: at the usual init every attention pattern is
    nearly uniform, so logits barely depend on positions and a wrong rotary layout would go unnoticed."""
    import torch
    from transformers import LlamaConfig, LlamaForCausalLM

    cfg = LlamaConfig(vocab_size=len(tokenizer), hidden_size=hidden, intermediate_size=2 * hidden, num_hidden_layers=2,
                      num_attention_heads=4, num_key_value_heads=2, max_position_embeddings=512,
                      bos_token_id=tokenizer.bos_token_id, eos_token_id=tokenizer.eos_token_id,
                      pad_token_id=tokenizer.pad_token_id, tie_word_embeddings=tie)
    torch.manual_seed(seed)
    model = LlamaForCausalLM(cfg)
    with torch.no_grad():
        for name, p in model.named_parameters():
            if name.endswith(("q_proj.weight", "k_proj.weight")):
                p.mul_(qk_scale)
    model.save_pretrained(path, safe_serialization=True)
    tokenizer.save_pretrained(path)
    return str(path)


def bpe_run(tmp_path_factory, template: str = "default"):
    """(model dir, run dir) of a 2-step QLoRA run on the tiny BPE Llama; trained once per session."""
    if template not in _RUNS:
        from lorasmith.config import load_config
        from lorasmith.train import train
        from tests.conftest import tiny_overrides

        root = tmp_path_factory.mktemp(f"bpe-{template}")
        model_dir = make_model_dir(root / "model", make_bpe_tokenizer())
        data = write_data_dir(root / "data")
        overrides = tiny_overrides(model_dir, data, root / "run", **{"train.max_steps": 2, "data.template": template})
        train(load_config(None, overrides))
        _RUNS[template] = (model_dir, str(root / "run"))
    return _RUNS[template]
