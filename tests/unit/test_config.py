import pytest

from lorasmith.config import Config, describe, from_dict, load_config, to_dict
from lorasmith.errors import UserError


def test_defaults_are_the_reference_recipe():
    cfg = Config()
    assert (cfg.lora.r, cfg.lora.alpha, cfg.lora.dropout) == (16, 32, 0.05)
    assert len(cfg.lora.target_modules) == 7
    assert (cfg.train.lr, cfg.train.batch_size, cfg.train.epochs, cfg.data.max_tokens) == (2e-4, 4, 3.0, 512)
    assert cfg.model.load_in_4bit and cfg.model.quant_type == "nf4" and cfg.model.double_quant


def test_presets_load():
    ref = load_config("tinyllama-coding")
    assert ref.model.name == "TinyLlama/TinyLlama-1.1B-Chat-v1.0"
    demo = load_config("cpu-demo")
    assert demo.model.name == "embedded" and demo.train.max_steps > 0


def test_overrides_with_dotted_and_leaf_keys():
    cfg = load_config(None, ["train.lr=1e-4", "r=8", "lora.target_modules=q_proj,v_proj", "output=/tmp/x"])
    assert cfg.train.lr == 1e-4 and cfg.lora.r == 8
    assert cfg.lora.target_modules == ["q_proj", "v_proj"]
    assert cfg.output == "/tmp/x"


def test_unknown_key_names_the_closest():
    with pytest.raises(UserError, match="unknown config key 'train.lrr'.*train.lr"):
        load_config(None, ["train.lrr=1"])


def test_unknown_key_in_yaml_is_an_error(tmp_path):
    p = tmp_path / "c.yaml"
    p.write_text("lora:\n  rank: 8\n")
    with pytest.raises(UserError, match="unknown config key 'lora.rank'"):
        load_config(str(p))


def test_compile_with_4bit_weights_is_refused():
    """torch.compile recurses without end inside bitsandbytes' Params4bit: say so before any model is loaded."""
    with pytest.raises(UserError, match="4-bit"):
        load_config(None, ["train.compile=on"])
    assert load_config(None, ["train.compile=on", "model.load_in_4bit=false"]).train.compile == "on"


def test_wrong_type_is_an_error():
    with pytest.raises(UserError, match="train.batch_size"):
        load_config(None, ["train.batch_size=four"])
    with pytest.raises(UserError, match="choose one of"):
        load_config(None, ["data.template=vicuna"])


def test_round_trip_and_every_field_documented():
    cfg = load_config(None, ["train.lr=3e-4"])
    assert from_dict(to_dict(cfg)) == cfg
    text = describe()
    for line in text.splitlines()[1::2]:
        assert line.strip(), "a config field has no docstring"
