"""lorasmith: from a raw instruction dataset to a QLoRA fine-tuned small language model."""

__version__ = "0.1.0"
