"""What lorasmith refuses to load or run, and where it refuses to write: pickle weights, a model's own Python code,
output paths from shared config files, --overwrite of what is not a run directory."""

from __future__ import annotations

import json
import shutil

import pytest

from lorasmith.cli import main
from lorasmith.config import Config, load_config
from lorasmith.errors import UserError
from tests.conftest import tiny_overrides


def refused(capsys, argv: list, code: int = 2) -> str:
    assert main([str(a) for a in argv]) == code
    err = capsys.readouterr().err
    assert "Traceback" not in err
    lines = [ln for ln in err.strip().splitlines() if ln.startswith("lorasmith ")]
    assert len(lines) == 1, err
    return lines[0]


@pytest.fixture
def pickled_model(tiny_model_dir, tmp_path):
    """The tiny model with its weights as pytorch_model.bin instead of model.safetensors."""
    import torch
    from safetensors.torch import load_file

    folder = tmp_path / "pickled"
    shutil.copytree(tiny_model_dir, folder)
    torch.save(load_file(folder / "model.safetensors"), folder / "pytorch_model.bin")
    (folder / "model.safetensors").unlink()
    return folder


# ---------------------------------------------------------------- pickles

def test_a_base_model_with_only_pickle_weights_is_refused(pickled_model, tiny_data_dir, tmp_path, capsys):
    line = refused(capsys, ["train", "--dry-run", *tiny_overrides(pickled_model, tiny_data_dir, tmp_path / "run")])
    assert f"{pickled_model}: weights only as pickle files (pytorch_model.bin)" in line and "safetensors" in line


@pytest.mark.parametrize("loader", ["4bit", "merge"])
def test_every_base_loader_refuses_pickle_weights(pickled_model, loader):
    """A base folder swapped for pickles after training is refused by inference and merge too."""
    from lorasmith.merge import load_base_fp32
    from lorasmith.models import load_model

    with pytest.raises(UserError, match="pickle"):
        if loader == "4bit":
            load_model(str(pickled_model), Config().model)
        else:
            load_base_fp32(str(pickled_model), False)


@pytest.mark.parametrize("verb", [["generate", "--instruction", "hi"], ["eval"], ["merge", "--out", "merged"]])
def test_an_adapter_saved_as_a_pickle_is_refused(tmp_path, capsys, verb):
    run = tmp_path / "run"
    (run / "adapter").mkdir(parents=True)
    (run / "run.json").write_text(json.dumps({"config": {}, "base_model": {"path": str(tmp_path)}}))
    (run / "adapter" / "adapter_model.bin").write_bytes(b"\x80\x04pickle")
    (run / "adapter" / "adapter_config.json").write_text("{}")
    argv = [verb[0], run, *[tmp_path / a if a == "merged" else a for a in verb[1:]]]
    line = refused(capsys, argv)
    assert "adapter_model.bin: a pickle file" in line and "adapter_model.safetensors" in line


# ---------------------------------------------------------------- a model's own code

def test_trust_remote_code_is_off_by_default():
    assert Config().model.trust_remote_code is False


def test_a_model_with_its_own_code_is_refused_without_running_it(tiny_model_dir, tiny_data_dir, tmp_path, capsys):
    folder = tmp_path / "custom"
    shutil.copytree(tiny_model_dir, folder)
    config = json.loads((folder / "config.json").read_text())
    config.update(model_type="custom_llama", auto_map={"AutoConfig": "custom.Config",
                                                       "AutoModelForCausalLM": "custom.Model"})
    (folder / "config.json").write_text(json.dumps(config))
    ran = tmp_path / "custom-code-ran"
    (folder / "custom.py").write_text(f"open({str(ran)!r}, 'w').close()\n")
    line = refused(capsys, ["train", "--dry-run", *tiny_overrides(folder, tiny_data_dir, tmp_path / "run")])
    assert "ships its own Python code" in line and "model.trust_remote_code=true" in line
    assert not ran.exists()


# ---------------------------------------------------------------- where outputs go

@pytest.mark.parametrize("output", ["/tmp/elsewhere", "../outside", "runs/../../outside"])
def test_a_config_file_may_not_send_the_output_outside_the_current_folder(tmp_path, monkeypatch, output):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "shared.yaml").write_text(f"output: {output}\n")
    with pytest.raises(UserError, match="outside the current folder"):
        load_config("shared.yaml")
    assert load_config("shared.yaml", [f"output={output}"]).output == output  # the user's own choice


def test_a_relative_output_from_a_config_file_is_fine(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "shared.yaml").write_text("output: runs/mine\n")
    assert load_config("shared.yaml").output == "runs/mine"
    assert load_config("cpu-demo").output == "runs/cpu-demo"


@pytest.mark.parametrize("value", ["", " ", "runs/a\0b"])
def test_empty_or_nul_paths_are_refused(value):
    with pytest.raises(UserError, match="non-empty path without NUL"):
        load_config(None, [f"output={value}"])


def test_overwrite_replaces_only_a_run_directory(tiny_model_dir, tiny_data_dir, tmp_path, capsys):
    folder = tmp_path / "documents"
    folder.mkdir()
    (folder / "thesis.txt").write_text("years of work")
    line = refused(capsys, ["train", "--overwrite", *tiny_overrides(tiny_model_dir, tiny_data_dir, folder)])
    assert "replaces only a lorasmith run directory" in line
    assert (folder / "thesis.txt").read_text() == "years of work"


@pytest.mark.parametrize("inside", ["cwd", "data"])
def test_overwrite_never_deletes_the_working_directory_or_the_data(tiny_model_dir, tmp_path, monkeypatch, capsys,
                                                                   inside):
    from tests.conftest import write_data_dir

    run = tmp_path / "run"
    run.mkdir()
    (run / "config.yaml").write_text("output: x\n")  # looks like a run directory
    data = write_data_dir(run / "data" if inside == "data" else tmp_path / "data")
    if inside == "cwd":
        (run / "sub").mkdir()
        monkeypatch.chdir(run / "sub")
    line = refused(capsys, ["train", "--overwrite", *tiny_overrides(tiny_model_dir, data, run)])
    assert "--overwrite would delete" in line
    assert (data / "train.jsonl").is_file()


@pytest.mark.parametrize("name", ["../x", "a/../b", "/abs/path", "a/b/c", "-flag/x"])
def test_model_names_that_are_not_hub_ids_are_refused(name):
    from lorasmith.models import resolve_model

    with pytest.raises(UserError, match="not found"):
        resolve_model(name)
