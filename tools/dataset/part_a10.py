"""Writer A, part 10: write_tests rows (misc helpers, classes, randomness)."""

ROWS = [
dict(kind="write_tests", lang="python",
     instruction="Write tests for a frozen Point dataclass: equality, hashing and immutability.",
     input='''from dataclasses import dataclass

@dataclass(frozen=True)
class Point:
    x: int
    y: int

    def moved(self, dx, dy):
        return Point(self.x + dx, self.y + dy)''',
     output=r'''```python
import dataclasses
import unittest
from dataclasses import dataclass

@dataclass(frozen=True)
class Point:
    x: int
    y: int

    def moved(self, dx, dy):
        return Point(self.x + dx, self.y + dy)

class PointTests(unittest.TestCase):
    def test_value_equality(self):
        self.assertEqual(Point(1, 2), Point(1, 2))
        self.assertNotEqual(Point(1, 2), Point(2, 1))

    def test_hashable_and_deduplicated_in_sets(self):
        self.assertEqual(len({Point(0, 0), Point(0, 0), Point(1, 0)}), 2)

    def test_immutable(self):
        p = Point(1, 1)
        with self.assertRaises(dataclasses.FrozenInstanceError):
            p.x = 5

    def test_moved_returns_new_point(self):
        p = Point(1, 1)
        q = p.moved(2, -1)
        self.assertEqual(q, Point(3, 0))
        self.assertEqual(p, Point(1, 1))

unittest.main(argv=["tests"], exit=False)
```
Frozen dataclasses promise value equality, hashing and immutability; each promise gets a test. `moved` is checked to return a new object without touching the original.'''),

dict(kind="write_tests", lang="python",
     instruction="Write tests for deal_hands, which shuffles with a seeded RNG.",
     input='''import random

SUITS = "SHDC"
RANKS = "23456789TJQKA"

def deal_hands(players, cards_each, seed):
    deck = [r + s for s in SUITS for r in RANKS]
    random.Random(seed).shuffle(deck)
    if players * cards_each > len(deck):
        raise ValueError("not enough cards")
    return [deck[i * cards_each:(i + 1) * cards_each] for i in range(players)]''',
     output=r'''```python
import random
import unittest

SUITS = "SHDC"
RANKS = "23456789TJQKA"

def deal_hands(players, cards_each, seed):
    deck = [r + s for s in SUITS for r in RANKS]
    random.Random(seed).shuffle(deck)
    if players * cards_each > len(deck):
        raise ValueError("not enough cards")
    return [deck[i * cards_each:(i + 1) * cards_each] for i in range(players)]

class DealHandsTests(unittest.TestCase):
    def test_shape(self):
        hands = deal_hands(4, 5, seed=1)
        self.assertEqual([len(h) for h in hands], [5, 5, 5, 5])

    def test_no_card_dealt_twice(self):
        hands = deal_hands(4, 13, seed=7)
        cards = [c for h in hands for c in h]
        self.assertEqual(len(set(cards)), 52)

    def test_same_seed_same_deal(self):
        self.assertEqual(deal_hands(2, 5, seed=42), deal_hands(2, 5, seed=42))

    def test_different_seeds_differ(self):
        self.assertNotEqual(deal_hands(1, 10, seed=1), deal_hands(1, 10, seed=2))

    def test_too_many_cards(self):
        with self.assertRaises(ValueError):
            deal_hands(6, 10, seed=0)

unittest.main(argv=["tests"], exit=False)
```
Because the RNG is seeded, the tests can assert reproducibility without depending on any particular shuffle order. Structural properties (hand sizes, no duplicates across a full deal) hold for every seed.'''),

dict(kind="write_tests", lang="python",
     instruction="Write unit tests for make_password, which takes an injectable random generator.",
     input='''import random
import string

def make_password(length=12, rng=None):
    if length < 4:
        raise ValueError("length must be at least 4")
    rng = rng or random.SystemRandom()
    pools = [string.ascii_lowercase, string.ascii_uppercase, string.digits, "!@#$%&*"]
    chars = [rng.choice(pool) for pool in pools]
    everything = "".join(pools)
    chars += [rng.choice(everything) for _ in range(length - len(pools))]
    rng.shuffle(chars)
    return "".join(chars)''',
     output=r'''```python
import random
import string
import unittest

def make_password(length=12, rng=None):
    if length < 4:
        raise ValueError("length must be at least 4")
    rng = rng or random.SystemRandom()
    pools = [string.ascii_lowercase, string.ascii_uppercase, string.digits, "!@#$%&*"]
    chars = [rng.choice(pool) for pool in pools]
    everything = "".join(pools)
    chars += [rng.choice(everything) for _ in range(length - len(pools))]
    rng.shuffle(chars)
    return "".join(chars)

class MakePasswordTests(unittest.TestCase):
    def test_length(self):
        for n in (4, 12, 40):
            self.assertEqual(len(make_password(n, random.Random(n))), n)

    def test_contains_every_character_class(self):
        for seed in range(200):
            pw = make_password(8, random.Random(seed))
            with self.subTest(seed=seed):
                self.assertTrue(any(c.islower() for c in pw))
                self.assertTrue(any(c.isupper() for c in pw))
                self.assertTrue(any(c.isdigit() for c in pw))
                self.assertTrue(any(c in "!@#$%&*" for c in pw))

    def test_deterministic_with_seeded_rng(self):
        self.assertEqual(make_password(16, random.Random(3)), make_password(16, random.Random(3)))

    def test_default_rng_works(self):
        self.assertEqual(len(make_password()), 12)

    def test_too_short(self):
        with self.assertRaises(ValueError):
            make_password(3)

unittest.main(argv=["tests"], exit=False)
```
Injecting `random.Random(seed)` makes runs reproducible, and looping over 200 seeds checks the "every class present" guarantee across many outputs rather than a single lucky one. One test still exercises the default secure generator.'''),

dict(kind="write_tests", lang="python",
     instruction="Write tests for email_domain_counts.",
     input='''from collections import Counter

def email_domain_counts(emails):
    domains = []
    for email in emails:
        local, sep, domain = email.strip().rpartition("@")
        if sep and local and domain:
            domains.append(domain.lower())
    return Counter(domains).most_common()''',
     output=r'''```python
from collections import Counter

def email_domain_counts(emails):
    domains = []
    for email in emails:
        local, sep, domain = email.strip().rpartition("@")
        if sep and local and domain:
            domains.append(domain.lower())
    return Counter(domains).most_common()

result = email_domain_counts([
    "a@Example.com", "b@example.com ", "c@other.org", "broken", "@nolocal.io", "d@",
])
assert result == [("example.com", 2), ("other.org", 1)]       # case folded, invalid skipped
assert email_domain_counts([]) == []
# rpartition: the last @ separates the domain
assert email_domain_counts(['"odd@name"@mail.net']) == [("mail.net", 1)]
print("email_domain_counts ok")
```
One mixed input covers case-folding, trailing whitespace and three kinds of invalid address; the quoted-local-part case documents why `rpartition` (split at the last @) was chosen.'''),

dict(kind="write_tests", lang="python",
     instruction="Write unit tests for build_url.",
     input='''from urllib.parse import urlencode

def build_url(base, path="", **params):
    url = base.rstrip("/")
    if path:
        url += "/" + path.lstrip("/")
    clean = {k: v for k, v in params.items() if v is not None}
    if clean:
        url += "?" + urlencode(sorted(clean.items()), doseq=True)
    return url''',
     output=r'''```python
import unittest
from urllib.parse import urlencode, urlsplit, parse_qs

def build_url(base, path="", **params):
    url = base.rstrip("/")
    if path:
        url += "/" + path.lstrip("/")
    clean = {k: v for k, v in params.items() if v is not None}
    if clean:
        url += "?" + urlencode(sorted(clean.items()), doseq=True)
    return url

class BuildUrlTests(unittest.TestCase):
    def test_joins_without_double_slashes(self):
        self.assertEqual(build_url("https://api.x.io/", "/v1/items"), "https://api.x.io/v1/items")

    def test_params_sorted_and_encoded(self):
        url = build_url("https://x.io", "search", q="a b&c", page=2)
        self.assertEqual(url, "https://x.io/search?page=2&q=a+b%26c")

    def test_none_params_dropped(self):
        self.assertEqual(build_url("https://x.io", limit=None), "https://x.io")

    def test_list_values_repeat_key(self):
        url = build_url("https://x.io", tag=["a", "b"])
        self.assertEqual(parse_qs(urlsplit(url).query), {"tag": ["a", "b"]})

unittest.main(argv=["tests"], exit=False)
```
The tests check slash handling, encoding of special characters, deterministic parameter order, dropping of `None` values, and list values producing repeated keys (verified by parsing the result back rather than comparing strings).'''),

dict(kind="write_tests", lang="python",
     instruction="Write tests for the tokenize_words function.",
     input='''import re

def tokenize_words(text):
    return re.findall(r"[A-Za-z]+(?:'[A-Za-z]+)?|\\d+(?:\\.\\d+)?", text)''',
     output=r'''```python
import re
import unittest

def tokenize_words(text):
    return re.findall(r"[A-Za-z]+(?:'[A-Za-z]+)?|\d+(?:\.\d+)?", text)

class TokenizeWordsTests(unittest.TestCase):
    def test_words_and_punctuation(self):
        self.assertEqual(tokenize_words("Hello, world!"), ["Hello", "world"])

    def test_contractions_stay_together(self):
        self.assertEqual(tokenize_words("It's fine, isn't it?"), ["It's", "fine", "isn't", "it"])

    def test_numbers_including_decimals(self):
        self.assertEqual(tokenize_words("pi is 3.14, not 3"), ["pi", "is", "3.14", "not", "3"])

    def test_trailing_apostrophe_dropped(self):
        self.assertEqual(tokenize_words("the dogs' bowls"), ["the", "dogs", "bowls"])

    def test_empty(self):
        self.assertEqual(tokenize_words(""), [])

unittest.main(argv=["tests"], exit=False)
```
Each test targets one branch of the regex: plain words, the optional apostrophe group, integer and decimal numbers. The plural-possessive case shows that an apostrophe without following letters is not part of the token.'''),

dict(kind="write_tests", lang="python",
     instruction="Write unit tests for the url-safe base64 helpers.",
     input='''import base64

def encode_token(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")

def decode_token(token: str) -> bytes:
    padding = "=" * (-len(token) % 4)
    return base64.urlsafe_b64decode(token + padding)''',
     output=r'''```python
import base64
import os
import unittest

def encode_token(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")

def decode_token(token: str) -> bytes:
    padding = "=" * (-len(token) % 4)
    return base64.urlsafe_b64decode(token + padding)

class TokenTests(unittest.TestCase):
    def test_round_trip_all_lengths(self):
        for n in range(0, 40):
            data = os.urandom(n)
            with self.subTest(n=n):
                self.assertEqual(decode_token(encode_token(data)), data)

    def test_no_padding_or_unsafe_characters(self):
        token = encode_token(bytes(range(256)))
        self.assertNotIn("=", token)
        self.assertFalse(set("+/") & set(token))

    def test_known_value(self):
        self.assertEqual(encode_token(b"\xfb\xff"), "-_8")

unittest.main(argv=["tests"], exit=False)
```
Random bytes of every length from 0 to 39 exercise all three padding remainders in the round trip; the randomness can't make the test flaky because the property holds for any input. A fixed value checks the URL-safe alphabet (`-` and `_` instead of `+` and `/`).'''),

dict(kind="write_tests", lang="python",
     instruction="Write tests for content_fingerprint.",
     input='''import hashlib

def content_fingerprint(text, length=12):
    normalized = "\\n".join(line.rstrip() for line in text.strip().splitlines())
    return hashlib.sha256(normalized.encode("utf-8")).hexdigest()[:length]''',
     output=r'''```python
import hashlib
import unittest

def content_fingerprint(text, length=12):
    normalized = "\n".join(line.rstrip() for line in text.strip().splitlines())
    return hashlib.sha256(normalized.encode("utf-8")).hexdigest()[:length]

class FingerprintTests(unittest.TestCase):
    def test_stable_and_hex(self):
        fp = content_fingerprint("hello")
        self.assertEqual(fp, hashlib.sha256(b"hello").hexdigest()[:12])
        self.assertRegex(fp, r"^[0-9a-f]{12}$")

    def test_ignores_trailing_whitespace_and_line_endings(self):
        a = content_fingerprint("line one\nline two\n")
        b = content_fingerprint("line one   \r\nline two\r\n\n")
        self.assertEqual(a, b)

    def test_content_changes_change_fingerprint(self):
        self.assertNotEqual(content_fingerprint("a b"), content_fingerprint("a  b"))

    def test_length_parameter(self):
        self.assertEqual(len(content_fingerprint("x", length=20)), 20)

    def test_unicode(self):
        self.assertEqual(len(content_fingerprint("naïve café")), 12)

unittest.main(argv=["tests"], exit=False)
```
The tests make the normalisation rules explicit: trailing spaces and Windows line endings don't matter, but internal whitespace does. Comparing with `hashlib` directly pins the algorithm.'''),

dict(kind="write_tests", lang="python",
     instruction="Write unit tests for describe_temperature.",
     input='''def describe_temperature(celsius):
    if celsius < -273.15:
        raise ValueError("below absolute zero")
    if celsius < 0:
        return "freezing"
    if celsius < 15:
        return "cold"
    if celsius < 25:
        return "mild"
    return "hot"''',
     output=r'''```python
def describe_temperature(celsius):
    if celsius < -273.15:
        raise ValueError("below absolute zero")
    if celsius < 0:
        return "freezing"
    if celsius < 15:
        return "cold"
    if celsius < 25:
        return "mild"
    return "hot"

expected = {
    -273.15: "freezing",   # absolute zero itself is allowed
    -0.1: "freezing",
    0: "cold",
    14.9: "cold",
    15: "mild",
    24.99: "mild",
    25: "hot",
    45: "hot",
}
for value, label in expected.items():
    assert describe_temperature(value) == label, (value, describe_temperature(value))

try:
    describe_temperature(-300)
except ValueError:
    pass
else:
    raise AssertionError("expected ValueError below absolute zero")
print("describe_temperature ok")
```
Values just below and exactly at each threshold show which side each boundary belongs to; absolute zero itself is valid while anything colder raises.'''),

dict(kind="write_tests", lang="python",
     instruction="Write tests for the distance conversion table generator.",
     input='''KM_PER_MILE = 1.609344

def conversion_table(start, stop, step=1, to="km"):
    if to not in ("km", "mi"):
        raise ValueError("to must be 'km' or 'mi'")
    factor = KM_PER_MILE if to == "km" else 1 / KM_PER_MILE
    return [(v, round(v * factor, 3)) for v in range(start, stop + 1, step)]''',
     output=r'''```python
import unittest

KM_PER_MILE = 1.609344

def conversion_table(start, stop, step=1, to="km"):
    if to not in ("km", "mi"):
        raise ValueError("to must be 'km' or 'mi'")
    factor = KM_PER_MILE if to == "km" else 1 / KM_PER_MILE
    return [(v, round(v * factor, 3)) for v in range(start, stop + 1, step)]

class ConversionTableTests(unittest.TestCase):
    def test_miles_to_km(self):
        self.assertEqual(conversion_table(1, 3), [(1, 1.609), (2, 3.219), (3, 4.828)])

    def test_km_to_miles(self):
        self.assertEqual(conversion_table(10, 10, to="mi"), [(10, 6.214)])

    def test_stop_inclusive_with_step(self):
        self.assertEqual([v for v, _ in conversion_table(0, 100, 25)], [0, 25, 50, 75, 100])

    def test_empty_when_start_after_stop(self):
        self.assertEqual(conversion_table(5, 1), [])

    def test_bad_unit(self):
        with self.assertRaises(ValueError):
            conversion_table(1, 2, to="ft")

unittest.main(argv=["tests"], exit=False)
```
Both directions are checked against known rounded values, and the `range` arguments are tested for inclusive stop, custom step and an empty result.'''),

dict(kind="write_tests", lang="python",
     instruction="Write unit tests for weekday_name.",
     input='''import calendar
from datetime import date

def weekday_name(d, short=False):
    names = calendar.day_abbr if short else calendar.day_name
    return names[d.weekday()]''',
     output=r'''```python
import calendar
import unittest
from datetime import date, timedelta

def weekday_name(d, short=False):
    names = calendar.day_abbr if short else calendar.day_name
    return names[d.weekday()]

class WeekdayNameTests(unittest.TestCase):
    def test_known_dates(self):
        self.assertEqual(weekday_name(date(2000, 1, 1)), "Saturday")
        self.assertEqual(weekday_name(date(2024, 2, 29)), "Thursday")

    def test_short_names(self):
        self.assertEqual(weekday_name(date(2024, 5, 6), short=True), "Mon")

    def test_seven_consecutive_days_are_distinct(self):
        start = date(2024, 1, 1)
        names = {weekday_name(start + timedelta(days=i)) for i in range(7)}
        self.assertEqual(len(names), 7)

unittest.main(argv=["tests"], exit=False)
```
Historical dates with known weekdays anchor the mapping. Note `calendar.day_name` follows the current locale; these tests assume the default C/English locale used by a fresh interpreter.'''),

dict(kind="write_tests", lang="python",
     instruction="Write tests for seconds_until.",
     input='''from datetime import datetime, time, timedelta

def seconds_until(target, now):
    """Seconds from `now` until the next occurrence of wall-clock time `target`."""
    candidate = datetime.combine(now.date(), target)
    if candidate <= now:
        candidate += timedelta(days=1)
    return int((candidate - now).total_seconds())''',
     output=r'''```python
import unittest
from datetime import datetime, time, timedelta

def seconds_until(target, now):
    """Seconds from `now` until the next occurrence of wall-clock time `target`."""
    candidate = datetime.combine(now.date(), target)
    if candidate <= now:
        candidate += timedelta(days=1)
    return int((candidate - now).total_seconds())

class SecondsUntilTests(unittest.TestCase):
    def test_later_today(self):
        self.assertEqual(seconds_until(time(10, 0), datetime(2024, 1, 1, 9, 30)), 1800)

    def test_already_passed_rolls_to_tomorrow(self):
        self.assertEqual(seconds_until(time(8, 0), datetime(2024, 1, 1, 9, 0)), 23 * 3600)

    def test_exactly_now_means_tomorrow(self):
        self.assertEqual(seconds_until(time(9, 0), datetime(2024, 1, 1, 9, 0)), 86400)

    def test_crosses_month_end(self):
        self.assertEqual(seconds_until(time(0, 0, 30), datetime(2024, 1, 31, 23, 59, 0)), 90)

unittest.main(argv=["tests"], exit=False)
```
Passing `now` in explicitly is what makes this testable. The cases cover later today, already passed, the exact-moment edge (the `<=` means "next occurrence" is tomorrow) and rolling over a month boundary.'''),

dict(kind="write_tests", lang="python",
     instruction="Write unit tests for age_group.",
     input='''def age_group(age):
    if not isinstance(age, int) or age < 0:
        raise ValueError("age must be a non-negative integer")
    for limit, label in ((13, "child"), (18, "teen"), (65, "adult")):
        if age < limit:
            return label
    return "senior"''',
     output=r'''```python
import unittest

def age_group(age):
    if not isinstance(age, int) or age < 0:
        raise ValueError("age must be a non-negative integer")
    for limit, label in ((13, "child"), (18, "teen"), (65, "adult")):
        if age < limit:
            return label
    return "senior"

class AgeGroupTests(unittest.TestCase):
    def test_groups_at_boundaries(self):
        cases = [(0, "child"), (12, "child"), (13, "teen"), (17, "teen"),
                 (18, "adult"), (64, "adult"), (65, "senior"), (120, "senior")]
        for age, label in cases:
            with self.subTest(age=age):
                self.assertEqual(age_group(age), label)

    def test_rejects_bad_input(self):
        for bad in (-1, 12.5, "12", None):
            with self.subTest(bad=bad), self.assertRaises(ValueError):
                age_group(bad)

unittest.main(argv=["tests"], exit=False)
```
Every boundary is tested from both sides in one table-driven test, and the validation test covers negatives and non-integer types, including a numeric string.'''),

dict(kind="write_tests", lang="python",
     instruction="Write tests for this Stack class.",
     input='''class Stack:
    def __init__(self):
        self._items = []

    def push(self, item):
        self._items.append(item)

    def pop(self):
        if not self._items:
            raise IndexError("pop from empty stack")
        return self._items.pop()

    def peek(self):
        return self._items[-1] if self._items else None

    def __len__(self):
        return len(self._items)''',
     output=r'''```python
import unittest

class Stack:
    def __init__(self):
        self._items = []

    def push(self, item):
        self._items.append(item)

    def pop(self):
        if not self._items:
            raise IndexError("pop from empty stack")
        return self._items.pop()

    def peek(self):
        return self._items[-1] if self._items else None

    def __len__(self):
        return len(self._items)

class StackTests(unittest.TestCase):
    def setUp(self):
        self.stack = Stack()

    def test_new_stack_is_empty(self):
        self.assertEqual(len(self.stack), 0)
        self.assertIsNone(self.stack.peek())

    def test_lifo_order(self):
        for x in "abc":
            self.stack.push(x)
        self.assertEqual([self.stack.pop() for _ in range(3)], ["c", "b", "a"])

    def test_peek_does_not_remove(self):
        self.stack.push(1)
        self.assertEqual(self.stack.peek(), 1)
        self.assertEqual(len(self.stack), 1)

    def test_pop_empty_raises(self):
        with self.assertRaises(IndexError):
            self.stack.pop()

    def test_none_can_be_pushed(self):
        self.stack.push(None)
        self.assertEqual(len(self.stack), 1)
        self.assertIsNone(self.stack.pop())

unittest.main(argv=["tests"], exit=False)
```
The tests cover LIFO order, that `peek` is non-destructive, and the empty-stack error. The last test notes an API ambiguity: `peek()` returns `None` both for an empty stack and a stored `None`, so `len` is the reliable emptiness check.'''),

dict(kind="write_tests", lang="python",
     instruction="Write unit tests for the top_n function.",
     input='''import heapq

def top_n(scores, n):
    """scores: dict name -> score. Highest first; ties by name."""
    return heapq.nsmallest(n, scores.items(), key=lambda kv: (-kv[1], kv[0]))''',
     output=r'''```python
import heapq
import unittest

def top_n(scores, n):
    """scores: dict name -> score. Highest first; ties by name."""
    return heapq.nsmallest(n, scores.items(), key=lambda kv: (-kv[1], kv[0]))

class TopNTests(unittest.TestCase):
    SCORES = {"dan": 70, "amy": 95, "bob": 95, "cat": 80}

    def test_order_and_ties(self):
        self.assertEqual(top_n(self.SCORES, 3), [("amy", 95), ("bob", 95), ("cat", 80)])

    def test_n_larger_than_input(self):
        self.assertEqual(len(top_n(self.SCORES, 10)), 4)

    def test_zero(self):
        self.assertEqual(top_n(self.SCORES, 0), [])

    def test_matches_full_sort(self):
        full = sorted(self.SCORES.items(), key=lambda kv: (-kv[1], kv[0]))
        for n in range(5):
            self.assertEqual(top_n(self.SCORES, n), full[:n])

unittest.main(argv=["tests"], exit=False)
```
Ties are where ranking functions differ, so the first test has two equal top scores. The last test uses a full sort as an oracle for every n, confirming `nsmallest` with a negated key gives the same result.'''),

dict(kind="write_tests", lang="python",
     instruction="Write tests for running_median.",
     input='''import heapq

def running_median(values):
    low, high = [], []   # low is a max-heap (negated), high a min-heap
    medians = []
    for v in values:
        heapq.heappush(low, -v)
        heapq.heappush(high, -heapq.heappop(low))
        if len(high) > len(low):
            heapq.heappush(low, -heapq.heappop(high))
        if len(low) > len(high):
            medians.append(float(-low[0]))
        else:
            medians.append((-low[0] + high[0]) / 2)
    return medians''',
     output=r'''```python
import heapq
import random
import statistics
import unittest

def running_median(values):
    low, high = [], []   # low is a max-heap (negated), high a min-heap
    medians = []
    for v in values:
        heapq.heappush(low, -v)
        heapq.heappush(high, -heapq.heappop(low))
        if len(high) > len(low):
            heapq.heappush(low, -heapq.heappop(high))
        if len(low) > len(high):
            medians.append(float(-low[0]))
        else:
            medians.append((-low[0] + high[0]) / 2)
    return medians

class RunningMedianTests(unittest.TestCase):
    def test_small_example(self):
        self.assertEqual(running_median([5, 15, 1, 3]), [5.0, 10.0, 5.0, 4.0])

    def test_matches_statistics_median(self):
        rng = random.Random(0)
        data = [rng.randint(-50, 50) for _ in range(200)]
        expected = [statistics.median(data[:i + 1]) for i in range(len(data))]
        self.assertEqual(running_median(data), expected)

    def test_duplicates(self):
        self.assertEqual(running_median([2, 2, 2]), [2.0, 2.0, 2.0])

    def test_empty(self):
        self.assertEqual(running_median([]), [])

unittest.main(argv=["tests"], exit=False)
```
A seeded random sequence compared against `statistics.median` of every prefix is a strong oracle test for the two-heap logic; the seed keeps it deterministic. A short hand-worked example makes failures easy to read.'''),

dict(kind="write_tests", lang="python",
     instruction="Write unit tests for unique_sorted.",
     input='''def unique_sorted(values, reverse=False):
    return sorted(set(values), reverse=reverse)''',
     output=r'''```python
def unique_sorted(values, reverse=False):
    return sorted(set(values), reverse=reverse)

assert unique_sorted([3, 1, 3, 2, 1]) == [1, 2, 3]
assert unique_sorted([3, 1, 2], reverse=True) == [3, 2, 1]
assert unique_sorted([]) == []
assert unique_sorted("banana") == ["a", "b", "n"]
assert unique_sorted([1, 1.0, True]) == [1]          # equal values collapse
try:
    unique_sorted([1, "a"])
except TypeError:
    pass
else:
    raise AssertionError("mixed types should not be orderable")
print("unique_sorted ok")
```
Besides the basics, two asserts document less obvious behaviour: `1`, `1.0` and `True` are equal and hash alike, so they collapse to one element, and mixing incomparable types raises `TypeError` from `sorted`.'''),

dict(kind="write_tests", lang="python",
     instruction="Write tests for manhattan and chebyshev distance helpers.",
     input='''def manhattan(a, b):
    return sum(abs(x - y) for x, y in zip(a, b, strict=True))

def chebyshev(a, b):
    return max(abs(x - y) for x, y in zip(a, b, strict=True))''',
     output=r'''```python
import itertools
import unittest

def manhattan(a, b):
    return sum(abs(x - y) for x, y in zip(a, b, strict=True))

def chebyshev(a, b):
    return max(abs(x - y) for x, y in zip(a, b, strict=True))

class DistanceTests(unittest.TestCase):
    def test_examples(self):
        self.assertEqual(manhattan((0, 0), (3, -4)), 7)
        self.assertEqual(chebyshev((0, 0), (3, -4)), 4)

    def test_zero_distance(self):
        self.assertEqual(manhattan((2, 5, 1), (2, 5, 1)), 0)

    def test_metric_properties(self):
        pts = [(0, 0), (1, 5), (-2, 3), (4, -1)]
        for f in (manhattan, chebyshev):
            for a, b, c in itertools.product(pts, repeat=3):
                self.assertEqual(f(a, b), f(b, a))
                self.assertLessEqual(f(a, c), f(a, b) + f(b, c))

    def test_chebyshev_never_exceeds_manhattan(self):
        for a, b in itertools.product([(0, 0), (7, 2), (-3, 9)], repeat=2):
            self.assertLessEqual(chebyshev(a, b), manhattan(a, b))

    def test_dimension_mismatch(self):
        with self.assertRaises(ValueError):
            manhattan((1, 2), (1, 2, 3))

unittest.main(argv=["tests"], exit=False)
```
Beyond examples, the tests check metric axioms (symmetry and the triangle inequality) over every triple of sample points, and that `strict=True` turns mismatched dimensions into an error (Python 3.10+).'''),

dict(kind="write_tests", lang="python",
     instruction="Write unit tests for point_in_rect.",
     input='''def point_in_rect(point, rect):
    """rect = (x, y, width, height); edges on the left/top are inside, right/bottom outside."""
    px, py = point
    x, y, w, h = rect
    if w < 0 or h < 0:
        raise ValueError("negative size")
    return x <= px < x + w and y <= py < y + h''',
     output=r'''```python
import unittest

def point_in_rect(point, rect):
    """rect = (x, y, width, height); edges on the left/top are inside, right/bottom outside."""
    px, py = point
    x, y, w, h = rect
    if w < 0 or h < 0:
        raise ValueError("negative size")
    return x <= px < x + w and y <= py < y + h

RECT = (10, 20, 5, 4)   # covers x 10..14, y 20..23

class PointInRectTests(unittest.TestCase):
    def test_inside(self):
        self.assertTrue(point_in_rect((12, 21), RECT))

    def test_top_left_corner_inside(self):
        self.assertTrue(point_in_rect((10, 20), RECT))

    def test_right_and_bottom_edges_outside(self):
        self.assertFalse(point_in_rect((15, 21), RECT))
        self.assertFalse(point_in_rect((12, 24), RECT))

    def test_zero_size_contains_nothing(self):
        self.assertFalse(point_in_rect((0, 0), (0, 0, 0, 0)))

    def test_tiling_rects_never_share_points(self):
        left, right = (0, 0, 5, 5), (5, 0, 5, 5)
        for px in range(10):
            self.assertNotEqual(point_in_rect((px, 2), left), point_in_rect((px, 2), right))

    def test_negative_size(self):
        with self.assertRaises(ValueError):
            point_in_rect((0, 0), (0, 0, -1, 1))

unittest.main(argv=["tests"], exit=False)
```
The half-open convention is tested at every edge, and the tiling test shows why it's used: adjacent rectangles each claim exactly one side of their shared border, so every point belongs to exactly one.'''),

dict(kind="write_tests", lang="python",
     instruction="Write tests for sum_of_squares, comparing the formula with a loop.",
     input='''def sum_of_squares(n):
    if n < 0:
        raise ValueError("n must be non-negative")
    return n * (n + 1) * (2 * n + 1) // 6''',
     output=r'''```python
import unittest

def sum_of_squares(n):
    if n < 0:
        raise ValueError("n must be non-negative")
    return n * (n + 1) * (2 * n + 1) // 6

class SumOfSquaresTests(unittest.TestCase):
    def test_matches_loop(self):
        for n in range(200):
            with self.subTest(n=n):
                self.assertEqual(sum_of_squares(n), sum(k * k for k in range(n + 1)))

    def test_large_n_exact(self):
        n = 10 ** 12
        self.assertEqual(sum_of_squares(n) % 10 ** 6, (n * (n + 1) * (2 * n + 1) // 6) % 10 ** 6)
        self.assertIsInstance(sum_of_squares(n), int)

    def test_negative(self):
        with self.assertRaises(ValueError):
            sum_of_squares(-1)

unittest.main(argv=["tests"], exit=False)
```
A brute-force loop is a trustworthy oracle for small n. For large n the test checks the result stays an exact integer, which would break if someone changed `//` to `/`.'''),

dict(kind="write_tests", lang="python",
     instruction="Write unit tests for group_consecutive_dates.",
     input='''from datetime import timedelta

def group_consecutive_dates(dates):
    groups = []
    for d in sorted(set(dates)):
        if groups and d - groups[-1][-1] == timedelta(days=1):
            groups[-1].append(d)
        else:
            groups.append([d])
    return [(g[0], g[-1]) for g in groups]''',
     output=r'''```python
import unittest
from datetime import date, timedelta

def group_consecutive_dates(dates):
    groups = []
    for d in sorted(set(dates)):
        if groups and d - groups[-1][-1] == timedelta(days=1):
            groups[-1].append(d)
        else:
            groups.append([d])
    return [(g[0], g[-1]) for g in groups]

D = lambda m, d: date(2024, m, d)

class GroupConsecutiveDatesTests(unittest.TestCase):
    def test_streaks(self):
        days = [D(1, 1), D(1, 2), D(1, 3), D(1, 7), D(1, 8)]
        self.assertEqual(group_consecutive_dates(days), [(D(1, 1), D(1, 3)), (D(1, 7), D(1, 8))])

    def test_unsorted_and_duplicates(self):
        days = [D(1, 2), D(1, 1), D(1, 2)]
        self.assertEqual(group_consecutive_dates(days), [(D(1, 1), D(1, 2))])

    def test_month_and_leap_boundary(self):
        days = [D(2, 28), D(2, 29), D(3, 1)]
        self.assertEqual(group_consecutive_dates(days), [(D(2, 28), D(3, 1))])

    def test_single_and_empty(self):
        self.assertEqual(group_consecutive_dates([D(5, 5)]), [(D(5, 5), D(5, 5))])
        self.assertEqual(group_consecutive_dates([]), [])

unittest.main(argv=["tests"], exit=False)
```
The tests check streak detection, that unsorted input and repeated days are tolerated, that a streak crossing 29 February into March stays intact, and the single and empty edge cases.'''),
]
