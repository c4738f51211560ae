"""Writer B, part 1: explain rows (Python language behaviour)."""


def R(kind, instruction, input_, output):
    return dict(kind=kind, lang="python", instruction=instruction.strip(), input=input_.strip("\n"),
                output=output.strip())


ROWS = [
R("explain", "Explain why changing one inner list changes all three rows here.", r"""
grid = [[]] * 3
grid[0].append("x")
print(grid)  # [['x'], ['x'], ['x']]
""", r"""
`[[]] * 3` does not build three lists. It builds one list containing three references to the *same* empty list, so appending through `grid[0]` is visible through `grid[1]` and `grid[2]` too.

```python
shared = [[]] * 3
assert shared[0] is shared[1] is shared[2]

grid = [[] for _ in range(3)]  # the comprehension evaluates [] three times
grid[0].append("x")
assert grid == [["x"], [], []]
assert grid[0] is not grid[1]
```

Sequence repetition copies references, not objects. Use a comprehension whenever the repeated element is mutable.
"""),
R("explain", "Why does this function remember items from earlier calls?", r"""
def add_tag(tag, tags=[]):
    tags.append(tag)
    return tags

print(add_tag("a"))  # ['a']
print(add_tag("b"))  # ['a', 'b']
""", r"""
Default values are evaluated once, when the `def` statement runs, and stored on the function object. Every call that omits `tags` reuses that single list, so it keeps growing.

```python
def add_tag(tag, tags=None):
    if tags is None:
        tags = []  # a fresh list per call
    tags.append(tag)
    return tags

assert add_tag("a") == ["a"]
assert add_tag("b") == ["b"]
assert add_tag("c", ["z"]) == ["z", "c"]
```

Use `None` as a sentinel for any mutable default (lists, dicts, sets) and create the object inside the body.
"""),
R("explain", "All three lambdas return 2. Explain why, and show how to capture the loop value.", r"""
funcs = [lambda: i for i in range(3)]
print([f() for f in funcs])  # [2, 2, 2]
""", r"""
Closures capture *variables*, not values. Each lambda looks up `i` when it is called, and by then the loop has finished with `i == 2`. This is called late binding.

```python
late = [lambda: i for i in range(3)]
assert [f() for f in late] == [2, 2, 2]

# A default argument is evaluated when each lambda is created.
early = [lambda i=i: i for i in range(3)]
assert [f() for f in early] == [0, 1, 2]

from functools import partial
def ident(x):
    return x
bound = [partial(ident, i) for i in range(3)]
assert [f() for f in bound] == [0, 1, 2]
```

Binding via a default argument or `functools.partial` freezes the current value.
"""),
R("explain", "What is the difference between `is` and `==` in Python? When should each be used?", "", r"""
`==` compares values by calling `__eq__`; `is` compares identity, meaning both names refer to the very same object in memory.

```python
a = [1, 2, 3]
b = [1, 2, 3]
c = a
assert a == b        # equal contents
assert a is not b    # two separate list objects
assert a is c        # same object
x = None
assert x is None     # the idiomatic None check
```

Use `is` only for singletons such as `None`, `True`, `False` or a sentinel object you created. For numbers and strings always use `==`: small integers and some strings happen to be cached by CPython, so `is` may appear to work in tests and then fail with other values.
"""),
R("explain", "Explain the practical difference between these two lines.", r"""
total_a = sum([n * n for n in range(1_000_000)])
total_b = sum(n * n for n in range(1_000_000))
""", r"""
Both compute the same number. The first builds a complete list of one million squares and then sums it; the second is a generator expression that produces one square at a time, so memory stays constant.

```python
import sys

squares_list = [n * n for n in range(10_000)]
squares_gen = (n * n for n in range(10_000))
assert sys.getsizeof(squares_gen) < sys.getsizeof(squares_list)
assert sum(squares_list) == sum(n * n for n in range(10_000))

gen = (n for n in range(3))
assert list(gen) == [0, 1, 2]
assert list(gen) == []  # a generator can be consumed only once
```

Prefer the generator form when the result is consumed once by a function like `sum`, `max` or `any`; use a list when you need to index it or iterate it several times.
"""),
R("explain", "What does `if __name__ == \"__main__\":` do at the bottom of a Python file?", "", r"""
Every module has a `__name__` attribute. When a file is run directly (`python tool.py`), Python sets it to `"__main__"`; when the same file is imported, `__name__` is the module's import name, such as `"tool"`. The guard lets one file act both as an importable module and as a script.

```python
def main():
    return "running as a script"

def helper(x):
    return x * 2

if __name__ == "__main__":
    assert main() == "running as a script"
    assert helper(4) == 8
```

Code under the guard, such as argument parsing or a call to `main()`, only runs when the file is executed directly, so importing the module for its functions or for tests has no side effects.
"""),
R("explain", "Explain what this decorator does and why `functools.wraps` is there.", r"""
import functools, time

def timed(func):
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        start = time.perf_counter()
        try:
            return func(*args, **kwargs)
        finally:
            wrapper.last_seconds = time.perf_counter() - start
    return wrapper
""", r"""
`timed` takes a function and returns `wrapper`, which forwards any positional and keyword arguments, measures how long the call took and stores the duration on `wrapper.last_seconds`. The `finally` block records the time even if the call raises.

```python
import functools, time

def timed(func):
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        start = time.perf_counter()
        try:
            return func(*args, **kwargs)
        finally:
            wrapper.last_seconds = time.perf_counter() - start
    return wrapper

@timed
def scale(values, factor=2):
    "Multiply each value."
    return [v * factor for v in values]

assert scale([1, 2], factor=3) == [3, 6]
assert scale.last_seconds >= 0
assert scale.__name__ == "scale" and scale.__doc__ == "Multiply each value."
```

Without `functools.wraps` the decorated function would be named `wrapper` and lose its docstring, which confuses debuggers, `help()` and logging.
"""),
R("explain", "What does `yield from` do in this generator?", r"""
def flatten(items):
    for item in items:
        if isinstance(item, list):
            yield from flatten(item)
        else:
            yield item
""", r"""
`yield from iterable` delegates to another iterable: it yields every value that iterable produces, as if you had written `for x in flatten(item): yield x`. Here it lets the recursive call pass nested values straight up to the caller.

```python
def flatten(items):
    for item in items:
        if isinstance(item, list):
            yield from flatten(item)
        else:
            yield item

assert list(flatten([1, [2, [3, 4]], [], 5])) == [1, 2, 3, 4, 5]

def inner():
    yield 1
    return "done"

def outer():
    result = yield from inner()
    yield result

assert list(outer()) == [1, "done"]
```

Beyond looping, `yield from` also forwards `send()` and `throw()` to the sub-generator and evaluates to the sub-generator's `return` value.
"""),
R("explain", "Explain `nonlocal` using this counter factory.", r"""
def make_counter():
    count = 0
    def increment():
        nonlocal count
        count += 1
        return count
    return increment
""", r"""
`count += 1` is an assignment, and assigning to a name inside a function normally makes it local to that function. `nonlocal count` tells Python that `count` refers to the variable in the nearest enclosing function scope, so `increment` updates the counter that lives in `make_counter`'s closure.

```python
def make_counter():
    count = 0
    def increment():
        nonlocal count
        count += 1
        return count
    return increment

first = make_counter()
second = make_counter()
assert [first(), first(), first()] == [1, 2, 3]
assert second() == 1  # each call to make_counter gets its own count
```

Without `nonlocal`, the call would raise `UnboundLocalError` because the local `count` is read before it is assigned.
"""),
R("explain", "Explain the LEGB rule for name lookup in Python with an example.", "", r"""
When Python resolves a name it searches four scopes in order: **L**ocal (the current function), **E**nclosing (outer functions, innermost first), **G**lobal (the module) and **B**uilt-in (names like `len`). The first match wins.

```python
level = "global"

def outer():
    level = "enclosing"
    def inner():
        return level          # found in the enclosing scope
    def shadow():
        level = "local"
        return level          # found locally first
    return inner(), shadow()

assert outer() == ("enclosing", "local")
assert level == "global"       # untouched by the functions

def uses_builtin():
    return len("abc")          # L, E and G have no len, so B supplies it
assert uses_builtin() == 3
```

Scope is decided at compile time: if a function assigns to a name anywhere, that name is local for the whole function unless declared `global` or `nonlocal`.
"""),
R("explain", "What does the `else` clause on this `for` loop do?", r"""
def find_first_negative(values):
    for index, value in enumerate(values):
        if value < 0:
            break
    else:
        return None
    return index
""", r"""
A loop's `else` block runs only when the loop finishes without hitting `break`. Here, if no negative value is found, the loop runs to completion, the `else` executes and the function returns `None`. If a `break` happens, the `else` is skipped and `index` holds the position found.

```python
def find_first_negative(values):
    for index, value in enumerate(values):
        if value < 0:
            break
    else:
        return None
    return index

assert find_first_negative([3, 1, -2, -5]) == 2
assert find_first_negative([1, 2]) is None
assert find_first_negative([]) is None
```

Think of it as "no break" rather than "otherwise". It replaces a `found = False` flag variable.
"""),
R("explain", "In what order do the blocks of this try statement run, and when does each one execute?", r"""
def parse(text):
    log = []
    try:
        value = int(text)
    except ValueError:
        log.append("except")
        value = None
    else:
        log.append("else")
    finally:
        log.append("finally")
    return value, log
""", r"""
`try` runs first. If it raises a `ValueError`, the `except` block runs. If it completes without an exception, the `else` block runs instead. `finally` runs last in both cases, even when a `return` or an unhandled exception is leaving the function.

```python
def parse(text):
    log = []
    try:
        value = int(text)
    except ValueError:
        log.append("except")
        value = None
    else:
        log.append("else")
    finally:
        log.append("finally")
    return value, log

assert parse("42") == (42, ["else", "finally"])
assert parse("x") == (None, ["except", "finally"])
```

Putting success-only code in `else` keeps the `try` block small, so you do not accidentally catch exceptions raised by code you never meant to guard.
"""),
R("explain", "Why does the exception disappear when it is raised inside this `with` block?", r"""
class Quiet:
    def __enter__(self):
        return self
    def __exit__(self, exc_type, exc, tb):
        self.caught = exc_type
        return True

with Quiet() as q:
    raise KeyError("missing")
print("still running")
""", r"""
When an exception escapes a `with` block, Python calls `__exit__` with the exception type, value and traceback. If `__exit__` returns a true value, the exception is considered handled and suppressed. `Quiet.__exit__` always returns `True`, so every exception is silently swallowed.

```python
class Quiet:
    def __init__(self, *types):
        self.types = types
    def __enter__(self):
        return self
    def __exit__(self, exc_type, exc, tb):
        self.caught = exc_type
        # only swallow the exception types we were asked to
        return exc_type is not None and issubclass(exc_type, self.types)

with Quiet(KeyError) as q:
    raise KeyError("missing")
assert q.caught is KeyError

try:
    with Quiet(KeyError):
        raise ValueError("bad")
except ValueError:
    pass
else:
    raise AssertionError("ValueError should propagate")
```

Return `False` (or `None`) from `__exit__` unless you deliberately want to suppress specific exceptions; the standard library's `contextlib.suppress` does exactly this.
"""),
R("explain", "Explain what a descriptor is, using this `Positive` class.", r"""
class Positive:
    def __set_name__(self, owner, name):
        self.name = "_" + name
    def __get__(self, obj, objtype=None):
        return getattr(obj, self.name)
    def __set__(self, obj, value):
        if value <= 0:
            raise ValueError("must be positive")
        setattr(obj, self.name, value)

class Order:
    qty = Positive()
    def __init__(self, qty):
        self.qty = qty
""", r"""
A descriptor is an object stored as a class attribute that defines `__get__`, `__set__` or `__delete__`. Attribute access on instances is routed through those methods. `Order.qty` is a `Positive` descriptor, so `order.qty = 5` calls `Positive.__set__`, which validates the value and stores it under `_qty` on the instance.

```python
class Positive:
    def __set_name__(self, owner, name):
        self.name = "_" + name
    def __get__(self, obj, objtype=None):
        return getattr(obj, self.name)
    def __set__(self, obj, value):
        if value <= 0:
            raise ValueError("must be positive")
        setattr(obj, self.name, value)

class Order:
    qty = Positive()
    def __init__(self, qty):
        self.qty = qty

order = Order(3)
assert order.qty == 3 and order._qty == 3
try:
    order.qty = 0
except ValueError:
    pass
assert order.qty == 3
```

`__set_name__` is called once when the class is created, so the descriptor learns its attribute name automatically. `property`, `classmethod` and `staticmethod` are all built on this protocol.
"""),
R("explain", "What does `@property` with a setter do in this class?", r"""
class Temperature:
    def __init__(self, celsius):
        self.celsius = celsius

    @property
    def fahrenheit(self):
        return self.celsius * 9 / 5 + 32

    @fahrenheit.setter
    def fahrenheit(self, value):
        self.celsius = (value - 32) * 5 / 9
""", r"""
`fahrenheit` looks like a plain attribute but is computed on access: reading it calls the getter, and assigning to it calls the setter, which converts back and stores Celsius. Only one value is stored, so the two scales can never disagree.

```python
class Temperature:
    def __init__(self, celsius):
        self.celsius = celsius

    @property
    def fahrenheit(self):
        return self.celsius * 9 / 5 + 32

    @fahrenheit.setter
    def fahrenheit(self, value):
        self.celsius = (value - 32) * 5 / 9

t = Temperature(100)
assert t.fahrenheit == 212
t.fahrenheit = 32
assert t.celsius == 0
```

Properties let a class start with a public attribute and later add computation or validation without changing any calling code.
"""),
R("explain", "Explain how `from_string` works as an alternative constructor here.", r"""
class Version:
    def __init__(self, major, minor):
        self.major, self.minor = major, minor

    @classmethod
    def from_string(cls, text):
        major, minor = text.split(".")
        return cls(int(major), int(minor))
""", r"""
A `@classmethod` receives the class itself as its first argument (`cls`) instead of an instance. `from_string` parses the text and then calls `cls(...)`, which runs the normal `__init__`. Because it uses `cls` rather than the hard-coded name `Version`, a subclass calling `from_string` gets an instance of the subclass.

```python
class Version:
    def __init__(self, major, minor):
        self.major, self.minor = major, minor

    @classmethod
    def from_string(cls, text):
        major, minor = text.split(".")
        return cls(int(major), int(minor))

class TaggedVersion(Version):
    tag = "beta"

v = Version.from_string("3.12")
assert (v.major, v.minor) == (3, 12)
t = TaggedVersion.from_string("1.0")
assert type(t) is TaggedVersion and t.tag == "beta"
```

This is the standard pattern for offering several ways to build an object, as in `dict.fromkeys` or `datetime.fromisoformat`.
"""),
R("explain", "What is the difference between `@staticmethod` and `@classmethod`?", "", r"""
A static method receives no automatic first argument; it is a plain function that lives in the class namespace. A class method receives the class (`cls`) it was called on, so it can construct instances or read class attributes, and it respects subclassing.

```python
class Money:
    currency = "EUR"

    def __init__(self, cents):
        self.cents = cents

    @staticmethod
    def parse_cents(text):
        euros, cents = text.split(",")
        return int(euros) * 100 + int(cents)

    @classmethod
    def from_text(cls, text):
        return cls(cls.parse_cents(text))

class Dollars(Money):
    currency = "USD"

m = Dollars.from_text("4,50")
assert m.cents == 450 and isinstance(m, Dollars) and m.currency == "USD"
assert Money.parse_cents("0,07") == 7
```

Use `staticmethod` for helpers that logically belong with the class but need neither instance nor class; use `classmethod` for alternative constructors and anything that depends on which class was used.
"""),
R("explain", "Explain the order in which `super()` calls run in this diamond hierarchy.", r"""
class Base:
    def setup(self, log):
        log.append("Base")

class Left(Base):
    def setup(self, log):
        log.append("Left")
        super().setup(log)

class Right(Base):
    def setup(self, log):
        log.append("Right")
        super().setup(log)

class Child(Left, Right):
    def setup(self, log):
        log.append("Child")
        super().setup(log)
""", r"""
`super()` does not mean "my parent". It means "the next class after me in the method resolution order (MRO) of the instance's type". For `Child`, the MRO is `Child, Left, Right, Base, object`, so `Left`'s `super()` call goes to `Right`, not to `Base`, and `Base.setup` runs exactly once.

```python
class Base:
    def setup(self, log):
        log.append("Base")

class Left(Base):
    def setup(self, log):
        log.append("Left")
        super().setup(log)

class Right(Base):
    def setup(self, log):
        log.append("Right")
        super().setup(log)

class Child(Left, Right):
    def setup(self, log):
        log.append("Child")
        super().setup(log)

log = []
Child().setup(log)
assert log == ["Child", "Left", "Right", "Base"]
assert [c.__name__ for c in Child.__mro__] == ["Child", "Left", "Right", "Base", "object"]
```

This cooperative behaviour is why every class in a multiple-inheritance hierarchy should call `super()` with compatible arguments.
"""),
R("explain", "I added `__eq__` to my class and now I can't put instances in a set. Why?", r"""
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __eq__(self, other):
        return (self.x, self.y) == (other.x, other.y)

{Point(1, 2)}  # TypeError: unhashable type: 'Point'
""", r"""
Objects that compare equal must have equal hashes. The default hash is based on identity, which would break that rule once you define value equality, so Python sets `__hash__` to `None` whenever a class defines `__eq__` without defining `__hash__`. Instances become unhashable.

```python
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __eq__(self, other):
        if not isinstance(other, Point):
            return NotImplemented
        return (self.x, self.y) == (other.x, other.y)
    def __hash__(self):
        return hash((self.x, self.y))

points = {Point(1, 2), Point(1, 2), Point(3, 4)}
assert len(points) == 2
assert Point(1, 2) in points
```

Hash the same fields you compare, and only do this if those fields never change while the object is in a set or used as a dict key. `@dataclass(frozen=True)` generates both methods for you.
"""),
R("explain", "What is the difference between `__repr__` and `__str__`?", "", r"""
`__repr__` is the developer-facing representation: unambiguous, ideally valid Python that recreates the object. It is used by the REPL, in containers and by `repr()`. `__str__` is the user-facing text used by `print()`, `str()` and f-strings; if a class does not define it, Python falls back to `__repr__`.

```python
class Sku:
    def __init__(self, code):
        self.code = code
    def __repr__(self):
        return f"Sku({self.code!r})"
    def __str__(self):
        return self.code.upper()

item = Sku("ab-12")
assert repr(item) == "Sku('ab-12')"
assert str(item) == "AB-12"
assert f"{item}" == "AB-12"
assert str([item]) == "[Sku('ab-12')]"  # containers use repr of their elements
```

Always define `__repr__`; add `__str__` only when end users need a different, friendlier form.
"""),
R("explain", "Explain how this class works with a `for` loop.", r"""
class Countdown:
    def __init__(self, start):
        self.current = start
    def __iter__(self):
        return self
    def __next__(self):
        if self.current <= 0:
            raise StopIteration
        self.current -= 1
        return self.current + 1
""", r"""
A `for` loop calls `iter()` on the object, which calls `__iter__`, and then repeatedly calls `next()`, which calls `__next__`, until `StopIteration` is raised. `Countdown` is its own iterator: `__iter__` returns `self`, and `__next__` produces `start, start-1, ..., 1`.

```python
class Countdown:
    def __init__(self, start):
        self.current = start
    def __iter__(self):
        return self
    def __next__(self):
        if self.current <= 0:
            raise StopIteration
        self.current -= 1
        return self.current + 1

c = Countdown(3)
assert list(c) == [3, 2, 1]
assert list(c) == []  # exhausted: the object is its own iterator
```

Because the state lives on the object, it can be iterated only once. To make a reusable iterable, have `__iter__` return a new iterator (or be a generator function) each time.
"""),
R("explain", "What does `zip(*[iter(data)] * 3)` do? I found it in some code that splits a list.", "", r"""
`iter(data)` creates one iterator. `[it] * 3` is a list holding that same iterator three times, and `zip(*...)` passes them as three arguments. Each tuple `zip` builds pulls one item from each argument in turn, but because all three are the same iterator, consecutive items end up together: the data is grouped into chunks of three.

```python
data = [1, 2, 3, 4, 5, 6, 7]
it = iter(data)
chunks = list(zip(*[it] * 3))
assert chunks == [(1, 2, 3), (4, 5, 6)]  # the leftover 7 is dropped

from itertools import zip_longest
it = iter(data)
padded = list(zip_longest(*[it] * 3, fillvalue=None))
assert padded[-1] == (7, None, None)
```

It relies on a subtle shared-iterator trick, so a named helper (or `itertools.batched` on Python 3.12+) is clearer in real code. Note that `zip` silently drops an incomplete final chunk.
"""),
R("explain", "Explain how this sort produces the order it does.", r"""
people = [("ana", 31), ("ben", 25), ("cy", 31), ("dee", 25)]
people.sort(key=lambda p: p[0])
people.sort(key=lambda p: p[1], reverse=True)
""", r"""
Python's sort is stable: items with equal keys keep their existing relative order. The first sort orders by name. The second sort orders by age, descending; within each age group the names stay in the alphabetical order produced by the first pass.

```python
people = [("ana", 31), ("ben", 25), ("cy", 31), ("dee", 25)]
people.sort(key=lambda p: p[0])
people.sort(key=lambda p: p[1], reverse=True)
assert people == [("ana", 31), ("cy", 31), ("ben", 25), ("dee", 25)]

# the same result in one pass with a composite key
again = sorted(people, key=lambda p: (-p[1], p[0]))
assert again == people
```

Sorting by the least important key first and the most important key last is a standard way to build multi-key orderings, and it works even when a key cannot be negated (such as strings in reverse).
"""),
R("explain", "How do chained comparisons like `0 <= x < 10` work in Python?", "", r"""
Python expands `a op1 b op2 c` to `a op1 b and b op2 c`, evaluating `b` only once. So `0 <= x < 10` means `0 <= x and x < 10`, and evaluation stops as soon as one part is false.

```python
def in_range(x):
    return 0 <= x < 10

assert in_range(0) and in_range(9)
assert not in_range(10) and not in_range(-1)

calls = []
def middle():
    calls.append(1)
    return 5
assert 1 < middle() < 9
assert len(calls) == 1  # middle() was evaluated once

# Chains can look surprising with other operators:
assert (1 == 1 in [1]) is True  # means 1 == 1 and 1 in [1]
```

Chains are clear for ranges, but avoid mixing `==`, `in` or `is` into one chain: readers rarely expect the implicit `and`.
"""),
R("explain", "What does `name = user_name or \"anonymous\"` evaluate to, and what is the catch?", "", r"""
`or` returns its first truthy operand, or the last operand if none is truthy; it does not convert to `True`/`False`. So the line gives `user_name` when it is truthy and `"anonymous"` otherwise.

```python
def display(user_name):
    return user_name or "anonymous"

assert display("kim") == "kim"
assert display(None) == "anonymous"
assert display("") == "anonymous"

# The catch: every falsy value is replaced, including legitimate ones.
def page_size(requested):
    return requested or 50
assert page_size(0) == 50  # 0 was probably meant literally

def page_size_fixed(requested):
    return 50 if requested is None else requested
assert page_size_fixed(0) == 0
```

The shortcut is fine when empty strings, `0` and empty containers really mean "missing". When they can be valid values, test explicitly for `None`.
"""),
R("explain", "Why is `-7 // 2` equal to -4 in Python and not -3?", "", r"""
`//` is floor division: it rounds toward negative infinity, not toward zero. -7 / 2 is -3.5, and the floor of -3.5 is -4. The `%` operator is defined to match, so `a == (a // b) * b + a % b` always holds and the remainder takes the sign of the divisor.

```python
assert -7 // 2 == -4
assert -7 % 2 == 1
assert (-7 // 2) * 2 + (-7 % 2) == -7

# Truncation toward zero, as in C or Java:
assert int(-7 / 2) == -3
import math
assert math.trunc(-7 / 2) == -3
assert math.fmod(-7, 2) == -1.0

# Handy consequence: % always gives a valid index into a cycle
days = ["mon", "tue", "wed"]
assert days[-1 % 3] == "wed"
```

This convention makes `%` convenient for wrap-around arithmetic. Use `int(a / b)` or `math.fmod` if you need truncating semantics.
"""),
R("explain", "Why does `0.1 + 0.2 == 0.3` evaluate to False?", "", r"""
Floats are stored in binary, and 0.1, 0.2 and 0.3 have no exact binary representation, just like 1/3 has no exact decimal one. Each is rounded to the nearest representable value, and the rounding errors do not cancel out: `0.1 + 0.2` is `0.30000000000000004`.

```python
import math
from decimal import Decimal
from fractions import Fraction

assert 0.1 + 0.2 != 0.3
assert math.isclose(0.1 + 0.2, 0.3)
assert round(0.1 + 0.2, 10) == round(0.3, 10)
assert Decimal("0.1") + Decimal("0.2") == Decimal("0.3")
assert Fraction(1, 10) + Fraction(2, 10) == Fraction(3, 10)
```

Compare floats with `math.isclose` (choose `abs_tol` when values may be near zero). For money, use `Decimal` built from strings, or integer cents.
"""),
R("explain", "Explain why building a string with `+=` in a loop can be slow, and what to use instead.", r"""
def render(rows):
    out = ""
    for row in rows:
        out += ",".join(row) + "\n"
    return out
""", r"""
Strings are immutable, so `out += piece` creates a new string and copies everything accumulated so far. Over n rows that can cost O(n^2) character copies. CPython sometimes optimises it in place, but the optimisation is fragile and other implementations lack it.

```python
def render(rows):
    return "".join(",".join(row) + "\n" for row in rows)

rows = [["a", "b"], ["c", "d"]]
assert render(rows) == "a,b\nc,d\n"
assert render([]) == ""

import io
buf = io.StringIO()
for row in rows:
    buf.write(",".join(row) + "\n")
assert buf.getvalue() == render(rows)
```

`str.join` computes the total length once and copies each piece a single time. `io.StringIO` is a good alternative when pieces are produced across several functions.
"""),
R("explain", "Explain what each of these slices returns.", r"""
s = "python"
s[::-1]
s[-3:]
s[1::2]
s[:-1]
""", r"""
A slice is `start:stop:step`, with `stop` excluded. Negative indices count from the end, and a negative step walks backwards, with the default start and stop swapped to the ends.

```python
s = "python"
assert s[::-1] == "nohtyp"  # whole string, backwards
assert s[-3:] == "hon"      # last three characters
assert s[1::2] == "yhn"     # every second character starting at index 1
assert s[:-1] == "pytho"    # everything except the last character
assert s[10:] == ""         # out-of-range slices clamp instead of raising
```

Slicing always returns a new object of the same type and never raises `IndexError`, which makes it safe for "first n items" style code even on short sequences.
"""),
R("explain", "What is the difference between `dict.get` and `dict.setdefault` in this code?", r"""
counts = {}
a = counts.get("x", 0)
b = counts.setdefault("y", 0)
print(counts)
""", r"""
Both return a default when the key is missing, but only `setdefault` writes it. After these lines `counts` is `{"y": 0}`: `get` left the dict unchanged, while `setdefault` inserted `"y"`.

```python
counts = {}
assert counts.get("x", 0) == 0
assert counts.setdefault("y", 0) == 0
assert counts == {"y": 0}

groups = {}
for word in ["apple", "avocado", "beet"]:
    groups.setdefault(word[0], []).append(word)  # create the list on first use
assert groups == {"a": ["apple", "avocado"], "b": ["beet"]}
```

`setdefault` is handy for grouping into lists. Beware that its default argument is evaluated on every call even when the key exists; `collections.defaultdict` avoids that cost.
"""),
R("explain", "Are Python dicts ordered? Can I rely on the order of keys?", "", r"""
Yes. Since Python 3.7, the language guarantees that dicts preserve insertion order. Iteration, `keys()`, `values()`, `items()` and `popitem()` all follow it. Updating an existing key keeps its original position; deleting and re-inserting moves it to the end.

```python
d = {"b": 1, "a": 2}
d["c"] = 3
assert list(d) == ["b", "a", "c"]
d["b"] = 10  # update: position unchanged
assert list(d) == ["b", "a", "c"]
del d["b"]
d["b"] = 1  # re-insert: now last
assert list(d) == ["a", "c", "b"]
assert d.popitem() == ("b", 1)  # LIFO
assert {"x": 1, "y": 2} == {"y": 2, "x": 1}  # equality ignores order
```

Equality between two dicts still ignores order. If you need order-sensitive equality or `move_to_end`, use `collections.OrderedDict`.
"""),
R("explain", "Why did modifying `backup` also change `config` here?", r"""
import copy
config = {"name": "svc", "ports": [80, 443]}
backup = copy.copy(config)
backup["ports"].append(8080)
print(config["ports"])  # [80, 443, 8080]
""", r"""
`copy.copy` makes a shallow copy: a new outer dict whose values are the *same* objects as in the original. `backup["ports"]` and `config["ports"]` are one shared list, so appending through either name is seen through both. `copy.deepcopy` recursively copies nested objects.

```python
import copy
config = {"name": "svc", "ports": [80, 443]}

shallow = copy.copy(config)
assert shallow is not config
assert shallow["ports"] is config["ports"]

deep = copy.deepcopy(config)
deep["ports"].append(8080)
assert config["ports"] == [80, 443]
assert deep["ports"] == [80, 443, 8080]

shallow["name"] = "other"  # rebinding a key is independent even in a shallow copy
assert config["name"] == "svc"
```

`dict(d)`, `d.copy()`, `list(x)` and `x[:]` are all shallow. Reach for `deepcopy` only when you need independent nested data, since it is slower.
"""),
R("explain", "What does the star do in `first, *middle, last = values`?", "", r"""
In an assignment target, one starred name collects all the items not claimed by the other names, always as a list. It works with any iterable, and it can be in any position.

```python
values = [10, 20, 30, 40]
first, *middle, last = values
assert (first, middle, last) == (10, [20, 30], 40)

head, *tail = "abc"
assert head == "a" and tail == ["b", "c"]

a, *rest, b = (1, 2)
assert rest == []  # may be empty, but a and b must be filled

command, *args = "copy src dst".split()
assert command == "copy" and args == ["src", "dst"]

try:
    x, *y, z = [1]
except ValueError:
    pass  # not enough values for x and z
```

Only one starred target is allowed per assignment. It replaces manual indexing like `values[0], values[1:-1], values[-1]` and works on iterators that cannot be sliced.
"""),
R("explain", "How does `functools.lru_cache` make this function fast?", r"""
from functools import lru_cache

@lru_cache(maxsize=None)
def ways(n):
    if n < 0:
        return 0
    if n == 0:
        return 1
    return ways(n - 1) + ways(n - 2) + ways(n - 3)
""", r"""
`ways(n)` counts the ways to climb n steps taking 1, 2 or 3 at a time. Without caching, each call spawns three more and the same subproblems are recomputed exponentially often. `lru_cache` stores each result keyed by the arguments, so every `n` is computed once and the total work becomes linear.

```python
from functools import lru_cache

@lru_cache(maxsize=None)
def ways(n):
    if n < 0:
        return 0
    if n == 0:
        return 1
    return ways(n - 1) + ways(n - 2) + ways(n - 3)

assert ways(4) == 7
assert ways(60) == 4680045560037375  # instant; uncached it would never finish
info = ways.cache_info()
assert info.currsize == 63  # n from -2 to 60
```

Arguments must be hashable. `maxsize=None` (or `functools.cache`) means unbounded; set a limit when the argument space is large to keep memory in check.
"""),
R("explain", "Explain why `any()` stops early here and why the generator matters.", r"""
def is_valid(record):
    print("checking", record)
    return record > 0

found_bad = any(not is_valid(r) for r in [5, -1, 7, 9])
""", r"""
`any` returns `True` as soon as it sees a truthy value, and it pulls items from the generator one at a time. Once `-1` is checked, `not is_valid(-1)` is true, so `any` returns and `7` and `9` are never checked. With a list comprehension inside `any(...)`, every record would be validated first, losing the short-circuit.

```python
checked = []
def is_valid(record):
    checked.append(record)
    return record > 0

assert any(not is_valid(r) for r in [5, -1, 7, 9]) is True
assert checked == [5, -1]

checked.clear()
assert all(is_valid(r) for r in [3, 0, 2]) is False
assert checked == [3, 0]  # all stops at the first falsy result

assert any([]) is False and all([]) is True
```

`all` short-circuits in the same way on the first falsy value. Note the edge cases: `any` of an empty iterable is `False`, `all` is `True`.
"""),
R("explain", "Why does printing `map(str.upper, names)` show `<map object ...>` instead of the names?", "", r"""
In Python 3, `map`, `filter` and `zip` return lazy iterators. They hold a reference to the function and the input, and compute each result only when asked. Printing the iterator shows the object itself, not its contents.

```python
names = ["ada", "bob"]
upper = map(str.upper, names)
assert not isinstance(upper, list)
assert list(upper) == ["ADA", "BOB"]
assert list(upper) == []  # already consumed

evens = filter(lambda n: n % 2 == 0, range(7))
assert next(evens) == 0 and next(evens) == 2

assert [name.upper() for name in names] == ["ADA", "BOB"]
```

Wrap the call in `list()` to materialise it, iterate it directly, or use a comprehension, which is usually more readable. Laziness saves memory but means the result can be consumed only once.
"""),
R("explain", "What does defining `__call__` do in this class?", r"""
class RateLimiter:
    def __init__(self, limit):
        self.limit = limit
        self.used = 0
    def __call__(self):
        if self.used >= self.limit:
            return False
        self.used += 1
        return True
""", r"""
`__call__` makes instances callable like functions: `limiter()` runs `RateLimiter.__call__(limiter)`. It gives you a function that carries its own state (`limit` and `used`) in ordinary, inspectable attributes instead of a closure.

```python
class RateLimiter:
    def __init__(self, limit):
        self.limit = limit
        self.used = 0
    def __call__(self):
        if self.used >= self.limit:
            return False
        self.used += 1
        return True

allow = RateLimiter(2)
assert [allow(), allow(), allow()] == [True, True, False]
assert allow.used == 2
assert callable(allow)
```

Callable objects are useful anywhere an API expects a function (a key, a callback, a hook) but you need configuration or state that tests can inspect or reset.
"""),
R("explain", "Explain how this plugin registry fills itself in.", r"""
class Exporter:
    registry = {}

    def __init_subclass__(cls, fmt, **kwargs):
        super().__init_subclass__(**kwargs)
        Exporter.registry[fmt] = cls

class CsvExporter(Exporter, fmt="csv"):
    pass
""", r"""
`__init_subclass__` is a hook that runs on the parent class every time a subclass is *defined*. Keyword arguments written in the class statement (`fmt="csv"`) are passed to it. Here it records each subclass in `Exporter.registry` under its format, so defining the class is enough to register it.

```python
class Exporter:
    registry = {}

    def __init_subclass__(cls, fmt, **kwargs):
        super().__init_subclass__(**kwargs)
        Exporter.registry[fmt] = cls

class CsvExporter(Exporter, fmt="csv"):
    pass

class JsonExporter(Exporter, fmt="json"):
    pass

assert Exporter.registry == {"csv": CsvExporter, "json": JsonExporter}
assert isinstance(Exporter.registry["json"](), Exporter)
```

It provides most of what people once used metaclasses for, with far less machinery. Calling `super().__init_subclass__(**kwargs)` keeps it cooperative with other base classes.
"""),
R("explain", "What does calling `type` with three arguments do?", r"""
Point = type("Point", (object,), {"x": 0, "norm": lambda self: abs(self.x)})
""", r"""
`type(name, bases, namespace)` creates a new class at runtime. It is exactly what a `class` statement does behind the scenes: the name, a tuple of base classes, and a dict that becomes the class namespace (attributes and methods).

```python
Point = type("Point", (object,), {"x": 0, "norm": lambda self: abs(self.x)})

class PointStmt:
    x = 0
    def norm(self):
        return abs(self.x)

p = Point()
p.x = -4
assert p.norm() == 4
assert Point.__name__ == "Point"
assert type(p) is Point and isinstance(Point, type)
q = PointStmt()
q.x = -4
assert q.norm() == p.norm()
```

It is useful for generating classes from data (such as test cases or ORM models). With one argument, `type(obj)` simply returns the object's class.
"""),
R("explain", "When is `__getattr__` called in this wrapper?", r"""
class Loud:
    def __init__(self, wrapped):
        self._wrapped = wrapped
    def __getattr__(self, name):
        value = getattr(self._wrapped, name)
        return value.upper() if isinstance(value, str) else value
""", r"""
`__getattr__` runs only when normal attribute lookup fails, that is, when the name is not found on the instance, its class or its bases. So `loud._wrapped` is found normally, while any other name is delegated to the wrapped object, with string values upper-cased. (`__getattribute__`, by contrast, runs for every access and is much easier to get wrong.)

```python
from types import SimpleNamespace

class Loud:
    def __init__(self, wrapped):
        self._wrapped = wrapped
    def __getattr__(self, name):
        value = getattr(self._wrapped, name)
        return value.upper() if isinstance(value, str) else value

inner = SimpleNamespace(title="hello", size=3)
loud = Loud(inner)
assert loud.title == "HELLO"
assert loud.size == 3
assert loud._wrapped is inner  # found normally, no __getattr__ call
try:
    loud.missing
except AttributeError:
    pass
```

This makes `__getattr__` a cheap way to write proxies and delegation wrappers.
"""),
R("explain", "Explain how `contextlib.contextmanager` turns this generator into a `with` block.", r"""
from contextlib import contextmanager

@contextmanager
def indented(lines, prefix="  "):
    start = len(lines)
    try:
        yield lines
    finally:
        lines[start:] = [prefix + line for line in lines[start:]]
""", r"""
The decorator wraps the generator in an object with `__enter__` and `__exit__`. Entering the block runs the code up to `yield`, and the yielded value is bound by `as`. Leaving the block resumes the generator after `yield`; the `try/finally` makes sure that cleanup runs even if the body raised.

```python
from contextlib import contextmanager

@contextmanager
def indented(lines, prefix="  "):
    start = len(lines)
    try:
        yield lines
    finally:
        lines[start:] = [prefix + line for line in lines[start:]]

out = ["header"]
with indented(out) as body:
    body.append("one")
    body.append("two")
out.append("footer")
assert out == ["header", "  one", "  two", "footer"]
```

Everything before `yield` is setup, everything after is teardown. The generator must yield exactly once.
"""),
R("explain", "What does `raise ... from err` do here, compared with a plain `raise`?", r"""
def load_port(settings):
    try:
        return int(settings["port"])
    except (KeyError, ValueError) as err:
        raise RuntimeError("invalid port setting") from err
""", r"""
`raise New from err` sets the new exception's `__cause__` to the original error, and the traceback shows both, joined by "The above exception was the direct cause of the following exception". A plain `raise` inside `except` also keeps the original, in `__context__`, but labels it "During handling of the above exception, another exception occurred", which suggests an accidental second failure.

```python
def load_port(settings):
    try:
        return int(settings["port"])
    except (KeyError, ValueError) as err:
        raise RuntimeError("invalid port setting") from err

try:
    load_port({"port": "eighty"})
except RuntimeError as exc:
    assert isinstance(exc.__cause__, ValueError)
    assert exc.__suppress_context__ is True

assert load_port({"port": "8080"}) == 8080
```

Use `from err` when translating a low-level error into a domain one; use `from None` to hide the original when it would only add noise.
"""),
]
