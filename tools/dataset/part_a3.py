"""Writer A, part 3: write_function rows (text processing, cleaning, recursion, generators)."""

ROWS = [
dict(kind="write_function", lang="python",
     instruction="Write a Python function that fully justifies a list of words into lines of exactly `width` characters, distributing extra spaces from the left; the last line is left-aligned.",
     input="",
     output=r'''```python
def justify(words, width):
    lines, current = [], []
    for word in words:
        if current and len(" ".join(current + [word])) > width:
            lines.append(current)
            current = []
        current.append(word)
    out = []
    for line in lines:
        gaps = len(line) - 1
        if gaps == 0:
            out.append(line[0].ljust(width))
            continue
        spaces = width - sum(len(w) for w in line)
        base, extra = divmod(spaces, gaps)
        text = ""
        for i, w in enumerate(line[:-1]):
            text += w + " " * (base + (1 if i < extra else 0))
        out.append(text + line[-1])
    if current:
        out.append(" ".join(current).ljust(width))
    return out

result = justify("This is an example of text justification.".split(), 16)
assert result == ["This    is    an", "example  of text", "justification.  "]
assert all(len(line) == 16 for line in result)
```
Words are first packed greedily into lines. For each full line the leftover spaces are split evenly across the gaps with `divmod`, and the remainder goes to the leftmost gaps; the final line is simply padded on the right.'''),

dict(kind="write_function", lang="python",
     instruction="Write a Python function that splits a paragraph into sentences on '.', '!' or '?' followed by whitespace, without splitting after common abbreviations like 'Dr.' or 'e.g.'.",
     input="",
     output=r'''```python
import re

ABBREVIATIONS = {"dr.", "mr.", "mrs.", "ms.", "e.g.", "i.e.", "etc.", "vs."}

def split_sentences(text):
    sentences, start = [], 0
    for m in re.finditer(r"[.!?]+(?=\s+|$)", text):
        end = m.end()
        last_word = text[start:end].split()[-1].lower()
        if last_word in ABBREVIATIONS:
            continue
        sentences.append(text[start:end].strip())
        start = end
    tail = text[start:].strip()
    if tail:
        sentences.append(tail)
    return sentences

text = "Dr. Smith arrived. Was he late? No! He brought snacks, e.g. apples and pears."
assert split_sentences(text) == [
    "Dr. Smith arrived.", "Was he late?", "No!", "He brought snacks, e.g. apples and pears.",
]
assert split_sentences("") == []
```
Candidate boundaries are punctuation runs followed by whitespace or the end. A boundary is skipped when the word it ends is a known abbreviation, so the sentence continues to the next candidate.'''),

dict(kind="write_function", lang="python",
     instruction="Write a Python function that removes HTML tags from a string and unescapes entities like &amp; and &lt;, collapsing leftover whitespace.",
     input="",
     output=r'''```python
import html
import re

def strip_tags(markup):
    no_scripts = re.sub(r"(?is)<(script|style)\b.*?</\1>", " ", markup)
    text = re.sub(r"<[^>]+>", " ", no_scripts)
    text = html.unescape(text)
    return " ".join(text.split())

page = "<p>Fish &amp; <b>chips</b></p><script>alert(1)</script><br/>5 &lt; 6"
assert strip_tags(page) == "Fish & chips 5 < 6"
assert strip_tags("plain") == "plain"
```
Script and style blocks are dropped with their contents first, because their text is not visible. Tags are replaced by spaces (so words on either side don't merge), entities are decoded with `html.unescape`, and `split`/`join` normalises whitespace. For untrusted HTML use a real parser.'''),

dict(kind="write_function", lang="python",
     instruction="Write a Python function that wraps every case-insensitive occurrence of a keyword in a text with [[ and ]], preserving the original casing and matching whole words only.",
     input="",
     output=r'''```python
import re

def highlight(text, keyword):
    pattern = re.compile(rf"\b{re.escape(keyword)}\b", re.IGNORECASE)
    return pattern.sub(lambda m: f"[[{m.group(0)}]]", text)

assert highlight("Python is fun. I like python!", "python") == "[[Python]] is fun. I like [[python]]!"
assert highlight("pythonic code", "python") == "pythonic code"
assert highlight("cost is $5 (c++)", "c++") == "cost is $5 (c++)"
```
`re.escape` keeps keywords containing regex metacharacters from breaking the pattern, and `\b` limits matches to whole words (so "c++" never matches, since `\b` needs a word character after it). Using a function as the replacement reinserts the matched text with its original casing.'''),

dict(kind="write_function", lang="python",
     instruction="Write a Python function that extracts unique hashtags from a social media post, lowercased, in order of first appearance; a hashtag is '#' followed by letters, digits or underscores and must not start with a digit.",
     input="",
     output=r'''```python
import re

def hashtags(post):
    found = re.findall(r"(?<!\w)#([A-Za-z_]\w*)", post)
    return list(dict.fromkeys(tag.lower() for tag in found))

post = "Loving #Python and #python_tips! #100DaysOfCode is great. email: a#b #DataScience"
assert hashtags(post) == ["python", "python_tips", "datascience"]
assert hashtags("no tags") == []
```
The negative lookbehind `(?<!\w)` rejects `#` glued to a word (as in `a#b`), and the first character class excludes tags that begin with a digit. `dict.fromkeys` deduplicates while keeping order.'''),

dict(kind="write_function", lang="python",
     instruction="Write a Python function that returns all word n-grams of a sentence as tuples, ignoring punctuation and case.",
     input="",
     output=r'''```python
import re

def word_ngrams(text, n):
    if n < 1:
        raise ValueError("n must be at least 1")
    words = re.findall(r"[a-z0-9']+", text.lower())
    return [tuple(words[i:i + n]) for i in range(len(words) - n + 1)]

assert word_ngrams("The cat sat.", 2) == [("the", "cat"), ("cat", "sat")]
assert word_ngrams("One, two, three!", 3) == [("one", "two", "three")]
assert word_ngrams("short", 2) == []
```
After tokenising into lowercase words, each window of n consecutive words becomes a tuple. When there are fewer than n words the range is empty, so no n-grams are returned.'''),

dict(kind="write_function", lang="python",
     instruction="Write a Python function that finds accidentally doubled words in text (like 'the the'), returning (word, character offset) pairs, case-insensitively and across line breaks.",
     input="",
     output=r'''```python
import re

DOUBLED = re.compile(r"\b(\w+)\s+(\1)\b", re.IGNORECASE)

def doubled_words(text):
    return [(m.group(1).lower(), m.start()) for m in DOUBLED.finditer(text)]

text = "This is the the end.\nIt was was\nwas fine. Then then."
assert doubled_words(text) == [("the", 8), ("was", 24), ("then", 42)]
assert doubled_words("nothing doubled here") == []
```
The backreference `\1` matches the same word again after whitespace, and `\s+` includes newlines so repeats split across lines are caught. `IGNORECASE` also applies to the backreference, so "Then then" counts.'''),

dict(kind="write_function", lang="python",
     instruction="Write a Python function that compares two multi-line texts and returns a unified diff string with 'old' and 'new' labels.",
     input="",
     output=r'''```python
import difflib

def text_diff(old, new):
    lines = difflib.unified_diff(
        old.splitlines(keepends=True),
        new.splitlines(keepends=True),
        fromfile="old", tofile="new", n=1,
    )
    return "".join(lines)

before = "apples\nbananas\ncherries\n"
after = "apples\nblueberries\ncherries\n"
diff = text_diff(before, after)
assert diff.splitlines()[:2] == ["--- old", "+++ new"]
assert "-bananas\n" in diff and "+blueberries\n" in diff
assert text_diff("same\n", "same\n") == ""
```
`difflib.unified_diff` produces the same format as `diff -u`; keeping line endings lets the pieces be joined directly. Identical texts produce no output at all.'''),

dict(kind="write_function", lang="python",
     instruction="Write a Python function that converts shouting or lowercase text to sentence case: first letter of each sentence uppercase, everything else lowercase, but the standalone word 'i' becomes 'I'.",
     input="",
     output=r'''```python
import re

def sentence_case(text):
    text = text.lower()
    text = re.sub(r"(^|[.!?]\s+)([a-z])", lambda m: m.group(1) + m.group(2).upper(), text)
    return re.sub(r"\bi\b", "I", text)

assert sentence_case("HELLO THERE. i AM HERE! are you?") == "Hello there. I am here! Are you?"
assert sentence_case("it is fine") == "It is fine"
```
Lowercasing first gives a clean baseline; the regex then capitalises the letter at the start of the text or after sentence-ending punctuation. The pronoun "I" is fixed separately using word boundaries.'''),

dict(kind="write_function", lang="python",
     instruction="Write a Python function that normalises a US phone number in various formats ('(555) 123-4567', '555.123.4567', '+1 555 123 4567') to '555-123-4567', returning None if invalid.",
     input="",
     output=r'''```python
import re

def normalize_phone(raw):
    digits = re.sub(r"\D", "", raw)
    if len(digits) == 11 and digits.startswith("1"):
        digits = digits[1:]
    if len(digits) != 10 or digits[0] in "01":
        return None
    return f"{digits[:3]}-{digits[3:6]}-{digits[6:]}"

for raw in ("(555) 123-4567", "555.123.4567", "+1 555 123 4567", "5551234567"):
    assert normalize_phone(raw) == "555-123-4567", raw
assert normalize_phone("123-4567") is None
assert normalize_phone("055-123-4567") is None
```
Stripping everything that isn't a digit makes every punctuation style equivalent. An optional leading country code 1 is removed, and the remaining 10 digits must not start with 0 or 1, which US area codes never do.'''),

dict(kind="write_function", lang="python",
     instruction="Write a Python function that fills missing numeric values (None) in a list of dict records with the mean of that column computed from the present values.",
     input="",
     output=r'''```python
def fill_missing_with_mean(records, columns):
    means = {}
    for col in columns:
        present = [r[col] for r in records if r.get(col) is not None]
        means[col] = sum(present) / len(present) if present else None
    filled = []
    for r in records:
        copy = dict(r)
        for col in columns:
            if copy.get(col) is None:
                copy[col] = means[col]
        filled.append(copy)
    return filled

rows = [{"age": 30, "score": None}, {"age": None, "score": 8}, {"age": 40, "score": 6}]
out = fill_missing_with_mean(rows, ["age", "score"])
assert [r["age"] for r in out] == [30, 35.0, 40]
assert [r["score"] for r in out] == [7.0, 8, 6]
assert rows[0]["score"] is None  # original data not modified
```
Means are computed only from present values, so missing entries don't drag the average toward zero. Each record is copied before filling so the caller's data stays untouched.'''),

dict(kind="write_function", lang="python",
     instruction="Write a Python function that removes duplicate records by a key field, keeping the last occurrence but preserving the position where each key first appeared.",
     input="",
     output=r'''```python
def dedupe_keep_last(records, key):
    latest = {}
    for rec in records:
        latest[rec[key]] = rec  # re-assigning an existing key keeps its original position
    return list(latest.values())

events = [
    {"id": "a", "v": 1},
    {"id": "b", "v": 1},
    {"id": "a", "v": 2},
]
assert dedupe_keep_last(events, "id") == [{"id": "a", "v": 2}, {"id": "b", "v": 1}]
assert dedupe_keep_last([], "id") == []
```
Assigning to an existing dict key updates its value without moving it, so the dict ends up with the newest record for each key, ordered by first appearance.'''),

dict(kind="write_function", lang="python",
     instruction="Write a Python function that converts string fields of a record to int or float where they look numeric (including '1,234' and '-3.5e2'), leaving other strings unchanged.",
     input="",
     output=r'''```python
def coerce_value(value):
    if not isinstance(value, str):
        return value
    text = value.strip().replace(",", "")
    for convert in (int, float):
        try:
            return convert(text)
        except ValueError:
            pass
    return value

def coerce_record(record):
    return {k: coerce_value(v) for k, v in record.items()}

row = {"qty": "1,234", "ratio": "-3.5e2", "name": "widget", "code": "007", "blank": ""}
assert coerce_record(row) == {"qty": 1234, "ratio": -350.0, "name": "widget", "code": 7, "blank": ""}
```
Trying `int` before `float` keeps whole numbers as ints. Thousands separators are removed first; anything that neither conversion accepts, including empty strings, is returned as-is. Note codes like "007" lose their zeros, so exclude such columns if that matters.'''),

dict(kind="write_function", lang="python",
     instruction="Write a Python function that removes outliers from a list of numbers using the 1.5 x IQR rule and returns the kept values in original order.",
     input="",
     output=r'''```python
import statistics

def drop_outliers(values):
    if len(values) < 4:
        return list(values)
    q1, _, q3 = statistics.quantiles(values, n=4)
    iqr = q3 - q1
    lo, hi = q1 - 1.5 * iqr, q3 + 1.5 * iqr
    return [v for v in values if lo <= v <= hi]

data = [10, 12, 11, 13, 12, 95, 11, -40, 12]
assert drop_outliers(data) == [10, 12, 11, 13, 12, 11, 12]
assert drop_outliers([1, 2, 3]) == [1, 2, 3]
```
`statistics.quantiles(values, n=4)` returns the three quartile cut points. Values more than 1.5 interquartile ranges outside the middle half are dropped; very small samples are returned untouched because quartiles are meaningless there.'''),

dict(kind="write_function", lang="python",
     instruction="Write a Python function that recursively trims and collapses whitespace in every string inside a nested structure of dicts and lists, returning a new structure.",
     input="",
     output=r'''```python
def clean_strings(value):
    if isinstance(value, str):
        return " ".join(value.split())
    if isinstance(value, dict):
        return {clean_strings(k): clean_strings(v) for k, v in value.items()}
    if isinstance(value, list):
        return [clean_strings(v) for v in value]
    return value

raw = {" name ": "  Ada   Lovelace ", "tags": [" math ", "\tpoet\n"], "age": 36}
assert clean_strings(raw) == {"name": "Ada Lovelace", "tags": ["math", "poet"], "age": 36}
```
The function dispatches on type: strings are normalised with `split`/`join`, containers are rebuilt recursively (keys included), and anything else passes through unchanged.'''),

dict(kind="write_function", lang="python",
     instruction="Write a Python function that parses boolean-like strings ('yes', 'No', 'TRUE', '0', 'off', ...) into True/False and raises ValueError for anything ambiguous.",
     input="",
     output=r'''```python
_TRUE = {"1", "true", "t", "yes", "y", "on"}
_FALSE = {"0", "false", "f", "no", "n", "off"}

def to_bool(value):
    if isinstance(value, bool):
        return value
    text = str(value).strip().lower()
    if text in _TRUE:
        return True
    if text in _FALSE:
        return False
    raise ValueError(f"not a boolean: {value!r}")

assert to_bool("Yes") and to_bool(" ON ") and to_bool(1)
assert not to_bool("0") and not to_bool("off") and not to_bool(False)
try:
    to_bool("maybe")
except ValueError:
    pass
```
Explicit true and false vocabularies avoid the trap that `bool("False")` is `True` because the string is non-empty. Unknown values raise so that typos in config files are noticed.'''),

dict(kind="write_function", lang="python",
     instruction="Write a Python function that normalises dates written in several formats ('2024-03-05', '05/03/2024', 'March 5, 2024', '5 Mar 2024') into ISO 'YYYY-MM-DD'.",
     input="",
     output=r'''```python
from datetime import datetime

FORMATS = ("%Y-%m-%d", "%d/%m/%Y", "%B %d, %Y", "%d %b %Y", "%b %d %Y")

def to_iso_date(text):
    cleaned = " ".join(text.split())
    for fmt in FORMATS:
        try:
            return datetime.strptime(cleaned, fmt).date().isoformat()
        except ValueError:
            continue
    raise ValueError(f"unrecognised date: {text!r}")

for raw in ("2024-03-05", "05/03/2024", "March 5, 2024", "5 Mar 2024", " Mar  5 2024 "):
    assert to_iso_date(raw) == "2024-03-05", raw
try:
    to_iso_date("2024/13/45")
except ValueError:
    pass
```
Each known format is tried in order and the first successful `strptime` wins. The order matters for ambiguous inputs: here slashes are read as day/month (European style), which should match your data source.'''),

dict(kind="write_function", lang="python",
     instruction="Write a Python function that standardises a list of numbers to z-scores (mean 0, population standard deviation 1), returning zeros if all values are equal.",
     input="",
     output=r'''```python
import math
import statistics

def z_scores(values):
    if not values:
        return []
    mean = statistics.fmean(values)
    sd = statistics.pstdev(values)
    if sd == 0:
        return [0.0] * len(values)
    return [(v - mean) / sd for v in values]

z = z_scores([2, 4, 4, 4, 5, 5, 7, 9])
assert z[0] == -1.5 and z[-1] == 2.0
assert math.isclose(sum(z), 0.0, abs_tol=1e-12)
assert z_scores([3, 3, 3]) == [0.0, 0.0, 0.0]
```
Each value is expressed as distance from the mean in units of standard deviation. A constant list has zero spread, so dividing would fail; returning zeros is the natural convention.'''),

dict(kind="write_function", lang="python",
     instruction="Write a recursive Python function that returns all permutations of a list without using itertools.",
     input="",
     output=r'''```python
def permutations_of(items):
    if len(items) <= 1:
        return [list(items)]
    result = []
    for i, first in enumerate(items):
        rest = items[:i] + items[i + 1:]
        for perm in permutations_of(rest):
            result.append([first] + perm)
    return result

perms = permutations_of([1, 2, 3])
assert perms == [[1, 2, 3], [1, 3, 2], [2, 1, 3], [2, 3, 1], [3, 1, 2], [3, 2, 1]]
assert permutations_of([]) == [[]]
assert len(permutations_of(list("abcd"))) == 24
```
Each element takes a turn in front, followed by every permutation of the remaining elements. The base case returns a single permutation, so n items produce n! results in lexicographic order of positions.'''),

dict(kind="write_function", lang="python",
     instruction="Write a Python function that returns the power set (all subsets) of a list, ordered by subset size and then by the original order.",
     input="",
     output=r'''```python
from itertools import combinations

def power_set(items):
    return [list(c) for size in range(len(items) + 1) for c in combinations(items, size)]

assert power_set(["a", "b", "c"]) == [
    [], ["a"], ["b"], ["c"], ["a", "b"], ["a", "c"], ["b", "c"], ["a", "b", "c"],
]
assert power_set([]) == [[]]
assert len(power_set(range(5))) == 32
```
`combinations(items, size)` yields the subsets of one size in input order, so iterating sizes from 0 to n gives the requested ordering. There are always 2^n subsets.'''),

dict(kind="write_function", lang="python",
     instruction="Write a recursive Python function that returns the list of moves solving the Tower of Hanoi for n disks from peg 'A' to peg 'C'.",
     input="",
     output=r'''```python
def hanoi(n, source="A", target="C", spare="B"):
    if n == 0:
        return []
    return (
        hanoi(n - 1, source, spare, target)
        + [(source, target)]
        + hanoi(n - 1, spare, target, source)
    )

assert hanoi(1) == [("A", "C")]
assert hanoi(2) == [("A", "B"), ("A", "C"), ("B", "C")]
assert len(hanoi(10)) == 2 ** 10 - 1
```
To move n disks, move n-1 out of the way onto the spare peg, move the largest disk, then move the n-1 disks on top of it. The recursion produces the optimal 2^n - 1 moves.'''),

dict(kind="write_function", lang="python",
     instruction="Write a Python function that computes the height of a binary tree represented as nested tuples (value, left, right), where an empty tree is None.",
     input="",
     output=r'''```python
def tree_height(node):
    if node is None:
        return 0
    _, left, right = node
    return 1 + max(tree_height(left), tree_height(right))

leaf = lambda v: (v, None, None)
tree = (1, (2, leaf(4), None), (3, None, (5, leaf(6), None)))
assert tree_height(tree) == 4
assert tree_height(leaf(9)) == 1
assert tree_height(None) == 0
```
An empty tree has height 0, and any node is one taller than its taller subtree. Tuples make a lightweight, immutable tree representation for quick experiments.'''),

dict(kind="write_function", lang="python",
     instruction="Write a Python function that generates all strings of n pairs of correctly matched parentheses.",
     input="",
     output=r'''```python
def paren_strings(n):
    results = []

    def build(prefix, opened, closed):
        if len(prefix) == 2 * n:
            results.append(prefix)
            return
        if opened < n:
            build(prefix + "(", opened + 1, closed)
        if closed < opened:
            build(prefix + ")", opened, closed + 1)

    build("", 0, 0)
    return results

assert paren_strings(2) == ["(())", "()()"]
assert paren_strings(3) == ["((()))", "(()())", "(())()", "()(())", "()()()"]
assert len(paren_strings(5)) == 42
```
Backtracking adds "(" while openings remain and ")" only when it would close an open one, so invalid prefixes are never built. The number of results is the n-th Catalan number.'''),

dict(kind="write_function", lang="python",
     instruction="Write a Python function counting the distinct ways to climb n stairs when each move climbs 1, 2 or 3 steps, using memoisation.",
     input="",
     output=r'''```python
from functools import lru_cache

@lru_cache(maxsize=None)
def climb_ways(n):
    if n < 0:
        return 0
    if n == 0:
        return 1
    return climb_ways(n - 1) + climb_ways(n - 2) + climb_ways(n - 3)

assert [climb_ways(i) for i in range(6)] == [1, 1, 2, 4, 7, 13]
assert climb_ways(30) == 53798080
```
The number of ways to reach step n is the sum of the ways to reach the three steps a single move below it. `lru_cache` stores each result so the recursion runs in linear time instead of exponential.'''),

dict(kind="write_function", lang="python",
     instruction="Write a Python function that performs a flood fill on a 2D grid: starting at (row, col), replace the connected region of the same value (4-directional) with a new value.",
     input="",
     output=r'''```python
def flood_fill(grid, row, col, new):
    old = grid[row][col]
    if old == new:
        return grid
    stack = [(row, col)]
    while stack:
        r, c = stack.pop()
        if 0 <= r < len(grid) and 0 <= c < len(grid[0]) and grid[r][c] == old:
            grid[r][c] = new
            stack.extend([(r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)])
    return grid

image = [
    [1, 1, 0],
    [1, 0, 0],
    [1, 1, 1],
]
assert flood_fill(image, 0, 0, 7) == [[7, 7, 0], [7, 0, 0], [7, 7, 7]]
assert flood_fill([[5]], 0, 0, 5) == [[5]]
```
An explicit stack replaces recursion, so large regions don't hit Python's recursion limit. Returning early when the new value equals the old one prevents an infinite loop, since repainted cells would still match.'''),

dict(kind="write_function", lang="python",
     instruction="Write a Python function that counts the solutions to the N-Queens puzzle using backtracking.",
     input="",
     output=r'''```python
def count_queens(n):
    cols, diag1, diag2 = set(), set(), set()

    def place(row):
        if row == n:
            return 1
        total = 0
        for c in range(n):
            if c in cols or row - c in diag1 or row + c in diag2:
                continue
            cols.add(c); diag1.add(row - c); diag2.add(row + c)
            total += place(row + 1)
            cols.remove(c); diag1.remove(row - c); diag2.remove(row + c)
        return total

    return place(0)

assert [count_queens(n) for n in range(1, 9)] == [1, 0, 0, 2, 10, 4, 40, 92]
```
One queen is placed per row, and three sets record occupied columns and both diagonal directions (`row - c` and `row + c` are constant along diagonals). Conflicts are checked in O(1), and each placement is undone after exploring it.'''),

dict(kind="write_function", lang="python",
     instruction="Write a Python function that decides whether some subset of a list of positive integers sums exactly to a target, using a set of reachable sums.",
     input="",
     output=r'''```python
def subset_sums_to(nums, target):
    reachable = {0}
    for x in nums:
        reachable |= {s + x for s in reachable if s + x <= target}
        if target in reachable:
            return True
    return target in reachable

assert subset_sums_to([3, 34, 4, 12, 5, 2], 9)
assert not subset_sums_to([3, 34, 4, 12, 5, 2], 30)
assert subset_sums_to([], 0)
```
The set holds every sum achievable with the numbers processed so far; each new number adds itself to all existing sums. Pruning sums above the target keeps the set bounded by the target size.'''),

dict(kind="write_function", lang="python",
     instruction="Write a Python generator that yields consecutive batches (as lists) from any iterable, including infinite generators, without materialising the whole input.",
     input="",
     output=r'''```python
from itertools import count, islice

def batched_lists(iterable, size):
    if size < 1:
        raise ValueError("size must be >= 1")
    it = iter(iterable)
    while batch := list(islice(it, size)):
        yield batch

assert list(batched_lists(range(7), 3)) == [[0, 1, 2], [3, 4, 5], [6]]
first_two = list(islice(batched_lists(count(), 2), 2))
assert first_two == [[0, 1], [2, 3]]
assert list(batched_lists([], 4)) == []
```
`islice` pulls at most `size` items from a shared iterator each time, so memory use is bounded by one batch and infinite sources work. The loop stops when a batch comes back empty.'''),

dict(kind="write_function", lang="python",
     instruction="Write a Python generator that yields overlapping windows (tuples) of size n from an iterable.",
     input="",
     output=r'''```python
from collections import deque

def windows(iterable, n):
    window = deque(maxlen=n)
    for item in iterable:
        window.append(item)
        if len(window) == n:
            yield tuple(window)

assert list(windows([1, 2, 3, 4], 2)) == [(1, 2), (2, 3), (3, 4)]
assert list(windows("abc", 3)) == [("a", "b", "c")]
assert list(windows([1, 2], 5)) == []
```
A deque with `maxlen` drops its oldest element automatically when a new one is appended, so each step costs O(n) only for building the tuple. Windows are yielded once the deque is full.'''),

dict(kind="write_function", lang="python",
     instruction="Write an infinite Python generator of prime numbers that uses an incremental sieve (a dict of upcoming composites) rather than trial division.",
     input="",
     output=r'''```python
from itertools import count, islice

def primes():
    composites = {}  # next composite -> list of primes that generate it
    for n in count(2):
        if n not in composites:
            yield n
            composites[n * n] = [n]
        else:
            for p in composites.pop(n):
                composites.setdefault(n + p, []).append(p)

assert list(islice(primes(), 10)) == [2, 3, 5, 7, 11, 13, 17, 19, 23, 29]
assert next(p for p in primes() if p > 1000) == 1009
```
Each prime p is registered at p², its first composite not already covered. When the counter reaches a composite, its witnesses are moved forward to their next multiple. Memory grows only with the number of primes found so far.'''),

dict(kind="write_function", lang="python",
     instruction="Write a Python generator that reads a configuration file-like object and yields (line_number, text) for meaningful lines, skipping blanks and '#' comments and stripping inline comments.",
     input="",
     output=r'''```python
import io

def meaningful_lines(fh):
    for number, line in enumerate(fh, start=1):
        text = line.split("#", 1)[0].strip()
        if text:
            yield number, text

config = io.StringIO("# header\n\nhost = a  # primary\n   \nport = 80\n")
assert list(meaningful_lines(config)) == [(3, "host = a"), (5, "port = 80")]
```
Splitting at the first `#` removes both full-line and inline comments; anything left empty is skipped. Line numbers come from the original file, which makes later error messages point at the right place.'''),

dict(kind="write_function", lang="python",
     instruction="Write a Python generator that takes items round-robin from several iterables of different lengths until all are exhausted.",
     input="",
     output=r'''```python
from collections import deque

def round_robin(*iterables):
    queue = deque(iter(it) for it in iterables)
    while queue:
        it = queue.popleft()
        try:
            value = next(it)
        except StopIteration:
            continue  # this one is finished; don't put it back
        yield value
        queue.append(it)

assert list(round_robin("ABC", "D", "EF")) == ["A", "D", "E", "B", "F", "C"]
assert list(round_robin()) == []
```
A deque of iterators rotates: take one value from the front iterator, then send it to the back. Exhausted iterators are simply dropped, so the loop ends when none remain.'''),

dict(kind="write_function", lang="python",
     instruction="Write a chain of Python generators that parses lines of numbers from text, skips invalid ones, keeps only positives, and yields a running total.",
     input="",
     output=r'''```python
def parse_numbers(lines):
    for line in lines:
        try:
            yield float(line)
        except ValueError:
            continue

def positives(numbers):
    return (n for n in numbers if n > 0)

def running_total(numbers):
    total = 0.0
    for n in numbers:
        total += n
        yield total

raw = "10\n-3\nabc\n2.5\n\n7".splitlines()
assert list(running_total(positives(parse_numbers(raw)))) == [10.0, 12.5, 19.5]
```
Each stage consumes the previous one lazily, so values flow through one at a time and nothing is buffered. Stages stay small and individually testable, and the pipeline works on arbitrarily long inputs.'''),

dict(kind="write_function", lang="python",
     instruction="Write a Python generator that yields each date from a start date up to and including an end date, with an optional step in days.",
     input="",
     output=r'''```python
from datetime import date, timedelta

def date_range(start, end, step_days=1):
    if step_days <= 0:
        raise ValueError("step must be positive")
    step = timedelta(days=step_days)
    current = start
    while current <= end:
        yield current
        current += step

days = list(date_range(date(2024, 2, 27), date(2024, 3, 2)))
assert [d.day for d in days] == [27, 28, 29, 1, 2]
assert len(list(date_range(date(2024, 1, 1), date(2024, 12, 31), 7))) == 53
assert list(date_range(date(2024, 1, 2), date(2024, 1, 1))) == []
```
Adding a `timedelta` handles month and leap-year boundaries. The `<=` comparison makes the end inclusive, and an empty range falls out naturally when start is after end.'''),

dict(kind="write_function", lang="python",
     instruction="Write a Python generator that yields Fibonacci numbers not exceeding a given limit.",
     input="",
     output=r'''```python
def fib_upto(limit):
    a, b = 0, 1
    while a <= limit:
        yield a
        a, b = b, a + b

assert list(fib_upto(20)) == [0, 1, 1, 2, 3, 5, 8, 13]
assert list(fib_upto(0)) == [0]
assert sum(x for x in fib_upto(4_000_000) if x % 2 == 0) == 4613732
```
Tuple assignment advances the pair `(a, b)` in one step without a temporary variable. Because it is a generator, callers can stream values into `sum`, filters, or loops without building a list.'''),

dict(kind="write_function", lang="python",
     instruction="Write a Python stack class that supports push, pop, peek and get_min, all in O(1) time.",
     input="",
     output=r'''```python
class MinStack:
    def __init__(self):
        self._items = []
        self._mins = []  # _mins[i] is the minimum of _items[:i + 1]

    def push(self, value):
        self._items.append(value)
        self._mins.append(value if not self._mins else min(value, self._mins[-1]))

    def pop(self):
        self._mins.pop()
        return self._items.pop()

    def peek(self):
        return self._items[-1]

    def get_min(self):
        return self._mins[-1]

s = MinStack()
for v in (5, 3, 7, 3, 1):
    s.push(v)
assert s.get_min() == 1
s.pop()
assert s.get_min() == 3 and s.peek() == 3
s.pop(); s.pop(); s.pop()
assert s.get_min() == 5
```
A parallel stack stores the minimum at each depth, so popping automatically restores the previous minimum. All operations are O(1) at the cost of O(n) extra memory.'''),

dict(kind="write_function", lang="python",
     instruction="Write a Python FIFO queue class built from two lists used as stacks, with amortised O(1) enqueue and dequeue.",
     input="",
     output=r'''```python
class TwoStackQueue:
    def __init__(self):
        self._inbox, self._outbox = [], []

    def enqueue(self, item):
        self._inbox.append(item)

    def dequeue(self):
        if not self._outbox:
            # Reversing the inbox puts the oldest item on top of the outbox.
            while self._inbox:
                self._outbox.append(self._inbox.pop())
        if not self._outbox:
            raise IndexError("dequeue from empty queue")
        return self._outbox.pop()

    def __len__(self):
        return len(self._inbox) + len(self._outbox)

q = TwoStackQueue()
for x in (1, 2, 3):
    q.enqueue(x)
assert q.dequeue() == 1
q.enqueue(4)
assert [q.dequeue() for _ in range(3)] == [2, 3, 4]
assert len(q) == 0
```
New items go onto the inbox; the outbox is refilled only when empty, by moving everything across, which reverses the order. Each item is moved at most once, so operations are amortised O(1).'''),

dict(kind="write_function", lang="python",
     instruction="Write a Python 2D vector class supporting +, -, scalar *, equality, abs() for length, and a readable repr.",
     input="",
     output=r'''```python
import math

class Vec2:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x, self.y = x, y

    def __add__(self, other):
        return Vec2(self.x + other.x, self.y + other.y)

    def __sub__(self, other):
        return Vec2(self.x - other.x, self.y - other.y)

    def __mul__(self, k):
        return Vec2(self.x * k, self.y * k)

    __rmul__ = __mul__  # allows 2 * v as well as v * 2

    def __eq__(self, other):
        return isinstance(other, Vec2) and (self.x, self.y) == (other.x, other.y)

    def __hash__(self):
        return hash((self.x, self.y))

    def __abs__(self):
        return math.hypot(self.x, self.y)

    def __repr__(self):
        return f"Vec2({self.x!r}, {self.y!r})"

a, b = Vec2(1, 2), Vec2(3, 4)
assert a + b == Vec2(4, 6) and b - a == Vec2(2, 2)
assert 2 * a == a * 2 == Vec2(2, 4)
assert abs(b) == 5.0
assert repr(a) == "Vec2(1, 2)"
```
Dunder methods plug the class into Python operators; `__rmul__` handles a scalar on the left. Defining `__eq__` removes the default hash, so `__hash__` is restored to keep vectors usable in sets.'''),

dict(kind="write_function", lang="python",
     instruction="Write a Python Money class (as a frozen dataclass using integer cents) that supports addition and refuses to add different currencies.",
     input="",
     output=r'''```python
from dataclasses import dataclass
from decimal import Decimal

@dataclass(frozen=True)
class Money:
    cents: int
    currency: str

    @classmethod
    def parse(cls, amount, currency):
        return cls(int(Decimal(amount) * 100), currency)

    def __add__(self, other):
        if self.currency != other.currency:
            raise ValueError(f"cannot add {self.currency} and {other.currency}")
        return Money(self.cents + other.cents, self.currency)

    def __str__(self):
        return f"{self.cents / 100:.2f} {self.currency}"

total = Money.parse("19.99", "EUR") + Money.parse("0.01", "EUR")
assert total == Money(2000, "EUR")
assert str(total) == "20.00 EUR"
try:
    total + Money(1, "USD")
except ValueError as exc:
    assert "EUR" in str(exc)
```
Storing whole cents avoids float rounding errors in money arithmetic, and parsing through `Decimal` converts text amounts exactly. A frozen dataclass gives value equality and immutability for free.'''),

dict(kind="write_function", lang="python",
     instruction="Write a Python Temperature class storing Celsius internally, with a fahrenheit property that can be read and set, and validation against absolute zero.",
     input="",
     output=r'''```python
class Temperature:
    ABSOLUTE_ZERO_C = -273.15

    def __init__(self, celsius=0.0):
        self.celsius = celsius

    @property
    def celsius(self):
        return self._celsius

    @celsius.setter
    def celsius(self, value):
        if value < self.ABSOLUTE_ZERO_C:
            raise ValueError("below absolute zero")
        self._celsius = value

    @property
    def fahrenheit(self):
        return self._celsius * 9 / 5 + 32

    @fahrenheit.setter
    def fahrenheit(self, value):
        self.celsius = (value - 32) * 5 / 9   # reuse the validation

t = Temperature(100)
assert t.fahrenheit == 212
t.fahrenheit = 32
assert t.celsius == 0
try:
    Temperature(-300)
except ValueError:
    pass
```
Properties let callers use plain attribute syntax while conversions and checks run behind the scenes. The Fahrenheit setter delegates to the Celsius setter, so validation lives in one place, and the value is stored in `_celsius` to avoid recursing into the property.'''),

dict(kind="write_function", lang="python",
     instruction="Write a Python Rect dataclass with area(), contains(point) and intersection(other) returning a Rect or None.",
     input="",
     output=r'''```python
from dataclasses import dataclass

@dataclass(frozen=True)
class Rect:
    left: float
    top: float
    right: float
    bottom: float  # y grows downward, as in screen coordinates

    def area(self):
        return max(0, self.right - self.left) * max(0, self.bottom - self.top)

    def contains(self, x, y):
        return self.left <= x < self.right and self.top <= y < self.bottom

    def intersection(self, other):
        r = Rect(max(self.left, other.left), max(self.top, other.top),
                 min(self.right, other.right), min(self.bottom, other.bottom))
        return r if r.left < r.right and r.top < r.bottom else None

a = Rect(0, 0, 10, 5)
b = Rect(5, 2, 20, 8)
assert a.intersection(b) == Rect(5, 2, 10, 5)
assert a.intersection(Rect(10, 0, 12, 5)) is None   # edges only touch
assert a.area() == 50 and a.contains(0, 0) and not a.contains(10, 0)
```
The intersection is bounded by the larger of the two lefts/tops and the smaller of the rights/bottoms; if that box is empty there is no overlap. Half-open bounds make touching rectangles non-overlapping.'''),

dict(kind="write_function", lang="python",
     instruction="Write a Python Trie class supporting insert(word), contains(word), and words_with_prefix(prefix) returning the matching words in sorted order.",
     input="",
     output=r'''```python
class Trie:
    def __init__(self):
        self.root = {}

    def insert(self, word):
        node = self.root
        for ch in word:
            node = node.setdefault(ch, {})
        node["$"] = True  # end-of-word marker

    def _find(self, prefix):
        node = self.root
        for ch in prefix:
            if ch not in node:
                return None
            node = node[ch]
        return node

    def contains(self, word):
        node = self._find(word)
        return bool(node and node.get("$"))

    def words_with_prefix(self, prefix):
        start = self._find(prefix)
        found = []
        stack = [(start, prefix)] if start is not None else []
        while stack:
            node, path = stack.pop()
            for key, child in node.items():
                if key == "$":
                    found.append(path)
                else:
                    stack.append((child, path + key))
        return sorted(found)

t = Trie()
for w in ("car", "card", "care", "cat", "dog"):
    t.insert(w)
assert t.contains("car") and not t.contains("ca")
assert t.words_with_prefix("car") == ["car", "card", "care"]
assert t.words_with_prefix("x") == []
```
Nested dicts form the tree, with a `$` key marking where a word ends, so "car" and "card" can share a path. Prefix search walks to the prefix node, then collects every word beneath it.'''),

dict(kind="write_function", lang="python",
     instruction="Write a small Python event emitter class with on(event, handler), off(event, handler) and emit(event, *args) that returns how many handlers ran.",
     input="",
     output=r'''```python
from collections import defaultdict

class EventEmitter:
    def __init__(self):
        self._handlers = defaultdict(list)

    def on(self, event, handler=None):
        if handler is None:  # used as @bus.on("event")
            return lambda fn: self.on(event, fn)
        self._handlers[event].append(handler)
        return handler

    def off(self, event, handler):
        self._handlers[event].remove(handler)

    def emit(self, event, *args):
        handlers = list(self._handlers.get(event, ()))  # copy: handlers may unsubscribe
        for handler in handlers:
            handler(*args)
        return len(handlers)

bus = EventEmitter()
log = []

@bus.on("saved")
def audit(name):
    log.append(f"audit:{name}")

bus.on("saved", lambda name: log.append(f"cache:{name}"))
assert bus.emit("saved", "doc1") == 2
bus.off("saved", audit)
bus.emit("saved", "doc2")
assert log == ["audit:doc1", "cache:doc1", "cache:doc2"]
assert bus.emit("unknown") == 0
```
Handlers are stored per event name in registration order. `emit` iterates over a copy so a handler can unsubscribe during dispatch without skipping the next one, and calling `on` without a handler returns a decorator.'''),

dict(kind="write_function", lang="python",
     instruction="Write a fixed-capacity ring buffer class in Python that overwrites the oldest item when full and can return its contents oldest-first.",
     input="",
     output=r'''```python
class RingBuffer:
    def __init__(self, capacity):
        if capacity < 1:
            raise ValueError("capacity must be positive")
        self._data = [None] * capacity
        self._start = 0
        self._size = 0

    def append(self, item):
        cap = len(self._data)
        end = (self._start + self._size) % cap
        self._data[end] = item
        if self._size < cap:
            self._size += 1
        else:
            self._start = (self._start + 1) % cap  # overwrote the oldest

    def items(self):
        cap = len(self._data)
        return [self._data[(self._start + i) % cap] for i in range(self._size)]

rb = RingBuffer(3)
for x in range(1, 6):
    rb.append(x)
assert rb.items() == [3, 4, 5]
small = RingBuffer(2)
small.append("a")
assert small.items() == ["a"]
```
A preallocated list plus a start index and size avoids shifting elements; positions wrap with modulo arithmetic. When full, writing at the end overwrites the oldest slot and the start advances. (In practice `collections.deque(maxlen=n)` does this for you.)'''),

dict(kind="write_function", lang="python",
     instruction="Write a Python task queue class backed by heapq where lower priority numbers run first and tasks with equal priority run in insertion order.",
     input="",
     output=r'''```python
import heapq
from itertools import count

class TaskQueue:
    def __init__(self):
        self._heap = []
        self._counter = count()  # tie-breaker keeps FIFO order and avoids comparing tasks

    def push(self, task, priority=0):
        heapq.heappush(self._heap, (priority, next(self._counter), task))

    def pop(self):
        if not self._heap:
            raise IndexError("pop from empty TaskQueue")
        return heapq.heappop(self._heap)[2]

    def __len__(self):
        return len(self._heap)

q = TaskQueue()
q.push("write report", 2)
q.push("fix outage", 0)
q.push("reply email", 2)
q.push({"unorderable": "dict"}, 5)
assert [q.pop() for _ in range(3)] == ["fix outage", "write report", "reply email"]
assert q.pop() == {"unorderable": "dict"}
```
Heap entries are `(priority, sequence, task)`: the increasing sequence number breaks ties in insertion order and ensures the tasks themselves are never compared, which would fail for dicts.'''),

dict(kind="write_function", lang="python",
     instruction="Write a Python NamedTuple Point with a method for Euclidean distance to another point and a classmethod that parses 'x,y' strings.",
     input="",
     output=r'''```python
import math
from typing import NamedTuple

class Point(NamedTuple):
    x: float
    y: float

    def distance_to(self, other):
        return math.dist(self, other)

    @classmethod
    def parse(cls, text):
        x, y = (float(part) for part in text.split(","))
        return cls(x, y)

p = Point.parse("3, 4")
assert p == Point(3.0, 4.0)
assert p.distance_to(Point(0, 0)) == 5.0
assert p.x == 3.0 and tuple(p) == (3.0, 4.0)
```
A `NamedTuple` subclass is immutable, hashable and unpackable like a tuple while still allowing methods. `math.dist` accepts any two same-length sequences, so the points can be passed directly.'''),

dict(kind="write_function", lang="python",
     instruction="Write a Python function that writes a list of dicts as CSV into a string (with header), quoting fields when necessary, using an in-memory buffer.",
     input="",
     output=r'''```python
import csv
import io

def to_csv(rows, fieldnames):
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=fieldnames, lineterminator="\n",
                            extrasaction="ignore")
    writer.writeheader()
    writer.writerows(rows)
    return buffer.getvalue()

rows = [{"name": "Ann", "note": "likes tea, coffee"}, {"name": "Bo", "note": 'said "hi"', "x": 1}]
assert to_csv(rows, ["name", "note"]) == (
    'name,note\n'
    'Ann,"likes tea, coffee"\n'
    'Bo,"said ""hi"""\n'
)
```
`csv.DictWriter` handles quoting of commas and embedded quotes (doubled inside quotes). Writing to `io.StringIO` avoids touching the filesystem, and `extrasaction="ignore"` drops keys not listed in the header.'''),

dict(kind="write_function", lang="python",
     instruction="Write a Python function that parses fixed-width records from a file-like object given a list of (name, width) column specs, stripping padding.",
     input="",
     output=r'''```python
import io

def read_fixed_width(fh, spec):
    records = []
    for line in fh:
        line = line.rstrip("\n")
        if not line.strip():
            continue
        record, pos = {}, 0
        for name, width in spec:
            record[name] = line[pos:pos + width].strip()
            pos += width
        records.append(record)
    return records

data = io.StringIO(
    "0001Alice     NY\n"
    "0002Bob       CA\n"
    "\n"
)
spec = [("id", 4), ("name", 10), ("state", 2)]
assert read_fixed_width(data, spec) == [
    {"id": "0001", "name": "Alice", "state": "NY"},
    {"id": "0002", "name": "Bob", "state": "CA"},
]
```
Each column is a slice at a running offset; slicing past the end of a short line just returns an empty string, so truncated lines don't crash. Fields are stripped to remove padding.'''),

dict(kind="write_function", lang="python",
     instruction="Write a Python function that mimics `wc`: count lines, words and characters from a file-like text stream in a single pass.",
     input="",
     output=r'''```python
import io

def word_count(stream):
    lines = words = chars = 0
    for line in stream:
        lines += line.endswith("\n")
        words += len(line.split())
        chars += len(line)
    return lines, words, chars

assert word_count(io.StringIO("hello world\nsecond line here\n")) == (2, 5, 29)
assert word_count(io.StringIO("no newline")) == (0, 2, 10)
assert word_count(io.StringIO("")) == (0, 0, 0)
```
Iterating the stream reads one line at a time, so memory stays flat for large inputs. Like `wc`, the line count is the number of newline characters, so a final line without one is not counted.'''),

dict(kind="write_function", lang="python",
     instruction="Write a Python function that returns the last n lines of a text stream without reading the whole stream into memory.",
     input="",
     output=r'''```python
import io
from collections import deque

def tail(stream, n=10):
    return [line.rstrip("\n") for line in deque(stream, maxlen=n)]

log = io.StringIO("".join(f"line {i}\n" for i in range(1, 1001)))
assert tail(log, 3) == ["line 998", "line 999", "line 1000"]
assert tail(io.StringIO("only\n"), 5) == ["only"]
assert tail(io.StringIO(""), 2) == []
```
`deque(iterable, maxlen=n)` consumes the stream line by line and keeps only the last n, so memory is O(n) regardless of file size.'''),

dict(kind="write_function", lang="python",
     instruction="Write a Python function that serialises a dict to pretty-printed JSON with sorted keys into a text stream, converting dates and sets that json can't handle natively.",
     input="",
     output=r'''```python
import io
import json
from datetime import date

def _default(obj):
    if isinstance(obj, date):
        return obj.isoformat()
    if isinstance(obj, (set, frozenset)):
        return sorted(obj)
    raise TypeError(f"cannot serialise {type(obj).__name__}")

def dump_pretty(data, stream):
    json.dump(data, stream, indent=2, sort_keys=True, default=_default)
    stream.write("\n")

buf = io.StringIO()
dump_pretty({"b": {3, 1}, "a": date(2024, 1, 2)}, buf)
assert buf.getvalue() == '{\n  "a": "2024-01-02",\n  "b": [\n    1,\n    3\n  ]\n}\n'
```
The `default` hook is called only for objects json doesn't understand; it converts dates to ISO strings and sets to sorted lists (sorted for deterministic output). Anything else still raises `TypeError`, so unknown types are not silently mangled.'''),

dict(kind="write_function", lang="python",
     instruction="Write a Python function that merges lines from several already-sorted text streams into one sorted list of lines, lazily.",
     input="",
     output=r'''```python
import heapq
import io

def merge_sorted_streams(*streams):
    stripped = [(line.rstrip("\n") for line in s) for s in streams]
    return heapq.merge(*stripped)

a = io.StringIO("apple\ncherry\nplum\n")
b = io.StringIO("banana\ndate\n")
c = io.StringIO("")
assert list(merge_sorted_streams(a, b, c)) == ["apple", "banana", "cherry", "date", "plum"]
```
`heapq.merge` keeps one pending line per stream in a small heap and yields the smallest each time, so it never loads whole files. Newlines are stripped first so the final line (which may lack one) compares consistently.'''),
]
