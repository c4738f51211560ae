"""Writer A, part 2: write_function rows (parsing, dates, math)."""

ROWS = [
dict(kind="write_function", lang="python",
     instruction="Write a Python function that builds an index from a list of dicts keyed by a unique field, raising ValueError if the field value repeats.",
     input="",
     output=r'''```python
def index_by(records, field):
    index = {}
    for rec in records:
        key = rec[field]
        if key in index:
            raise ValueError(f"duplicate {field}={key!r}")
        index[key] = rec
    return index

users = [{"id": 7, "name": "ana"}, {"id": 9, "name": "li"}]
by_id = index_by(users, "id")
assert by_id[9]["name"] == "li"
try:
    index_by(users + [{"id": 7, "name": "dup"}], "id")
except ValueError as exc:
    assert "id=7" in str(exc)
```
A dict keyed by the field gives O(1) lookups later. Refusing duplicates, rather than silently keeping the last record, surfaces data problems at the point where the index is built.'''),

dict(kind="write_function", lang="python",
     instruction="Write a Python function that adds up several dicts of counts, e.g. daily page-view tallies, into one total dict.",
     input="",
     output=r'''```python
from collections import Counter

def sum_counts(*tallies):
    total = Counter()
    for tally in tallies:
        total.update(tally)  # update() adds counts instead of replacing them
    return dict(total)

mon = {"/home": 10, "/about": 2}
tue = {"/home": 5, "/pricing": 3}
assert sum_counts(mon, tue) == {"/home": 15, "/about": 2, "/pricing": 3}
assert sum_counts() == {}
```
`Counter.update` adds incoming counts to existing ones, unlike `dict.update`, which overwrites. Converting back to a plain dict gives callers an ordinary mapping.'''),

dict(kind="write_function", lang="python",
     instruction="Write a Python function that reads CSV text (header row included) from a string and returns a list of dicts, converting the 'qty' column to int and 'price' to float.",
     input="",
     output=r'''```python
import csv
import io

def read_orders(csv_text):
    reader = csv.DictReader(io.StringIO(csv_text))
    rows = []
    for row in reader:
        row["qty"] = int(row["qty"])
        row["price"] = float(row["price"])
        rows.append(row)
    return rows

text = "sku,qty,price\nA-1,3,2.50\n\"B,2\",1,10\n"
orders = read_orders(text)
assert orders[0] == {"sku": "A-1", "qty": 3, "price": 2.5}
assert orders[1]["sku"] == "B,2"  # quoted comma handled by csv
assert sum(o["qty"] * o["price"] for o in orders) == 17.5
```
`io.StringIO` makes a string look like a file, so `csv.DictReader` can parse it, including quoted fields that contain commas. The header row becomes the dict keys, and the numeric columns are converted explicitly because csv yields only strings.'''),

dict(kind="write_function", lang="python",
     instruction="Write a Python function that parses INI-style configuration text and returns the database port as an int and a debug flag as a bool, with defaults when missing.",
     input="",
     output=r'''```python
import configparser

def load_settings(ini_text):
    parser = configparser.ConfigParser()
    parser.read_string(ini_text)
    port = parser.getint("database", "port", fallback=5432)
    debug = parser.getboolean("app", "debug", fallback=False)
    return {"port": port, "debug": debug}

text = """
[database]
host = db.internal
port = 6000

[app]
debug = yes
"""
assert load_settings(text) == {"port": 6000, "debug": True}
assert load_settings("[app]\n") == {"port": 5432, "debug": False}
```
`ConfigParser.read_string` parses text without touching the filesystem. Its typed getters convert values (`getboolean` accepts yes/no, on/off, true/false, 1/0) and `fallback` covers missing sections or options.'''),

dict(kind="write_function", lang="python",
     instruction="Write a Python function that parses the query string of a URL into a dict where single values are strings and repeated keys become lists.",
     input="",
     output=r'''```python
from urllib.parse import urlsplit, parse_qs

def query_params(url):
    raw = parse_qs(urlsplit(url).query, keep_blank_values=True)
    return {k: v[0] if len(v) == 1 else v for k, v in raw.items()}

url = "https://example.com/search?q=python%20tips&tag=a&tag=b&page="
assert query_params(url) == {"q": "python tips", "tag": ["a", "b"], "page": ""}
assert query_params("https://example.com/") == {}
```
`urlsplit` isolates the query and `parse_qs` decodes percent escapes and collects repeated keys into lists. Unwrapping one-element lists gives the more convenient shape, and `keep_blank_values` preserves keys like `page=`.'''),

dict(kind="write_function", lang="python",
     instruction="Write a Python function that converts a duration string such as '1h30m', '45s' or '2h 5m 10s' into total seconds, raising ValueError for anything else.",
     input="",
     output=r'''```python
import re

_UNIT = {"h": 3600, "m": 60, "s": 1}

def parse_duration(text):
    compact = text.replace(" ", "").lower()
    parts = re.findall(r"(\d+)([hms])", compact)
    if not parts or "".join(n + u for n, u in parts) != compact:
        raise ValueError(f"bad duration: {text!r}")
    return sum(int(n) * _UNIT[u] for n, u in parts)

assert parse_duration("1h30m") == 5400
assert parse_duration("2h 5m 10s") == 7510
assert parse_duration("45S") == 45
for bad in ("", "10", "5x", "h1"):
    try:
        parse_duration(bad)
    except ValueError:
        pass
    else:
        raise AssertionError(bad)
```
`re.findall` extracts number-unit pairs; rebuilding them and comparing with the cleaned input ensures nothing unparsed was skipped. The unit table converts each pair to seconds.'''),

dict(kind="write_function", lang="python",
     instruction="Write a Python function that converts human-readable sizes like '1.5 KB', '20MiB' or '512' into a number of bytes; KB/MB/GB are powers of 1000 and KiB/MiB/GiB powers of 1024.",
     input="",
     output=r'''```python
import re

_FACTORS = {"": 1, "b": 1, "kb": 10**3, "mb": 10**6, "gb": 10**9,
            "kib": 2**10, "mib": 2**20, "gib": 2**30}

def parse_size(text):
    m = re.fullmatch(r"\s*([\d.]+)\s*([a-zA-Z]*)\s*", text)
    if not m or m.group(2).lower() not in _FACTORS:
        raise ValueError(f"unrecognised size: {text!r}")
    return int(float(m.group(1)) * _FACTORS[m.group(2).lower()])

assert parse_size("1.5 KB") == 1500
assert parse_size("20MiB") == 20 * 1024 * 1024
assert parse_size("512") == 512
try:
    parse_size("3 parsecs")
except ValueError:
    pass
```
`re.fullmatch` requires the entire string to be a number plus an optional unit, and the lookup table separates decimal units from binary ones. Unknown units raise instead of guessing.'''),

dict(kind="write_function", lang="python",
     instruction="Write a Python function that formats a byte count for humans using binary units, e.g. 1536 -> '1.5 KiB', with one decimal place above bytes.",
     input="",
     output=r'''```python
def human_bytes(n):
    if n < 1024:
        return f"{n} B"
    value = float(n)
    for unit in ("KiB", "MiB", "GiB", "TiB", "PiB"):
        value /= 1024
        if value < 1024 or unit == "PiB":
            return f"{value:.1f} {unit}"

assert human_bytes(512) == "512 B"
assert human_bytes(1536) == "1.5 KiB"
assert human_bytes(5 * 1024**3) == "5.0 GiB"
assert human_bytes(1024**6).endswith("PiB")
```
The value is divided by 1024 until it drops below the next unit's threshold, capping at PiB so huge numbers still get a unit. Plain bytes are printed as an integer since fractions of a byte make no sense.'''),

dict(kind="write_function", lang="python",
     instruction="Write a Python function that compares two semantic version strings like '1.10.0' and '1.9.3', returning -1, 0 or 1; pre-release suffixes such as '-beta' sort before the release.",
     input="",
     output=r'''```python
def _version_key(version):
    core, _, pre = version.partition("-")
    numbers = tuple(int(p) for p in core.split("."))
    # A release (no suffix) must sort after any pre-release of the same core.
    return numbers, (pre == "", pre)

def compare_versions(a, b):
    ka, kb = _version_key(a), _version_key(b)
    return (ka > kb) - (ka < kb)

assert compare_versions("1.10.0", "1.9.3") == 1
assert compare_versions("2.0.0", "2.0.0") == 0
assert compare_versions("2.0.0-beta", "2.0.0") == -1
assert compare_versions("2.0.0-alpha", "2.0.0-beta") == -1
```
Converting each dotted part to int fixes the classic bug where "10" < "9" as strings. The `(pre == "", pre)` element places releases after pre-releases and orders pre-release labels alphabetically.'''),

dict(kind="write_function", lang="python",
     instruction="Write a Python function that parses web server log lines of the form '127.0.0.1 - - [10/Oct/2023:13:55:36 +0000] \"GET /index.html HTTP/1.1\" 200 2326' into a dict, returning None for lines that don't match.",
     input="",
     output=r'''```python
import re
from datetime import datetime

LOG_RE = re.compile(
    r'(?P<ip>\S+) \S+ \S+ \[(?P<time>[^\]]+)\] '
    r'"(?P<method>[A-Z]+) (?P<path>\S+) [^"]*" (?P<status>\d{3}) (?P<size>\d+|-)'
)

def parse_log_line(line):
    m = LOG_RE.match(line)
    if not m:
        return None
    entry = m.groupdict()
    entry["time"] = datetime.strptime(entry["time"], "%d/%b/%Y:%H:%M:%S %z")
    entry["status"] = int(entry["status"])
    entry["size"] = 0 if entry["size"] == "-" else int(entry["size"])
    return entry

line = '127.0.0.1 - - [10/Oct/2023:13:55:36 +0000] "GET /index.html HTTP/1.1" 200 2326'
e = parse_log_line(line)
assert e["ip"] == "127.0.0.1" and e["path"] == "/index.html" and e["status"] == 200
assert e["time"].year == 2023 and e["time"].utcoffset().total_seconds() == 0
assert parse_log_line("garbage") is None
```
Named groups make the regex self-documenting and `groupdict()` turns a match straight into a dict. Timestamps, status codes and sizes are then converted to real types, with `-` meaning no body.'''),

dict(kind="write_function", lang="python",
     instruction="Write a Python function that tokenizes an arithmetic expression string into numbers (int or float), operators + - * / and parentheses, rejecting unknown characters.",
     input="",
     output=r'''```python
import re

TOKEN_RE = re.compile(r"\s*(?:(\d+\.\d*|\.\d+|\d+)|(.))")

def tokenize(expr):
    tokens = []
    for number, other in TOKEN_RE.findall(expr.strip()):
        if number:
            tokens.append(float(number) if "." in number else int(number))
        elif other in "+-*/()":
            tokens.append(other)
        else:
            raise ValueError(f"unexpected character {other!r}")
    return tokens

assert tokenize("3 + 4.5*(2 - .5)") == [3, "+", 4.5, "*", "(", 2, "-", 0.5, ")"]
assert tokenize("") == []
try:
    tokenize("2 ^ 3")
except ValueError as exc:
    assert "^" in str(exc)
```
Each regex match is either a number or a single other character, with leading whitespace skipped. Numbers with a decimal point become floats; any character that is not an operator or parenthesis raises immediately.'''),

dict(kind="write_function", lang="python",
     instruction="Write a Python function that evaluates an expression in Reverse Polish Notation given as a list of tokens, supporting + - * / with true division.",
     input="",
     output=r'''```python
import operator

OPS = {"+": operator.add, "-": operator.sub, "*": operator.mul, "/": operator.truediv}

def eval_rpn(tokens):
    stack = []
    for tok in tokens:
        if tok in OPS:
            if len(stack) < 2:
                raise ValueError(f"not enough operands for {tok!r}")
            right = stack.pop()
            left = stack.pop()
            stack.append(OPS[tok](left, right))
        else:
            stack.append(float(tok))
    if len(stack) != 1:
        raise ValueError("malformed expression")
    return stack[0]

assert eval_rpn(["3", "4", "+", "2", "*"]) == 14.0
assert eval_rpn(["10", "4", "-"]) == 6.0   # order matters: left - right
assert eval_rpn(["1", "2", "/"]) == 0.5
```
Operands are pushed; an operator pops the right operand first, then the left, which matters for `-` and `/`. Exactly one value must remain at the end, otherwise the expression had too many operands.'''),

dict(kind="write_function", lang="python",
     instruction="Write a Python function that evaluates an infix arithmetic expression with + - * /, parentheses and correct precedence, without using eval(). Assume tokens are space separated.",
     input="",
     output=r'''```python
def evaluate(expr):
    tokens = expr.split()
    pos = 0

    def peek():
        return tokens[pos] if pos < len(tokens) else None

    def take():
        nonlocal pos
        pos += 1
        return tokens[pos - 1]

    def factor():
        tok = take()
        if tok == "(":
            value = sum_expr()
            if take() != ")":
                raise ValueError("missing )")
            return value
        return float(tok)

    def term():
        value = factor()
        while peek() in ("*", "/"):
            value = value * factor() if take() == "*" else value / factor()
        return value

    def sum_expr():
        value = term()
        while peek() in ("+", "-"):
            value = value + term() if take() == "+" else value - term()
        return value

    result = sum_expr()
    if pos != len(tokens):
        raise ValueError(f"unexpected token {tokens[pos]!r}")
    return result

assert evaluate("2 + 3 * 4") == 14
assert evaluate("( 2 + 3 ) * 4") == 20
assert evaluate("8 - 3 - 2") == 3   # left-associative
assert evaluate("7 / 2") == 3.5
```
This is a recursive-descent parser: `sum_expr` handles + and -, `term` handles * and /, and `factor` handles numbers and parentheses, so precedence falls out of the call structure. Looping inside each level keeps operators left-associative.'''),

dict(kind="write_function", lang="python",
     instruction="Write a Python function that extracts a nested outline from Markdown headings ('#', '##', ...), returning (level, title) pairs and ignoring headings inside fenced code blocks.",
     input="",
     output=r'''```python
import re

def outline(markdown):
    result = []
    in_fence = False
    for line in markdown.splitlines():
        if line.lstrip().startswith("~~~"):
            in_fence = not in_fence
            continue
        m = re.match(r"(#{1,6})\s+(.*?)\s*#*\s*$", line)
        if m and not in_fence:
            result.append((len(m.group(1)), m.group(2)))
    return result

doc = "\n".join([
    "# Guide",
    "Intro text",
    "## Install ##",
    "~~~",
    "# not a heading",
    "~~~",
    "### Linux",
])
assert outline(doc) == [(1, "Guide"), (2, "Install"), (3, "Linux")]
```
The number of leading `#` characters gives the level, and an optional closing run of `#` is stripped from the title. A flag toggled on fence lines (here `~~~`) skips comment lines inside code samples that merely look like headings.'''),

dict(kind="write_function", lang="python",
     instruction="Write a Python function that extracts all email addresses from free text, lowercased and without duplicates, in order of appearance.",
     input="",
     output=r'''```python
import re

EMAIL_RE = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")

def extract_emails(text):
    seen = {}
    for match in EMAIL_RE.findall(text):
        seen.setdefault(match.lower(), None)
    return list(seen)

text = "Mail Ann@Example.com or bob.smith+news@mail.co.uk; cc ann@example.com. Not: a@b"
assert extract_emails(text) == ["ann@example.com", "bob.smith+news@mail.co.uk"]
assert extract_emails("none here") == []
```
The pattern requires a dotted domain ending in a TLD of at least two letters, so fragments like `a@b` are skipped and trailing sentence punctuation is not captured. A dict used as an ordered set removes duplicates while preserving order.'''),

dict(kind="write_function", lang="python",
     instruction="Write a Python function that expands a page-range string like '1-3,5,8-10' into a sorted list of unique integers.",
     input="",
     output=r'''```python
def expand_ranges(spec):
    pages = set()
    for part in spec.split(","):
        part = part.strip()
        if not part:
            continue
        start, sep, end = part.partition("-")
        if sep:
            lo, hi = int(start), int(end)
            if lo > hi:
                raise ValueError(f"descending range {part!r}")
            pages.update(range(lo, hi + 1))
        else:
            pages.add(int(start))
    return sorted(pages)

assert expand_ranges("1-3,5,8-10") == [1, 2, 3, 5, 8, 9, 10]
assert expand_ranges("4, 2-4 ,") == [2, 3, 4]
assert expand_ranges("") == []
```
Each comma-separated part is either a single number or `start-end`; `range(lo, hi + 1)` makes the end inclusive. Collecting into a set removes overlaps before the final sort.'''),

dict(kind="write_function", lang="python",
     instruction="Write a Python function that compresses a list of integers into a compact range string, e.g. [1,2,3,5,7,8] -> '1-3,5,7-8'.",
     input="",
     output=r'''```python
def compress_ranges(numbers):
    nums = sorted(set(numbers))
    parts = []
    i = 0
    while i < len(nums):
        j = i
        while j + 1 < len(nums) and nums[j + 1] == nums[j] + 1:
            j += 1
        parts.append(str(nums[i]) if i == j else f"{nums[i]}-{nums[j]}")
        i = j + 1
    return ",".join(parts)

assert compress_ranges([1, 2, 3, 5, 7, 8]) == "1-3,5,7-8"
assert compress_ranges([4, 2, 3, 3]) == "2-4"
assert compress_ranges([]) == ""
```
After sorting and deduplicating, the inner loop extends `j` while numbers stay consecutive. Each run becomes either a single number or `start-end`.'''),

dict(kind="write_function", lang="python",
     instruction="Write a Python function that reads JSON Lines from a file-like object, skipping blank lines and raising ValueError that names the line number of any invalid JSON.",
     input="",
     output=r'''```python
import io
import json

def read_jsonl(fh):
    records = []
    for lineno, line in enumerate(fh, 1):
        if not line.strip():
            continue
        try:
            records.append(json.loads(line))
        except json.JSONDecodeError as exc:
            raise ValueError(f"line {lineno}: {exc.msg}") from None
    return records

good = io.StringIO('{"a": 1}\n\n{"a": 2}\n')
assert read_jsonl(good) == [{"a": 1}, {"a": 2}]
try:
    read_jsonl(io.StringIO('{"a": 1}\n{oops}\n'))
except ValueError as exc:
    assert str(exc).startswith("line 2")
```
Iterating a file-like object yields lines, and `enumerate(..., 1)` provides human line numbers. Re-raising with the line number (and `from None` to drop the noisy chain) makes bad data easy to locate.'''),

dict(kind="write_function", lang="python",
     instruction="Write a Python function that parses raw HTTP header lines into a dict with case-insensitive lookup, joining repeated headers with ', '.",
     input="",
     output=r'''```python
def parse_headers(raw):
    headers = {}
    for line in raw.splitlines():
        if not line.strip():
            continue
        name, sep, value = line.partition(":")
        if not sep:
            raise ValueError(f"malformed header line: {line!r}")
        key = name.strip().lower()
        value = value.strip()
        headers[key] = f"{headers[key]}, {value}" if key in headers else value
    return headers

raw = "Content-Type: text/html\r\nAccept: a/b\r\naccept: c/d\r\nX-Empty:\r\n"
h = parse_headers(raw)
assert h["content-type"] == "text/html"
assert h["accept"] == "a/b, c/d"
assert h["x-empty"] == ""
```
Header names are case-insensitive in HTTP, so they are normalised to lowercase keys. Splitting only at the first colon keeps values such as URLs with ports intact, and repeats are merged the way HTTP allows for list-valued headers.'''),

dict(kind="write_function", lang="python",
     instruction="Write a Python function that returns the number of days between two ISO date strings (YYYY-MM-DD), positive when the second is later.",
     input="",
     output=r'''```python
from datetime import date

def days_between(start, end):
    return (date.fromisoformat(end) - date.fromisoformat(start)).days

assert days_between("2024-02-27", "2024-03-01") == 3   # 2024 is a leap year
assert days_between("2023-02-27", "2023-03-01") == 2
assert days_between("2024-01-10", "2024-01-01") == -9
```
`date.fromisoformat` parses the strings, and subtracting two dates gives a `timedelta` whose `.days` is the signed difference. The standard library handles leap years and month lengths.'''),

dict(kind="write_function", lang="python",
     instruction="Write a Python function that adds n business days (Monday-Friday) to a date, skipping weekends and an optional set of holiday dates.",
     input="",
     output=r'''```python
from datetime import date, timedelta

def add_business_days(start, n, holidays=frozenset()):
    current = start
    step = timedelta(days=1 if n >= 0 else -1)
    remaining = abs(n)
    while remaining:
        current += step
        if current.weekday() < 5 and current not in holidays:
            remaining -= 1
    return current

fri = date(2024, 5, 3)
assert add_business_days(fri, 1) == date(2024, 5, 6)          # over the weekend
assert add_business_days(fri, 5) == date(2024, 5, 10)
assert add_business_days(fri, 1, {date(2024, 5, 6)}) == date(2024, 5, 7)
assert add_business_days(date(2024, 5, 6), -1) == fri
```
The loop moves one calendar day at a time and counts only days that are weekdays (`weekday() < 5`) and not holidays. A negative `n` walks backwards with the same rule.'''),

dict(kind="write_function", lang="python",
     instruction="Write a Python function that computes a person's age in whole years on a given date, handling birthdays that haven't happened yet that year and 29 February.",
     input="",
     output=r'''```python
from datetime import date

def age_on(birth, today):
    years = today.year - birth.year
    # Subtract one if this year's birthday (month, day) is still ahead.
    if (today.month, today.day) < (birth.month, birth.day):
        years -= 1
    return years

assert age_on(date(1990, 6, 15), date(2024, 6, 14)) == 33
assert age_on(date(1990, 6, 15), date(2024, 6, 15)) == 34
assert age_on(date(2000, 2, 29), date(2023, 2, 28)) == 22
assert age_on(date(2000, 2, 29), date(2023, 3, 1)) == 23
```
Comparing `(month, day)` tuples decides whether the birthday has passed this year without constructing a date, which avoids the `ValueError` that `date(2023, 2, 29)` would raise for leap-day birthdays.'''),

dict(kind="write_function", lang="python",
     instruction="Write a Python function that returns the last day of the month for any given date.",
     input="",
     output=r'''```python
import calendar
from datetime import date

def month_end(d):
    _, days_in_month = calendar.monthrange(d.year, d.month)
    return d.replace(day=days_in_month)

assert month_end(date(2024, 2, 10)) == date(2024, 2, 29)
assert month_end(date(2023, 2, 1)) == date(2023, 2, 28)
assert month_end(date(2024, 12, 31)) == date(2024, 12, 31)
```
`calendar.monthrange` returns the weekday of the first day and the number of days in the month, already accounting for leap years. Replacing the day with that count gives the month's last date.'''),

dict(kind="write_function", lang="python",
     instruction="Write a Python function that lists all dates in a given month that fall on a given weekday (0=Monday ... 6=Sunday).",
     input="",
     output=r'''```python
import calendar
from datetime import date

def weekdays_in_month(year, month, weekday):
    first_weekday, ndays = calendar.monthrange(year, month)
    first = 1 + (weekday - first_weekday) % 7
    return [date(year, month, day) for day in range(first, ndays + 1, 7)]

mondays = weekdays_in_month(2024, 4, 0)
assert [d.day for d in mondays] == [1, 8, 15, 22, 29]
assert len(weekdays_in_month(2024, 2, 3)) == 5    # Thursdays in Feb 2024
assert all(d.weekday() == 6 for d in weekdays_in_month(2023, 10, 6))
```
The first matching day is found arithmetically from the weekday of the 1st, using modulo 7 to wrap. After that, every seventh day matches, so `range` with step 7 lists the rest.'''),

dict(kind="write_function", lang="python",
     instruction="Write a Python function that parses an ISO 8601 timestamp ending in 'Z' or an offset and returns it converted to a given UTC offset in hours, as an ISO string.",
     input="",
     output=r'''```python
from datetime import datetime, timedelta, timezone

def convert_offset(stamp, hours):
    # fromisoformat does not accept a trailing "Z" before Python 3.11.
    dt = datetime.fromisoformat(stamp.replace("Z", "+00:00"))
    if dt.tzinfo is None:
        raise ValueError("timestamp must include a UTC offset")
    return dt.astimezone(timezone(timedelta(hours=hours))).isoformat()

assert convert_offset("2024-03-05T10:00:00Z", 2) == "2024-03-05T12:00:00+02:00"
assert convert_offset("2024-03-05T01:30:00+01:00", -5) == "2024-03-04T19:30:00-05:00"
try:
    convert_offset("2024-03-05T10:00:00", 0)
except ValueError:
    pass
```
Replacing `Z` with `+00:00` keeps the parser portable across Python versions. `astimezone` then shifts the aware datetime to the target offset, rolling the date when needed; naive timestamps are rejected because their zone is unknown.'''),

dict(kind="write_function", lang="python",
     instruction="Write a Python function that formats a timedelta as 'Dd HH:MM:SS' (omitting the day part when zero), supporting negative durations with a leading '-'.",
     input="",
     output=r'''```python
from datetime import timedelta

def format_delta(td):
    total = int(td.total_seconds())
    sign = "-" if total < 0 else ""
    total = abs(total)
    days, rem = divmod(total, 86400)
    hours, rem = divmod(rem, 3600)
    minutes, seconds = divmod(rem, 60)
    clock = f"{hours:02d}:{minutes:02d}:{seconds:02d}"
    return f"{sign}{days}d {clock}" if days else f"{sign}{clock}"

assert format_delta(timedelta(days=2, hours=3, minutes=4, seconds=5)) == "2d 03:04:05"
assert format_delta(timedelta(minutes=90)) == "01:30:00"
assert format_delta(timedelta(seconds=-61)) == "-00:01:01"
```
Working from `total_seconds()` avoids the confusing way `timedelta` stores negative values (`-1 day, 23:58:59`). Repeated `divmod` peels off days, hours and minutes.'''),

dict(kind="write_function", lang="python",
     instruction="Write a Python function that merges overlapping or touching date ranges given as (start, end) date pairs with inclusive ends.",
     input="",
     output=r'''```python
from datetime import date, timedelta

def merge_date_ranges(ranges):
    merged = []
    for start, end in sorted(ranges):
        # Inclusive ends: a range ending on the 5th touches one starting on the 6th.
        if merged and start <= merged[-1][1] + timedelta(days=1):
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    return [tuple(r) for r in merged]

d = lambda day: date(2024, 1, day)
spans = [(d(10), d(12)), (d(1), d(5)), (d(6), d(7)), (d(11), d(20))]
assert merge_date_ranges(spans) == [(d(1), d(7)), (d(10), d(20))]
assert merge_date_ranges([]) == []
```
Sorting by start date means each range can only overlap the last merged one. Because ends are inclusive, a range starting the day after the previous end is adjacent and is merged too.'''),

dict(kind="write_function", lang="python",
     instruction="Write a Python function that returns the fiscal quarter label ('FY2025-Q1') of a date for a fiscal year that starts in a configurable month and is named after the year in which it ends.",
     input="",
     output=r'''```python
from datetime import date

def fiscal_quarter(d, start_month=4):
    months_in = (d.month - start_month) % 12
    quarter = months_in // 3 + 1
    # The fiscal year ends in the calendar year after it starts (unless it starts in January).
    fy = d.year + (1 if d.month >= start_month and start_month != 1 else 0)
    return f"FY{fy}-Q{quarter}"

assert fiscal_quarter(date(2024, 4, 1)) == "FY2025-Q1"
assert fiscal_quarter(date(2025, 3, 31)) == "FY2025-Q4"
assert fiscal_quarter(date(2024, 10, 15)) == "FY2025-Q3"
assert fiscal_quarter(date(2024, 5, 5), start_month=1) == "FY2024-Q2"
```
The number of months since the fiscal year began, taken modulo 12, gives the quarter. Dates on or after the start month belong to the fiscal year that ends next calendar year.'''),

dict(kind="write_function", lang="python",
     instruction="Write a Python function that returns the date of the next given weekday strictly after a date (e.g. next Friday after a Friday is a week later).",
     input="",
     output=r'''```python
from datetime import date, timedelta

def next_weekday(d, weekday):
    days_ahead = (weekday - d.weekday() - 1) % 7 + 1
    return d + timedelta(days=days_ahead)

fri = date(2024, 5, 3)
assert next_weekday(fri, 4) == date(2024, 5, 10)   # Friday -> next Friday
assert next_weekday(fri, 0) == date(2024, 5, 6)    # Friday -> Monday
assert next_weekday(fri, 5) == date(2024, 5, 4)    # Friday -> Saturday
```
The expression `(target - current - 1) % 7 + 1` always yields 1-7, so the result is strictly in the future even when the target equals today's weekday.'''),

dict(kind="write_function", lang="python",
     instruction="Write a Python function that returns the least common multiple of a list of positive integers.",
     input="",
     output=r'''```python
from functools import reduce
from math import gcd

def lcm_all(numbers):
    if not numbers:
        raise ValueError("need at least one number")
    return reduce(lambda a, b: a * b // gcd(a, b), numbers)

assert lcm_all([4, 6]) == 12
assert lcm_all([2, 3, 5, 7]) == 210
assert lcm_all([9]) == 9
```
`lcm(a, b) = a * b // gcd(a, b)`, and folding that pairwise over the list with `reduce` gives the LCM of all of them. Python 3.9+ also offers `math.lcm(*numbers)` directly.'''),

dict(kind="write_function", lang="python",
     instruction="Write a Python function implementing the Sieve of Eratosthenes that returns all primes less than or equal to n.",
     input="",
     output=r'''```python
def primes_up_to(n):
    if n < 2:
        return []
    sieve = bytearray([1]) * (n + 1)
    sieve[0] = sieve[1] = 0
    for p in range(2, int(n ** 0.5) + 1):
        if sieve[p]:
            # Multiples below p*p were already crossed out by smaller primes.
            sieve[p * p::p] = bytes(len(range(p * p, n + 1, p)))
    return [i for i, flag in enumerate(sieve) if flag]

assert primes_up_to(30) == [2, 3, 5, 7, 11, 13, 17, 19, 23, 29]
assert primes_up_to(1) == []
assert len(primes_up_to(10_000)) == 1229
```
A `bytearray` marks candidates compactly, and slice assignment crosses out all multiples of a prime in one C-level operation. Starting at `p * p` and stopping at `sqrt(n)` avoids redundant work.'''),

dict(kind="write_function", lang="python",
     instruction="Write a Python function that computes the integer square root of a non-negative integer (floor of the real root) using binary search, without math.sqrt.",
     input="",
     output=r'''```python
def isqrt_binary(n):
    if n < 0:
        raise ValueError("negative input")
    lo, hi = 0, n + 1  # invariant: lo*lo <= n < hi*hi
    while hi - lo > 1:
        mid = (lo + hi) // 2
        if mid * mid <= n:
            lo = mid
        else:
            hi = mid
    return lo

assert isqrt_binary(0) == 0
assert isqrt_binary(15) == 3
assert isqrt_binary(16) == 4
big = 10**40 + 123
assert isqrt_binary(big) ** 2 <= big < (isqrt_binary(big) + 1) ** 2
```
The loop keeps the invariant `lo² <= n < hi²` and halves the gap each step, so it needs about log2(n) iterations. Integer arithmetic keeps it exact for huge numbers where floating-point `sqrt` would round.'''),

dict(kind="write_function", lang="python",
     instruction="Write a Python function for modular exponentiation (base ** exp % mod) using square-and-multiply, without calling pow with three arguments.",
     input="",
     output=r'''```python
def mod_pow(base, exp, mod):
    if exp < 0:
        raise ValueError("negative exponents are not supported")
    result = 1 % mod
    base %= mod
    while exp:
        if exp & 1:
            result = result * base % mod
        base = base * base % mod
        exp >>= 1
    return result

assert mod_pow(2, 10, 1000) == 24
assert mod_pow(3, 200, 13) == pow(3, 200, 13)
assert mod_pow(5, 0, 7) == 1
assert mod_pow(5, 0, 1) == 0
```
Each bit of the exponent decides whether the current power of the base is multiplied into the result, and the base is squared every step. Reducing modulo `mod` after each multiplication keeps numbers small, giving O(log exp) multiplications.'''),

dict(kind="write_function", lang="python",
     instruction="Write a Python function that computes the digital root of a non-negative integer (repeatedly summing digits until one digit remains), both iteratively and with the O(1) formula.",
     input="",
     output=r'''```python
def digital_root(n):
    while n >= 10:
        n = sum(int(d) for d in str(n))
    return n

def digital_root_fast(n):
    return 0 if n == 0 else 1 + (n - 1) % 9

for value in (0, 7, 38, 9999, 123456789):
    assert digital_root(value) == digital_root_fast(value)
assert digital_root(38) == 2
```
The iterative version follows the definition literally. The formula works because a number is congruent to its digit sum modulo 9, with the special case that multiples of 9 map to 9 rather than 0.'''),

dict(kind="write_function", lang="python",
     instruction="Write a Python function that generates the first n rows of Pascal's triangle as lists of integers.",
     input="",
     output=r'''```python
def pascal_rows(n):
    rows = []
    row = [1]
    for _ in range(n):
        rows.append(row)
        row = [1] + [a + b for a, b in zip(row, row[1:])] + [1]
    return rows

assert pascal_rows(5) == [[1], [1, 1], [1, 2, 1], [1, 3, 3, 1], [1, 4, 6, 4, 1]]
assert pascal_rows(0) == []
assert sum(pascal_rows(11)[-1]) == 2 ** 10
```
Each inner entry is the sum of the two entries above it; `zip(row, row[1:])` pairs neighbours directly. The edges are always 1. Each row sums to a power of two, which the last assert checks.'''),

dict(kind="write_function", lang="python",
     instruction="Write a Python function that multiplies two matrices given as lists of lists, raising ValueError if the inner dimensions don't match.",
     input="",
     output=r'''```python
def matmul(a, b):
    if not a or not b or len(a[0]) != len(b):
        raise ValueError("inner dimensions do not match")
    columns = list(zip(*b))
    return [[sum(x * y for x, y in zip(row, col)) for col in columns] for row in a]

a = [[1, 2, 3],
     [4, 5, 6]]
b = [[7, 8],
     [9, 10],
     [11, 12]]
assert matmul(a, b) == [[58, 64], [139, 154]]
assert matmul([[2]], [[3]]) == [[6]]
try:
    matmul(a, a)
except ValueError:
    pass
```
Transposing `b` once with `zip(*b)` lets each output cell be a dot product of a row of `a` and a column of `b`. A (m×n)·(n×p) product yields an m×p matrix.'''),

dict(kind="write_function", lang="python",
     instruction="Write a recursive Python function that computes the determinant of a square matrix by cofactor expansion along the first row.",
     input="",
     output=r'''```python
def determinant(m):
    n = len(m)
    if any(len(row) != n for row in m):
        raise ValueError("matrix must be square")
    if n == 1:
        return m[0][0]
    if n == 2:
        return m[0][0] * m[1][1] - m[0][1] * m[1][0]
    total = 0
    for col in range(n):
        minor = [row[:col] + row[col + 1:] for row in m[1:]]
        total += (-1) ** col * m[0][col] * determinant(minor)
    return total

assert determinant([[5]]) == 5
assert determinant([[1, 2], [3, 4]]) == -2
assert determinant([[2, 0, 1], [1, 3, 2], [1, 1, 1]]) == 0
assert determinant([[6, 1, 1], [4, -2, 5], [2, 8, 7]]) == -306
```
Each element of the first row is multiplied by the determinant of the minor obtained by deleting its row and column, with alternating signs. This is O(n!) and fine for small matrices; use LU decomposition for large ones.'''),

dict(kind="write_function", lang="python",
     instruction="Write a Python function that returns all modes of a list (every value tied for the highest count), sorted.",
     input="",
     output=r'''```python
from collections import Counter

def modes(values):
    if not values:
        return []
    counts = Counter(values)
    top = max(counts.values())
    return sorted(v for v, c in counts.items() if c == top)

assert modes([1, 2, 2, 3, 3]) == [2, 3]
assert modes(["b", "a", "b"]) == ["b"]
assert modes([]) == []
```
Counting once and taking the maximum count finds the peak frequency; every value with that count is a mode. Unlike `statistics.mode`, this reports all ties instead of picking the first.'''),

dict(kind="write_function", lang="python",
     instruction="Write a Python function computing the population and sample standard deviation of a list in one pass using Welford's algorithm.",
     input="",
     output=r'''```python
import math

def std_devs(values):
    n, mean, m2 = 0, 0.0, 0.0
    for x in values:
        n += 1
        delta = x - mean
        mean += delta / n
        m2 += delta * (x - mean)
    if n < 2:
        raise ValueError("need at least two values")
    return math.sqrt(m2 / n), math.sqrt(m2 / (n - 1))

pop, sample = std_devs([2, 4, 4, 4, 5, 5, 7, 9])
assert math.isclose(pop, 2.0)
assert math.isclose(sample, 2.138089935299395)
```
Welford's update keeps a running mean and the sum of squared deviations (`m2`) without storing the data or subtracting large similar numbers, which makes it numerically stable. Dividing `m2` by n or n-1 gives the population or sample variance.'''),

dict(kind="write_function", lang="python",
     instruction="Write a Python function that computes a weighted average from (value, weight) pairs, raising ValueError if the weights sum to zero.",
     input="",
     output=r'''```python
def weighted_average(pairs):
    total_weight = sum(w for _, w in pairs)
    if total_weight == 0:
        raise ValueError("weights must not sum to zero")
    return sum(v * w for v, w in pairs) / total_weight

# Course grade: exam 40%, project 50%, quiz 10%
grade = weighted_average([(80, 0.4), (90, 0.5), (70, 0.1)])
assert abs(grade - 84.0) < 1e-9
assert weighted_average([(3, 2), (6, 1)]) == 4.0
try:
    weighted_average([])
except ValueError:
    pass
```
Each value contributes in proportion to its weight, and dividing by the weight total means weights need not sum to 1. The empty or zero-weight case is rejected explicitly rather than raising `ZeroDivisionError`.'''),

dict(kind="write_function", lang="python",
     instruction="Write Python functions lerp(a, b, t) and inverse_lerp(a, b, value), plus remap(value, in_lo, in_hi, out_lo, out_hi) that maps between ranges with optional clamping.",
     input="",
     output=r'''```python
def lerp(a, b, t):
    return a + (b - a) * t

def inverse_lerp(a, b, value):
    if a == b:
        raise ValueError("degenerate range")
    return (value - a) / (b - a)

def remap(value, in_lo, in_hi, out_lo, out_hi, clamp=False):
    t = inverse_lerp(in_lo, in_hi, value)
    if clamp:
        t = min(1.0, max(0.0, t))
    return lerp(out_lo, out_hi, t)

assert lerp(10, 20, 0.25) == 12.5
assert inverse_lerp(10, 20, 15) == 0.5
assert remap(50, 0, 100, 32, 212) == 122.0          # percent of range -> Fahrenheit scale
assert remap(150, 0, 100, 0, 1, clamp=True) == 1.0
```
`lerp` walks a fraction `t` of the way from `a` to `b`; `inverse_lerp` recovers that fraction. Chaining them remaps a value between ranges, and clamping `t` keeps results inside the output range.'''),

dict(kind="write_function", lang="python",
     instruction="Write a Python function that returns all Armstrong (narcissistic) numbers below a limit: numbers equal to the sum of their digits each raised to the number of digits.",
     input="",
     output=r'''```python
def armstrong_numbers(limit):
    found = []
    for n in range(limit):
        digits = str(n)
        power = len(digits)
        if sum(int(d) ** power for d in digits) == n:
            found.append(n)
    return found

assert armstrong_numbers(1000) == [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 153, 370, 371, 407]
assert 9474 in armstrong_numbers(10000)
```
Converting to a string gives both the digits and their count. Every one-digit number qualifies trivially; 153 = 1³ + 5³ + 3³ is the first multi-digit example.'''),

dict(kind="write_function", lang="python",
     instruction="Write a Python function that rounds a number to the nearest multiple of a step (e.g. prices to 0.05), with halves rounded up, using Decimal to avoid float artefacts.",
     input="",
     output=r'''```python
from decimal import Decimal, ROUND_HALF_UP

def round_to_step(value, step):
    value, step = Decimal(str(value)), Decimal(str(step))
    units = (value / step).quantize(Decimal("1"), rounding=ROUND_HALF_UP)
    return units * step

assert round_to_step(1.23, "0.05") == Decimal("1.25")
assert round_to_step(1.225, "0.05") == Decimal("1.25")   # exact half step rounds up
assert round_to_step(1.224, "0.05") == Decimal("1.20")
assert round_to_step(17, 5) == Decimal("15")
assert round_to_step(17.5, 5) == Decimal("20")
```
Dividing by the step counts how many steps fit, `quantize` with `ROUND_HALF_UP` rounds that count, and multiplying back gives the multiple. Going through `str` keeps Decimal from inheriting binary float errors; as a float, 1.225 is stored as 1.22499999... and would round down.'''),

dict(kind="write_function", lang="python",
     instruction="Write a Python function that computes the p-th percentile (0-100) of a list using linear interpolation between closest ranks.",
     input="",
     output=r'''```python
import math

def percentile(values, p):
    if not values:
        raise ValueError("no data")
    if not 0 <= p <= 100:
        raise ValueError("p must be within 0..100")
    data = sorted(values)
    rank = (len(data) - 1) * p / 100
    lo, hi = math.floor(rank), math.ceil(rank)
    return data[lo] + (data[hi] - data[lo]) * (rank - lo)

data = [15, 20, 35, 40, 50]
assert percentile(data, 0) == 15
assert percentile(data, 50) == 35
assert percentile(data, 40) == 29.0
assert percentile(data, 100) == 50
```
The percentile is placed at a fractional rank between 0 and n-1; when that rank falls between two sorted values, the result interpolates linearly. This matches the default method of NumPy's `percentile`.'''),

dict(kind="write_function", lang="python",
     instruction="Write a Python function that formats a fraction like 7/3 or '-11/4' as a mixed number string such as '2 1/3' or '-2 3/4'.",
     input="",
     output=r'''```python
from fractions import Fraction

def mixed_number(value):
    frac = Fraction(value)
    sign = "-" if frac < 0 else ""
    frac = abs(frac)
    whole, rem = divmod(frac.numerator, frac.denominator)
    if rem == 0:
        return f"{sign}{whole}"
    if whole == 0:
        return f"{sign}{rem}/{frac.denominator}"
    return f"{sign}{whole} {rem}/{frac.denominator}"

assert mixed_number(Fraction(7, 3)) == "2 1/3"
assert mixed_number("-11/4") == "-2 3/4"
assert mixed_number("6/3") == "2"
assert mixed_number("2/4") == "1/2"
```
`Fraction` parses strings and reduces to lowest terms automatically. Working on the absolute value with `divmod` separates the whole part from the remainder, and the sign is prepended once so negatives read naturally.'''),

dict(kind="write_function", lang="python",
     instruction="Write a Python function that returns the continued fraction expansion [a0; a1, a2, ...] of a rational number p/q.",
     input="",
     output=r'''```python
from fractions import Fraction

def continued_fraction(p, q):
    if q == 0:
        raise ZeroDivisionError("q must be non-zero")
    terms = []
    while q:
        a, r = divmod(p, q)
        terms.append(a)
        p, q = q, r
    return terms

def evaluate_cf(terms):
    value = Fraction(terms[-1])
    for a in reversed(terms[:-1]):
        value = a + 1 / value
    return value

assert continued_fraction(415, 93) == [4, 2, 6, 7]
assert evaluate_cf([4, 2, 6, 7]) == Fraction(415, 93)
assert continued_fraction(3, 1) == [3]
```
The expansion is exactly the sequence of quotients from Euclid's algorithm: take the integer part, then continue with the reciprocal of the remainder. `evaluate_cf` folds the terms back from the end to confirm the round trip.'''),

dict(kind="write_function", lang="python",
     instruction="Write a Python function that computes the area of a simple polygon from its vertices in order using the shoelace formula.",
     input="",
     output=r'''```python
def polygon_area(points):
    if len(points) < 3:
        return 0.0
    twice_area = 0
    for (x1, y1), (x2, y2) in zip(points, points[1:] + points[:1]):
        twice_area += x1 * y2 - x2 * y1
    return abs(twice_area) / 2

assert polygon_area([(0, 0), (4, 0), (4, 3), (0, 3)]) == 12.0
assert polygon_area([(0, 0), (4, 0), (0, 3)]) == 6.0
assert polygon_area([(0, 3), (4, 3), (4, 0), (0, 0)]) == 12.0   # clockwise
```
The shoelace formula sums cross products of consecutive vertices, wrapping from the last back to the first. The sign depends on orientation (counter-clockwise is positive), so the absolute value gives the area either way.'''),

dict(kind="write_function", lang="python",
     instruction="Write a Python function returning the great-circle distance in kilometres between two latitude/longitude points using the haversine formula.",
     input="",
     output=r'''```python
import math

EARTH_RADIUS_KM = 6371.0

def haversine_km(lat1, lon1, lat2, lon2):
    phi1, phi2 = math.radians(lat1), math.radians(lat2)
    dphi = math.radians(lat2 - lat1)
    dlmb = math.radians(lon2 - lon1)
    a = math.sin(dphi / 2) ** 2 + math.cos(phi1) * math.cos(phi2) * math.sin(dlmb / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(math.sqrt(a))

paris = (48.8566, 2.3522)
london = (51.5074, -0.1278)
d = haversine_km(*paris, *london)
assert 340 < d < 345
assert haversine_km(0, 0, 0, 0) == 0
assert abs(haversine_km(0, 0, 0, 180) - math.pi * EARTH_RADIUS_KM) < 1e-6
```
Degrees are converted to radians, and the haversine expression stays numerically stable even for nearby points. The result assumes a spherical Earth, which is accurate to about 0.5%.'''),

dict(kind="write_function", lang="python",
     instruction="Write a Python function that spells out an integer from 0 to 999 in English words, e.g. 342 -> 'three hundred forty-two'.",
     input="",
     output=r'''```python
ONES = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
        "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
        "seventeen", "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]

def number_words(n):
    if not 0 <= n <= 999:
        raise ValueError("supported range is 0..999")
    if n < 20:
        return ONES[n]
    if n < 100:
        tens, ones = divmod(n, 10)
        return TENS[tens] + (f"-{ONES[ones]}" if ones else "")
    hundreds, rest = divmod(n, 100)
    head = f"{ONES[hundreds]} hundred"
    return head if rest == 0 else f"{head} {number_words(rest)}"

assert number_words(342) == "three hundred forty-two"
assert number_words(15) == "fifteen"
assert number_words(700) == "seven hundred"
assert number_words(90) == "ninety"
```
Numbers below 20 are irregular and come from a table; 20-99 combine a tens word with a hyphenated ones word; hundreds recurse on the remainder.'''),
]
