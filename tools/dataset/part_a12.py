"""Writer A, part 12: write_tests rows (scheduling, text and data helpers)."""

ROWS = [
dict(kind="write_tests", lang="python",
     instruction="Write tests for csv_escape.",
     input='''def csv_escape(field):
    text = str(field)
    if any(ch in text for ch in ',"\\n\\r') or text != text.strip():
        return '"' + text.replace('"', '""') + '"'
    return text''',
     output=r'''```python
import csv
import io
import unittest

def csv_escape(field):
    text = str(field)
    if any(ch in text for ch in ',"\n\r') or text != text.strip():
        return '"' + text.replace('"', '""') + '"'
    return text

class CsvEscapeTests(unittest.TestCase):
    def test_plain_values_untouched(self):
        self.assertEqual(csv_escape("abc"), "abc")
        self.assertEqual(csv_escape(42), "42")

    def test_quotes_fields_with_specials(self):
        self.assertEqual(csv_escape("a,b"), '"a,b"')
        self.assertEqual(csv_escape('say "hi"'), '"say ""hi"""')
        self.assertEqual(csv_escape("line1\nline2"), '"line1\nline2"')

    def test_preserves_edge_whitespace(self):
        self.assertEqual(csv_escape(" pad "), '" pad "')

    def test_csv_module_reads_back_original(self):
        fields = ["x", "a,b", 'q"q', "multi\nline", " sp "]
        line = ",".join(csv_escape(f) for f in fields) + "\n"
        self.assertEqual(next(csv.reader(io.StringIO(line))), fields)

unittest.main(argv=["tests"], exit=False)
```
The decisive test parses the escaped output with the standard `csv` module and expects the original fields back, so the escaping is verified against a real CSV reader rather than only against hand-written strings.'''),

dict(kind="write_tests", lang="python",
     instruction="Write unit tests for sentence_split_simple.",
     input='''import re

def sentence_split_simple(text):
    parts = re.split(r"(?<=[.!?])\\s+", text.strip())
    return [p for p in parts if p]''',
     output=r'''```python
import re
import unittest

def sentence_split_simple(text):
    parts = re.split(r"(?<=[.!?])\s+", text.strip())
    return [p for p in parts if p]

class SentenceSplitTests(unittest.TestCase):
    def test_three_sentences(self):
        self.assertEqual(sentence_split_simple("One. Two! Three?"), ["One.", "Two!", "Three?"])

    def test_newlines_and_extra_spaces(self):
        self.assertEqual(sentence_split_simple("A.\n\nB.   C."), ["A.", "B.", "C."])

    def test_no_split_without_whitespace(self):
        self.assertEqual(sentence_split_simple("Version 2.5 is out."), ["Version 2.5 is out."])

    def test_known_limitation_abbreviations(self):
        # documents current behaviour: abbreviations do cause a split
        self.assertEqual(sentence_split_simple("Dr. Who"), ["Dr.", "Who"])

    def test_empty(self):
        self.assertEqual(sentence_split_simple("   "), [])

unittest.main(argv=["tests"], exit=False)
```
The lookbehind keeps punctuation attached to its sentence, and decimals like "2.5" don't split because no whitespace follows the dot. A test deliberately records the abbreviation limitation so a future fix shows up as an intentional test change.'''),

dict(kind="write_tests", lang="python",
     instruction="Write tests for paginate.",
     input='''import math

def paginate(items, page, per_page=10):
    if page < 1 or per_page < 1:
        raise ValueError("page and per_page must be >= 1")
    pages = max(1, math.ceil(len(items) / per_page))
    start = (page - 1) * per_page
    return {"items": items[start:start + per_page], "page": page, "pages": pages,
            "has_next": page < pages}''',
     output=r'''```python
import math
import unittest

def paginate(items, page, per_page=10):
    if page < 1 or per_page < 1:
        raise ValueError("page and per_page must be >= 1")
    pages = max(1, math.ceil(len(items) / per_page))
    start = (page - 1) * per_page
    return {"items": items[start:start + per_page], "page": page, "pages": pages,
            "has_next": page < pages}

class PaginateTests(unittest.TestCase):
    DATA = list(range(1, 26))   # 25 items

    def test_first_page(self):
        p = paginate(self.DATA, 1)
        self.assertEqual(p["items"], list(range(1, 11)))
        self.assertEqual((p["pages"], p["has_next"]), (3, True))

    def test_last_partial_page(self):
        p = paginate(self.DATA, 3)
        self.assertEqual(p["items"], [21, 22, 23, 24, 25])
        self.assertFalse(p["has_next"])

    def test_page_past_end_is_empty(self):
        self.assertEqual(paginate(self.DATA, 4)["items"], [])

    def test_empty_list_has_one_page(self):
        self.assertEqual(paginate([], 1)["pages"], 1)

    def test_pages_cover_everything_once(self):
        collected = []
        for page in range(1, paginate(self.DATA, 1, 7)["pages"] + 1):
            collected += paginate(self.DATA, page, 7)["items"]
        self.assertEqual(collected, self.DATA)

    def test_invalid(self):
        with self.assertRaises(ValueError):
            paginate(self.DATA, 0)

unittest.main(argv=["tests"], exit=False)
```
Off-by-one errors in pagination either drop or repeat items, so the coverage test concatenates every page and compares with the input. Other tests pin the partial last page, pages past the end and the empty collection.'''),

dict(kind="write_tests", lang="python",
     instruction="Write unit tests for this retry decorator.",
     input='''import functools

def retry(times, exceptions=(Exception,)):
    def decorator(fn):
        @functools.wraps(fn)
        def wrapper(*args, **kwargs):
            for attempt in range(1, times + 1):
                try:
                    return fn(*args, **kwargs)
                except exceptions:
                    if attempt == times:
                        raise
        return wrapper
    return decorator''',
     output=r'''```python
import functools
import unittest

def retry(times, exceptions=(Exception,)):
    def decorator(fn):
        @functools.wraps(fn)
        def wrapper(*args, **kwargs):
            for attempt in range(1, times + 1):
                try:
                    return fn(*args, **kwargs)
                except exceptions:
                    if attempt == times:
                        raise
        return wrapper
    return decorator

def flaky(fail_times, exc=ConnectionError):
    state = {"calls": 0}
    def fn():
        state["calls"] += 1
        if state["calls"] <= fail_times:
            raise exc("boom")
        return "ok"
    return fn, state

class RetryTests(unittest.TestCase):
    def test_succeeds_after_failures(self):
        fn, state = flaky(2)
        self.assertEqual(retry(3)(fn)(), "ok")
        self.assertEqual(state["calls"], 3)

    def test_gives_up_and_reraises(self):
        fn, state = flaky(5)
        with self.assertRaises(ConnectionError):
            retry(3)(fn)()
        self.assertEqual(state["calls"], 3)

    def test_other_exceptions_not_retried(self):
        fn, state = flaky(1, exc=KeyError)
        with self.assertRaises(KeyError):
            retry(3, exceptions=(ConnectionError,))(fn)()
        self.assertEqual(state["calls"], 1)

    def test_no_retry_needed(self):
        fn, state = flaky(0)
        self.assertEqual(retry(3)(fn)(), "ok")
        self.assertEqual(state["calls"], 1)

unittest.main(argv=["tests"], exit=False)
```
A small factory builds functions that fail a set number of times and count their calls, so each test can assert exactly how many attempts were made: success after failures, giving up after the limit, and no retries for exceptions outside the configured tuple.'''),

dict(kind="write_tests", lang="python",
     instruction="Write tests for parse_iso_week, which turns '2024-W05' into the Monday of that week.",
     input='''import re
from datetime import date

def parse_iso_week(text):
    m = re.fullmatch(r"(\\d{4})-W(\\d{2})", text)
    if not m:
        raise ValueError(f"bad ISO week: {text!r}")
    year, week = int(m.group(1)), int(m.group(2))
    return date.fromisocalendar(year, week, 1)''',
     output=r'''```python
import re
import unittest
from datetime import date

def parse_iso_week(text):
    m = re.fullmatch(r"(\d{4})-W(\d{2})", text)
    if not m:
        raise ValueError(f"bad ISO week: {text!r}")
    year, week = int(m.group(1)), int(m.group(2))
    return date.fromisocalendar(year, week, 1)

class ParseIsoWeekTests(unittest.TestCase):
    def test_returns_monday(self):
        d = parse_iso_week("2024-W05")
        self.assertEqual(d, date(2024, 1, 29))
        self.assertEqual(d.weekday(), 0)

    def test_week_one_can_start_in_previous_year(self):
        self.assertEqual(parse_iso_week("2025-W01"), date(2024, 12, 30))

    def test_round_trip_with_isocalendar(self):
        d = parse_iso_week("2020-W53")
        self.assertEqual(d.isocalendar()[:2], (2020, 53))

    def test_week_53_missing_in_some_years(self):
        with self.assertRaises(ValueError):
            parse_iso_week("2023-W53")

    def test_malformed(self):
        for bad in ("2024-5", "2024W05", "2024-W5", "24-W05"):
            with self.subTest(bad=bad), self.assertRaises(ValueError):
                parse_iso_week(bad)

unittest.main(argv=["tests"], exit=False)
```
ISO week edge cases are the point: week 1 of 2025 starts on 30 December 2024, and only some years have a week 53 (2020 does, 2023 doesn't, so `fromisocalendar` raises).'''),

dict(kind="write_tests", lang="python",
     instruction="Write unit tests for the mean_ignoring_none function.",
     input='''def mean_ignoring_none(values):
    present = [v for v in values if v is not None]
    if not present:
        return None
    return sum(present) / len(present)''',
     output=r'''```python
import unittest

def mean_ignoring_none(values):
    present = [v for v in values if v is not None]
    if not present:
        return None
    return sum(present) / len(present)

class MeanIgnoringNoneTests(unittest.TestCase):
    def test_skips_none(self):
        self.assertEqual(mean_ignoring_none([2, None, 4]), 3)

    def test_zero_is_a_real_value(self):
        self.assertEqual(mean_ignoring_none([0, None, 6]), 3)

    def test_all_missing(self):
        self.assertIsNone(mean_ignoring_none([None, None]))
        self.assertIsNone(mean_ignoring_none([]))

    def test_generator_input(self):
        self.assertEqual(mean_ignoring_none(x for x in (1, None, 2)), 1.5)

unittest.main(argv=["tests"], exit=False)
```
The zero test guards against a common regression where someone filters with `if v` and silently drops zeros. Empty and all-missing inputs return `None` instead of raising.'''),

dict(kind="write_tests", lang="python",
     instruction="Write tests for merge_settings.",
     input='''def merge_settings(defaults, overrides):
    unknown = set(overrides) - set(defaults)
    if unknown:
        raise KeyError(f"unknown settings: {sorted(unknown)}")
    merged = dict(defaults)
    merged.update(overrides)
    return merged''',
     output=r'''```python
import unittest

def merge_settings(defaults, overrides):
    unknown = set(overrides) - set(defaults)
    if unknown:
        raise KeyError(f"unknown settings: {sorted(unknown)}")
    merged = dict(defaults)
    merged.update(overrides)
    return merged

DEFAULTS = {"color": "auto", "width": 80, "verbose": False}

class MergeSettingsTests(unittest.TestCase):
    def test_overrides_win(self):
        self.assertEqual(merge_settings(DEFAULTS, {"width": 120}),
                         {"color": "auto", "width": 120, "verbose": False})

    def test_no_overrides(self):
        self.assertEqual(merge_settings(DEFAULTS, {}), DEFAULTS)

    def test_defaults_not_mutated(self):
        merge_settings(DEFAULTS, {"verbose": True})
        self.assertFalse(DEFAULTS["verbose"])

    def test_unknown_keys_listed(self):
        with self.assertRaises(KeyError) as ctx:
            merge_settings(DEFAULTS, {"colour": "red", "widht": 3})
        self.assertIn("['colour', 'widht']", str(ctx.exception))

unittest.main(argv=["tests"], exit=False)
```
Rejecting unknown keys catches typos like "colour" or "widht", and the test checks all of them are named, sorted, in the message. Another test makes sure the shared defaults dict is never modified.'''),

dict(kind="write_tests", lang="python",
     instruction="Write unit tests for this queue simulation helper.",
     input='''def simulate_checkout(arrivals, service_time, tills):
    free_at = [0] * tills
    finish_times = []
    for t in sorted(arrivals):
        i = min(range(tills), key=lambda k: free_at[k])
        start = max(t, free_at[i])
        free_at[i] = start + service_time
        finish_times.append(free_at[i])
    return finish_times''',
     output=r'''```python
import unittest

def simulate_checkout(arrivals, service_time, tills):
    free_at = [0] * tills
    finish_times = []
    for t in sorted(arrivals):
        i = min(range(tills), key=lambda k: free_at[k])
        start = max(t, free_at[i])
        free_at[i] = start + service_time
        finish_times.append(free_at[i])
    return finish_times

class SimulateCheckoutTests(unittest.TestCase):
    def test_single_till_queues(self):
        self.assertEqual(simulate_checkout([0, 0, 0], 5, 1), [5, 10, 15])

    def test_two_tills_share_load(self):
        self.assertEqual(simulate_checkout([0, 0, 0], 5, 2), [5, 5, 10])

    def test_idle_gap(self):
        self.assertEqual(simulate_checkout([0, 20], 5, 1), [5, 25])

    def test_more_tills_never_slower(self):
        arrivals = [0, 1, 1, 2, 3, 8, 8, 9]
        for tills in range(1, 5):
            fewer = simulate_checkout(arrivals, 4, tills)
            more = simulate_checkout(arrivals, 4, tills + 1)
            self.assertTrue(all(m <= f for m, f in zip(more, fewer)))

    def test_unsorted_arrivals(self):
        self.assertEqual(simulate_checkout([10, 0], 3, 1), [3, 13])

unittest.main(argv=["tests"], exit=False)
```
Small scenarios check queueing on one till, load sharing, and a server sitting idle between customers. The monotonicity test encodes a property that must always hold: adding a till never makes any customer finish later.'''),

dict(kind="write_tests", lang="python",
     instruction="Write tests for the wrap_lines function.",
     input='''def wrap_lines(text, width):
    if width < 1:
        raise ValueError("width must be positive")
    lines, current = [], ""
    for word in text.split():
        while len(word) > width:
            if current:
                lines.append(current)
                current = ""
            lines.append(word[:width])
            word = word[width:]
        if not current:
            current = word
        elif len(current) + 1 + len(word) <= width:
            current += " " + word
        else:
            lines.append(current)
            current = word
    if current:
        lines.append(current)
    return lines''',
     output=r'''```python
import unittest

def wrap_lines(text, width):
    if width < 1:
        raise ValueError("width must be positive")
    lines, current = [], ""
    for word in text.split():
        while len(word) > width:
            if current:
                lines.append(current)
                current = ""
            lines.append(word[:width])
            word = word[width:]
        if not current:
            current = word
        elif len(current) + 1 + len(word) <= width:
            current += " " + word
        else:
            lines.append(current)
            current = word
    if current:
        lines.append(current)
    return lines

class WrapLinesTests(unittest.TestCase):
    def test_basic(self):
        self.assertEqual(wrap_lines("the quick brown fox", 10), ["the quick", "brown fox"])

    def test_exact_fit(self):
        self.assertEqual(wrap_lines("ab cd", 5), ["ab cd"])

    def test_long_word_is_split(self):
        self.assertEqual(wrap_lines("a abcdefghij b", 4), ["a", "abcd", "efgh", "ij b"])

    def test_no_line_too_long_and_no_text_lost(self):
        text = "lorem ipsum dolor sit amet consectetur adipiscing elit sed do"
        for width in range(1, 20):
            lines = wrap_lines(text, width)
            self.assertTrue(all(len(l) <= width for l in lines))
            self.assertEqual("".join(lines).replace(" ", ""), text.replace(" ", ""))

    def test_empty_and_invalid(self):
        self.assertEqual(wrap_lines("   ", 5), [])
        with self.assertRaises(ValueError):
            wrap_lines("x", 0)

unittest.main(argv=["tests"], exit=False)
```
Besides examples, a sweep over widths 1-19 checks the two invariants any wrapper must satisfy: no line exceeds the width and no characters are lost or duplicated.'''),

dict(kind="write_tests", lang="python",
     instruction="Write unit tests for batch_sum.",
     input='''def batch_sum(values, batch_size):
    if batch_size < 1:
        raise ValueError("batch_size must be >= 1")
    return [sum(values[i:i + batch_size]) for i in range(0, len(values), batch_size)]''',
     output=r'''```python
def batch_sum(values, batch_size):
    if batch_size < 1:
        raise ValueError("batch_size must be >= 1")
    return [sum(values[i:i + batch_size]) for i in range(0, len(values), batch_size)]

assert batch_sum([1, 2, 3, 4, 5], 2) == [3, 7, 5]      # short last batch
assert batch_sum([1, 2, 3], 3) == [6]
assert batch_sum([1, 2, 3], 10) == [6]
assert batch_sum([], 4) == []
assert batch_sum([5, -5, 2], 1) == [5, -5, 2]
data = list(range(37))
assert sum(batch_sum(data, 6)) == sum(data)            # nothing lost
try:
    batch_sum([1], 0)
except ValueError:
    pass
else:
    raise AssertionError("batch_size 0 accepted")
print("batch_sum ok")
```
Plain asserts cover the partial final batch, a batch larger than the data, empty input, size 1, the conservation of the total, and the invalid size.'''),

dict(kind="write_tests", lang="python",
     instruction="Write tests for dedupe_emails.",
     input='''def dedupe_emails(emails):
    seen, result = set(), []
    for email in emails:
        key = email.strip().lower()
        if key and key not in seen:
            seen.add(key)
            result.append(email.strip())
    return result''',
     output=r'''```python
import unittest

def dedupe_emails(emails):
    seen, result = set(), []
    for email in emails:
        key = email.strip().lower()
        if key and key not in seen:
            seen.add(key)
            result.append(email.strip())
    return result

class DedupeEmailsTests(unittest.TestCase):
    def test_case_insensitive_first_wins(self):
        self.assertEqual(dedupe_emails(["Ann@X.io", "ann@x.io"]), ["Ann@X.io"])

    def test_whitespace_trimmed(self):
        self.assertEqual(dedupe_emails([" bo@y.io ", "bo@y.io"]), ["bo@y.io"])

    def test_order_preserved(self):
        self.assertEqual(dedupe_emails(["c@z", "a@z", "C@z", "b@z"]), ["c@z", "a@z", "b@z"])

    def test_blank_entries_dropped(self):
        self.assertEqual(dedupe_emails(["", "  ", "d@z"]), ["d@z"])

unittest.main(argv=["tests"], exit=False)
```
The tests state the function's policy: comparisons ignore case and surrounding whitespace, the first spelling is kept, original order survives, and blank entries disappear.'''),

dict(kind="write_tests", lang="python",
     instruction="Write unit tests for a simple Matrix identity/multiply helper pair.",
     input='''def identity(n):
    return [[1 if i == j else 0 for j in range(n)] for i in range(n)]

def mat_mul(a, b):
    return [[sum(a[i][k] * b[k][j] for k in range(len(b)))
             for j in range(len(b[0]))] for i in range(len(a))]''',
     output=r'''```python
import unittest

def identity(n):
    return [[1 if i == j else 0 for j in range(n)] for i in range(n)]

def mat_mul(a, b):
    return [[sum(a[i][k] * b[k][j] for k in range(len(b)))
             for j in range(len(b[0]))] for i in range(len(a))]

class MatrixTests(unittest.TestCase):
    def test_identity_shape(self):
        self.assertEqual(identity(3), [[1, 0, 0], [0, 1, 0], [0, 0, 1]])

    def test_identity_rows_independent(self):
        m = identity(2)
        m[0][1] = 9
        self.assertEqual(m[1], [0, 1])

    def test_multiply_by_identity(self):
        a = [[2, 3], [4, 5], [6, 7]]
        self.assertEqual(mat_mul(a, identity(2)), a)
        self.assertEqual(mat_mul(identity(3), a), a)

    def test_not_commutative(self):
        a, b = [[1, 2], [3, 4]], [[0, 1], [1, 0]]
        self.assertEqual(mat_mul(a, b), [[2, 1], [4, 3]])
        self.assertNotEqual(mat_mul(a, b), mat_mul(b, a))

    def test_associative(self):
        a, b, c = [[1, 2]], [[3], [4]], [[5, 6]]
        self.assertEqual(mat_mul(mat_mul(a, b), c), mat_mul(a, mat_mul(b, c)))

unittest.main(argv=["tests"], exit=False)
```
Algebraic identities make good tests: multiplying by the identity on either side returns the matrix, multiplication is associative but not commutative. The row-independence test catches the `[[0] * n] * n` aliasing bug.'''),

dict(kind="write_tests", lang="python",
     instruction="Write tests for the Deck class.",
     input='''import random

class Deck:
    def __init__(self, seed=None):
        self.cards = [r + s for s in "SHDC" for r in "A23456789TJQK"]
        self._rng = random.Random(seed)

    def shuffle(self):
        self._rng.shuffle(self.cards)

    def draw(self, n=1):
        if n > len(self.cards):
            raise ValueError("not enough cards left")
        drawn, self.cards = self.cards[:n], self.cards[n:]
        return drawn''',
     output=r'''```python
import random
import unittest

class Deck:
    def __init__(self, seed=None):
        self.cards = [r + s for s in "SHDC" for r in "A23456789TJQK"]
        self._rng = random.Random(seed)

    def shuffle(self):
        self._rng.shuffle(self.cards)

    def draw(self, n=1):
        if n > len(self.cards):
            raise ValueError("not enough cards left")
        drawn, self.cards = self.cards[:n], self.cards[n:]
        return drawn

class DeckTests(unittest.TestCase):
    def test_fresh_deck(self):
        deck = Deck()
        self.assertEqual(len(deck.cards), 52)
        self.assertEqual(len(set(deck.cards)), 52)

    def test_shuffle_is_permutation(self):
        deck = Deck(seed=5)
        before = sorted(deck.cards)
        deck.shuffle()
        self.assertEqual(sorted(deck.cards), before)

    def test_seeded_shuffle_reproducible(self):
        a, b = Deck(seed=11), Deck(seed=11)
        a.shuffle(); b.shuffle()
        self.assertEqual(a.cards, b.cards)

    def test_draw_removes_cards(self):
        deck = Deck()
        hand = deck.draw(5)
        self.assertEqual(len(hand), 5)
        self.assertEqual(len(deck.cards), 47)
        self.assertFalse(set(hand) & set(deck.cards))

    def test_overdraw(self):
        deck = Deck()
        deck.draw(50)
        with self.assertRaises(ValueError):
            deck.draw(3)
        self.assertEqual(len(deck.cards), 2)

unittest.main(argv=["tests"], exit=False)
```
Shuffling is tested by properties (same cards, reproducible with a seed) rather than by a specific order. Drawing is checked to remove exactly the drawn cards, and a failed overdraw leaves the deck untouched.'''),

dict(kind="write_tests", lang="python",
     instruction="Write unit tests for cumulative_percentages.",
     input='''def cumulative_percentages(counts):
    total = sum(counts.values())
    if total == 0:
        return {}
    running, result = 0, {}
    for key, value in sorted(counts.items(), key=lambda kv: -kv[1]):
        running += value
        result[key] = round(100 * running / total, 1)
    return result''',
     output=r'''```python
import unittest

def cumulative_percentages(counts):
    total = sum(counts.values())
    if total == 0:
        return {}
    running, result = 0, {}
    for key, value in sorted(counts.items(), key=lambda kv: -kv[1]):
        running += value
        result[key] = round(100 * running / total, 1)
    return result

class CumulativePercentagesTests(unittest.TestCase):
    def test_pareto_order(self):
        result = cumulative_percentages({"b": 20, "a": 50, "c": 30})
        self.assertEqual(list(result.items()), [("a", 50.0), ("c", 80.0), ("b", 100.0)])

    def test_last_value_is_100(self):
        result = cumulative_percentages({"x": 1, "y": 2, "z": 4})
        self.assertEqual(list(result.values())[-1], 100.0)

    def test_monotonic(self):
        values = list(cumulative_percentages({"p": 3, "q": 3, "r": 1, "s": 9}).values())
        self.assertEqual(values, sorted(values))

    def test_all_zero_or_empty(self):
        self.assertEqual(cumulative_percentages({}), {})
        self.assertEqual(cumulative_percentages({"a": 0}), {})

unittest.main(argv=["tests"], exit=False)
```
A Pareto-style cumulative table must be ordered largest first, rise monotonically and end at exactly 100; each of those is a separate test, plus the zero-total guard.'''),
dict(kind="write_tests", lang="python",
     instruction="Write unit tests for longest_streak, which finds the longest run of consecutive True values.",
     input='''def longest_streak(flags):
    best = current = 0
    for flag in flags:
        current = current + 1 if flag else 0
        best = max(best, current)
    return best''',
     output=r'''```python
import unittest

def longest_streak(flags):
    best = current = 0
    for flag in flags:
        current = current + 1 if flag else 0
        best = max(best, current)
    return best

class LongestStreakTests(unittest.TestCase):
    def test_streak_in_middle(self):
        self.assertEqual(longest_streak([1, 1, 0, 1, 1, 1, 0, 1]), 3)

    def test_streak_at_end_counted(self):
        self.assertEqual(longest_streak([0, 1, 1, 1, 1]), 4)

    def test_all_false_and_empty(self):
        self.assertEqual(longest_streak([False, False]), 0)
        self.assertEqual(longest_streak([]), 0)

    def test_truthy_values(self):
        self.assertEqual(longest_streak(["x", "y", "", "z"]), 2)

unittest.main(argv=["tests"], exit=False)
```
A streak that runs to the very end of the input is the classic miss for this kind of loop, so it has its own test. Truthy non-boolean values show the function relies on truthiness, not `is True`.'''),

dict(kind="write_tests", lang="python",
     instruction="Write tests for camel_to_kebab.",
     input='''import re

def camel_to_kebab(name):
    return re.sub(r"(?<!^)(?=[A-Z])", "-", name).lower()''',
     output=r'''```python
import re

def camel_to_kebab(name):
    return re.sub(r"(?<!^)(?=[A-Z])", "-", name).lower()

assert camel_to_kebab("backgroundColor") == "background-color"
assert camel_to_kebab("BorderTopWidth") == "border-top-width"   # no leading dash
assert camel_to_kebab("simple") == "simple"
assert camel_to_kebab("") == ""
# known limitation: every capital starts a new word, so acronyms split apart
assert camel_to_kebab("parseURL") == "parse-u-r-l"
print("camel_to_kebab ok")
```
The asserts cover lower and upper camel case, the guard against a leading dash, trivial inputs, and record the acronym limitation so a future improvement changes this test on purpose rather than by accident.'''),

dict(kind="write_tests", lang="python",
     instruction="Write unit tests for normalize_scores, which scales a dict of scores so the maximum becomes 100.",
     input='''def normalize_scores(scores):
    if not scores:
        return {}
    top = max(scores.values())
    if top <= 0:
        raise ValueError("maximum score must be positive")
    return {name: round(100 * s / top, 1) for name, s in scores.items()}''',
     output=r'''```python
import unittest

def normalize_scores(scores):
    if not scores:
        return {}
    top = max(scores.values())
    if top <= 0:
        raise ValueError("maximum score must be positive")
    return {name: round(100 * s / top, 1) for name, s in scores.items()}

class NormalizeScoresTests(unittest.TestCase):
    def test_top_becomes_100(self):
        self.assertEqual(normalize_scores({"a": 40, "b": 80, "c": 20}),
                         {"a": 50.0, "b": 100.0, "c": 25.0})

    def test_rounding(self):
        self.assertEqual(normalize_scores({"a": 1, "b": 3})["a"], 33.3)

    def test_order_of_scores_preserved(self):
        result = normalize_scores({"x": 7, "y": 2, "z": 9})
        self.assertEqual(sorted(result, key=result.get), ["y", "x", "z"])

    def test_empty(self):
        self.assertEqual(normalize_scores({}), {})

    def test_non_positive_max(self):
        with self.assertRaises(ValueError):
            normalize_scores({"a": 0, "b": -3})

unittest.main(argv=["tests"], exit=False)
```
Scaling must keep the ranking unchanged and make the best score exactly 100. The tests also check rounding to one decimal and the guard that prevents dividing by zero or flipping signs.'''),

dict(kind="write_tests", lang="python",
     instruction="Write tests for the Counter-based anagram check is_anagram_of.",
     input='''from collections import Counter

def is_anagram_of(a, b):
    clean = lambda s: Counter(ch for ch in s.lower() if ch.isalnum())
    return clean(a) == clean(b)''',
     output=r'''```python
import unittest
from collections import Counter

def is_anagram_of(a, b):
    clean = lambda s: Counter(ch for ch in s.lower() if ch.isalnum())
    return clean(a) == clean(b)

class IsAnagramOfTests(unittest.TestCase):
    def test_simple(self):
        self.assertTrue(is_anagram_of("listen", "silent"))

    def test_ignores_case_spaces_punctuation(self):
        self.assertTrue(is_anagram_of("Dormitory", "dirty room!"))

    def test_letter_counts_matter(self):
        self.assertFalse(is_anagram_of("aab", "abb"))

    def test_digits_are_significant(self):
        self.assertFalse(is_anagram_of("abc1", "abc2"))

    def test_empty_strings(self):
        self.assertTrue(is_anagram_of("", "  ..."))

unittest.main(argv=["tests"], exit=False)
```
The "aab"/"abb" case would pass a set-based implementation, so it proves letter counts are compared. Punctuation-only input reduces to nothing and counts as an anagram of the empty string.'''),

dict(kind="write_tests", lang="python",
     instruction="Write unit tests for elapsed_label, which renders how long ago something happened.",
     input='''def elapsed_label(seconds):
    if seconds < 0:
        raise ValueError("future time")
    for unit, size in (("day", 86400), ("hour", 3600), ("minute", 60)):
        if seconds >= size:
            n = seconds // size
            return f"{n} {unit}{'s' if n != 1 else ''} ago"
    return "just now"''',
     output=r'''```python
import unittest

def elapsed_label(seconds):
    if seconds < 0:
        raise ValueError("future time")
    for unit, size in (("day", 86400), ("hour", 3600), ("minute", 60)):
        if seconds >= size:
            n = seconds // size
            return f"{n} {unit}{'s' if n != 1 else ''} ago"
    return "just now"

class ElapsedLabelTests(unittest.TestCase):
    def test_just_now(self):
        self.assertEqual(elapsed_label(0), "just now")
        self.assertEqual(elapsed_label(59), "just now")

    def test_singular_and_plural(self):
        self.assertEqual(elapsed_label(60), "1 minute ago")
        self.assertEqual(elapsed_label(150), "2 minutes ago")
        self.assertEqual(elapsed_label(3600), "1 hour ago")
        self.assertEqual(elapsed_label(3 * 86400 + 5), "3 days ago")

    def test_largest_unit_wins(self):
        self.assertEqual(elapsed_label(86399), "23 hours ago")

    def test_future_rejected(self):
        with self.assertRaises(ValueError):
            elapsed_label(-1)

unittest.main(argv=["tests"], exit=False)
```
Unit boundaries (59 vs 60 seconds, one second before a full day) and singular versus plural wording are where such labels usually go wrong, so both are pinned down.'''),

dict(kind="write_tests", lang="python",
     instruction="Write tests for chunk_text_by_bytes, which splits text into pieces whose UTF-8 encoding fits a byte limit.",
     input='''def chunk_text_by_bytes(text, limit):
    if limit < 4:
        raise ValueError("limit must fit any single character")
    chunks, current, size = [], [], 0
    for ch in text:
        n = len(ch.encode("utf-8"))
        if size + n > limit:
            chunks.append("".join(current))
            current, size = [], 0
        current.append(ch)
        size += n
    if current:
        chunks.append("".join(current))
    return chunks''',
     output=r'''```python
import unittest

def chunk_text_by_bytes(text, limit):
    if limit < 4:
        raise ValueError("limit must fit any single character")
    chunks, current, size = [], [], 0
    for ch in text:
        n = len(ch.encode("utf-8"))
        if size + n > limit:
            chunks.append("".join(current))
            current, size = [], 0
        current.append(ch)
        size += n
    if current:
        chunks.append("".join(current))
    return chunks

class ChunkTextByBytesTests(unittest.TestCase):
    def test_ascii(self):
        self.assertEqual(chunk_text_by_bytes("abcdefghij", 4), ["abcd", "efgh", "ij"])

    def test_multibyte_characters_not_split(self):
        text = "héllo wörld ✓✓"
        for limit in range(4, 12):
            chunks = chunk_text_by_bytes(text, limit)
            with self.subTest(limit=limit):
                self.assertEqual("".join(chunks), text)
                self.assertTrue(all(len(c.encode("utf-8")) <= limit for c in chunks))

    def test_emoji_four_bytes(self):
        self.assertEqual(chunk_text_by_bytes("😀😀", 4), ["😀", "😀"])

    def test_empty_and_invalid(self):
        self.assertEqual(chunk_text_by_bytes("", 10), [])
        with self.assertRaises(ValueError):
            chunk_text_by_bytes("abc", 3)

unittest.main(argv=["tests"], exit=False)
```
Chunks are measured in encoded bytes, so the tests use accented letters, a 3-byte check mark and a 4-byte emoji. For each limit they verify that joining the chunks restores the text and that no chunk exceeds the byte budget.'''),
]
