"""Writer A, part 8: write_tests rows (string and number helpers)."""

ROWS = [
dict(kind="write_tests", lang="python",
     instruction="Write unit tests for this function.",
     input='''from decimal import Decimal

def parse_price(text):
    cleaned = text.strip().replace("$", "").replace(",", "")
    if not cleaned:
        raise ValueError("empty price")
    return Decimal(cleaned)''',
     output=r'''```python
import unittest
from decimal import Decimal

def parse_price(text):
    cleaned = text.strip().replace("$", "").replace(",", "")
    if not cleaned:
        raise ValueError("empty price")
    return Decimal(cleaned)

class ParsePriceTests(unittest.TestCase):
    def test_plain_number(self):
        self.assertEqual(parse_price("12.50"), Decimal("12.50"))

    def test_dollar_sign_and_thousands(self):
        self.assertEqual(parse_price(" $1,234.99 "), Decimal("1234.99"))

    def test_result_is_exact_decimal(self):
        self.assertEqual(parse_price("0.1") * 3, Decimal("0.3"))

    def test_empty_raises(self):
        with self.assertRaises(ValueError):
            parse_price("  $ ")

unittest.main(argv=["tests"], exit=False)
```
The tests cover the happy path, the formatting characters the function strips, exactness of the Decimal result, and the explicit error for empty input. `exit=False` keeps `unittest.main` from calling `sys.exit`, so the script can run inside other tools.'''),

dict(kind="write_tests", lang="python",
     instruction="Write tests for this username normaliser, including edge cases.",
     input='''import re

def normalize_username(name):
    name = name.strip().lower()
    name = re.sub(r"[^a-z0-9_]+", "_", name)
    return name.strip("_")[:20]''',
     output=r'''```python
import re

def normalize_username(name):
    name = name.strip().lower()
    name = re.sub(r"[^a-z0-9_]+", "_", name)
    return name.strip("_")[:20]

# lowercases and trims
assert normalize_username("  Alice ") == "alice"
# runs of invalid characters collapse into one underscore
assert normalize_username("john.doe@example") == "john_doe_example"
assert normalize_username("a -- b") == "a_b"
# leading/trailing separators removed
assert normalize_username("__x__") == "x"
# length capped at 20
assert len(normalize_username("a" * 50)) == 20
# nothing valid left gives an empty string
assert normalize_username("!!!") == ""
print("all username tests passed")
```
Plain asserts keep these tests short: each line checks one rule of the function (case, replacement of invalid runs, trimming, the length cap), plus the degenerate input where nothing valid remains.'''),

dict(kind="write_tests", lang="python",
     instruction="Write unit tests for split_full_name.",
     input='''def split_full_name(full):
    parts = full.split()
    if not parts:
        raise ValueError("empty name")
    if len(parts) == 1:
        return parts[0], ""
    return " ".join(parts[:-1]), parts[-1]''',
     output=r'''```python
import unittest

def split_full_name(full):
    parts = full.split()
    if not parts:
        raise ValueError("empty name")
    if len(parts) == 1:
        return parts[0], ""
    return " ".join(parts[:-1]), parts[-1]

class SplitFullNameTests(unittest.TestCase):
    def test_two_parts(self):
        self.assertEqual(split_full_name("Ada Lovelace"), ("Ada", "Lovelace"))

    def test_middle_names_stay_with_first(self):
        self.assertEqual(split_full_name("John Ronald Reuel Tolkien"),
                         ("John Ronald Reuel", "Tolkien"))

    def test_single_name(self):
        self.assertEqual(split_full_name("Plato"), ("Plato", ""))

    def test_extra_whitespace_ignored(self):
        self.assertEqual(split_full_name("  Grace   Hopper "), ("Grace", "Hopper"))

    def test_blank_rejected(self):
        for blank in ("", "   ", "\t"):
            with self.subTest(blank=blank), self.assertRaises(ValueError):
                split_full_name(blank)

unittest.main(argv=["tests"], exit=False)
```
Each branch of the function gets a test: one word, two words, several words, whitespace handling and the empty case. `subTest` reports each blank input separately if one fails.'''),

dict(kind="write_tests", lang="python",
     instruction="Write tests for this duration formatter.",
     input='''def format_duration(seconds):
    if seconds < 0:
        raise ValueError("negative duration")
    hours, rem = divmod(int(seconds), 3600)
    minutes, secs = divmod(rem, 60)
    if hours:
        return f"{hours}h {minutes:02d}m"
    if minutes:
        return f"{minutes}m {secs:02d}s"
    return f"{secs}s"''',
     output=r'''```python
import unittest

def format_duration(seconds):
    if seconds < 0:
        raise ValueError("negative duration")
    hours, rem = divmod(int(seconds), 3600)
    minutes, secs = divmod(rem, 60)
    if hours:
        return f"{hours}h {minutes:02d}m"
    if minutes:
        return f"{minutes}m {secs:02d}s"
    return f"{secs}s"

class FormatDurationTests(unittest.TestCase):
    def test_seconds_only(self):
        self.assertEqual(format_duration(0), "0s")
        self.assertEqual(format_duration(59), "59s")

    def test_minutes_pad_seconds(self):
        self.assertEqual(format_duration(65), "1m 05s")

    def test_hours_drop_seconds(self):
        self.assertEqual(format_duration(3600 + 2 * 60 + 59), "1h 02m")

    def test_boundaries(self):
        self.assertEqual(format_duration(60), "1m 00s")
        self.assertEqual(format_duration(3600), "1h 00m")

    def test_fractional_seconds_truncate(self):
        self.assertEqual(format_duration(9.99), "9s")

    def test_negative(self):
        with self.assertRaises(ValueError):
            format_duration(-1)

unittest.main(argv=["tests"], exit=False)
```
The tests exercise each of the three output shapes, the exact boundaries at 60 and 3600 seconds where the format switches, zero-padding, truncation of fractions, and the error path.'''),

dict(kind="write_tests", lang="python",
     instruction="Write unit tests for apply_discount.",
     input='''def apply_discount(price, percent):
    if not 0 <= percent <= 100:
        raise ValueError("percent must be between 0 and 100")
    return round(price * (100 - percent) / 100, 2)''',
     output=r'''```python
import unittest

def apply_discount(price, percent):
    if not 0 <= percent <= 100:
        raise ValueError("percent must be between 0 and 100")
    return round(price * (100 - percent) / 100, 2)

class ApplyDiscountTests(unittest.TestCase):
    def test_typical_discount(self):
        self.assertEqual(apply_discount(80.0, 25), 60.0)

    def test_zero_and_full_discount(self):
        self.assertEqual(apply_discount(19.99, 0), 19.99)
        self.assertEqual(apply_discount(19.99, 100), 0.0)

    def test_rounds_to_cents(self):
        self.assertEqual(apply_discount(10.0, 33), 6.7)

    def test_out_of_range_percent(self):
        for bad in (-1, 100.5, 250):
            with self.subTest(percent=bad):
                with self.assertRaises(ValueError):
                    apply_discount(10.0, bad)

unittest.main(argv=["tests"], exit=False)
```
Besides a normal case, the tests pin down both ends of the valid range (0 and 100 are allowed), the rounding to two decimals, and rejection of values just outside the range.'''),

dict(kind="write_tests", lang="python",
     instruction="Write tests for this BMI classification function.",
     input='''def bmi_category(weight_kg, height_m):
    if weight_kg <= 0 or height_m <= 0:
        raise ValueError("weight and height must be positive")
    bmi = weight_kg / height_m ** 2
    if bmi < 18.5:
        return "underweight"
    if bmi < 25:
        return "normal"
    if bmi < 30:
        return "overweight"
    return "obese"''',
     output=r'''```python
def bmi_category(weight_kg, height_m):
    if weight_kg <= 0 or height_m <= 0:
        raise ValueError("weight and height must be positive")
    bmi = weight_kg / height_m ** 2
    if bmi < 18.5:
        return "underweight"
    if bmi < 25:
        return "normal"
    if bmi < 30:
        return "overweight"
    return "obese"

def test_each_category():
    # height 2 m: bmi = weight / 4
    assert bmi_category(70, 2) == "underweight"   # 17.5
    assert bmi_category(80, 2) == "normal"        # 20.0
    assert bmi_category(110, 2) == "overweight"   # 27.5
    assert bmi_category(130, 2) == "obese"        # 32.5

def test_boundaries_belong_to_upper_category():
    assert bmi_category(74, 2) == "normal"        # exactly 18.5
    assert bmi_category(100, 2) == "overweight"   # exactly 25
    assert bmi_category(120, 2) == "obese"        # exactly 30

def test_invalid_input():
    for w, h in ((0, 1.8), (70, 0), (-5, 1.7)):
        try:
            bmi_category(w, h)
        except ValueError:
            continue
        raise AssertionError(f"no error for {w}, {h}")

for test in (test_each_category, test_boundaries_belong_to_upper_category, test_invalid_input):
    test()
print("ok")
```
Choosing a height of 2 m makes the BMI exactly weight/4, so boundary values like 18.5 and 25 can be hit precisely without floating-point fuzz. The functions are pytest-compatible but are also called directly so the script runs standalone.'''),

dict(kind="write_tests", lang="python",
     instruction="Write unit tests for letter_grade.",
     input='''def letter_grade(score):
    if not 0 <= score <= 100:
        raise ValueError("score out of range")
    for cutoff, grade in ((90, "A"), (80, "B"), (70, "C"), (60, "D")):
        if score >= cutoff:
            return grade
    return "F"''',
     output=r'''```python
import unittest

def letter_grade(score):
    if not 0 <= score <= 100:
        raise ValueError("score out of range")
    for cutoff, grade in ((90, "A"), (80, "B"), (70, "C"), (60, "D")):
        if score >= cutoff:
            return grade
    return "F"

class LetterGradeTests(unittest.TestCase):
    def test_cutoffs_are_inclusive(self):
        cases = {90: "A", 80: "B", 70: "C", 60: "D"}
        for score, grade in cases.items():
            with self.subTest(score=score):
                self.assertEqual(letter_grade(score), grade)

    def test_just_below_cutoffs(self):
        cases = {89.9: "B", 79.5: "C", 69: "D", 59.99: "F"}
        for score, grade in cases.items():
            with self.subTest(score=score):
                self.assertEqual(letter_grade(score), grade)

    def test_extremes(self):
        self.assertEqual(letter_grade(100), "A")
        self.assertEqual(letter_grade(0), "F")

    def test_out_of_range(self):
        with self.assertRaises(ValueError):
            letter_grade(101)
        with self.assertRaises(ValueError):
            letter_grade(-0.1)

unittest.main(argv=["tests"], exit=False)
```
Grade functions usually break at the cutoffs, so the tests check each cutoff exactly and a value just below it, plus the ends of the range and invalid scores.'''),

dict(kind="write_tests", lang="python",
     instruction="Write tests for this shipping cost calculator.",
     input='''def shipping_cost(weight_kg, express=False):
    if weight_kg <= 0:
        raise ValueError("weight must be positive")
    if weight_kg <= 1:
        cost = 5.0
    elif weight_kg <= 5:
        cost = 9.0
    else:
        cost = 9.0 + (weight_kg - 5) * 1.5
    return cost * 2 if express else cost''',
     output=r'''```python
import unittest

def shipping_cost(weight_kg, express=False):
    if weight_kg <= 0:
        raise ValueError("weight must be positive")
    if weight_kg <= 1:
        cost = 5.0
    elif weight_kg <= 5:
        cost = 9.0
    else:
        cost = 9.0 + (weight_kg - 5) * 1.5
    return cost * 2 if express else cost

class ShippingCostTests(unittest.TestCase):
    def test_tiers(self):
        self.assertEqual(shipping_cost(0.5), 5.0)
        self.assertEqual(shipping_cost(3), 9.0)
        self.assertEqual(shipping_cost(7), 12.0)

    def test_tier_edges(self):
        self.assertEqual(shipping_cost(1), 5.0)
        self.assertEqual(shipping_cost(1.01), 9.0)
        self.assertEqual(shipping_cost(5), 9.0)

    def test_express_doubles(self):
        for w in (0.5, 3, 7):
            with self.subTest(weight=w):
                self.assertEqual(shipping_cost(w, express=True), 2 * shipping_cost(w))

    def test_rejects_non_positive(self):
        for w in (0, -2):
            with self.subTest(weight=w), self.assertRaises(ValueError):
                shipping_cost(w)

unittest.main(argv=["tests"], exit=False)
```
One test per tier, one for the edges where the pricing changes (the `<=` comparisons make 1 and 5 belong to the cheaper tier), a property-style check that express always doubles the price, and the validation error.'''),

dict(kind="write_tests", lang="python",
     instruction="Write unit tests for is_valid_username.",
     input='''import re

def is_valid_username(name):
    return bool(re.fullmatch(r"[a-z][a-z0-9_]{2,15}", name))''',
     output=r'''```python
import unittest
import re

def is_valid_username(name):
    return bool(re.fullmatch(r"[a-z][a-z0-9_]{2,15}", name))

class UsernameTests(unittest.TestCase):
    def test_accepts_valid(self):
        for name in ("bob", "alice_99", "a" + "b" * 15):
            with self.subTest(name=name):
                self.assertTrue(is_valid_username(name))

    def test_length_limits(self):
        self.assertFalse(is_valid_username("ab"))            # too short
        self.assertFalse(is_valid_username("a" * 17))        # too long
        self.assertTrue(is_valid_username("a" * 16))         # exact maximum

    def test_rejects_bad_characters(self):
        for name in ("Bob", "9lives", "_hidden", "has-dash", "sp ace", "bob\n"):
            with self.subTest(name=name):
                self.assertFalse(is_valid_username(name))

unittest.main(argv=["tests"], exit=False)
```
Tests cover the minimum and maximum lengths (3 and 16 characters), disallowed first characters, uppercase, punctuation and a trailing newline, which `fullmatch` correctly rejects where `re.match` with `$` would not.'''),

dict(kind="write_tests", lang="python",
     instruction="Write tests for parse_bool.",
     input='''def parse_bool(value, default=None):
    if value is None:
        if default is None:
            raise ValueError("missing value")
        return default
    text = str(value).strip().lower()
    if text in ("true", "1", "yes"):
        return True
    if text in ("false", "0", "no"):
        return False
    raise ValueError(f"bad boolean {value!r}")''',
     output=r'''```python
def parse_bool(value, default=None):
    if value is None:
        if default is None:
            raise ValueError("missing value")
        return default
    text = str(value).strip().lower()
    if text in ("true", "1", "yes"):
        return True
    if text in ("false", "0", "no"):
        return False
    raise ValueError(f"bad boolean {value!r}")

def raises_value_error(*args):
    try:
        parse_bool(*args)
    except ValueError:
        return True
    return False

for truthy in ("true", "TRUE", " yes ", "1", 1, True):
    assert parse_bool(truthy) is True, truthy
for falsy in ("false", "No", "0", 0, False):
    assert parse_bool(falsy) is False, falsy
assert parse_bool(None, default=True) is True
assert parse_bool(None, default=False) is False
assert raises_value_error(None)
assert raises_value_error("maybe")
assert raises_value_error("")
print("parse_bool: all checks passed")
```
The checks cover every accepted spelling, case and whitespace handling, non-string inputs (ints and bools go through `str`), the default for `None`, and the error paths. The small helper keeps the exception checks readable without a framework.'''),

dict(kind="write_tests", lang="python",
     instruction="Write unit tests for safe_divide.",
     input='''def safe_divide(a, b, default=None):
    try:
        return a / b
    except ZeroDivisionError:
        return default''',
     output=r'''```python
import math
import unittest

def safe_divide(a, b, default=None):
    try:
        return a / b
    except ZeroDivisionError:
        return default

class SafeDivideTests(unittest.TestCase):
    def test_normal_division(self):
        self.assertEqual(safe_divide(10, 4), 2.5)

    def test_zero_divisor_returns_default(self):
        self.assertIsNone(safe_divide(1, 0))
        self.assertEqual(safe_divide(1, 0, default=0), 0)

    def test_float_zero_also_handled(self):
        self.assertEqual(safe_divide(1.0, 0.0, default=math.inf), math.inf)

    def test_other_errors_propagate(self):
        with self.assertRaises(TypeError):
            safe_divide("1", 2)

unittest.main(argv=["tests"], exit=False)
```
Besides the obvious cases, the last test documents that only `ZeroDivisionError` is swallowed: a wrong argument type still raises, which is what a caller would want.'''),

dict(kind="write_tests", lang="python",
     instruction="Write tests for the temperature conversion helpers.",
     input='''def c_to_f(c):
    return c * 9 / 5 + 32

def f_to_c(f):
    return (f - 32) * 5 / 9''',
     output=r'''```python
import math
import unittest

def c_to_f(c):
    return c * 9 / 5 + 32

def f_to_c(f):
    return (f - 32) * 5 / 9

class ConversionTests(unittest.TestCase):
    def test_known_points(self):
        self.assertEqual(c_to_f(0), 32)
        self.assertEqual(c_to_f(100), 212)
        self.assertEqual(f_to_c(212), 100)

    def test_scales_meet_at_minus_forty(self):
        self.assertEqual(c_to_f(-40), -40)
        self.assertEqual(f_to_c(-40), -40)

    def test_round_trip(self):
        for c in (-273.15, -10.5, 0, 37, 1000):
            with self.subTest(c=c):
                self.assertTrue(math.isclose(f_to_c(c_to_f(c)), c, abs_tol=1e-9))

unittest.main(argv=["tests"], exit=False)
```
Fixed reference points (freezing, boiling, and -40 where both scales agree) catch formula mistakes, and the round-trip test checks the two functions are inverses, using `isclose` because of floating-point rounding.'''),

dict(kind="write_tests", lang="python",
     instruction="Write unit tests for ordinal().",
     input='''def ordinal(n):
    if 10 <= n % 100 <= 20:
        suffix = "th"
    else:
        suffix = {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"''',
     output=r'''```python
import unittest

def ordinal(n):
    if 10 <= n % 100 <= 20:
        suffix = "th"
    else:
        suffix = {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"

class OrdinalTests(unittest.TestCase):
    def test_basic_suffixes(self):
        self.assertEqual([ordinal(i) for i in range(1, 5)], ["1st", "2nd", "3rd", "4th"])

    def test_teens_always_th(self):
        for n in (11, 12, 13, 111, 112, 113):
            with self.subTest(n=n):
                self.assertTrue(ordinal(n).endswith("th"))

    def test_twenties_and_hundreds(self):
        self.assertEqual(ordinal(21), "21st")
        self.assertEqual(ordinal(102), "102nd")
        self.assertEqual(ordinal(1003), "1003rd")

    def test_zero(self):
        self.assertEqual(ordinal(0), "0th")

unittest.main(argv=["tests"], exit=False)
```
The teen exception (11th, 12th, 13th, including 111-113) is where ordinal functions usually fail, so it gets its own test, alongside the regular suffixes and larger numbers that reuse them.'''),

dict(kind="write_tests", lang="python",
     instruction="Write tests for this naive English pluraliser.",
     input='''IRREGULAR = {"child": "children", "person": "people", "mouse": "mice"}

def pluralize(word, count):
    if count == 1:
        return word
    if word in IRREGULAR:
        return IRREGULAR[word]
    if word.endswith(("s", "x", "z", "ch", "sh")):
        return word + "es"
    if word.endswith("y") and word[-2:-1] not in "aeiou":
        return word[:-1] + "ies"
    return word + "s"''',
     output=r'''```python
IRREGULAR = {"child": "children", "person": "people", "mouse": "mice"}

def pluralize(word, count):
    if count == 1:
        return word
    if word in IRREGULAR:
        return IRREGULAR[word]
    if word.endswith(("s", "x", "z", "ch", "sh")):
        return word + "es"
    if word.endswith("y") and word[-2:-1] not in "aeiou":
        return word[:-1] + "ies"
    return word + "s"

cases = [
    ("cat", 2, "cats"),
    ("cat", 1, "cat"),
    ("cat", 0, "cats"),        # zero takes the plural in English
    ("box", 3, "boxes"),
    ("church", 2, "churches"),
    ("city", 5, "cities"),
    ("day", 5, "days"),        # vowel before y: just add s
    ("child", 2, "children"),
    ("mouse", 1, "mouse"),
]
for word, count, expected in cases:
    got = pluralize(word, count)
    assert got == expected, f"pluralize({word!r}, {count}) -> {got!r}, expected {expected!r}"
print(f"{len(cases)} pluralize cases passed")
```
A table of `(input, expected)` cases keeps each rule visible in one line, and the failure message names the exact case that broke. Each branch of the function (singular, irregular, sibilant, consonant+y, default) has at least one case.'''),

dict(kind="write_tests", lang="python",
     instruction="Write unit tests for truncate_middle.",
     input='''def truncate_middle(text, max_len, marker="..."):
    if len(text) <= max_len:
        return text
    keep = max_len - len(marker)
    if keep < 2:
        raise ValueError("max_len too small")
    head = (keep + 1) // 2
    tail = keep // 2
    return text[:head] + marker + text[-tail:]''',
     output=r'''```python
import unittest

def truncate_middle(text, max_len, marker="..."):
    if len(text) <= max_len:
        return text
    keep = max_len - len(marker)
    if keep < 2:
        raise ValueError("max_len too small")
    head = (keep + 1) // 2
    tail = keep // 2
    return text[:head] + marker + text[-tail:]

class TruncateMiddleTests(unittest.TestCase):
    def test_short_text_unchanged(self):
        self.assertEqual(truncate_middle("short", 10), "short")
        self.assertEqual(truncate_middle("exact", 5), "exact")

    def test_keeps_both_ends(self):
        self.assertEqual(truncate_middle("abcdefghij", 8), "abc...ij")

    def test_result_length(self):
        for n in range(5, 20):
            with self.subTest(n=n):
                self.assertEqual(len(truncate_middle("x" * 30, n)), n)

    def test_custom_marker(self):
        self.assertEqual(truncate_middle("/very/long/path/file.txt", 12, "…"), "/very/…e.txt")

    def test_too_small(self):
        with self.assertRaises(ValueError):
            truncate_middle("abcdefgh", 4)

unittest.main(argv=["tests"], exit=False)
```
The key property, that a truncated result is exactly `max_len` characters long, is checked across many lengths; the other tests cover the untouched case, head/tail split, a one-character marker and the lower limit.'''),

dict(kind="write_tests", lang="python",
     instruction="Write tests for mask_email.",
     input='''def mask_email(email):
    local, sep, domain = email.partition("@")
    if not sep or not local or not domain:
        raise ValueError("not an email address")
    if len(local) <= 2:
        return "*" * len(local) + "@" + domain
    return local[0] + "*" * (len(local) - 2) + local[-1] + "@" + domain''',
     output=r'''```python
import unittest

def mask_email(email):
    local, sep, domain = email.partition("@")
    if not sep or not local or not domain:
        raise ValueError("not an email address")
    if len(local) <= 2:
        return "*" * len(local) + "@" + domain
    return local[0] + "*" * (len(local) - 2) + local[-1] + "@" + domain

class MaskEmailTests(unittest.TestCase):
    def test_masks_middle_of_local_part(self):
        self.assertEqual(mask_email("jonathan@example.com"), "j******n@example.com")

    def test_domain_untouched(self):
        self.assertTrue(mask_email("abc@sub.example.org").endswith("@sub.example.org"))

    def test_short_local_fully_masked(self):
        self.assertEqual(mask_email("al@x.io"), "**@x.io")
        self.assertEqual(mask_email("a@x.io"), "*@x.io")

    def test_length_preserved(self):
        email = "someone.else@example.com"
        self.assertEqual(len(mask_email(email)), len(email))

    def test_invalid(self):
        for bad in ("no-at-sign", "@example.com", "user@"):
            with self.subTest(bad=bad), self.assertRaises(ValueError):
                mask_email(bad)

unittest.main(argv=["tests"], exit=False)
```
The tests check both masking branches, that the domain is never altered, that the output length matches the input (nothing leaks via length changes, nothing is lost), and all three malformed shapes.'''),

dict(kind="write_tests", lang="python",
     instruction="Write tests for parse_coordinates.",
     input='''def parse_coordinates(text):
    try:
        lat_s, lon_s = text.split(",")
        lat, lon = float(lat_s), float(lon_s)
    except ValueError:
        raise ValueError(f"expected 'lat,lon', got {text!r}") from None
    if not (-90 <= lat <= 90 and -180 <= lon <= 180):
        raise ValueError("coordinates out of range")
    return lat, lon''',
     output=r'''```python
import unittest

def parse_coordinates(text):
    try:
        lat_s, lon_s = text.split(",")
        lat, lon = float(lat_s), float(lon_s)
    except ValueError:
        raise ValueError(f"expected 'lat,lon', got {text!r}") from None
    if not (-90 <= lat <= 90 and -180 <= lon <= 180):
        raise ValueError("coordinates out of range")
    return lat, lon

class ParseCoordinatesTests(unittest.TestCase):
    def test_valid(self):
        self.assertEqual(parse_coordinates("51.5, -0.12"), (51.5, -0.12))

    def test_extreme_values_allowed(self):
        self.assertEqual(parse_coordinates("-90,180"), (-90.0, 180.0))

    def test_out_of_range(self):
        for text in ("90.1,0", "0,-180.5"):
            with self.subTest(text=text):
                with self.assertRaisesRegex(ValueError, "out of range"):
                    parse_coordinates(text)

    def test_malformed(self):
        for text in ("51.5", "1,2,3", "north,east", ""):
            with self.subTest(text=text):
                with self.assertRaisesRegex(ValueError, "expected 'lat,lon'"):
                    parse_coordinates(text)

unittest.main(argv=["tests"], exit=False)
```
`assertRaisesRegex` distinguishes the two different errors the function can raise, so a test fails if a malformed string were reported as out of range or vice versa. The range limits themselves are tested as valid.'''),

dict(kind="write_tests", lang="python",
     instruction="Write unit tests for these colour conversion functions.",
     input='''def rgb_to_hex(r, g, b):
    for v in (r, g, b):
        if not 0 <= v <= 255:
            raise ValueError("channel out of range")
    return f"#{r:02x}{g:02x}{b:02x}"

def hex_to_rgb(code):
    code = code.lstrip("#")
    if len(code) != 6:
        raise ValueError("expected 6 hex digits")
    return tuple(int(code[i:i + 2], 16) for i in (0, 2, 4))''',
     output=r'''```python
import unittest

def rgb_to_hex(r, g, b):
    for v in (r, g, b):
        if not 0 <= v <= 255:
            raise ValueError("channel out of range")
    return f"#{r:02x}{g:02x}{b:02x}"

def hex_to_rgb(code):
    code = code.lstrip("#")
    if len(code) != 6:
        raise ValueError("expected 6 hex digits")
    return tuple(int(code[i:i + 2], 16) for i in (0, 2, 4))

class ColourTests(unittest.TestCase):
    def test_rgb_to_hex_pads_and_lowercases(self):
        self.assertEqual(rgb_to_hex(255, 0, 16), "#ff0010")

    def test_hex_to_rgb_accepts_upper_and_no_hash(self):
        self.assertEqual(hex_to_rgb("#FF8800"), (255, 136, 0))
        self.assertEqual(hex_to_rgb("0a0b0c"), (10, 11, 12))

    def test_round_trip(self):
        for rgb in ((0, 0, 0), (255, 255, 255), (18, 52, 86)):
            with self.subTest(rgb=rgb):
                self.assertEqual(hex_to_rgb(rgb_to_hex(*rgb)), rgb)

    def test_errors(self):
        with self.assertRaises(ValueError):
            rgb_to_hex(256, 0, 0)
        with self.assertRaises(ValueError):
            hex_to_rgb("#fff")
        with self.assertRaises(ValueError):
            hex_to_rgb("#gggggg")   # int() rejects non-hex digits

unittest.main(argv=["tests"], exit=False)
```
Zero-padding (16 becomes "10", 0 becomes "00") and case handling are the likely bugs, so they are asserted directly. The round-trip test ties the two functions together, and the error test shows that invalid hex digits surface as `ValueError` from `int`.'''),

dict(kind="write_tests", lang="python",
     instruction="Write tests for clamp.",
     input='''def clamp(value, low, high):
    if low > high:
        raise ValueError("low must not exceed high")
    return max(low, min(value, high))''',
     output=r'''```python
def clamp(value, low, high):
    if low > high:
        raise ValueError("low must not exceed high")
    return max(low, min(value, high))

# inside, below and above the range
assert clamp(5, 0, 10) == 5
assert clamp(-3, 0, 10) == 0
assert clamp(42, 0, 10) == 10
# bounds are inclusive
assert clamp(0, 0, 10) == 0 and clamp(10, 0, 10) == 10
# degenerate range
assert clamp(7, 3, 3) == 3
# floats and negative ranges
assert clamp(-0.5, -1.0, -0.75) == -0.75
# invalid range
try:
    clamp(1, 10, 0)
except ValueError:
    pass
else:
    raise AssertionError("expected ValueError for low > high")
print("clamp tests passed")
```
Simple functions still deserve boundary tests: values exactly at the limits, a zero-width range, floats and negatives, and the inverted range that should be rejected instead of silently returning `low`.'''),

dict(kind="write_tests", lang="python",
     instruction="Write unit tests for percent_change.",
     input='''def percent_change(old, new):
    if old == 0:
        raise ZeroDivisionError("percent change from zero is undefined")
    return (new - old) / abs(old) * 100''',
     output=r'''```python
import unittest

def percent_change(old, new):
    if old == 0:
        raise ZeroDivisionError("percent change from zero is undefined")
    return (new - old) / abs(old) * 100

class PercentChangeTests(unittest.TestCase):
    def test_increase_and_decrease(self):
        self.assertEqual(percent_change(50, 75), 50.0)
        self.assertEqual(percent_change(200, 150), -25.0)

    def test_no_change(self):
        self.assertEqual(percent_change(9, 9), 0.0)

    def test_negative_baseline_uses_magnitude(self):
        # from -100 to -50 is an improvement of 50%
        self.assertEqual(percent_change(-100, -50), 50.0)

    def test_fractional_result(self):
        self.assertAlmostEqual(percent_change(3, 4), 33.333333, places=5)

    def test_zero_baseline(self):
        with self.assertRaises(ZeroDivisionError):
            percent_change(0, 10)

unittest.main(argv=["tests"], exit=False)
```
The negative-baseline test documents the reason for `abs(old)`: without it, a rise from -100 to -50 would be reported as -50%. `assertAlmostEqual` handles the repeating decimal.'''),
]
