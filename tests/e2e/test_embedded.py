"""End to end on the embedded SmolLM2-135M with the network blocked: train a few steps, load with plain PEFT."""

import json
import os
import subprocess
import sys
import textwrap

import pytest

from tests.conftest import write_data_dir

pytestmark = pytest.mark.slow

# Every outgoing connection raises, so a hidden hub download fails the test instead of passing silently.
NO_NETWORK = textwrap.dedent("""
    import socket
    def _blocked(*args, **kwargs):
        raise OSError("network access attempted during an offline test")
    socket.socket.connect = _blocked
    socket.socket.connect_ex = _blocked
    socket.create_connection = _blocked
    socket.getaddrinfo = _blocked
""")


def run_offline(code: str, **env) -> subprocess.CompletedProcess:
    full_env = {**os.environ, "HF_HUB_OFFLINE": "1", "TRANSFORMERS_OFFLINE": "1", **env}
    return subprocess.run([sys.executable, "-c", NO_NETWORK + code], capture_output=True, text=True,
                          env=full_env, timeout=900)


@pytest.fixture(scope="module")
def embedded_run(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("embedded")
    data = write_data_dir(tmp / "data", n_train=8, n_val=4)
    out = tmp / "run"
    args = ["train", "--data", str(data), "--output", str(out), "--model", "embedded", "train.max_steps=2",
            "train.logging_steps=1", "train.save_steps=2", "data.max_tokens=128", "train.gradient_checkpointing=false",
            "model.compute_dtype=float32"]
    proc = run_offline(f"from lorasmith.cli import main; raise SystemExit(main({args!r}))")
    assert proc.returncode == 0, proc.stderr[-3000:]
    return out, proc


def test_embedded_training_writes_the_adapter(embedded_run):
    out, proc = embedded_run
    assert (out / "adapter" / "adapter_model.safetensors").is_file()
    assert (out / "adapter" / "adapter_config.json").is_file()
    info = json.loads((out / "run.json").read_text())
    assert info["base_model"]["id"].startswith("SmolLM2-135M-Instruct")
    assert info["steps"] == 2 and info["parameters"]["trainable"] > 0


def test_plain_peft_loads_the_adapter_without_lorasmith(embedded_run):
    out, _ = embedded_run
    base = json.loads((out / "run.json").read_text())["base_model"]["path"]
    code = textwrap.dedent(f"""
        import sys, torch
        from peft import PeftModel
        from transformers import AutoModelForCausalLM, AutoTokenizer
        base = AutoModelForCausalLM.from_pretrained({base!r})
        model = PeftModel.from_pretrained(base, {str(out / 'adapter')!r})
        tok = AutoTokenizer.from_pretrained({str(out / 'adapter')!r})
        ids = tok("### Instruction:\\nSay hi.\\n\\n### Response:\\n", return_tensors="pt")
        logits = model(**ids).logits
        assert torch.isfinite(logits).all() and logits.shape[-1] == base.config.vocab_size
        assert "lorasmith" not in sys.modules
        print("ok")
    """)
    proc = run_offline(code)
    assert proc.returncode == 0 and "ok" in proc.stdout, proc.stderr[-3000:]


def test_converted_model_is_reused():
    from lorasmith.models import resolve_model

    path, _ = resolve_model("embedded")
    weights = os.path.join(path, "model.safetensors")
    before = os.stat(weights).st_mtime_ns
    proc = run_offline("from lorasmith.models import resolve_model; print(resolve_model('embedded')[0])")
    assert proc.returncode == 0, proc.stderr
    assert "converting" not in proc.stderr
    assert os.stat(weights).st_mtime_ns == before


def test_missing_model_is_one_line_exit_2(tmp_path):
    data = write_data_dir(tmp_path / "data")
    proc = run_offline("from lorasmith.cli import main; raise SystemExit(main(['train', '--data', "
                       f"{str(data)!r}, '--model', '/no/such/model', '--output', {str(tmp_path / 'r')!r}]))")
    assert proc.returncode == 2
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1 and "not found" in lines[0] and "Traceback" not in proc.stderr
