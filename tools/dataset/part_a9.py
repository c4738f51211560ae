"""Writer A, part 9: write_tests rows (collections, bits, classes)."""

ROWS = [
dict(kind="write_tests", lang="python",
     instruction="Write tests for binary_to_int.",
     input='''def binary_to_int(bits):
    if not bits or set(bits) - {"0", "1"}:
        raise ValueError(f"not a binary string: {bits!r}")
    value = 0
    for bit in bits:
        value = value * 2 + (bit == "1")
    return value''',
     output=r'''```python
def binary_to_int(bits):
    if not bits or set(bits) - {"0", "1"}:
        raise ValueError(f"not a binary string: {bits!r}")
    value = 0
    for bit in bits:
        value = value * 2 + (bit == "1")
    return value

# agrees with the built-in parser on a range of values
for n in range(300):
    assert binary_to_int(format(n, "b")) == n, n
# leading zeros allowed
assert binary_to_int("000101") == 5
# large values stay exact
assert binary_to_int("1" * 100) == 2 ** 100 - 1
# invalid input
for bad in ("", "102", "0b11", " 1"):
    try:
        binary_to_int(bad)
    except ValueError:
        continue
    raise AssertionError(f"accepted {bad!r}")
print("binary_to_int ok")
```
Comparing against Python's own formatting for 300 values is a cheap oracle test. The remaining checks cover leading zeros, very large numbers and malformed strings, including a `0b` prefix and whitespace.'''),

dict(kind="write_tests", lang="python",
     instruction="Write unit tests for gray_code.",
     input='''def gray_code(n):
    return [i ^ (i >> 1) for i in range(2 ** n)]''',
     output=r'''```python
import unittest

def gray_code(n):
    return [i ^ (i >> 1) for i in range(2 ** n)]

class GrayCodeTests(unittest.TestCase):
    def test_small_sequences(self):
        self.assertEqual(gray_code(0), [0])
        self.assertEqual(gray_code(2), [0, 1, 3, 2])

    def test_neighbours_differ_by_one_bit(self):
        for n in range(1, 8):
            codes = gray_code(n)
            for a, b in zip(codes, codes[1:] + codes[:1]):   # includes wrap-around
                with self.subTest(n=n, a=a, b=b):
                    self.assertEqual(bin(a ^ b).count("1"), 1)

    def test_is_permutation(self):
        for n in range(6):
            with self.subTest(n=n):
                self.assertEqual(sorted(gray_code(n)), list(range(2 ** n)))

unittest.main(argv=["tests"], exit=False)
```
Rather than listing long sequences, the tests assert the defining properties of a Gray code: every value appears exactly once and consecutive codes (including last-to-first) differ in exactly one bit.'''),

dict(kind="write_tests", lang="python",
     instruction="Write tests for these bit helpers.",
     input='''def count_set_bits(n):
    count = 0
    while n:
        n &= n - 1
        count += 1
    return count

def is_power_of_two(n):
    return n > 0 and n & (n - 1) == 0''',
     output=r'''```python
import unittest

def count_set_bits(n):
    count = 0
    while n:
        n &= n - 1
        count += 1
    return count

def is_power_of_two(n):
    return n > 0 and n & (n - 1) == 0

class BitHelperTests(unittest.TestCase):
    def test_count_matches_bin(self):
        for n in list(range(1025)) + [2 ** 64 - 1]:
            self.assertEqual(count_set_bits(n), bin(n).count("1"))

    def test_powers_of_two(self):
        for k in range(64):
            self.assertTrue(is_power_of_two(2 ** k))

    def test_non_powers(self):
        for n in (0, -2, 3, 6, 12, 2 ** 20 + 1):
            with self.subTest(n=n):
                self.assertFalse(is_power_of_two(n))

    def test_relationship(self):
        for n in range(1, 500):
            self.assertEqual(is_power_of_two(n), count_set_bits(n) == 1)

unittest.main(argv=["tests"], exit=False)
```
`bin(n).count("1")` serves as a reference implementation. The last test ties the two helpers together: a positive number is a power of two exactly when it has one set bit. Zero and negatives are explicitly non-powers.'''),

dict(kind="write_tests", lang="python",
     instruction="Write unit tests for reverse_bits8.",
     input='''def reverse_bits8(byte):
    if not 0 <= byte <= 255:
        raise ValueError("expected a byte")
    result = 0
    for _ in range(8):
        result = (result << 1) | (byte & 1)
        byte >>= 1
    return result''',
     output=r'''```python
import unittest

def reverse_bits8(byte):
    if not 0 <= byte <= 255:
        raise ValueError("expected a byte")
    result = 0
    for _ in range(8):
        result = (result << 1) | (byte & 1)
        byte >>= 1
    return result

class ReverseBitsTests(unittest.TestCase):
    def test_examples(self):
        self.assertEqual(reverse_bits8(0b00000001), 0b10000000)
        self.assertEqual(reverse_bits8(0b11010000), 0b00001011)

    def test_matches_string_reversal(self):
        for b in range(256):
            expected = int(format(b, "08b")[::-1], 2)
            self.assertEqual(reverse_bits8(b), expected)

    def test_involution(self):
        for b in range(256):
            self.assertEqual(reverse_bits8(reverse_bits8(b)), b)

    def test_range(self):
        for bad in (-1, 256):
            with self.subTest(bad=bad), self.assertRaises(ValueError):
                reverse_bits8(bad)

unittest.main(argv=["tests"], exit=False)
```
With only 256 possible inputs the function can be checked exhaustively against a string-based oracle. The involution test (reversing twice gives the original) would catch an implementation that forgets padding to eight bits.'''),

dict(kind="write_tests", lang="python",
     instruction="Write tests for pick and omit.",
     input='''def pick(d, keys):
    return {k: d[k] for k in keys if k in d}

def omit(d, keys):
    drop = set(keys)
    return {k: v for k, v in d.items() if k not in drop}''',
     output=r'''```python
import unittest

def pick(d, keys):
    return {k: d[k] for k in keys if k in d}

def omit(d, keys):
    drop = set(keys)
    return {k: v for k, v in d.items() if k not in drop}

USER = {"id": 1, "name": "ann", "password": "x", "email": "a@x.io"}

class PickOmitTests(unittest.TestCase):
    def test_pick_selects_existing_keys(self):
        self.assertEqual(pick(USER, ["id", "email", "missing"]), {"id": 1, "email": "a@x.io"})

    def test_pick_order_follows_requested_keys(self):
        self.assertEqual(list(pick(USER, ["email", "id"])), ["email", "id"])

    def test_omit_drops_keys(self):
        self.assertEqual(omit(USER, ["password"]), {"id": 1, "name": "ann", "email": "a@x.io"})

    def test_complementary(self):
        keys = ["id", "password"]
        self.assertEqual({**pick(USER, keys), **omit(USER, keys)}, USER)

    def test_inputs_unchanged(self):
        before = dict(USER)
        pick(USER, ["id"]); omit(USER, ["id"])
        self.assertEqual(USER, before)

unittest.main(argv=["tests"], exit=False)
```
Alongside direct examples, the complementary test checks that picking and omitting the same keys partitions the dict exactly. The order test documents that `pick` follows the order of the requested keys.'''),

dict(kind="write_tests", lang="python",
     instruction="Write unit tests for zip_dicts.",
     input='''def zip_dicts(*dicts):
    keys = set(dicts[0]) if dicts else set()
    for d in dicts[1:]:
        keys &= set(d)
    return {k: tuple(d[k] for d in dicts) for k in sorted(keys)}''',
     output=r'''```python
import unittest

def zip_dicts(*dicts):
    keys = set(dicts[0]) if dicts else set()
    for d in dicts[1:]:
        keys &= set(d)
    return {k: tuple(d[k] for d in dicts) for k in sorted(keys)}

class ZipDictsTests(unittest.TestCase):
    def test_common_keys_only(self):
        prices = {"tea": 3, "cake": 4, "pie": 5}
        stock = {"tea": 10, "pie": 0}
        self.assertEqual(zip_dicts(prices, stock), {"pie": (5, 0), "tea": (3, 10)})

    def test_three_dicts(self):
        self.assertEqual(zip_dicts({"a": 1}, {"a": 2}, {"a": 3}), {"a": (1, 2, 3)})

    def test_single_dict(self):
        self.assertEqual(zip_dicts({"x": 1}), {"x": (1,)})

    def test_no_dicts(self):
        self.assertEqual(zip_dicts(), {})

    def test_disjoint(self):
        self.assertEqual(zip_dicts({"a": 1}, {"b": 2}), {})

unittest.main(argv=["tests"], exit=False)
```
The tests cover the intersection behaviour, tuple order matching argument order, and the edge cases of one, zero and disjoint dicts, where the early `if dicts` guard matters.'''),

dict(kind="write_tests", lang="python",
     instruction="Write tests for rotate_left.",
     input='''def rotate_left(s, n):
    if not s:
        return s
    n %= len(s)
    return s[n:] + s[:n]''',
     output=r'''```python
def rotate_left(s, n):
    if not s:
        return s
    n %= len(s)
    return s[n:] + s[:n]

assert rotate_left("abcdef", 2) == "cdefab"
assert rotate_left("abcdef", 0) == "abcdef"
assert rotate_left("abcdef", 6) == "abcdef"        # full rotation
assert rotate_left("abcdef", 8) == "cdefab"        # wraps
assert rotate_left("abcdef", -1) == "fabcde"       # negative rotates right
assert rotate_left("", 3) == ""                    # no ZeroDivisionError
# rotating left by n then by len - n restores the string
for k in range(10):
    assert rotate_left(rotate_left("python", k), 6 - k % 6) == "python"
print("rotate_left ok")
```
Edge cases dominate here: zero, a full rotation, counts larger than the length, negative counts, and the empty string that would otherwise trigger a modulo by zero. The loop checks an inverse property for many shift values.'''),

dict(kind="write_tests", lang="python",
     instruction="Write unit tests for find_duplicates.",
     input='''from collections import Counter

def find_duplicates(items):
    return {item for item, n in Counter(items).items() if n > 1}''',
     output=r'''```python
import unittest
from collections import Counter

def find_duplicates(items):
    return {item for item, n in Counter(items).items() if n > 1}

class FindDuplicatesTests(unittest.TestCase):
    def test_reports_each_duplicate_once(self):
        self.assertEqual(find_duplicates([1, 2, 2, 3, 3, 3]), {2, 3})

    def test_no_duplicates(self):
        self.assertEqual(find_duplicates("abc"), set())

    def test_empty(self):
        self.assertEqual(find_duplicates([]), set())

    def test_strings_case_sensitive(self):
        self.assertEqual(find_duplicates(["a", "A", "a"]), {"a"})

    def test_generator_input(self):
        self.assertEqual(find_duplicates(x % 3 for x in range(5)), {0, 1})

    def test_unhashable_items_raise(self):
        with self.assertRaises(TypeError):
            find_duplicates([[1], [1]])

unittest.main(argv=["tests"], exit=False)
```
The tests cover triplicates being reported once, case sensitivity, generator input, and document a limitation: items must be hashable, so lists raise `TypeError`.'''),

dict(kind="write_tests", lang="python",
     instruction="Write tests for competition_rank (1224 ranking).",
     input='''def competition_rank(scores):
    ordered = sorted(scores.items(), key=lambda kv: -kv[1])
    ranks, prev_score, prev_rank = {}, None, 0
    for position, (name, score) in enumerate(ordered, start=1):
        rank = prev_rank if score == prev_score else position
        ranks[name] = rank
        prev_score, prev_rank = score, rank
    return ranks''',
     output=r'''```python
import unittest

def competition_rank(scores):
    ordered = sorted(scores.items(), key=lambda kv: -kv[1])
    ranks, prev_score, prev_rank = {}, None, 0
    for position, (name, score) in enumerate(ordered, start=1):
        rank = prev_rank if score == prev_score else position
        ranks[name] = rank
        prev_score, prev_rank = score, rank
    return ranks

class CompetitionRankTests(unittest.TestCase):
    def test_no_ties(self):
        self.assertEqual(competition_rank({"a": 3, "b": 9, "c": 5}), {"b": 1, "c": 2, "a": 3})

    def test_ties_share_rank_and_skip(self):
        ranks = competition_rank({"a": 10, "b": 8, "c": 8, "d": 5})
        self.assertEqual(ranks, {"a": 1, "b": 2, "c": 2, "d": 4})

    def test_tie_at_top(self):
        ranks = competition_rank({"a": 7, "b": 7, "c": 1})
        self.assertEqual(ranks, {"a": 1, "b": 1, "c": 3})

    def test_everyone_tied(self):
        self.assertEqual(set(competition_rank({"x": 0, "y": 0}).values()), {1})

    def test_empty(self):
        self.assertEqual(competition_rank({}), {})

unittest.main(argv=["tests"], exit=False)
```
"1224" ranking means tied competitors share a rank and the next rank skips accordingly; the tests check ties in the middle, at the top and across everyone, the cases most likely to be wrong.'''),

dict(kind="write_tests", lang="python",
     instruction="Write unit tests for this Inventory class.",
     input='''class OutOfStock(Exception):
    pass

class Inventory:
    def __init__(self):
        self._stock = {}

    def add(self, sku, qty):
        if qty <= 0:
            raise ValueError("quantity must be positive")
        self._stock[sku] = self._stock.get(sku, 0) + qty

    def remove(self, sku, qty):
        have = self._stock.get(sku, 0)
        if qty > have:
            raise OutOfStock(f"{sku}: requested {qty}, have {have}")
        self._stock[sku] = have - qty

    def quantity(self, sku):
        return self._stock.get(sku, 0)''',
     output=r'''```python
import unittest

class OutOfStock(Exception):
    pass

class Inventory:
    def __init__(self):
        self._stock = {}

    def add(self, sku, qty):
        if qty <= 0:
            raise ValueError("quantity must be positive")
        self._stock[sku] = self._stock.get(sku, 0) + qty

    def remove(self, sku, qty):
        have = self._stock.get(sku, 0)
        if qty > have:
            raise OutOfStock(f"{sku}: requested {qty}, have {have}")
        self._stock[sku] = have - qty

    def quantity(self, sku):
        return self._stock.get(sku, 0)

class InventoryTests(unittest.TestCase):
    def setUp(self):
        self.inv = Inventory()
        self.inv.add("apple", 5)

    def test_add_accumulates(self):
        self.inv.add("apple", 3)
        self.assertEqual(self.inv.quantity("apple"), 8)

    def test_remove_reduces(self):
        self.inv.remove("apple", 5)
        self.assertEqual(self.inv.quantity("apple"), 0)

    def test_remove_too_many_leaves_stock_unchanged(self):
        with self.assertRaisesRegex(OutOfStock, "requested 6, have 5"):
            self.inv.remove("apple", 6)
        self.assertEqual(self.inv.quantity("apple"), 5)

    def test_unknown_sku(self):
        self.assertEqual(self.inv.quantity("pear"), 0)
        with self.assertRaises(OutOfStock):
            self.inv.remove("pear", 1)

    def test_add_rejects_non_positive(self):
        with self.assertRaises(ValueError):
            self.inv.add("apple", 0)

unittest.main(argv=["tests"], exit=False)
```
The failed-removal test checks both the error message and that stock is unchanged afterwards, so a partial update would be caught. Unknown SKUs and invalid quantities each get their own test.'''),

dict(kind="write_tests", lang="python",
     instruction="Write tests for the ShoppingCart total calculation.",
     input='''class ShoppingCart:
    def __init__(self):
        self.lines = []

    def add(self, name, unit_price, qty=1):
        self.lines.append((name, unit_price, qty))

    def total(self, coupon=None):
        subtotal = sum(price * qty for _, price, qty in self.lines)
        if coupon == "TENOFF" and subtotal >= 50:
            subtotal -= 10
        elif coupon == "HALF":
            subtotal /= 2
        return round(subtotal, 2)''',
     output=r'''```python
import unittest

class ShoppingCart:
    def __init__(self):
        self.lines = []

    def add(self, name, unit_price, qty=1):
        self.lines.append((name, unit_price, qty))

    def total(self, coupon=None):
        subtotal = sum(price * qty for _, price, qty in self.lines)
        if coupon == "TENOFF" and subtotal >= 50:
            subtotal -= 10
        elif coupon == "HALF":
            subtotal /= 2
        return round(subtotal, 2)

class ShoppingCartTests(unittest.TestCase):
    def setUp(self):
        self.cart = ShoppingCart()

    def test_empty_cart(self):
        self.assertEqual(self.cart.total(), 0)

    def test_quantities_multiply(self):
        self.cart.add("pen", 1.5, qty=4)
        self.cart.add("pad", 3.0)
        self.assertEqual(self.cart.total(), 9.0)

    def test_tenoff_threshold(self):
        self.cart.add("lamp", 49.99)
        self.assertEqual(self.cart.total("TENOFF"), 49.99)   # below threshold
        self.cart.add("bulb", 0.01)
        self.assertEqual(self.cart.total("TENOFF"), 40.0)    # exactly 50

    def test_half(self):
        self.cart.add("book", 15.55)
        self.assertEqual(self.cart.total("HALF"), 7.78)

    def test_unknown_coupon_ignored(self):
        self.cart.add("mug", 8)
        self.assertEqual(self.cart.total("BOGUS"), 8)

unittest.main(argv=["tests"], exit=False)
```
The threshold test adds a single cent to move from 49.99 to exactly 50, checking the `>=` boundary. Other tests cover quantities, rounding after halving and that unknown coupons are ignored rather than raising.'''),

dict(kind="write_tests", lang="python",
     instruction="Write unit tests for this door state machine.",
     input='''class Door:
    TRANSITIONS = {
        ("closed", "open"): "opened",
        ("opened", "close"): "closed",
        ("closed", "lock"): "locked",
        ("locked", "unlock"): "closed",
    }

    def __init__(self):
        self.state = "closed"

    def handle(self, action):
        key = (self.state, action)
        if key not in self.TRANSITIONS:
            raise ValueError(f"cannot {action} when {self.state}")
        self.state = self.TRANSITIONS[key]
        return self.state''',
     output=r'''```python
import unittest

class Door:
    TRANSITIONS = {
        ("closed", "open"): "opened",
        ("opened", "close"): "closed",
        ("closed", "lock"): "locked",
        ("locked", "unlock"): "closed",
    }

    def __init__(self):
        self.state = "closed"

    def handle(self, action):
        key = (self.state, action)
        if key not in self.TRANSITIONS:
            raise ValueError(f"cannot {action} when {self.state}")
        self.state = self.TRANSITIONS[key]
        return self.state

class DoorTests(unittest.TestCase):
    def test_starts_closed(self):
        self.assertEqual(Door().state, "closed")

    def test_full_cycle(self):
        door = Door()
        steps = ["open", "close", "lock", "unlock", "open"]
        self.assertEqual([door.handle(s) for s in steps],
                         ["opened", "closed", "locked", "closed", "opened"])

    def test_illegal_transitions_keep_state(self):
        illegal = [("locked", "open"), ("opened", "lock"), ("closed", "close")]
        for state, action in illegal:
            with self.subTest(state=state, action=action):
                door = Door()
                door.state = state
                with self.assertRaisesRegex(ValueError, f"cannot {action}"):
                    door.handle(action)
                self.assertEqual(door.state, state)

unittest.main(argv=["tests"], exit=False)
```
One test walks every legal transition in sequence; the other sets up each state directly and checks that illegal actions raise and leave the state untouched, the property that keeps a state machine trustworthy.'''),

dict(kind="write_tests", lang="python",
     instruction="Write tests for find_conflicts, which reports overlapping bookings.",
     input='''def find_conflicts(bookings):
    """bookings: list of (name, start, end) with half-open [start, end)."""
    ordered = sorted(bookings, key=lambda b: b[1])
    conflicts = []
    for i, (name_a, start_a, end_a) in enumerate(ordered):
        for name_b, start_b, end_b in ordered[i + 1:]:
            if start_b >= end_a:
                break
            conflicts.append((name_a, name_b))
    return conflicts''',
     output=r'''```python
import unittest

def find_conflicts(bookings):
    """bookings: list of (name, start, end) with half-open [start, end)."""
    ordered = sorted(bookings, key=lambda b: b[1])
    conflicts = []
    for i, (name_a, start_a, end_a) in enumerate(ordered):
        for name_b, start_b, end_b in ordered[i + 1:]:
            if start_b >= end_a:
                break
            conflicts.append((name_a, name_b))
    return conflicts

class FindConflictsTests(unittest.TestCase):
    def test_no_conflicts_back_to_back(self):
        self.assertEqual(find_conflicts([("a", 9, 10), ("b", 10, 11)]), [])

    def test_simple_overlap(self):
        self.assertEqual(find_conflicts([("a", 9, 11), ("b", 10, 12)]), [("a", "b")])

    def test_long_booking_overlaps_several(self):
        bookings = [("long", 8, 17), ("x", 9, 10), ("y", 13, 14)]
        self.assertEqual(find_conflicts(bookings), [("long", "x"), ("long", "y")])

    def test_input_order_irrelevant(self):
        a = [("a", 1, 3), ("b", 2, 4), ("c", 5, 6)]
        self.assertEqual(find_conflicts(a), find_conflicts(list(reversed(a))))

    def test_empty(self):
        self.assertEqual(find_conflicts([]), [])

unittest.main(argv=["tests"], exit=False)
```
The long-booking case checks that one booking can conflict with several later ones, which the early `break` must not cut short. Back-to-back bookings confirm half-open semantics, and reversing the input confirms sorting makes order irrelevant.'''),

dict(kind="write_tests", lang="python",
     instruction="Write unit tests for bump_version.",
     input='''def bump_version(version, part):
    major, minor, patch = (int(x) for x in version.split("."))
    if part == "major":
        return f"{major + 1}.0.0"
    if part == "minor":
        return f"{major}.{minor + 1}.0"
    if part == "patch":
        return f"{major}.{minor}.{patch + 1}"
    raise ValueError(f"unknown part {part!r}")''',
     output=r'''```python
import unittest

def bump_version(version, part):
    major, minor, patch = (int(x) for x in version.split("."))
    if part == "major":
        return f"{major + 1}.0.0"
    if part == "minor":
        return f"{major}.{minor + 1}.0"
    if part == "patch":
        return f"{major}.{minor}.{patch + 1}"
    raise ValueError(f"unknown part {part!r}")

class BumpVersionTests(unittest.TestCase):
    def test_patch(self):
        self.assertEqual(bump_version("1.2.3", "patch"), "1.2.4")

    def test_minor_resets_patch(self):
        self.assertEqual(bump_version("1.2.3", "minor"), "1.3.0")

    def test_major_resets_rest(self):
        self.assertEqual(bump_version("1.2.3", "major"), "2.0.0")

    def test_multi_digit(self):
        self.assertEqual(bump_version("0.9.99", "patch"), "0.9.100")

    def test_invalid_part(self):
        with self.assertRaises(ValueError):
            bump_version("1.0.0", "build")

    def test_malformed_version(self):
        for bad in ("1.0", "1.0.0.0", "1.x.0"):
            with self.subTest(bad=bad), self.assertRaises(ValueError):
                bump_version(bad, "patch")

unittest.main(argv=["tests"], exit=False)
```
The tests verify the reset rules (bumping minor zeroes patch, bumping major zeroes both), carry-free multi-digit growth, and malformed versions, which surface as `ValueError` from unpacking or `int()`.'''),

dict(kind="write_tests", lang="python",
     instruction="Write tests for sanitize_filename.",
     input='''import re

def sanitize_filename(name, replacement="_"):
    name = re.sub(r'[<>:"/\\\\|?*\\x00-\\x1f]', replacement, name)
    name = name.strip(" .")
    if name.upper() in {"CON", "PRN", "AUX", "NUL"}:
        name = replacement + name
    return name or replacement''',
     output=r'''```python
import re
import unittest

def sanitize_filename(name, replacement="_"):
    name = re.sub(r'[<>:"/\\|?*\x00-\x1f]', replacement, name)
    name = name.strip(" .")
    if name.upper() in {"CON", "PRN", "AUX", "NUL"}:
        name = replacement + name
    return name or replacement

class SanitizeFilenameTests(unittest.TestCase):
    def test_replaces_forbidden_characters(self):
        self.assertEqual(sanitize_filename('a/b\\c:d*e?"f"<g>|h'), "a_b_c_d_e__f__g__h")

    def test_control_characters(self):
        self.assertEqual(sanitize_filename("tab\there\n"), "tab_here_")

    def test_trims_dots_and_spaces(self):
        self.assertEqual(sanitize_filename("  report.txt. "), "report.txt")

    def test_reserved_windows_names(self):
        self.assertEqual(sanitize_filename("con"), "_con")

    def test_never_empty(self):
        self.assertEqual(sanitize_filename("..."), "_")

    def test_safe_name_unchanged(self):
        self.assertEqual(sanitize_filename("photo_2024-01-01.jpg"), "photo_2024-01-01.jpg")

unittest.main(argv=["tests"], exit=False)
```
One test per rule: forbidden characters, control characters, trailing dots and spaces, reserved device names, and the guarantee of a non-empty result. A final test makes sure already-safe names pass through unchanged.'''),

dict(kind="write_tests", lang="python",
     instruction="Write unit tests for initials.",
     input='''def initials(full_name, with_dots=True):
    parts = [p for p in full_name.replace("-", " ").split() if p]
    letters = [p[0].upper() for p in parts]
    return "".join(l + "." for l in letters) if with_dots else "".join(letters)''',
     output=r'''```python
def initials(full_name, with_dots=True):
    parts = [p for p in full_name.replace("-", " ").split() if p]
    letters = [p[0].upper() for p in parts]
    return "".join(l + "." for l in letters) if with_dots else "".join(letters)

checks = [
    (("Ada Lovelace",), "A.L."),
    (("ada lovelace", False), "AL"),
    (("Jean-Paul Sartre",), "J.P.S."),       # hyphenated names split
    (("  grace   murray hopper ",), "G.M.H."),
    (("Cher",), "C."),
    (("",), ""),
]
for args, expected in checks:
    result = initials(*args)
    assert result == expected, (args, result, expected)
print("initials: all", len(checks), "checks passed")
```
A list of argument tuples and expected results keeps the tests compact while covering both output styles, hyphenated names, messy whitespace, a single name and the empty string.'''),

dict(kind="write_tests", lang="python",
     instruction="Write tests for is_isogram.",
     input='''def is_isogram(word):
    letters = [c.lower() for c in word if c.isalpha()]
    return len(letters) == len(set(letters))''',
     output=r'''```python
import unittest

def is_isogram(word):
    letters = [c.lower() for c in word if c.isalpha()]
    return len(letters) == len(set(letters))

class IsogramTests(unittest.TestCase):
    def test_isograms(self):
        for word in ("lumberjacks", "background", "six-year-old", ""):
            with self.subTest(word=word):
                self.assertTrue(is_isogram(word))

    def test_repeated_letter(self):
        self.assertFalse(is_isogram("letter"))

    def test_case_insensitive(self):
        self.assertFalse(is_isogram("Alpha"))

    def test_spaces_and_hyphens_ignored(self):
        self.assertTrue(is_isogram("Emily Jung Schwartzkopf"))

unittest.main(argv=["tests"], exit=False)
```
The tests separate the rules: repeated letters fail, case doesn't matter ("Alpha" has two a's), and non-letters such as hyphens and spaces may repeat freely. The empty string counts as an isogram.'''),

dict(kind="write_tests", lang="python",
     instruction="Write unit tests for title_from_slug.",
     input='''def title_from_slug(slug):
    words = [w for w in slug.replace("_", "-").split("-") if w]
    return " ".join(w.capitalize() for w in words)''',
     output=r'''```python
import unittest

def title_from_slug(slug):
    words = [w for w in slug.replace("_", "-").split("-") if w]
    return " ".join(w.capitalize() for w in words)

class TitleFromSlugTests(unittest.TestCase):
    def test_basic(self):
        self.assertEqual(title_from_slug("my-first-post"), "My First Post")

    def test_underscores_and_repeats(self):
        self.assertEqual(title_from_slug("--hello__world-"), "Hello World")

    def test_digits(self):
        self.assertEqual(title_from_slug("top-10-tips"), "Top 10 Tips")

    def test_capitalize_lowers_rest(self):
        self.assertEqual(title_from_slug("NASA-news"), "Nasa News")

    def test_empty(self):
        self.assertEqual(title_from_slug(""), "")

unittest.main(argv=["tests"], exit=False)
```
Besides normal slugs, the tests record a known limitation: `str.capitalize` lowercases the rest of the word, so acronyms like NASA become "Nasa". Documenting that in a test makes any future change in behaviour deliberate.'''),

dict(kind="write_tests", lang="python",
     instruction="Write tests for strip_prefix.",
     input='''def strip_prefix(text, prefix, case_sensitive=True):
    if case_sensitive:
        matches = text.startswith(prefix)
    else:
        matches = text.lower().startswith(prefix.lower())
    return text[len(prefix):] if matches else text''',
     output=r'''```python
def strip_prefix(text, prefix, case_sensitive=True):
    if case_sensitive:
        matches = text.startswith(prefix)
    else:
        matches = text.lower().startswith(prefix.lower())
    return text[len(prefix):] if matches else text

assert strip_prefix("re: hello", "re: ") == "hello"
assert strip_prefix("hello", "re: ") == "hello"                 # absent: unchanged
assert strip_prefix("RE: hello", "re: ") == "RE: hello"         # case-sensitive default
assert strip_prefix("RE: hello", "re: ", case_sensitive=False) == "hello"
assert strip_prefix("re: re: x", "re: ") == "re: x"             # only once
assert strip_prefix("abc", "") == "abc"
assert strip_prefix("", "x") == ""
print("strip_prefix ok")
```
These asserts check presence and absence of the prefix, both case modes, that only one occurrence is removed, and the two empty-string edge cases.'''),

dict(kind="write_tests", lang="python",
     instruction="Write unit tests for triangle_type.",
     input='''def triangle_type(a, b, c):
    sides = sorted((a, b, c))
    if sides[0] <= 0 or sides[0] + sides[1] <= sides[2]:
        raise ValueError("not a triangle")
    unique = len(set(sides))
    return {1: "equilateral", 2: "isosceles", 3: "scalene"}[unique]''',
     output=r'''```python
import unittest

def triangle_type(a, b, c):
    sides = sorted((a, b, c))
    if sides[0] <= 0 or sides[0] + sides[1] <= sides[2]:
        raise ValueError("not a triangle")
    unique = len(set(sides))
    return {1: "equilateral", 2: "isosceles", 3: "scalene"}[unique]

class TriangleTypeTests(unittest.TestCase):
    def test_kinds(self):
        self.assertEqual(triangle_type(2, 2, 2), "equilateral")
        self.assertEqual(triangle_type(5, 5, 8), "isosceles")
        self.assertEqual(triangle_type(3, 4, 5), "scalene")

    def test_argument_order_irrelevant(self):
        self.assertEqual(triangle_type(8, 5, 5), "isosceles")

    def test_degenerate_rejected(self):
        with self.assertRaises(ValueError):
            triangle_type(1, 2, 3)      # sum of two sides equals the third

    def test_impossible_and_non_positive(self):
        for sides in ((1, 1, 5), (0, 1, 1), (-3, 4, 5)):
            with self.subTest(sides=sides), self.assertRaises(ValueError):
                triangle_type(*sides)

unittest.main(argv=["tests"], exit=False)
```
The degenerate case (1, 2, 3) sits exactly on the triangle inequality boundary and must be rejected because of `<=`. The tests also check the longest side may be passed in any position.'''),

dict(kind="write_tests", lang="python",
     instruction="Write tests for quadratic_roots.",
     input='''import math

def quadratic_roots(a, b, c):
    if a == 0:
        raise ValueError("not a quadratic")
    disc = b * b - 4 * a * c
    if disc < 0:
        return ()
    if disc == 0:
        return (-b / (2 * a),)
    r = math.sqrt(disc)
    return tuple(sorted(((-b - r) / (2 * a), (-b + r) / (2 * a))))''',
     output=r'''```python
import math
import unittest

def quadratic_roots(a, b, c):
    if a == 0:
        raise ValueError("not a quadratic")
    disc = b * b - 4 * a * c
    if disc < 0:
        return ()
    if disc == 0:
        return (-b / (2 * a),)
    r = math.sqrt(disc)
    return tuple(sorted(((-b - r) / (2 * a), (-b + r) / (2 * a))))

class QuadraticRootsTests(unittest.TestCase):
    def test_two_roots_sorted(self):
        self.assertEqual(quadratic_roots(1, -3, 2), (1.0, 2.0))

    def test_negative_leading_coefficient_still_sorted(self):
        self.assertEqual(quadratic_roots(-1, 3, -2), (1.0, 2.0))

    def test_double_root(self):
        self.assertEqual(quadratic_roots(1, 2, 1), (-1.0,))

    def test_no_real_roots(self):
        self.assertEqual(quadratic_roots(1, 0, 1), ())

    def test_roots_satisfy_equation(self):
        a, b, c = 2, -7, 3
        for x in quadratic_roots(a, b, c):
            self.assertAlmostEqual(a * x * x + b * x + c, 0)

    def test_linear_rejected(self):
        with self.assertRaises(ValueError):
            quadratic_roots(0, 2, 1)

unittest.main(argv=["tests"], exit=False)
```
Each discriminant case has a test, and with a negative `a` the formula yields roots in reverse order, which the sorting must fix. Substituting roots back into the equation is an independent correctness check.'''),

dict(kind="write_tests", lang="python",
     instruction="Write unit tests for bounding_box.",
     input='''def bounding_box(points):
    if not points:
        raise ValueError("no points")
    xs = [x for x, _ in points]
    ys = [y for _, y in points]
    return min(xs), min(ys), max(xs), max(ys)''',
     output=r'''```python
import unittest

def bounding_box(points):
    if not points:
        raise ValueError("no points")
    xs = [x for x, _ in points]
    ys = [y for _, y in points]
    return min(xs), min(ys), max(xs), max(ys)

class BoundingBoxTests(unittest.TestCase):
    def test_multiple_points(self):
        self.assertEqual(bounding_box([(1, 5), (-2, 3), (4, -1)]), (-2, -1, 4, 5))

    def test_single_point_is_degenerate_box(self):
        self.assertEqual(bounding_box([(3, 3)]), (3, 3, 3, 3))

    def test_all_points_inside(self):
        pts = [(0.5, 2), (7, -3), (2, 2), (-1, 9)]
        x0, y0, x1, y1 = bounding_box(pts)
        for x, y in pts:
            self.assertTrue(x0 <= x <= x1 and y0 <= y <= y1)

    def test_empty(self):
        with self.assertRaises(ValueError):
            bounding_box([])

unittest.main(argv=["tests"], exit=False)
```
A worked example checks the exact corners, a single point gives a zero-size box, and a containment test verifies the key property that every input point lies within the result.'''),

dict(kind="write_tests", lang="python",
     instruction="Write tests for is_business_hours.",
     input='''from datetime import datetime, time

def is_business_hours(moment, start=time(9), end=time(17)):
    if moment.weekday() >= 5:
        return False
    return start <= moment.time() < end''',
     output=r'''```python
import unittest
from datetime import datetime, time

def is_business_hours(moment, start=time(9), end=time(17)):
    if moment.weekday() >= 5:
        return False
    return start <= moment.time() < end

class BusinessHoursTests(unittest.TestCase):
    # 2024-05-06 is a Monday
    def test_weekday_inside(self):
        self.assertTrue(is_business_hours(datetime(2024, 5, 6, 12, 0)))

    def test_opening_inclusive_closing_exclusive(self):
        self.assertTrue(is_business_hours(datetime(2024, 5, 6, 9, 0)))
        self.assertTrue(is_business_hours(datetime(2024, 5, 6, 16, 59, 59)))
        self.assertFalse(is_business_hours(datetime(2024, 5, 6, 17, 0)))

    def test_weekend(self):
        self.assertFalse(is_business_hours(datetime(2024, 5, 11, 12, 0)))  # Saturday
        self.assertFalse(is_business_hours(datetime(2024, 5, 12, 12, 0)))  # Sunday

    def test_custom_hours(self):
        self.assertTrue(is_business_hours(datetime(2024, 5, 10, 7, 30), start=time(7)))

unittest.main(argv=["tests"], exit=False)
```
Fixed datetimes (with a comment saying which weekday they are) keep the tests deterministic, unlike `datetime.now()`. The boundary test pins the inclusive opening time and exclusive closing time.'''),

dict(kind="write_tests", lang="python",
     instruction="Write unit tests for progressive_tax.",
     input='''BRACKETS = [(10_000, 0.0), (40_000, 0.2), (None, 0.4)]

def progressive_tax(income):
    if income < 0:
        raise ValueError("negative income")
    tax, lower = 0.0, 0
    for upper, rate in BRACKETS:
        if upper is None or income < upper:
            return tax + (income - lower) * rate
        tax += (upper - lower) * rate
        lower = upper''',
     output=r'''```python
import unittest

BRACKETS = [(10_000, 0.0), (40_000, 0.2), (None, 0.4)]

def progressive_tax(income):
    if income < 0:
        raise ValueError("negative income")
    tax, lower = 0.0, 0
    for upper, rate in BRACKETS:
        if upper is None or income < upper:
            return tax + (income - lower) * rate
        tax += (upper - lower) * rate
        lower = upper

class ProgressiveTaxTests(unittest.TestCase):
    def test_tax_free_band(self):
        self.assertEqual(progressive_tax(0), 0)
        self.assertEqual(progressive_tax(9_999), 0)

    def test_middle_band(self):
        self.assertAlmostEqual(progressive_tax(20_000), 2_000)

    def test_bracket_edges(self):
        self.assertAlmostEqual(progressive_tax(10_000), 0)
        self.assertAlmostEqual(progressive_tax(40_000), 6_000)

    def test_top_band(self):
        self.assertAlmostEqual(progressive_tax(50_000), 6_000 + 4_000)

    def test_marginal_rate_never_decreases_total(self):
        previous = -1
        for income in range(0, 100_001, 2_500):
            tax = progressive_tax(income)
            self.assertGreaterEqual(tax, previous)
            previous = tax

    def test_negative(self):
        with self.assertRaises(ValueError):
            progressive_tax(-1)

unittest.main(argv=["tests"], exit=False)
```
Hand-computed values in each band and exactly at each edge catch off-by-one bracket logic. The monotonicity test checks that earning more never lowers total tax, a property any correct progressive scheme must have.'''),

dict(kind="write_tests", lang="python",
     instruction="Write tests for split_bill.",
     input='''def split_bill(total_cents, people, tip_percent=0):
    if people <= 0:
        raise ValueError("need at least one person")
    grand = total_cents + round(total_cents * tip_percent / 100)
    share, remainder = divmod(grand, people)
    return [share + 1 if i < remainder else share for i in range(people)]''',
     output=r'''```python
import unittest

def split_bill(total_cents, people, tip_percent=0):
    if people <= 0:
        raise ValueError("need at least one person")
    grand = total_cents + round(total_cents * tip_percent / 100)
    share, remainder = divmod(grand, people)
    return [share + 1 if i < remainder else share for i in range(people)]

class SplitBillTests(unittest.TestCase):
    def test_even_split(self):
        self.assertEqual(split_bill(3000, 3), [1000, 1000, 1000])

    def test_remainder_distributed(self):
        self.assertEqual(split_bill(1000, 3), [334, 333, 333])

    def test_shares_add_up_exactly(self):
        for total in (1, 999, 12345):
            for people in (1, 2, 7):
                with self.subTest(total=total, people=people):
                    self.assertEqual(sum(split_bill(total, people, 15)),
                                     total + round(total * 0.15))

    def test_shares_differ_by_at_most_one_cent(self):
        shares = split_bill(10_001, 6, 10)
        self.assertLessEqual(max(shares) - min(shares), 1)

    def test_zero_people(self):
        with self.assertRaises(ValueError):
            split_bill(100, 0)

unittest.main(argv=["tests"], exit=False)
```
The important properties for money splitting are that no cent is lost or invented and that shares are as fair as possible; both are checked across several totals and group sizes, not just one example.'''),

dict(kind="write_tests", lang="python",
     instruction="Write unit tests for parse_key_value_lines.",
     input='''def parse_key_value_lines(text):
    result = {}
    for number, line in enumerate(text.splitlines(), 1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        key, sep, value = line.partition(":")
        if not sep or not key.strip():
            raise ValueError(f"line {number}: expected 'key: value'")
        result[key.strip()] = value.strip()
    return result''',
     output=r'''```python
import unittest

def parse_key_value_lines(text):
    result = {}
    for number, line in enumerate(text.splitlines(), 1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        key, sep, value = line.partition(":")
        if not sep or not key.strip():
            raise ValueError(f"line {number}: expected 'key: value'")
        result[key.strip()] = value.strip()
    return result

class ParseKeyValueTests(unittest.TestCase):
    def test_basic(self):
        text = "name: demo\nversion: 1.2\n"
        self.assertEqual(parse_key_value_lines(text), {"name": "demo", "version": "1.2"})

    def test_comments_and_blank_lines(self):
        text = "# header\n\n  a: 1  \n"
        self.assertEqual(parse_key_value_lines(text), {"a": "1"})

    def test_value_with_colon(self):
        self.assertEqual(parse_key_value_lines("url: http://x:80"), {"url": "http://x:80"})

    def test_empty_value_allowed(self):
        self.assertEqual(parse_key_value_lines("note:"), {"note": ""})

    def test_error_reports_line_number(self):
        with self.assertRaisesRegex(ValueError, "line 3"):
            parse_key_value_lines("a: 1\n# ok\nbroken\n")
        with self.assertRaisesRegex(ValueError, "line 1"):
            parse_key_value_lines(": no key")

unittest.main(argv=["tests"], exit=False)
```
The tests check comment and blank-line skipping, splitting at the first colon only, empty values, and that errors name the correct line, counted including skipped lines.'''),

dict(kind="write_tests", lang="python",
     instruction="Write tests for strip_line_comments, which removes '#' comments from Python-like source lines but not inside string literals.",
     input='''def strip_line_comments(line):
    quote = None
    for i, ch in enumerate(line):
        if quote:
            if ch == quote:
                quote = None
        elif ch in "'\\"":
            quote = ch
        elif ch == "#":
            return line[:i].rstrip()
    return line.rstrip()''',
     output=r'''```python
import unittest

def strip_line_comments(line):
    quote = None
    for i, ch in enumerate(line):
        if quote:
            if ch == quote:
                quote = None
        elif ch in "'\"":
            quote = ch
        elif ch == "#":
            return line[:i].rstrip()
    return line.rstrip()

class StripCommentsTests(unittest.TestCase):
    def test_trailing_comment(self):
        self.assertEqual(strip_line_comments("x = 1  # set x"), "x = 1")

    def test_full_line_comment(self):
        self.assertEqual(strip_line_comments("# only a comment"), "")

    def test_hash_inside_strings_kept(self):
        self.assertEqual(strip_line_comments('s = "#fff"  # colour'), 's = "#fff"')
        self.assertEqual(strip_line_comments("t = 'a#b'"), "t = 'a#b'")

    def test_other_quote_inside_string(self):
        self.assertEqual(strip_line_comments('q = "it\'s"  # note'), 'q = "it\'s"')

    def test_no_comment(self):
        self.assertEqual(strip_line_comments("y = 2   "), "y = 2")

unittest.main(argv=["tests"], exit=False)
```
The tests focus on the quoting logic: a `#` inside single- or double-quoted strings is kept, and a quote character of the other kind inside a string does not end it. Escaped quotes are not handled by this function, so they are deliberately not tested as supported.'''),

dict(kind="write_tests", lang="python",
     instruction="Write unit tests for indent_level.",
     input='''def indent_level(line, tab_size=4):
    width = 0
    for ch in line:
        if ch == " ":
            width += 1
        elif ch == "\\t":
            width += tab_size - width % tab_size
        else:
            break
    return width''',
     output=r'''```python
import unittest

def indent_level(line, tab_size=4):
    width = 0
    for ch in line:
        if ch == " ":
            width += 1
        elif ch == "\t":
            width += tab_size - width % tab_size
        else:
            break
    return width

class IndentLevelTests(unittest.TestCase):
    def test_spaces(self):
        self.assertEqual(indent_level("    return x"), 4)

    def test_no_indent(self):
        self.assertEqual(indent_level("def f():"), 0)

    def test_tab_goes_to_next_stop(self):
        self.assertEqual(indent_level("\tx"), 4)
        self.assertEqual(indent_level("  \tx"), 4)    # tab after 2 spaces still lands on 4
        self.assertEqual(indent_level("\t\tx"), 8)

    def test_custom_tab_size(self):
        self.assertEqual(indent_level("\tx", tab_size=8), 8)

    def test_whitespace_only_line(self):
        self.assertEqual(indent_level("   "), 3)

unittest.main(argv=["tests"], exit=False)
```
The interesting behaviour is tab stops: a tab advances to the next multiple of the tab size, so two spaces plus a tab is 4, not 6. The remaining tests cover plain spaces, no indentation and a whitespace-only line.'''),

dict(kind="write_tests", lang="python",
     instruction="Write tests for is_sorted.",
     input='''def is_sorted(items, key=None, reverse=False):
    keys = [key(x) for x in items] if key else list(items)
    pairs = zip(keys, keys[1:])
    if reverse:
        return all(a >= b for a, b in pairs)
    return all(a <= b for a, b in pairs)''',
     output=r'''```python
def is_sorted(items, key=None, reverse=False):
    keys = [key(x) for x in items] if key else list(items)
    pairs = zip(keys, keys[1:])
    if reverse:
        return all(a >= b for a, b in pairs)
    return all(a <= b for a, b in pairs)

assert is_sorted([1, 2, 2, 5])                       # duplicates allowed
assert not is_sorted([1, 3, 2])
assert is_sorted([]) and is_sorted([42])             # trivially sorted
assert is_sorted([5, 3, 3, 1], reverse=True)
assert not is_sorted([1, 2], reverse=True)
assert is_sorted(["b", "A", "c"], key=str.lower) is False
assert is_sorted(["a", "B", "c"], key=str.lower)
assert is_sorted(x for x in range(5))                # generators work
print("is_sorted ok")
```
The asserts cover non-strict ordering (duplicates allowed), empty and single-element inputs, reverse order, a key function, and generator input, which works because the function converts to a list before pairing.'''),

dict(kind="write_tests", lang="python",
     instruction="Write unit tests for first_index.",
     input='''def first_index(items, predicate, default=-1):
    for i, item in enumerate(items):
        if predicate(item):
            return i
    return default''',
     output=r'''```python
import unittest

def first_index(items, predicate, default=-1):
    for i, item in enumerate(items):
        if predicate(item):
            return i
    return default

class FirstIndexTests(unittest.TestCase):
    def test_finds_first_match(self):
        self.assertEqual(first_index([3, 8, 10, 12], lambda x: x % 2 == 0), 1)

    def test_default_when_missing(self):
        self.assertEqual(first_index([1, 3], lambda x: x > 5), -1)
        self.assertIsNone(first_index([], bool, default=None))

    def test_stops_at_first_match(self):
        calls = []
        def pred(x):
            calls.append(x)
            return x == "b"
        first_index(["a", "b", "c", "d"], pred)
        self.assertEqual(calls, ["a", "b"])

    def test_works_on_infinite_iterators(self):
        import itertools
        self.assertEqual(first_index(itertools.count(), lambda n: n * n > 50), 8)

unittest.main(argv=["tests"], exit=False)
```
Recording predicate calls proves the function short-circuits, and the infinite `itertools.count()` case would hang if it didn't, so laziness is tested two ways.'''),

dict(kind="write_tests", lang="python",
     instruction="Write tests for coalesce.",
     input='''def coalesce(*values, default=None):
    for value in values:
        if value is not None:
            return value
    return default''',
     output=r'''```python
import unittest

def coalesce(*values, default=None):
    for value in values:
        if value is not None:
            return value
    return default

class CoalesceTests(unittest.TestCase):
    def test_first_non_none(self):
        self.assertEqual(coalesce(None, None, "x", "y"), "x")

    def test_falsy_values_are_kept(self):
        self.assertEqual(coalesce(None, 0, 5), 0)
        self.assertEqual(coalesce(None, "", "z"), "")
        self.assertIs(coalesce(False, True), False)

    def test_all_none(self):
        self.assertIsNone(coalesce(None, None))
        self.assertEqual(coalesce(None, default="fallback"), "fallback")

    def test_no_arguments(self):
        self.assertEqual(coalesce(default=3), 3)

unittest.main(argv=["tests"], exit=False)
```
The key behaviour distinguishing `coalesce` from `a or b` is that falsy values like 0, "" and False are returned, and that is what the second test checks. Defaults and the no-argument call are covered too.'''),

dict(kind="write_tests", lang="python",
     instruction="Write unit tests for this memoize decorator, checking that it really caches.",
     input='''import functools

def memoize(fn):
    cache = {}
    @functools.wraps(fn)
    def wrapper(*args):
        if args not in cache:
            cache[args] = fn(*args)
        return cache[args]
    wrapper.cache = cache
    return wrapper''',
     output=r'''```python
import functools
import unittest

def memoize(fn):
    cache = {}
    @functools.wraps(fn)
    def wrapper(*args):
        if args not in cache:
            cache[args] = fn(*args)
        return cache[args]
    wrapper.cache = cache
    return wrapper

class MemoizeTests(unittest.TestCase):
    def test_calls_underlying_function_once_per_args(self):
        calls = []
        @memoize
        def square(x):
            calls.append(x)
            return x * x
        self.assertEqual([square(3), square(3), square(4)], [9, 9, 16])
        self.assertEqual(calls, [3, 4])

    def test_caches_none_results(self):
        calls = []
        @memoize
        def nothing(x):
            calls.append(x)
            return None
        nothing(1); nothing(1)
        self.assertEqual(len(calls), 1)

    def test_preserves_metadata(self):
        @memoize
        def documented(x):
            """Doc here."""
            return x
        self.assertEqual(documented.__name__, "documented")
        self.assertEqual(documented.__doc__, "Doc here.")

    def test_recursive_use_is_fast(self):
        @memoize
        def fib(n):
            return n if n < 2 else fib(n - 1) + fib(n - 2)
        self.assertEqual(fib(80), 23416728348467685)
        self.assertEqual(len(fib.cache), 81)

unittest.main(argv=["tests"], exit=False)
```
Counting calls to the wrapped function proves caching happens, including for `None` results (a cache that tested `if cache.get(args)` would miss those). `fib(80)` would never finish without memoisation, and the cache size confirms one entry per argument.'''),
]
