"""The MinHash machinery behind the near-duplicate rule, and the batched token counts behind the length rule."""

from __future__ import annotations

import random
import statistics

import pytest

from lorasmith import templates
from lorasmith.models import load_tokenizer, resolve_model
from lorasmith.prepare import clean, dedup, minhash, split, work
from tests.unit.test_prepare_helpers import distinct_rows

ODD_TEXTS = ["", "a", "ab  cd", "h\u00e9llo w\u00f6rld_1 !!?", "x\u00a0y\u2028z\u3000w",
             "emoji \U0001F600\U0001F600 ok\U0001D518x", "tab\tsep\x1cfs\x1f", "__init__(self) -> None:",
             "\u65e5\u672c\u8a9e\u3001\u3067\u3059\u3002", "\ud800 lone",
             "a" * 3000, "  lead and trail  ", "x\ny"]


@pytest.fixture(scope="module")
def tokenizer():
    return load_tokenizer(resolve_model("embedded")[0])


def test_vectorised_tokens_match_the_regex():
    texts = ODD_TEXTS + [dedup.shingle_text(*clean.clean_row(r)) for r in distinct_rows(20)]
    hashes, counts = minhash.token_hashes(texts)
    toks = [dedup.tokens(t) for t in texts]
    assert counts.tolist() == [len(t) for t in toks]
    seen: dict[str, int] = {}
    for tok, h in zip([t for ts in toks for t in ts], hashes.tolist()):
        assert seen.setdefault(tok, h) == h  # the same token hashes the same wherever it is
    assert len(set(seen.values())) == len(seen)


def test_signature_agreement_estimates_the_jaccard():
    rng = random.Random(0)
    errors = []
    for r in distinct_rows(150, words=150):
        row = clean.clean_row(r)
        words = row[2].split(" ")
        for i in rng.sample(range(len(words)), rng.randint(1, 25)):
            words[i] = f"w{rng.randrange(10**6)}"
        other = (row[0], row[1], " ".join(words))
        jac = dedup.jaccard(dedup.shingles(*row), dedup.shingles(*other))
        a, b = dedup.signatures([row, other])
        errors.append(float((a == b).mean()) - jac)
    assert abs(statistics.mean(errors)) < 0.01
    assert statistics.pstdev(errors) < 0.05  # theory: at most sqrt(0.25 / 128) = 0.044


def test_signatures_do_not_depend_on_the_batch():
    rows = [clean.clean_row(r) for r in distinct_rows(10)]
    together = dedup.signatures(rows)
    alone = [dedup.signatures([r])[0] for r in rows]
    assert all((t == a).all() for t, a in zip(together, alone))
    assert dedup.signatures([("a", "", "b")]).shape == (1, minhash.NUM_PERM)


@pytest.mark.parametrize("threshold", [0.7, 0.85, 0.95, 1.0])
def test_lsh_bands_catch_pairs_at_the_threshold(threshold):
    bands, rows = minhash.lsh_params(threshold)
    assert bands * rows <= minhash.NUM_PERM
    assert minhash.candidate_probability(threshold, bands, rows) >= 0.999
    # pairs far below the threshold rarely become candidates (each would cost an exact check)
    assert minhash.candidate_probability(threshold - 0.4, bands, rows) < 0.25


def test_index_never_drops_below_the_threshold():
    index = dedup.NearDupIndex(0.9)
    base = clean.clean_row(distinct_rows(1, words=100)[0])
    close = (base[0], base[1], base[2] + " tail")
    sigs = dedup.signatures([base, close])
    keys = index.band_keys(sigs)
    assert index.check(base, sigs[0], keys[0]) == (None, 0.0, [])
    index.add(base, sigs[0], keys[0], [])
    dup, jac, _ = index.check(close, sigs[1], keys[1])
    assert dup == 0 and jac == dedup.jaccard(dedup.shingles(*base), dedup.shingles(*close)) >= 0.9
    strict = dedup.NearDupIndex(0.999)
    strict.add(base, sigs[0], keys[0], [])
    assert strict.check(close, sigs[1], strict.band_keys(sigs[1:])[0])[0] is None


def test_split_sizes_and_groups():
    assert split.val_size(1000, 0.1) == 100 and split.val_size(1, 0.5) == 0 and split.val_size(3, 0.9) == 2
    groups = [0, 0, 0, 3, 4, 5, 6, 7, 8, 9]
    is_val = split.split(groups, 0.5, seed=3)
    assert sum(is_val) == 5 and len({is_val[0], is_val[1], is_val[2]}) == 1
    assert split.split(groups, 0.5, seed=3) == is_val


@pytest.mark.parametrize("name", sorted(templates.TEMPLATES))
def test_count_tokens_batch_equals_count_tokens(tokenizer, tiny_tokenizer, name):
    tpl = templates.get_template(name)
    rows = distinct_rows(5) + [{"instruction": "Caf\u00e9 \U0001F600", "input": "x = 1\n", "output": "ok<|im_end|>"},
                               {"instruction": "  spaced ", "output": "\n\ttabbed\n"}]
    for tok in (tokenizer, tiny_tokenizer):
        want = [templates.count_tokens(tpl, tok, r) for r in rows]
        assert templates.count_tokens_batch(tpl, tok, rows) == want
        assert templates.count_tokens_batch(tpl, tok, rows, fast=False) == want
        prompts = [len(templates.encode_prompt(tpl, tok, r["instruction"], r.get("input") or "")) for r in rows]
        assert [p for p, _ in templates.token_lengths_batch(tpl, tok, rows)] == prompts
        counter = work.local_counter(tok, tpl)
        triples = [(r["instruction"], r.get("input") or "", r["output"]) for r in rows]
        assert [p + c for p, c in counter(triples)] == want


def test_worker_counter_rebuilt_from_its_spec_agrees(tokenizer):
    tpl = templates.get_template("default")
    spec = work.counter_spec(tokenizer, tpl, "unused")
    assert spec[0] == "raw"
    rows = [clean.clean_row(r) for r in distinct_rows(5)]
    assert work.build_counter(spec)(rows) == work.local_counter(tokenizer, tpl)(rows)


def test_guard_recounts_when_the_fast_counts_disagree(tokenizer):
    tpl = templates.get_template("default")
    rows = distinct_rows(3)
    worker = work.Worker(work.local_counter(tokenizer, tpl), None)
    chunk = worker([(i + 1, r) for i, r in enumerate(rows)])
    right = list(chunk.lengths)
    chunk.lengths = [(p + 1, c) for p, c in right]  # as if the Rust tokenizer disagreed with transformers
    guard = work.Counts(tokenizer, tpl)
    guard.check(chunk)
    assert guard.recount is not None and chunk.lengths == right
    assert [p + c for p, c in right] == [templates.count_tokens(tpl, tokenizer, r) for r in rows]
