"""Writer A, part 1: write_function rows (strings, lists, dicts)."""

ROWS = [
dict(kind="write_function", lang="python",
     instruction="Write a Python function that turns an article title into a URL slug: lowercase, ASCII letters and digits only, words joined by single hyphens.",
     input="",
     output=r'''```python
import re
import unicodedata

def slugify(title):
    # Decompose accented letters so "é" becomes "e" + a combining mark we can drop.
    text = unicodedata.normalize("NFKD", title).encode("ascii", "ignore").decode()
    words = re.findall(r"[a-z0-9]+", text.lower())
    return "-".join(words)

assert slugify("Hello, World!") == "hello-world"
assert slugify("  Crème brûlée -- recipe #2 ") == "creme-brulee-recipe-2"
assert slugify("!!!") == ""
```
NFKD normalization splits accented characters so the ASCII encode step keeps the base letter. Extracting runs of `[a-z0-9]` and joining them with `-` collapses any punctuation or repeated spaces into a single hyphen.'''),

dict(kind="write_function", lang="python",
     instruction="Write a Python function that run-length encodes a string, e.g. 'aaabcc' -> 'a3b1c2'.",
     input="",
     output=r'''```python
def rle_encode(text):
    if not text:
        return ""
    parts = []
    current, count = text[0], 1
    for ch in text[1:]:
        if ch == current:
            count += 1
        else:
            parts.append(f"{current}{count}")
            current, count = ch, 1
    parts.append(f"{current}{count}")
    return "".join(parts)

assert rle_encode("aaabcc") == "a3b1c2"
assert rle_encode("z") == "z1"
assert rle_encode("") == ""
```
The loop tracks the current character and how many times it has repeated; when the character changes it flushes the pair. The final `append` after the loop flushes the last run, which is the step most often forgotten.'''),

dict(kind="write_function", lang="python",
     instruction="Write a Python function that decodes a run-length encoded string such as 'x2y10z1' back to 'xxyyyyyyyyyyz'. Counts may have several digits.",
     input="",
     output=r'''```python
import re

def rle_decode(encoded):
    pairs = re.findall(r"(\D)(\d+)", encoded)
    if "".join(ch + n for ch, n in pairs) != encoded:
        raise ValueError(f"malformed RLE string: {encoded!r}")
    return "".join(ch * int(n) for ch, n in pairs)

assert rle_decode("x2y10z1") == "xx" + "y" * 10 + "z"
assert rle_decode("") == ""
try:
    rle_decode("ab3")
except ValueError:
    pass
else:
    raise AssertionError("expected ValueError")
```
The regex pairs one non-digit character with the full run of digits after it, so multi-digit counts like `10` work. Rejoining the matches and comparing with the input detects malformed strings instead of silently skipping characters.'''),

dict(kind="write_function", lang="python",
     instruction="Write a Python function that converts camelCase or PascalCase identifiers to snake_case, keeping acronyms together (e.g. 'parseHTTPResponse' -> 'parse_http_response').",
     input="",
     output=r'''```python
import re

def camel_to_snake(name):
    # First split an acronym from a following capitalised word: "HTTPResponse" -> "HTTP_Response".
    name = re.sub(r"([A-Z]+)([A-Z][a-z])", r"\1_\2", name)
    # Then split a lowercase letter or digit from a following capital: "parseHTTP" -> "parse_HTTP".
    name = re.sub(r"([a-z0-9])([A-Z])", r"\1_\2", name)
    return name.lower()

assert camel_to_snake("parseHTTPResponse") == "parse_http_response"
assert camel_to_snake("UserID") == "user_id"
assert camel_to_snake("simple") == "simple"
assert camel_to_snake("getV2Data") == "get_v2_data"
```
Two passes handle the two kinds of word boundary: an acronym followed by a capitalised word, and a lowercase letter or digit followed by a capital. Lowercasing at the end produces the snake_case form.'''),

dict(kind="write_function", lang="python",
     instruction="Write a Python function that converts a snake_case string to lowerCamelCase, ignoring leading, trailing and doubled underscores.",
     input="",
     output=r'''```python
def snake_to_camel(name):
    words = [w for w in name.split("_") if w]
    if not words:
        return ""
    head, *rest = words
    return head.lower() + "".join(w[:1].upper() + w[1:].lower() for w in rest)

assert snake_to_camel("user_first_name") == "userFirstName"
assert snake_to_camel("__private__value") == "privateValue"
assert snake_to_camel("single") == "single"
assert snake_to_camel("___") == ""
```
Filtering out empty pieces after `split("_")` makes repeated or edge underscores harmless. The first word stays lowercase and every later word gets a capital first letter.'''),

dict(kind="write_function", lang="python",
     instruction="Write a Python function that checks whether a string's brackets (), [] and {} are balanced and properly nested; other characters are ignored.",
     input="",
     output=r'''```python
def brackets_balanced(text):
    closing = {")": "(", "]": "[", "}": "{"}
    stack = []
    for ch in text:
        if ch in "([{":
            stack.append(ch)
        elif ch in closing:
            if not stack or stack.pop() != closing[ch]:
                return False
    return not stack

assert brackets_balanced("f(a[0], {b: 1})")
assert not brackets_balanced("(]")
assert not brackets_balanced("((")
assert brackets_balanced("no brackets at all")
```
Each opener is pushed on a stack; each closer must match the most recent unmatched opener. The string is balanced only if every closer matched and the stack is empty at the end.'''),

dict(kind="write_function", lang="python",
     instruction="Write a Python function implementing a Caesar cipher that shifts letters by n positions, wraps around the alphabet, keeps case, and leaves other characters alone. Negative shifts should decode.",
     input="",
     output=r'''```python
def caesar(text, shift):
    out = []
    for ch in text:
        if ch.isascii() and ch.isalpha():
            base = ord("A") if ch.isupper() else ord("a")
            out.append(chr(base + (ord(ch) - base + shift) % 26))
        else:
            out.append(ch)
    return "".join(out)

secret = caesar("Hello, World!", 3)
assert secret == "Khoor, Zruog!"
assert caesar(secret, -3) == "Hello, World!"
assert caesar("xyz", 29) == "abc"
```
Each letter is mapped to 0-25 relative to its case's base, shifted, and wrapped with `% 26`; Python's modulo is always non-negative, so negative shifts decode correctly. Non-letters pass through unchanged.'''),

dict(kind="write_function", lang="python",
     instruction="Write a Python function that returns the longest common prefix shared by all strings in a list (empty string for an empty list).",
     input="",
     output=r'''```python
def common_prefix(strings):
    if not strings:
        return ""
    shortest = min(strings, key=len)
    for i, ch in enumerate(shortest):
        if any(s[i] != ch for s in strings):
            return shortest[:i]
    return shortest

assert common_prefix(["interview", "internet", "interval"]) == "inter"
assert common_prefix(["dog", "cat"]) == ""
assert common_prefix(["same", "same"]) == "same"
assert common_prefix([]) == ""
```
The prefix can be no longer than the shortest string, so we walk its characters and stop at the first position where any string disagrees. The check is O(total characters) in the worst case.'''),

dict(kind="write_function", lang="python",
     instruction="Write a Python function that groups words that are anagrams of each other, returning a list of groups in order of first appearance.",
     input="",
     output=r'''```python
from collections import defaultdict

def group_anagrams(words):
    groups = defaultdict(list)
    for word in words:
        groups["".join(sorted(word.lower()))].append(word)
    # dicts keep insertion order, so groups appear in first-seen order
    return list(groups.values())

result = group_anagrams(["listen", "Silent", "enlist", "google", "banana", "gogole"])
assert result == [["listen", "Silent", "enlist"], ["google", "gogole"], ["banana"]]
assert group_anagrams([]) == []
```
Sorting a word's letters gives a canonical key that is identical for all of its anagrams. A `defaultdict(list)` collects words under that key, and dictionary insertion order preserves the order in which groups were first seen.'''),

dict(kind="write_function", lang="python",
     instruction="Write a Python function that shortens text to at most max_len characters, cutting at a word boundary and appending '...' when something was removed.",
     input="",
     output=r'''```python
def shorten(text, max_len):
    if len(text) <= max_len:
        return text
    budget = max_len - 3
    if budget <= 0:
        return "..."[:max_len]
    cut = text[:budget + 1].rfind(" ")
    head = text[:cut] if cut > 0 else text[:budget]
    return head.rstrip() + "..."

assert shorten("The quick brown fox jumps", 15) == "The quick..."
assert shorten("short", 10) == "short"
assert shorten("Supercalifragilistic", 10) == "Superca..."
assert len(shorten("a b c d e f g h", 9)) <= 9
```
Three characters are reserved for the ellipsis, then we look for the last space that still fits. If the first word alone is too long we fall back to a hard cut so the result never exceeds `max_len`.'''),

dict(kind="write_function", lang="python",
     instruction="Write a Python function that masks a credit card number so only the last four digits are visible, keeping the original spaces or dashes.",
     input="",
     output=r'''```python
def mask_card(number):
    digits_total = sum(ch.isdigit() for ch in number)
    seen = 0
    out = []
    for ch in number:
        if ch.isdigit():
            seen += 1
            out.append(ch if seen > digits_total - 4 else "*")
        else:
            out.append(ch)
    return "".join(out)

assert mask_card("4111 1111 1111 1234") == "**** **** **** 1234"
assert mask_card("5500-0000-0000-0004") == "****-****-****-0004"
assert mask_card("123") == "123"
```
Counting the digits first tells us which ones belong to the last four. Separators are copied unchanged, so the masked value keeps the user's formatting.'''),

dict(kind="write_function", lang="python",
     instruction="Write a Python function that converts a Roman numeral string (I to MMMCMXCIX) to an integer, handling subtractive pairs like IV and CM.",
     input="",
     output=r'''```python
def roman_to_int(numeral):
    values = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}
    total = 0
    for i, ch in enumerate(numeral):
        value = values[ch]
        # A smaller symbol before a larger one is subtracted (IV = 4).
        if i + 1 < len(numeral) and value < values[numeral[i + 1]]:
            total -= value
        else:
            total += value
    return total

assert roman_to_int("XIV") == 14
assert roman_to_int("MCMXCIV") == 1994
assert roman_to_int("MMMCMXCIX") == 3999
```
Reading left to right, a symbol is subtracted when the next symbol is larger and added otherwise. That single rule covers all six subtractive pairs (IV, IX, XL, XC, CD, CM).'''),

dict(kind="write_function", lang="python",
     instruction="Write a Python function that converts an integer from 1 to 3999 to a Roman numeral, raising ValueError outside that range.",
     input="",
     output=r'''```python
def int_to_roman(n):
    if not 1 <= n <= 3999:
        raise ValueError("Roman numerals cover 1..3999")
    table = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
             (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
    out = []
    for value, symbol in table:
        count, n = divmod(n, value)
        out.append(symbol * count)
    return "".join(out)

assert int_to_roman(1994) == "MCMXCIV"
assert int_to_roman(3888) == "MMMDCCCLXXXVIII"
assert int_to_roman(4) == "IV"
```
Including the subtractive pairs (900, 400, 90...) in the table lets a simple greedy pass work: take as many of the largest value as fit, then move on. `divmod` gives the count and the remainder in one step.'''),

dict(kind="write_function", lang="python",
     instruction="Write a Python function that converts a phrase to headline title case, capitalising every word except short joining words (a, an, the, and, or, of, in, on, to) unless they are first or last.",
     input="",
     output=r'''```python
SMALL_WORDS = {"a", "an", "the", "and", "or", "of", "in", "on", "to", "for", "but"}

def headline_case(phrase):
    words = phrase.split()
    result = []
    for i, word in enumerate(words):
        lower = word.lower()
        if 0 < i < len(words) - 1 and lower in SMALL_WORDS:
            result.append(lower)
        else:
            result.append(lower[:1].upper() + lower[1:])
    return " ".join(result)

assert headline_case("the lord of the rings") == "The Lord of the Rings"
assert headline_case("what are you looking at") == "What Are You Looking At"
assert headline_case("A TALE OF TWO CITIES") == "A Tale of Two Cities"
```
Unlike `str.title()`, this keeps articles and short prepositions lowercase in the middle of the phrase. The first and last words are always capitalised, which is the usual headline rule.'''),

dict(kind="write_function", lang="python",
     instruction="Write a Python function that returns the index of the first character that occurs exactly once in a string, or -1 if none does.",
     input="",
     output=r'''```python
from collections import Counter

def first_unique_index(s):
    counts = Counter(s)
    for i, ch in enumerate(s):
        if counts[ch] == 1:
            return i
    return -1

assert first_unique_index("swiss") == 1
assert first_unique_index("aabb") == -1
assert first_unique_index("x") == 0
assert first_unique_index("") == -1
```
A first pass counts every character and a second pass returns the earliest one with count 1. Both passes are linear, so the whole function is O(n) rather than the O(n²) of calling `s.count` per character.'''),

dict(kind="write_function", lang="python",
     instruction="Write a Python function that returns the k most frequent words in a text (case-insensitive), breaking ties alphabetically.",
     input="",
     output=r'''```python
import re
from collections import Counter

def top_words(text, k):
    counts = Counter(re.findall(r"[a-z']+", text.lower()))
    ranked = sorted(counts.items(), key=lambda item: (-item[1], item[0]))
    return [word for word, _ in ranked[:k]]

text = "the cat and the hat; The bat and a cat"
assert top_words(text, 3) == ["the", "and", "cat"]
assert top_words("", 2) == []
```
Sorting by `(-count, word)` orders by frequency descending and then alphabetically, which gives deterministic tie-breaking that `Counter.most_common` does not promise. Lowercasing before counting merges "The" and "the".'''),

dict(kind="write_function", lang="python",
     instruction="Write a Python function that tells whether a sentence is a pangram (uses every letter a-z at least once), and another that returns the missing letters.",
     input="",
     output=r'''```python
import string

def missing_letters(sentence):
    return "".join(sorted(set(string.ascii_lowercase) - set(sentence.lower())))

def is_pangram(sentence):
    return missing_letters(sentence) == ""

assert is_pangram("The quick brown fox jumps over the lazy dog")
assert not is_pangram("Hello world")
assert missing_letters("abcdefghijklmnopqrstuvwxy") == "z"
```
Set difference between the alphabet and the sentence's lowercase characters gives exactly the letters never used. A sentence is a pangram when that difference is empty.'''),

dict(kind="write_function", lang="python",
     instruction="Write a Python function computing the Levenshtein edit distance between two strings using O(min(m, n)) memory.",
     input="",
     output=r'''```python
def edit_distance(a, b):
    if len(a) < len(b):
        a, b = b, a  # keep the shorter string as the row to save memory
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i]
        for j, cb in enumerate(b, 1):
            current.append(min(
                previous[j] + 1,               # deletion
                current[j - 1] + 1,            # insertion
                previous[j - 1] + (ca != cb),  # substitution
            ))
        previous = current
    return previous[-1]

assert edit_distance("kitten", "sitting") == 3
assert edit_distance("", "abc") == 3
assert edit_distance("flaw", "lawn") == 2
assert edit_distance("same", "same") == 0
```
The classic dynamic-programming table only ever needs the previous row, so we keep two rows of length `len(b) + 1`. Swapping so that `b` is the shorter string bounds memory by the smaller input.'''),

dict(kind="write_function", lang="python",
     instruction="Write a Python function that returns the length of the longest substring without repeating characters.",
     input="",
     output=r'''```python
def longest_unique_run(s):
    last_seen = {}
    start = best = 0
    for i, ch in enumerate(s):
        # Jump the window past the previous occurrence if it is inside the window.
        if last_seen.get(ch, -1) >= start:
            start = last_seen[ch] + 1
        last_seen[ch] = i
        best = max(best, i - start + 1)
    return best

assert longest_unique_run("abcabcbb") == 3
assert longest_unique_run("bbbbb") == 1
assert longest_unique_run("pwwkew") == 3
assert longest_unique_run("") == 0
```
A sliding window `[start, i]` always contains distinct characters. When a repeat appears inside the window, `start` jumps just past its previous position, giving a single O(n) pass.'''),

dict(kind="write_function", lang="python",
     instruction="Write a Python function that parses a string like 'host=db1; port=5432; debug' into a dict, where flags without '=' become True and numeric values become ints.",
     input="",
     output=r'''```python
def parse_options(text):
    options = {}
    for part in text.split(";"):
        part = part.strip()
        if not part:
            continue
        key, sep, value = part.partition("=")
        key, value = key.strip(), value.strip()
        if not sep:
            options[key] = True
        elif value.lstrip("-").isdigit():
            options[key] = int(value)
        else:
            options[key] = value
    return options

assert parse_options("host=db1; port=5432; debug") == {"host": "db1", "port": 5432, "debug": True}
assert parse_options(" ; ") == {}
assert parse_options("offset=-3") == {"offset": -3}
```
`str.partition` splits on the first `=` only, so values may themselves contain `=`, and its empty separator tells us a part is a bare flag. Empty segments from stray semicolons are skipped.'''),

dict(kind="write_function", lang="python",
     instruction="Write a Python function that draws an ASCII box around a list of text lines, padding each line to the widest one.",
     input="",
     output=r'''```python
def boxed(lines):
    width = max((len(line) for line in lines), default=0)
    border = "+" + "-" * (width + 2) + "+"
    body = [f"| {line.ljust(width)} |" for line in lines]
    return "\n".join([border, *body, border])

expected = "\n".join([
    "+-------+",
    "| hi    |",
    "| there |",
    "+-------+",
])
assert boxed(["hi", "there"]) == expected
assert boxed([]) == "+--+\n+--+"
```
The width is the longest line, and `ljust` pads shorter lines so the right border lines up. `max(..., default=0)` keeps the empty-list case from raising.'''),

dict(kind="write_function", lang="python",
     instruction="Write a Python function that returns every starting index where a pattern occurs in a text, including overlapping matches.",
     input="",
     output=r'''```python
def find_all(text, pattern):
    if not pattern:
        raise ValueError("pattern must not be empty")
    positions = []
    i = text.find(pattern)
    while i != -1:
        positions.append(i)
        i = text.find(pattern, i + 1)  # +1, not +len(pattern), to allow overlaps
    return positions

assert find_all("abababa", "aba") == [0, 2, 4]
assert find_all("hello", "z") == []
assert find_all("aaaa", "aa") == [0, 1, 2]
```
`str.find` with a start offset walks through the text; restarting one character after each hit rather than after the whole match is what allows overlapping occurrences. An empty pattern is rejected because it would match at every position.'''),

dict(kind="write_function", lang="python",
     instruction="Write a Python function returning the Hamming distance between two equal-length strings, raising ValueError when lengths differ.",
     input="",
     output=r'''```python
def hamming(a, b):
    if len(a) != len(b):
        raise ValueError(f"lengths differ: {len(a)} != {len(b)}")
    return sum(x != y for x, y in zip(a, b))

assert hamming("karolin", "kathrin") == 3
assert hamming("", "") == 0
try:
    hamming("ab", "abc")
except ValueError as exc:
    assert "differ" in str(exc)
```
Booleans are integers in Python, so summing `x != y` counts mismatched positions. The explicit length check matters because `zip` would otherwise silently ignore the extra characters.'''),

dict(kind="write_function", lang="python",
     instruction="Write a Python function that builds an uppercase acronym from a phrase, treating hyphens as word separators and skipping the words 'of', 'and', 'the'.",
     input="",
     output=r'''```python
import re

def acronym(phrase, skip=("of", "and", "the")):
    words = re.split(r"[\s\-]+", phrase.strip())
    return "".join(w[0].upper() for w in words if w and w.lower() not in skip)

assert acronym("Portable Network Graphics") == "PNG"
assert acronym("Bank of America") == "BA"
assert acronym("complementary metal-oxide semiconductor") == "CMOS"
assert acronym("") == ""
```
Splitting on runs of whitespace or hyphens makes "metal-oxide" contribute two letters. The `if w` guard drops empty strings that `re.split` produces for an empty phrase.'''),

dict(kind="write_function", lang="python",
     instruction="Write a Python function that splits a list into consecutive chunks of size n, with a shorter final chunk if needed.",
     input="",
     output=r'''```python
def chunks(items, n):
    if n <= 0:
        raise ValueError("chunk size must be positive")
    return [items[i:i + n] for i in range(0, len(items), n)]

assert chunks([1, 2, 3, 4, 5], 2) == [[1, 2], [3, 4], [5]]
assert chunks([], 3) == []
assert chunks("abcdef", 3) == ["abc", "def"]
```
Stepping the start index by `n` and slicing handles the short last chunk automatically because slices clamp to the sequence length. It works for any sliceable sequence, including strings.'''),

dict(kind="write_function", lang="python",
     instruction="Write a recursive Python function that flattens arbitrarily nested lists and tuples into a flat list, but treats strings as atoms.",
     input="",
     output=r'''```python
def flatten(value):
    if isinstance(value, (list, tuple)):
        flat = []
        for item in value:
            flat.extend(flatten(item))
        return flat
    return [value]

assert flatten([1, [2, [3, (4, 5)]], "ab"]) == [1, 2, 3, 4, 5, "ab"]
assert flatten([]) == []
assert flatten(7) == [7]
```
Only lists and tuples are descended into; everything else, including strings, is wrapped as a single element. Checking for specific container types avoids the infinite recursion you get when treating a one-character string as iterable.'''),

dict(kind="write_function", lang="python",
     instruction="Write a Python function that rotates a list to the right by k positions (k may exceed the length or be negative) without mutating the input.",
     input="",
     output=r'''```python
def rotate_right(items, k):
    if not items:
        return []
    k %= len(items)
    return items[-k:] + items[:-k] if k else list(items)

assert rotate_right([1, 2, 3, 4, 5], 2) == [4, 5, 1, 2, 3]
assert rotate_right([1, 2, 3], 7) == [3, 1, 2]
assert rotate_right([1, 2, 3], -1) == [2, 3, 1]
assert rotate_right([], 4) == []
```
Reducing `k` modulo the length normalises large and negative shifts. The `k == 0` case is special because `items[-0:]` is the whole list, which would double it.'''),

dict(kind="write_function", lang="python",
     instruction="Write a Python function that computes the simple moving average over a window of size w, returning one value per full window.",
     input="",
     output=r'''```python
def moving_average(values, w):
    if w <= 0:
        raise ValueError("window must be positive")
    if len(values) < w:
        return []
    window_sum = sum(values[:w])
    averages = [window_sum / w]
    for i in range(w, len(values)):
        window_sum += values[i] - values[i - w]
        averages.append(window_sum / w)
    return averages

assert moving_average([1, 2, 3, 4, 5], 3) == [2.0, 3.0, 4.0]
assert moving_average([10], 2) == []
assert moving_average([4, 8], 1) == [4.0, 8.0]
```
Instead of re-summing every window, the running sum adds the entering value and subtracts the leaving one, so the whole pass is O(n). Only complete windows produce an average.'''),

dict(kind="write_function", lang="python",
     instruction="Write a Python function that removes duplicates from an iterable while preserving first-seen order, with an optional key function deciding what counts as a duplicate.",
     input="",
     output=r'''```python
def unique_by(items, key=None):
    seen = set()
    result = []
    for item in items:
        marker = key(item) if key else item
        if marker not in seen:
            seen.add(marker)
            result.append(item)
    return result

assert unique_by([3, 1, 3, 2, 1]) == [3, 1, 2]
assert unique_by(["Apple", "apple", "Pear"], key=str.lower) == ["Apple", "Pear"]
people = [{"id": 1, "n": "a"}, {"id": 1, "n": "b"}, {"id": 2, "n": "c"}]
assert [p["n"] for p in unique_by(people, key=lambda p: p["id"])] == ["a", "c"]
```
A set of seen markers gives O(1) membership checks while the result list keeps order. The key function lets unhashable items such as dicts be deduplicated by a hashable field.'''),

dict(kind="write_function", lang="python",
     instruction="Write a Python function that interleaves two lists element by element, appending whatever remains of the longer one.",
     input="",
     output=r'''```python
from itertools import zip_longest

_MISSING = object()

def interleave(a, b):
    out = []
    for x, y in zip_longest(a, b, fillvalue=_MISSING):
        if x is not _MISSING:
            out.append(x)
        if y is not _MISSING:
            out.append(y)
    return out

assert interleave([1, 2, 3], ["a", "b"]) == [1, "a", 2, "b", 3]
assert interleave([], [9, 8]) == [9, 8]
assert interleave([None], [0]) == [None, 0]
```
`zip_longest` pads the shorter list, and a private sentinel object is used as the fill value so legitimate `None` elements are kept. The identity check `is not _MISSING` cannot collide with real data.'''),

dict(kind="write_function", lang="python",
     instruction="Write a Python function that splits an iterable into two lists based on a predicate: items for which it is true and items for which it is false.",
     input="",
     output=r'''```python
def partition(pred, items):
    yes, no = [], []
    for item in items:
        (yes if pred(item) else no).append(item)
    return yes, no

evens, odds = partition(lambda n: n % 2 == 0, range(7))
assert evens == [0, 2, 4, 6] and odds == [1, 3, 5]
short, long_ = partition(lambda w: len(w) <= 3, ["ox", "horse", "cat"])
assert short == ["ox", "cat"] and long_ == ["horse"]
```
One pass over the input chooses the destination list per item, so the predicate is called exactly once per element. It works with any iterable, including generators that can only be consumed once.'''),

dict(kind="write_function", lang="python",
     instruction="Write a Python function that finds the majority element (appearing more than n/2 times) using the Boyer-Moore voting algorithm, returning None if there is none.",
     input="",
     output=r'''```python
def majority(items):
    candidate, votes = None, 0
    for x in items:
        if votes == 0:
            candidate = x
        votes += 1 if x == candidate else -1
    # The vote only finds a candidate; a second pass confirms it.
    if items and items.count(candidate) * 2 > len(items):
        return candidate
    return None

assert majority([2, 2, 1, 1, 2, 2, 3]) == 2
assert majority([1, 2, 3]) is None
assert majority([]) is None
```
Boyer-Moore pairs off different elements against each other; a true majority survives the cancellation. Because a non-majority can also survive, the verification pass is required before returning it.'''),

dict(kind="write_function", lang="python",
     instruction="Write a Python function that returns the second largest distinct value in a list, or None if there are fewer than two distinct values.",
     input="",
     output=r'''```python
def second_largest(values):
    first = second = None
    for v in values:
        if first is None or v > first:
            first, second = v, first
        elif v != first and (second is None or v > second):
            second = v
    return second

assert second_largest([4, 1, 4, 3]) == 3
assert second_largest([5, 5]) is None
assert second_largest([-2, -7, -1]) == -2
assert second_largest([]) is None
```
One pass keeps the best and runner-up; when a new maximum arrives, the old maximum slides into second place. Skipping values equal to `first` ensures the answer is distinct, and starting from `None` rather than 0 handles negative numbers.'''),

dict(kind="write_function", lang="python",
     instruction="Write a Python function that computes the maximum of every sliding window of size k in a list in O(n) time.",
     input="",
     output=r'''```python
from collections import deque

def window_maxima(nums, k):
    dq = deque()  # indices whose values are in decreasing order
    result = []
    for i, x in enumerate(nums):
        while dq and nums[dq[-1]] <= x:
            dq.pop()
        dq.append(i)
        if dq[0] <= i - k:
            dq.popleft()
        if i >= k - 1:
            result.append(nums[dq[0]])
    return result

assert window_maxima([1, 3, -1, -3, 5, 3, 6, 7], 3) == [3, 3, 5, 5, 6, 7]
assert window_maxima([4, 2], 1) == [4, 2]
assert window_maxima([], 2) == []
```
The deque holds indices of candidates in decreasing value order; smaller values behind a new element can never be a maximum again, so they are popped. The front is the current window's maximum, and each index enters and leaves once.'''),

dict(kind="write_function", lang="python",
     instruction="Write a Python function that merges two already sorted lists into one sorted list without calling sort().",
     input="",
     output=r'''```python
def merge_sorted(a, b):
    i = j = 0
    merged = []
    while i < len(a) and j < len(b):
        if a[i] <= b[j]:
            merged.append(a[i]); i += 1
        else:
            merged.append(b[j]); j += 1
    merged.extend(a[i:])
    merged.extend(b[j:])
    return merged

assert merge_sorted([1, 4, 9], [2, 3, 10, 11]) == [1, 2, 3, 4, 9, 10, 11]
assert merge_sorted([], [1]) == [1]
assert merge_sorted([1, 1], [1]) == [1, 1, 1]
```
Two pointers always take the smaller head, so the output stays sorted in O(len(a) + len(b)). Once one list is exhausted the rest of the other is already sorted and is appended in bulk; using `<=` keeps the merge stable.'''),

dict(kind="write_function", lang="python",
     instruction="Write a Python function that transposes a rectangular matrix given as a list of lists, raising ValueError if the rows have different lengths.",
     input="",
     output=r'''```python
def transpose(matrix):
    if not matrix:
        return []
    width = len(matrix[0])
    if any(len(row) != width for row in matrix):
        raise ValueError("matrix rows must have equal length")
    return [list(col) for col in zip(*matrix)]

assert transpose([[1, 2, 3], [4, 5, 6]]) == [[1, 4], [2, 5], [3, 6]]
assert transpose([[7]]) == [[7]]
assert transpose([]) == []
```
`zip(*matrix)` pairs the i-th element of every row, which is exactly column i. Because `zip` stops at the shortest row, ragged input would lose data silently, so the lengths are validated first.'''),

dict(kind="write_function", lang="python",
     instruction="Write a Python function that returns the running (prefix) totals of a list of numbers, optionally starting from an initial value.",
     input="",
     output=r'''```python
from itertools import accumulate

def running_totals(values, start=0):
    return list(accumulate(values, initial=start))[1:]

assert running_totals([3, 1, 4, 1, 5]) == [3, 4, 8, 9, 14]
assert running_totals([1, 2], start=10) == [11, 13]
assert running_totals([]) == []
```
`itertools.accumulate` with `initial` yields the starting value first followed by each partial sum; slicing off that first element leaves one total per input value. It runs in a single pass without manual bookkeeping.'''),

dict(kind="write_function", lang="python",
     instruction="Write a Python function that, given a list containing every integer from 1 to n except one (in any order), returns the missing integer.",
     input="",
     output=r'''```python
def missing_number(nums):
    n = len(nums) + 1
    return n * (n + 1) // 2 - sum(nums)

assert missing_number([3, 7, 1, 2, 8, 4, 5]) == 6
assert missing_number([2]) == 1
assert missing_number([1]) == 2
```
The sum of 1..n is `n(n+1)/2`; subtracting the actual sum leaves the missing value. Python integers never overflow, so this O(n) approach works for any size, and `//` keeps the result an int.'''),

dict(kind="write_function", lang="python",
     instruction="Write a Python function that returns the indices of two different elements of a list that add up to a target, or None if no pair exists, in a single pass.",
     input="",
     output=r'''```python
def pair_with_sum(nums, target):
    index_of = {}
    for i, x in enumerate(nums):
        j = index_of.get(target - x)
        if j is not None:
            return j, i
        index_of[x] = i
    return None

assert pair_with_sum([2, 7, 11, 15], 9) == (0, 1)
assert pair_with_sum([3, 3], 6) == (0, 1)
assert pair_with_sum([3], 6) is None
assert pair_with_sum([1, 5, 2], 4) is None
```
For each element we look up whether its complement was seen earlier; storing the index only after the lookup prevents pairing an element with itself. Dictionary lookups make this O(n).'''),

dict(kind="write_function", lang="python",
     instruction="Write a Python function that returns a list where each position holds the product of all other elements, without using division.",
     input="",
     output=r'''```python
def products_except_self(nums):
    n = len(nums)
    result = [1] * n
    prefix = 1
    for i in range(n):
        result[i] = prefix
        prefix *= nums[i]
    suffix = 1
    for i in range(n - 1, -1, -1):
        result[i] *= suffix
        suffix *= nums[i]
    return result

assert products_except_self([1, 2, 3, 4]) == [24, 12, 8, 6]
assert products_except_self([0, 5, 2]) == [10, 0, 0]
assert products_except_self([7]) == [1]
```
The first pass stores the product of everything to the left of each index; the second multiplies in everything to the right. Avoiding division means zeros in the input need no special handling.'''),

dict(kind="write_function", lang="python",
     instruction="Write a Python function that returns the largest sum of a contiguous non-empty subarray along with its start and end indices (Kadane's algorithm).",
     input="",
     output=r'''```python
def max_subarray(nums):
    if not nums:
        raise ValueError("need at least one number")
    best = (nums[0], 0, 0)
    current, start = nums[0], 0
    for i in range(1, len(nums)):
        if current < 0:
            current, start = nums[i], i  # a negative prefix only hurts; restart here
        else:
            current += nums[i]
        if current > best[0]:
            best = (current, start, i)
    return best

assert max_subarray([-2, 1, -3, 4, -1, 2, 1, -5, 4]) == (6, 3, 6)
assert max_subarray([-3, -1, -2]) == (-1, 1, 1)
assert max_subarray([5]) == (5, 0, 0)
```
Kadane's algorithm extends the current run unless its sum is negative, in which case starting fresh is better. Tracking where the current run began lets us report the indices of the best run, and initialising with the first element handles all-negative input.'''),

dict(kind="write_function", lang="python",
     instruction="Write a Python function that returns the k smallest numbers of a large list in ascending order without sorting the whole list.",
     input="",
     output=r'''```python
import heapq

def k_smallest(nums, k):
    if k <= 0:
        return []
    return heapq.nsmallest(k, nums)

data = [9, 4, 7, 1, 8, 2, 6]
assert k_smallest(data, 3) == [1, 2, 4]
assert k_smallest(data, 0) == []
assert k_smallest([5, 5, 1], 10) == [1, 5, 5]
```
`heapq.nsmallest` keeps a bounded heap of size k, which costs O(n log k) instead of O(n log n) for a full sort. When k is larger than the list it simply returns everything sorted.'''),

dict(kind="write_function", lang="python",
     instruction="Write a Python function that inverts a dictionary whose values may repeat, mapping each value to a sorted list of the keys that had it.",
     input="",
     output=r'''```python
from collections import defaultdict

def invert_multi(mapping):
    inverted = defaultdict(list)
    for key, value in mapping.items():
        inverted[value].append(key)
    return {value: sorted(keys) for value, keys in inverted.items()}

grades = {"ann": "A", "bob": "B", "cy": "A", "dee": "C"}
assert invert_multi(grades) == {"A": ["ann", "cy"], "B": ["bob"], "C": ["dee"]}
assert invert_multi({}) == {}
```
A naive `{v: k for k, v in d.items()}` keeps only the last key per value. Collecting keys into lists preserves all of them, and sorting makes the output independent of the original insertion order.'''),

dict(kind="write_function", lang="python",
     instruction="Write a Python function that deep-merges two dictionaries: nested dicts are merged recursively, other values from the second dict win, and neither input is modified.",
     input="",
     output=r'''```python
import copy

def deep_merge(base, override):
    merged = copy.deepcopy(base)
    for key, value in override.items():
        if isinstance(merged.get(key), dict) and isinstance(value, dict):
            merged[key] = deep_merge(merged[key], value)
        else:
            merged[key] = copy.deepcopy(value)
    return merged

base = {"db": {"host": "localhost", "port": 5432}, "debug": False}
over = {"db": {"port": 6543}, "debug": True, "tags": ["x"]}
result = deep_merge(base, over)
assert result == {"db": {"host": "localhost", "port": 6543}, "debug": True, "tags": ["x"]}
assert base["db"]["port"] == 5432  # input untouched
```
Recursion happens only when both sides hold a dict for the same key; otherwise the override replaces the value. Deep-copying ensures the result shares no mutable objects with either input.'''),

dict(kind="write_function", lang="python",
     instruction="Write a Python function that flattens a nested dictionary into a single level using dotted keys, e.g. {'a': {'b': 1}} -> {'a.b': 1}.",
     input="",
     output=r'''```python
def flatten_dict(d, parent="", sep="."):
    flat = {}
    for key, value in d.items():
        full = f"{parent}{sep}{key}" if parent else str(key)
        if isinstance(value, dict) and value:
            flat.update(flatten_dict(value, full, sep))
        else:
            flat[full] = value
    return flat

nested = {"server": {"host": "x", "ports": {"http": 80, "https": 443}}, "name": "svc", "empty": {}}
assert flatten_dict(nested) == {
    "server.host": "x", "server.ports.http": 80, "server.ports.https": 443,
    "name": "svc", "empty": {},
}
```
Each recursive call carries the key path built so far. Empty dicts are kept as leaf values so that no information is lost when flattening.'''),

dict(kind="write_function", lang="python",
     instruction="Write a Python function that takes a dict with dotted keys like {'db.host': 'x', 'db.port': 1} and rebuilds the nested dict, raising ValueError on conflicts such as 'a' and 'a.b'.",
     input="",
     output=r'''```python
def unflatten(flat, sep="."):
    root = {}
    for dotted, value in flat.items():
        *parents, leaf = dotted.split(sep)
        node = root
        for part in parents:
            node = node.setdefault(part, {})
            if not isinstance(node, dict):
                raise ValueError(f"key {dotted!r} conflicts with a scalar at {part!r}")
        if isinstance(node.get(leaf), dict):
            raise ValueError(f"key {dotted!r} would overwrite a nested section")
        node[leaf] = value
    return root

assert unflatten({"db.host": "x", "db.port": 1, "debug": True}) == {"db": {"host": "x", "port": 1}, "debug": True}
for bad in ({"a": 1, "a.b": 2}, {"a.b": 2, "a": 1}):
    try:
        unflatten(bad)
    except ValueError:
        pass
    else:
        raise AssertionError(bad)
```
`setdefault` walks or creates each intermediate dict. Conflicts are detected in both orders: descending into a scalar, or assigning a scalar over an existing section.'''),

dict(kind="write_function", lang="python",
     instruction="Write a Python function that groups a list of record dicts by the value of a given field, returning a dict of lists.",
     input="",
     output=r'''```python
from collections import defaultdict

def group_by_field(records, field, missing="<none>"):
    groups = defaultdict(list)
    for rec in records:
        groups[rec.get(field, missing)].append(rec)
    return dict(groups)

orders = [
    {"id": 1, "status": "paid"},
    {"id": 2, "status": "open"},
    {"id": 3, "status": "paid"},
    {"id": 4},
]
grouped = group_by_field(orders, "status")
assert [o["id"] for o in grouped["paid"]] == [1, 3]
assert [o["id"] for o in grouped["<none>"]] == [4]
assert set(grouped) == {"paid", "open", "<none>"}
```
`defaultdict(list)` avoids checking whether a group exists before appending. Records that lack the field are collected under a placeholder key instead of raising `KeyError`.'''),

dict(kind="write_function", lang="python",
     instruction="Write a Python function that compares two dicts and reports which keys were added, removed, and changed (with old and new values).",
     input="",
     output=r'''```python
def dict_diff(old, new):
    added = {k: new[k] for k in new.keys() - old.keys()}
    removed = {k: old[k] for k in old.keys() - new.keys()}
    changed = {k: (old[k], new[k]) for k in old.keys() & new.keys() if old[k] != new[k]}
    return {"added": added, "removed": removed, "changed": changed}

before = {"a": 1, "b": 2, "c": 3}
after = {"a": 1, "b": 20, "d": 4}
assert dict_diff(before, after) == {
    "added": {"d": 4},
    "removed": {"c": 3},
    "changed": {"b": (2, 20)},
}
assert dict_diff({}, {}) == {"added": {}, "removed": {}, "changed": {}}
```
Dictionary key views support set operations, so differences and intersections of keys are one-liners. Only shared keys whose values differ are reported as changed.'''),

dict(kind="write_function", lang="python",
     instruction="Write a Python function that safely reads a value from nested dicts and lists using a path like 'users.0.email', returning a default when any step is missing.",
     input="",
     output=r'''```python
def get_path(data, path, default=None):
    node = data
    for part in path.split("."):
        try:
            if isinstance(node, list):
                node = node[int(part)]
            else:
                node = node[part]
        except (KeyError, IndexError, ValueError, TypeError):
            return default
    return node

doc = {"users": [{"email": "a@x.io"}, {"name": "b"}], "count": 2}
assert get_path(doc, "users.0.email") == "a@x.io"
assert get_path(doc, "users.1.email", "n/a") == "n/a"
assert get_path(doc, "users.9.name") is None
assert get_path(doc, "count.value") is None
```
Numeric path parts index into lists; other parts index into dicts. Catching the lookup errors at each step (including `TypeError` when indexing an int) turns every kind of missing path into the default.'''),

dict(kind="write_function", lang="python",
     instruction="Write a Python function that returns the items of a dict sorted by value descending, with ties broken by key ascending.",
     input="",
     output=r'''```python
def rank_items(d):
    return sorted(d.items(), key=lambda kv: (-kv[1], kv[0]))

scores = {"eve": 90, "bob": 75, "amy": 90, "dan": 60}
assert rank_items(scores) == [("amy", 90), ("eve", 90), ("bob", 75), ("dan", 60)]
assert rank_items({}) == []
```
Negating the numeric value inverts its order while the key stays ascending inside the same tuple. This only works for numeric values; for other types you would sort twice, relying on sort stability.'''),

dict(kind="write_function", lang="python",
     instruction="Write a Python class implementing an LRU cache with get(key) returning -1 when missing and put(key, value) evicting the least recently used entry at capacity.",
     input="",
     output=r'''```python
from collections import OrderedDict

class LRUCache:
    def __init__(self, capacity):
        self.capacity = capacity
        self._data = OrderedDict()

    def get(self, key):
        if key not in self._data:
            return -1
        self._data.move_to_end(key)  # mark as most recently used
        return self._data[key]

    def put(self, key, value):
        self._data[key] = value
        self._data.move_to_end(key)
        if len(self._data) > self.capacity:
            self._data.popitem(last=False)

cache = LRUCache(2)
cache.put("a", 1); cache.put("b", 2)
assert cache.get("a") == 1      # "b" is now least recent
cache.put("c", 3)               # evicts "b"
assert cache.get("b") == -1
assert cache.get("c") == 3 and cache.get("a") == 1
```
`OrderedDict` keeps keys in usage order: `move_to_end` refreshes a key, and `popitem(last=False)` removes the oldest one. Both operations are O(1).'''),
]
