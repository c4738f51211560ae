"""Multi-process training through torch.distributed on CPU (gloo): the global batch is kept, so 2 ranks x micro-batch 2
train the same adapter as 1 rank x micro-batch 4 and as 1 rank x micro-batch 2 x accumulation 2; only rank 0 writes
the run directory; a crash on one rank stops all; --resume continues a multi-rank checkpoint; two simulated hosts.

Why the comparison is exact-ish: the Trainer draws one seeded permutation of the rows on every rank and hands
consecutive micro-batches to consecutive ranks (accelerate's BatchSamplerShard), so each optimizer step sees the
same 4 rows in every configuration; the loss is normalised by the supervised tokens of the whole global batch, and
the gradients are averaged over ranks. What is left is float rounding of differently padded micro-batches.
The per-step token counts in metrics.jsonl prove that the steps saw the same rows.
"""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time

import pytest
import torch

from lorasmith import distributed as D
from lorasmith.cli import build_parser, main
from lorasmith.config import load_config
from lorasmith.errors import UserError
from lorasmith.rundir import RunDir
from lorasmith.train import _relaunch_args, sft_config, train
from tests.conftest import make_tiny_model_dir, tiny_overrides, write_data_dir

# Adapter weights move by up to ~2.5e-2 in these 4 steps; differently padded micro-batches differ by ~2e-7.
ATOL = 1e-5
# dropout 0 so that ranks, which draw their own dropout masks, cannot differ for that reason
EXACT = {"lora.dropout": 0, "train.micro_batch_size": 2}
RUN_FILES = ("config.yaml", "run.json", "metrics.jsonl", "adapter")


def _adapter(run_dir):
    from safetensors.torch import load_file

    return load_file(f"{run_dir}/adapter/adapter_model.safetensors")


def _assert_same_adapter(a_dir, b_dir, atol=ATOL):
    a, b = _adapter(a_dir), _adapter(b_dir)
    assert a.keys() == b.keys()
    for k in a:
        torch.testing.assert_close(a[k], b[k], rtol=0, atol=atol, msg=k)


def _steps(run_dir) -> list[tuple[int, float, float]]:
    """(step, loss, tokens seen so far) of every training log line."""
    rows = [json.loads(line) for line in (run_dir / "metrics.jsonl").read_text().splitlines()]
    return [(r["step"], r["loss"], r["tokens"]) for r in rows if "loss" in r]


# ---------------------------------------------------------------- in one process, fast

@pytest.mark.parametrize("batch, micro, world, expected", [
    (4, 0, 1, (4, 1)), (4, 2, 1, (2, 2)), (4, 0, 2, (2, 1)), (4, 2, 2, (2, 1)), (8, 1, 2, (1, 4)), (16, 2, 4, (2, 2)),
])
def test_batch_plan_keeps_the_global_batch(batch, micro, world, expected):
    m, acc = D.batch_plan(batch, micro, world)
    assert (m, acc) == expected and m * world * acc == batch


@pytest.mark.parametrize("batch, micro, world", [(4, 0, 3), (4, 4, 2), (6, 2, 2), (2, 0, 4)])
def test_batch_plan_refuses_what_does_not_divide(batch, micro, world):
    with pytest.raises(UserError, match=f"train.batch_size={batch} must be") as exc:
        D.batch_plan(batch, micro, world)
    assert "\n" not in str(exc.value)


def test_sft_config_splits_the_batch_over_processes(tiny_model_dir, tiny_data_dir, tmp_path):
    cfg = load_config(None, tiny_overrides(tiny_model_dir, tiny_data_dir, tmp_path / "r", **{"train.batch_size": 8}))
    one = sft_config(cfg, RunDir(tmp_path / "r"), 16, True)
    assert (one.per_device_train_batch_size, one.gradient_accumulation_steps) == (8, 1)  # single process as before
    two = sft_config(cfg, RunDir(tmp_path / "r"), 16, True, world_size=2)
    assert (two.per_device_train_batch_size, two.gradient_accumulation_steps) == (4, 1)
    assert two.ddp_find_unused_parameters is False
    cfg.train.micro_batch_size = 2
    two = sft_config(cfg, RunDir(tmp_path / "r"), 16, True, world_size=2)
    assert (two.per_device_train_batch_size, two.gradient_accumulation_steps) == (2, 2)


def test_nproc_refuses_an_indivisible_batch_before_starting(tiny_model_dir, tiny_data_dir, tmp_path, capsys):
    out = tmp_path / "run"
    rc = main(["train", "--nproc", "3", *tiny_overrides(tiny_model_dir, tiny_data_dir, out)])
    err = capsys.readouterr().err
    assert rc == 2 and "train.batch_size=4 must be" in err and "3 processes" in err
    assert len(err.strip().splitlines()) == 1 and "torchrun" not in err  # refused before any process started
    assert not out.exists()


def test_fsdp_is_refused_without_gpus(tiny_model_dir, tiny_data_dir, tmp_path, capsys):
    if torch.cuda.is_available():
        pytest.skip("this machine has a GPU")
    out = tmp_path / "run"
    rc = main(["train", *tiny_overrides(tiny_model_dir, tiny_data_dir, out, **{"train.fsdp": "true"})])
    err = capsys.readouterr().err
    assert rc == 2 and "train.fsdp=true needs CUDA GPUs" in err and len(err.strip().splitlines()) == 1
    assert not out.exists()


def test_fsdp_arguments_shard_by_decoder_layer(tiny_model_dir, tiny_data_dir, tmp_path):
    from lorasmith.train import build_model

    cfg = load_config(None, tiny_overrides(tiny_model_dir, tiny_data_dir, tmp_path / "r", **{"model.load_in_4bit": False}))
    kwargs = D.fsdp_arguments(build_model(cfg, tiny_model_dir), gradient_checkpointing=True)
    fc = kwargs["fsdp_config"]
    assert kwargs["fsdp"] is True and fc["transformer_layer_cls_to_wrap"] == ["LlamaDecoderLayer"]
    assert fc["state_dict_type"] == "FULL_STATE_DICT" and fc["activation_checkpointing"] is True


def test_relaunch_repeats_the_command_without_nproc():
    args = build_parser().parse_args(["train", "lora.r=8", "train.lr=1e-4", "--nproc", "2", "--config", "cpu-demo",
                                      "--data", "d", "--output", "o", "--resume"])
    again = build_parser().parse_args(_relaunch_args(args))
    assert again.nproc is None
    for name in ("overrides", "config", "data", "model", "output", "resume", "overwrite", "dry_run"):
        assert getattr(again, name) == getattr(args, name), name


def test_dry_run_shows_the_split_for_nproc(tiny_model_dir, tiny_data_dir, tmp_path, capsys):
    out = tmp_path / "run"
    rc = main(["train", "--dry-run", "--nproc", "2", *tiny_overrides(tiny_model_dir, tiny_data_dir, out)])
    assert rc == 0
    assert "batch 4 = micro-batch 2 x 2 processes x accumulation 1" in capsys.readouterr().out
    assert not out.exists()


def test_should_launch(monkeypatch):
    for name in ("RANK", "WORLD_SIZE", "LOCAL_WORLD_SIZE"):
        monkeypatch.delenv(name, raising=False)
    assert [D.should_launch(n) for n in (None, 1, 2)] == [False, False, True]
    with pytest.raises(UserError, match="--nproc 0: must be at least 1"):
        D.should_launch(0)
    monkeypatch.setenv("RANK", "0")
    monkeypatch.setenv("WORLD_SIZE", "4")
    monkeypatch.setenv("LOCAL_WORLD_SIZE", "2")
    assert D.should_launch(2) is False  # torchrun already started this host's processes
    with pytest.raises(UserError, match="--nproc 3, but torchrun started 2 processes"):
        D.should_launch(3)
    assert (D.world_size(), D.rank(), D.is_main()) == (4, 0, True)


def test_one_process_keeps_the_plain_stop_callback():
    from lorasmith.callbacks import GracefulStop

    stop = D.stop_callback()
    assert type(stop) is GracefulStop and D.any_rank(True) and not D.any_rank(False)


# ---------------------------------------------------------------- several processes, slow

@pytest.fixture(scope="module")
def dist_inputs(tmp_path_factory):
    root = tmp_path_factory.mktemp("dist")
    model = make_tiny_model_dir(root / "model")
    data = write_data_dir(root / "data")
    return root, model, data


@pytest.fixture(scope="module")
def two_rank_run(dist_inputs):
    """2 processes x micro-batch 2 (gloo), launched by `lorasmith train --nproc 2`."""
    root, model, data = dist_inputs
    out = root / "two-ranks"
    rc = main(["train", "--nproc", "2", *tiny_overrides(model, data, out, **EXACT)])
    assert rc == 0
    return out


@pytest.mark.slow
def test_two_ranks_train_the_same_adapter_as_one(dist_inputs, two_rank_run):
    root, model, data = dist_inputs
    run = json.loads((two_rank_run / "run.json").read_text())
    assert run["distributed"] == {"world_size": 2, "backend": "gloo", "micro_batch_size": 2,
                                  "gradient_accumulation_steps": 1, "fsdp": False}
    assert run["steps"] == 4
    assert {p.name for p in (two_rank_run / "checkpoints" / "checkpoint-2").glob("rng_state_*")} == \
        {"rng_state_0.pth", "rng_state_1.pth"}  # a checkpoint every rank can resume from
    one_micro4 = root / "one-rank-micro4"
    train(load_config(None, tiny_overrides(model, data, one_micro4, **{"lora.dropout": 0})))
    one_accum2 = root / "one-rank-accum2"
    train(load_config(None, tiny_overrides(model, data, one_accum2, **EXACT)))
    steps = _steps(two_rank_run)
    assert [s for s, _, _ in steps] == [1, 2, 3, 4]  # rank 0 alone logs: one line per step
    for other in (one_micro4, one_accum2):
        # the same rows in every step (same token counts), the same losses, the same adapter
        assert [(s, tok) for s, _, tok in steps] == [(s, tok) for s, _, tok in _steps(other)]
        for (_, a, _), (_, b, _) in zip(steps, _steps(other)):
            assert a == pytest.approx(b, abs=1e-5)
        _assert_same_adapter(two_rank_run, other)
    assert max(t.abs().max().item() for k, t in _adapter(two_rank_run).items() if "lora_B" in k) > 100 * ATOL


CRASH = """
import os, sys
from lorasmith import callbacks
from lorasmith.cli import main

class CrashOnRankOne(callbacks.NanGuard):
    def on_step_begin(self, args, state, control, **kwargs):
        # after step 3, so that checkpoint-2 is complete on every rank
        if state.global_step == 3 and os.environ["RANK"] == "1":
            raise RuntimeError("injected failure on rank 1")

callbacks.NanGuard = CrashOnRankOne
sys.exit(main(sys.argv[1:]))
"""


@pytest.mark.slow
def test_a_crash_on_one_rank_stops_all_and_resume_continues(dist_inputs, two_rank_run, tmp_path, capfd):
    root, model, data = dist_inputs
    script = tmp_path / "crash.py"
    script.write_text(CRASH)
    out = root / "crashed"
    t0 = time.monotonic()
    with pytest.raises(UserError, match=r"rank 1 of 2 exited with status 1 .*torchrun stopped the other ranks") as exc:
        D.launch(2, ["train", *tiny_overrides(model, data, out, **EXACT)], program=[str(script)])
    assert exc.value.code == 1
    assert time.monotonic() - t0 < 300  # rank 0 did not wait for its dead peer until a timeout
    assert "injected failure on rank 1" in capfd.readouterr().err
    assert not (out / "adapter").exists() and not (out / "run.json").exists()
    assert (out / "checkpoints" / "checkpoint-2" / "rng_state_1.pth").is_file()

    rc = main(["train", "--nproc", "2", "--output", str(out), "--resume"])
    assert rc == 0
    assert "resuming from" in capfd.readouterr().err
    _assert_same_adapter(two_rank_run, out)
    assert [s for s, _, _ in _steps(out)] == [1, 2, 3, 4]  # nothing logged twice after resuming


@pytest.mark.slow
def test_ctrl_c_stops_every_rank_after_the_same_step(dist_inputs, tmp_path):
    """SIGINT to `lorasmith train --nproc 2` (as Ctrl-C in a terminal): torchrun passes it on, the ranks agree on a
    step, save one checkpoint that both can resume from, and the run continues with --resume."""
    import signal

    root, model, data = dist_inputs
    out = tmp_path / "run"
    long = {**EXACT, "train.max_steps": 40, "train.save_steps": 1000}
    cmd = [sys.executable, "-m", "lorasmith", "train", "--nproc", "2", *tiny_overrides(model, data, out, **long)]
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    try:
        deadline = time.monotonic() + 600
        while time.monotonic() < deadline and proc.poll() is None:
            if (out / "metrics.jsonl").is_file() and _steps(out):
                break
            time.sleep(0.2)
        proc.send_signal(signal.SIGINT)
        log = proc.communicate(timeout=300)[0]
    finally:
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == 130, log
    assert "SIGINT" in log and "Traceback" not in log
    checkpoints = list((out / "checkpoints").glob("checkpoint-*"))
    assert len(checkpoints) == 1 and not (out / "adapter").exists()
    stopped = int(checkpoints[0].name.split("-")[1])
    assert 1 <= stopped < 40
    assert {p.name for p in checkpoints[0].glob("rng_state_*")} == {"rng_state_0.pth", "rng_state_1.pth"}
    assert main(["train", "--nproc", "2", "--output", str(out), "--resume"]) == 0
    steps = [s for s, _, _ in _steps(out)]
    assert steps == list(range(1, 41))


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.mark.slow
def test_two_hosts_over_loopback(dist_inputs, two_rank_run, tmp_path):
    """Two torchrun agents, one process each, meet through the c10d rendezvous on 127.0.0.1 as two hosts would.

    Each 'host' runs in its own folder with a relative --output, as if they shared no disk: rank 0's folder
    holds the run, the other's none of its files.
    """
    root, model, data = dist_inputs
    port = _free_port()
    hosts = [tmp_path / "host0", tmp_path / "host1"]
    procs = []
    for node, folder in enumerate(hosts):
        folder.mkdir()
        cmd = [sys.executable, "-m", "torch.distributed.run", "--nnodes", "2", "--node_rank", str(node),
               "--nproc_per_node", "1", "--rdzv-backend", "c10d", "--rdzv-endpoint", f"127.0.0.1:{port}",
               "-m", "lorasmith", "train", *tiny_overrides(model, data, "run", **EXACT)]
        procs.append(subprocess.Popen(cmd, cwd=folder, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True))
    try:
        logs = [p.communicate(timeout=900)[0] for p in procs]
    finally:
        for p in procs:
            if p.poll() is None:
                p.kill()
    assert [p.returncode for p in procs] == [0, 0], "\n".join(logs)
    written = [h for h in hosts if (h / "run" / "run.json").is_file()]
    assert len(written) == 1, "exactly one host (rank 0's) writes the run"
    other = hosts[1 - hosts.index(written[0])]
    assert not [name for name in RUN_FILES if (other / "run" / name).exists()]
    run = json.loads((written[0] / "run" / "run.json").read_text())
    assert run["distributed"]["world_size"] == 2
    _assert_same_adapter(two_rank_run, written[0] / "run")


@pytest.mark.gpu
@pytest.mark.slow
def test_fsdp_on_one_gpu_matches_plain_training(dist_inputs, tmp_path):
    """FSDP needs CUDA, so CPU CI skips this. On one GPU it checks the wiring: sharded training through torchrun
    (world size 1) gives the adapter that plain training gives."""
    root, model, data = dist_inputs
    bf16 = {**EXACT, "model.compute_dtype": "bfloat16", "train.micro_batch_size": 4}
    plain, sharded = tmp_path / "plain", tmp_path / "fsdp"
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    for out, extra in ((plain, {}), (sharded, {"train.fsdp": "true"})):
        cmd = [sys.executable, "-m", "torch.distributed.run", "--standalone", "--nproc_per_node", "1",
               "-m", "lorasmith", "train", *tiny_overrides(model, data, out, **bf16, **extra)]
        done = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=900)
        assert done.returncode == 0, done.stdout + done.stderr
    assert json.loads((sharded / "run.json").read_text())["distributed"]["fsdp"] is True
    a, b = _adapter(plain), _adapter(sharded)
    assert a.keys() == b.keys()
    for k in a:  # bfloat16 arithmetic, and FSDP keeps the norms in bfloat16 where plain QLoRA upcasts them
        assert ((a[k].float() - b[k].float()).norm() / a[k].float().norm()).item() < 0.1, k
