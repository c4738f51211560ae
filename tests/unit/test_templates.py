import pytest

from lorasmith.templates import IGNORE_INDEX, TEMPLATES, encode, encode_prompt, format_prompt, get_template

ROW = {"instruction": "Reverse s.", "input": "s = 'abc'", "output": "s[::-1]"}


@pytest.mark.parametrize("name", sorted(TEMPLATES))
def test_loss_mask_trains_response_and_eos_only(tiny_tokenizer, name):
    tpl = get_template(name)
    ex = encode(tpl, tiny_tokenizer, ROW)
    ids, labels = ex["input_ids"], ex["labels"]
    assert len(ids) == len(labels)
    prompt = encode_prompt(tpl, tiny_tokenizer, ROW["instruction"], ROW["input"])
    assert ids[: len(prompt)] == prompt  # generation sees exactly the training prompt
    assert all(label == IGNORE_INDEX for label in labels[: len(prompt)])
    trained = [t for t, lab in zip(ids, labels) if lab != IGNORE_INDEX]
    assert trained == ids[len(prompt):]
    assert trained[-1] == tiny_tokenizer.eos_token_id
    assert tiny_tokenizer.decode(trained[:-1]).strip() == ROW["output"]


def test_default_template_drops_empty_input_section(tiny_tokenizer):
    tpl = get_template("default")
    with_input = format_prompt(tpl, tiny_tokenizer, "Do it.", "data")
    without = format_prompt(tpl, tiny_tokenizer, "Do it.", "")
    assert "### Input:\ndata" in with_input
    assert "### Input" not in without
    assert without.endswith("### Response:\n")


def test_template_round_trips_through_dict():
    for tpl in TEMPLATES.values():
        assert get_template(tpl.to_dict()) == tpl


def test_unknown_template_is_a_user_error():
    from lorasmith.errors import UserError

    with pytest.raises(UserError, match="unknown template"):
        get_template("vicuna")
