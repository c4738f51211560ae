"""Writer C, part 4: JavaScript rows (functions, async/await, array methods, closures, bug fixes)."""


def J(kind, instruction, input, output):
    return dict(kind=kind, lang="javascript", instruction=instruction, input=input, output=output)


ROWS = [
    J("write_function",
      "Write a `debounce(fn, wait)` function in JavaScript that delays calling `fn` until `wait` ms have passed without another call.",
      "",
      """```javascript
function debounce(fn, wait) {
  let timer = null;
  return function (...args) {
    clearTimeout(timer);
    timer = setTimeout(() => fn.apply(this, args), wait);
  };
}

const onResize = debounce(() => console.log("resized"), 200);
window.addEventListener("resize", onResize);
```

Every call cancels the pending timer and starts a new one, so `fn` runs once, `wait` ms after the last call in a burst. Using `apply(this, args)` forwards the original `this` and arguments. Typical uses are search-as-you-type and resize handlers."""),

    J("write_function",
      "Write a `throttle(fn, interval)` that calls `fn` at most once per interval, ignoring calls in between.",
      "",
      """```javascript
function throttle(fn, interval) {
  let last = 0;
  return function (...args) {
    const now = Date.now();
    if (now - last >= interval) {
      last = now;
      return fn.apply(this, args);
    }
  };
}

const logScroll = throttle(() => console.log(window.scrollY), 100);
document.addEventListener("scroll", logScroll);
```

Unlike debounce, throttle fires immediately and then at a steady maximum rate while events keep coming. This simple version drops the calls inside the interval; a fuller one would schedule a trailing call so the final position is not lost."""),

    J("idiom",
      "What is the modern way to deep-copy an object in JavaScript, and what are its limits?",
      "const settings = { theme: 'dark', tags: ['a', 'b'], updated: new Date() };",
      """```javascript
const settings = { theme: "dark", tags: ["a", "b"], updated: new Date() };
const copy = structuredClone(settings);

copy.tags.push("c");
console.log(settings.tags);            // ["a", "b"], untouched
console.log(copy.updated instanceof Date); // true
```

`structuredClone` (in browsers and Node 17+) copies nested objects, arrays, Dates, Maps, Sets and even circular references. It throws on functions and DOM nodes, and class instances come back as plain objects. `JSON.parse(JSON.stringify(x))` is the old trick, but it turns Dates into strings and drops `undefined`."""),

    J("write_function",
      "Group an array of objects by a key using `reduce`.",
      "const people = [{ name: 'Ana', city: 'Lisbon' }, { name: 'Bo', city: 'Oslo' }, { name: 'Cy', city: 'Lisbon' }];",
      """```javascript
function groupBy(items, key) {
  return items.reduce((groups, item) => {
    (groups[item[key]] ??= []).push(item);
    return groups;
  }, {});
}

const people = [{ name: "Ana", city: "Lisbon" }, { name: "Bo", city: "Oslo" }, { name: "Cy", city: "Lisbon" }];
console.log(groupBy(people, "city"));
// { Lisbon: [{ name: "Ana", ... }, { name: "Cy", ... }], Oslo: [{ name: "Bo", ... }] }
```

`??=` creates the group's array the first time a key appears. Recent runtimes (Node 21+) ship `Object.groupBy(people, p => p.city)`, which does the same with a callback."""),

    J("write_function",
      "Split an array into chunks of a given size in JavaScript.",
      "",
      """```javascript
function chunk(array, size) {
  if (size < 1) throw new RangeError("size must be at least 1");
  const chunks = [];
  for (let i = 0; i < array.length; i += size) {
    chunks.push(array.slice(i, i + size));
  }
  return chunks;
}

console.log(chunk([1, 2, 3, 4, 5], 2)); // [[1, 2], [3, 4], [5]]
```

`slice` never reads past the end, so the last chunk is simply shorter. Guarding against a size below 1 prevents an infinite loop."""),

    J("idiom",
      "How do I flatten a deeply nested array in JavaScript?",
      "const nested = [1, [2, [3, [4]], 5]];",
      """```javascript
const nested = [1, [2, [3, [4]], 5]];
console.log(nested.flat());          // [1, 2, [3, [4]], 5]  one level
console.log(nested.flat(Infinity));  // [1, 2, 3, 4, 5]      all levels
```

`Array.prototype.flat(depth)` flattens the given number of levels, one by default. `flatMap(fn)` maps and flattens one level in a single pass, which is handy when a callback returns arrays."""),

    J("write_function",
      "Remove duplicate objects from an array, treating objects with the same `id` as duplicates and keeping the first.",
      "",
      """```javascript
function uniqueBy(items, keyFn) {
  const seen = new Set();
  return items.filter((item) => {
    const key = keyFn(item);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

const rows = [{ id: 1, v: "a" }, { id: 2, v: "b" }, { id: 1, v: "c" }];
console.log(uniqueBy(rows, (r) => r.id)); // [{ id: 1, v: "a" }, { id: 2, v: "b" }]
```

A Set of seen keys makes this O(n). `new Set(rows)` alone would not help, because objects are compared by reference, not by content."""),

    J("write_function",
      "Write a `memoize` helper for single-argument functions and use it to speed up a recursive Fibonacci.",
      "",
      """```javascript
function memoize(fn) {
  const cache = new Map();
  return (arg) => {
    if (!cache.has(arg)) cache.set(arg, fn(arg));
    return cache.get(arg);
  };
}

const fib = memoize((n) => (n < 2 ? n : fib(n - 1) + fib(n - 2)));
console.log(fib(90)); // 2880067194370816000
```

The Map remembers each result, so the recursion computes every `n` once: O(n) instead of exponential time. Because `fib` refers to the memoized version, the recursive calls hit the cache too. Beyond 2^53 the results lose precision; use BigInt for exact large values."""),

    J("write_function",
      "Write a function `once(fn)` that lets `fn` run only the first time and returns the first result on later calls.",
      "",
      """```javascript
function once(fn) {
  let called = false;
  let result;
  return function (...args) {
    if (!called) {
      called = true;
      result = fn.apply(this, args);
    }
    return result;
  };
}

const init = once(() => { console.log("initialising"); return 42; });
init(); init();            // logs "initialising" only once
console.log(init());       // 42
```

The `called` and `result` variables live in the closure, private to this wrapper. Setting `called` before calling `fn` also prevents re-entry if `fn` indirectly calls the wrapper again."""),

    J("write_function",
      "Use a closure to create a counter with increment, decrement and read functions but no way to set the value directly.",
      "",
      """```javascript
function makeCounter(start = 0) {
  let count = start;
  return {
    increment: () => ++count,
    decrement: () => --count,
    value: () => count,
  };
}

const c = makeCounter(5);
c.increment();
c.increment();
c.decrement();
console.log(c.value()); // 6
console.log(c.count);   // undefined: the variable is not a property
```

`count` is a local variable of `makeCounter`; the three returned functions close over it, so they keep it alive, and nothing else can reach it. Each call to `makeCounter` creates an independent counter."""),

    J("write_function",
      "Write a `curry` function in JavaScript that lets a function of n arguments be called one argument at a time.",
      "",
      """```javascript
function curry(fn) {
  return function curried(...args) {
    if (args.length >= fn.length) return fn.apply(this, args);
    return (...more) => curried.apply(this, [...args, ...more]);
  };
}

const volume = curry((l, w, h) => l * w * h);
console.log(volume(2)(3)(4)); // 24
console.log(volume(2, 3)(4)); // 24
```

`fn.length` is the number of declared parameters. Until enough arguments are collected, `curried` returns a new function that remembers the ones so far. Functions with default or rest parameters report a smaller `length`, so they do not curry as expected."""),

    J("write_function",
      "Write a `pipe` function that composes functions left to right.",
      "",
      """```javascript
const pipe = (...fns) => (input) => fns.reduce((value, fn) => fn(value), input);

const slugify = pipe(
  (s) => s.trim(),
  (s) => s.toLowerCase(),
  (s) => s.replace(/[^a-z0-9]+/g, "-"),
  (s) => s.replace(/^-|-$/g, ""),
);
console.log(slugify("  Hello, World! ")); // "hello-world"
```

`reduce` feeds each function the result of the previous one, starting from the input. `compose` is the same with `reduceRight`, applying functions right to left as in mathematics."""),

    J("write_function",
      "Write a `sleep(ms)` function for async code and use it to print three messages one second apart.",
      "",
      """```javascript
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

async function countdown() {
  for (const n of [3, 2, 1]) {
    console.log(n);
    await sleep(1000);
  }
  console.log("go");
}

countdown();
```

The Promise resolves when the timer fires, and `await` pauses only this async function, not the whole program. Node 16+ also provides `setTimeout` from `node:timers/promises`, which returns a promise directly."""),

    J("write_function",
      "Write an async `retry(fn, attempts)` that retries a failing async function with exponential backoff.",
      "",
      """```javascript
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

async function retry(fn, attempts = 4, baseDelay = 200) {
  for (let i = 1; ; i++) {
    try {
      return await fn();
    } catch (err) {
      if (i >= attempts) throw err;
      await sleep(baseDelay * 2 ** (i - 1));
    }
  }
}

const data = await retry(() => fetch("/api/report").then((r) => {
  if (!r.ok) throw new Error(`HTTP ${r.status}`);
  return r.json();
}));
```

`return await` inside `try` is important: without `await`, a rejected promise would escape the `catch`. The delays double (200, 400, 800 ms) and the last error is rethrown so the caller sees why it failed. The top-level `await` needs an ES module."""),

    J("write_function",
      "Fetch three URLs in parallel and wait for all the JSON responses.",
      "const urls = ['/api/users', '/api/orders', '/api/stock'];",
      """```javascript
async function fetchAll(urls) {
  const responses = await Promise.all(urls.map((url) => fetch(url)));
  for (const r of responses) {
    if (!r.ok) throw new Error(`${r.url}: HTTP ${r.status}`);
  }
  return Promise.all(responses.map((r) => r.json()));
}

const [users, orders, stock] = await fetchAll(["/api/users", "/api/orders", "/api/stock"]);
```

`map` starts all requests at once, and `Promise.all` waits for every one, keeping the results in input order. If any request rejects, `Promise.all` rejects immediately with that error, even though the other requests keep running in the background."""),

    J("write_function",
      "Run several async tasks and report which succeeded and which failed, without stopping at the first failure.",
      "",
      """```javascript
async function runAll(tasks) {
  const results = await Promise.allSettled(tasks.map((t) => t()));
  const ok = results.filter((r) => r.status === "fulfilled").map((r) => r.value);
  const errors = results.filter((r) => r.status === "rejected").map((r) => r.reason.message);
  return { ok, errors };
}

const summary = await runAll([
  async () => "a",
  async () => { throw new Error("b failed"); },
  async () => "c",
]);
console.log(summary); // { ok: ["a", "c"], errors: ["b failed"] }
```

`Promise.allSettled` waits for every promise and never rejects; each result says whether it was fulfilled (with `value`) or rejected (with `reason`). Use it when partial success is acceptable, such as sending notifications."""),

    J("write_function",
      "Wrap a promise so it rejects with a timeout error if it does not settle within a given number of milliseconds.",
      "",
      """```javascript
function withTimeout(promise, ms) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

const config = await withTimeout(fetch("/config.json").then((r) => r.json()), 3000);
```

`Promise.race` settles with whichever promise settles first. Clearing the timer in `finally` keeps a pending timer from holding a Node process open. The original operation is not cancelled; pass an `AbortSignal` (e.g. `AbortSignal.timeout(3000)` to fetch) to stop it for real."""),

    J("write_function",
      "Write an async generator that yields pages of results from a paginated API until there are no more, and consume it with `for await`.",
      "",
      """```javascript
async function* pages(url) {
  let next = url;
  while (next) {
    const res = await fetch(next);
    const body = await res.json();
    yield body.items;
    next = body.next; // null on the last page
  }
}

for await (const items of pages("/api/products?page=1")) {
  for (const item of items) console.log(item.name);
}
```

The generator fetches a page only when the loop asks for the next value, so memory stays small and the consumer can `break` early to stop fetching. Pagination logic lives in one place instead of in every caller."""),

    J("write_function",
      "Process a list of items with an async function, but with at most 3 running at the same time.",
      "",
      """```javascript
async function mapLimit(items, limit, fn) {
  const results = new Array(items.length);
  let next = 0;
  async function worker() {
    while (next < items.length) {
      const i = next++;
      results[i] = await fn(items[i], i);
    }
  }
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

const sizes = await mapLimit(["a.txt", "b.txt", "c.txt", "d.txt"], 3, async (name) => name.length);
console.log(sizes); // [5, 5, 5, 5]
```

Three workers share one index; each takes the next item when it finishes its previous one. Because JavaScript runs one piece of code at a time, `next++` needs no lock. Results are stored by index, so their order matches the input."""),

    J("fix_bug",
      "This function logs 'done' before the files are saved. Why, and how do I fix it?",
      "async function saveAll(files) {\n  files.forEach(async (f) => {\n    await save(f);\n  });\n  console.log('done');\n}",
      """`forEach` ignores the promises returned by the async callback, so it returns immediately and `saveAll` reaches the log before any save finishes. Use a loop that `await` understands, or collect the promises:

```javascript
// one after another
async function saveAll(files) {
  for (const f of files) {
    await save(f);
  }
  console.log("done");
}

// all at once
async function saveAllParallel(files) {
  await Promise.all(files.map((f) => save(f)));
  console.log("done");
}
```

The sequential version keeps the order and load low; the parallel one is faster when the saves are independent."""),

    J("fix_bug",
      "Why does this print 3, 3, 3 instead of 0, 1, 2?",
      "for (var i = 0; i < 3; i++) {\n  setTimeout(() => console.log(i), 100);\n}",
      """`var` is function-scoped, so all three callbacks share one `i`, and by the time they run the loop has finished and `i` is 3. With `let`, each iteration gets its own binding:

```javascript
for (let i = 0; i < 3; i++) {
  setTimeout(() => console.log(i), 100); // 0, 1, 2
}
```

Before ES2015 the fix was an immediately invoked function that captured the current value; `let` makes that unnecessary."""),

    J("fix_bug",
      "`this.count` is undefined inside the callback. Fix the class.",
      "class Clicker {\n  constructor(button) {\n    this.count = 0;\n    button.addEventListener('click', this.onClick);\n  }\n  onClick() {\n    this.count++;\n  }\n}",
      """Passing `this.onClick` hands over the bare function; when the browser calls it, `this` is the button element, not the Clicker. Bind the method, or define it as an arrow function class field:

```javascript
class Clicker {
  count = 0;

  constructor(button) {
    button.addEventListener("click", this.onClick);
  }

  onClick = () => {
    this.count++;
  };
}
```

An arrow function takes `this` from where it is defined, which in a class field is the instance. The alternative is `this.onClick = this.onClick.bind(this)` in the constructor."""),

    J("fix_bug",
      "A user typing '0' in a quantity field is treated as empty. What is the bug?",
      "const qty = input.value;\nif (qty == false) {\n  showError('Please enter a quantity');\n}",
      """`==` converts both sides before comparing: `'0' == false` becomes `0 == 0`, which is true, so the valid input "0" triggers the error (and so does `''`, which is intended). Compare explicitly with `===`, which never converts types:

```javascript
const qty = input.value.trim();
if (qty === "") {
  showError("Please enter a quantity");
} else if (!Number.isInteger(Number(qty)) || Number(qty) < 0) {
  showError("Quantity must be a whole number");
}
```

Using `===` everywhere avoids the coercion rules entirely."""),

    J("fix_bug",
      "Sorting numbers gives [1, 10, 2, 25]. Why?",
      "const nums = [10, 2, 25, 1];\nnums.sort();",
      """Without a compare function, `sort` converts the elements to strings and compares them character by character, and `"10"` sorts before `"2"`. Pass a numeric comparator:

```javascript
const nums = [10, 2, 25, 1];
nums.sort((a, b) => a - b);   // [1, 2, 10, 25]
const desc = nums.toSorted((a, b) => b - a); // [25, 10, 2, 1], original untouched
```

The comparator returns a negative number when `a` should come first. Note that `sort` modifies the array in place; `toSorted` (ES2023) returns a sorted copy."""),

    J("fix_bug",
      "The cart total shows 0.30000000000000004 for items costing 0.10 and 0.20. How should I handle money?",
      "const total = items.reduce((sum, item) => sum + item.price, 0);",
      """Numbers are binary floating point, and 0.1 and 0.2 have no exact binary representation, so their sum is slightly off. Store money as integer cents and only format at the end:

```javascript
const items = [{ priceCents: 10 }, { priceCents: 20 }];
const totalCents = items.reduce((sum, item) => sum + item.priceCents, 0);
const label = new Intl.NumberFormat("en-US", { style: "currency", currency: "USD" })
  .format(totalCents / 100);
console.log(totalCents, label); // 30 "$0.30"
```

Integers are exact up to 2^53, far beyond any shopping cart. Rounding the float result with `toFixed(2)` hides the symptom but errors can still accumulate."""),

    J("fix_bug",
      "`user.name` is undefined here. What is missing?",
      "async function getUser(id) {\n  const res = await fetch(`/api/users/${id}`);\n  return res.json();\n}\n\nfunction showName(id) {\n  const user = getUser(id);\n  console.log(user.name);\n}",
      """`getUser` is async, so it returns a Promise, not the user object; `user.name` reads a property of the Promise, which does not exist. The caller must await the result too:

```javascript
async function showName(id) {
  const user = await getUser(id);
  console.log(user.name);
}
```

Async code is contagious in this way: any function that needs the value must itself await it (or use `.then`). Linters such as `@typescript-eslint/no-floating-promises` catch the mistake."""),

    J("fix_bug",
      "This try/catch does not catch the error, and Node prints 'UnhandledPromiseRejection'. Why?",
      "async function load() {\n  try {\n    return loadConfig(); // async, may reject\n  } catch (err) {\n    return defaults;\n  }\n}",
      """Returning the promise without awaiting it means the function leaves the `try` block before the promise rejects, so the `catch` never sees the error. Await it inside the try:

```javascript
async function load() {
  try {
    return await loadConfig();
  } catch (err) {
    console.warn("using defaults:", err.message);
    return defaults;
  }
}
```

This is the one place where `return await` is not redundant: it keeps the rejection inside the `try`."""),

    J("fix_bug",
      "Why does this return [1, NaN, NaN]?",
      "['1', '7', '11'].map(parseInt)",
      """`map` calls its callback with three arguments: element, index and array. `parseInt` takes a second argument, the radix, so the calls are `parseInt('1', 0)`, `parseInt('7', 1)` and `parseInt('11', 2)`; radix 1 is invalid (NaN), and '11' in base 2 is 3, so the real output is `[1, NaN, 3]`. Pass only the element:

```javascript
["1", "7", "11"].map((s) => parseInt(s, 10)); // [1, 7, 11]
["1", "7", "11"].map(Number);                 // [1, 7, 11]
```

`Number` ignores extra arguments, but note that it rejects strings like "12px" which `parseInt` would partly accept."""),

    J("fix_bug",
      "`selected.includes(item)` returns false even though an equal object is in the array. Why?",
      "const selected = [{ id: 3 }];\nconsole.log(selected.includes({ id: 3 })); // false",
      """Objects are compared by reference: `{ id: 3 }` written twice creates two different objects, so `includes` (which uses `===`-like equality) finds no match. Compare by a key instead:

```javascript
const selected = [{ id: 3 }];
const isSelected = (item) => selected.some((s) => s.id === item.id);
console.log(isSelected({ id: 3 })); // true

// for many lookups, keep a Set of ids
const selectedIds = new Set(selected.map((s) => s.id));
console.log(selectedIds.has(3));    // true
```

A Set of ids also makes each lookup O(1) rather than a scan of the array."""),

    J("fix_bug",
      "I create a 3x3 grid with `Array(3).fill([])`, but pushing into one row changes all rows. Why?",
      "const grid = Array(3).fill([]);\ngrid[0].push('x');\nconsole.log(grid); // [['x'], ['x'], ['x']]",
      """`fill([])` evaluates `[]` once and puts the same array object into all three slots, so there is only one row, seen three times. Create a new array per slot:

```javascript
const grid = Array.from({ length: 3 }, () => []);
grid[0].push("x");
console.log(grid); // [["x"], [], []]

const board = Array.from({ length: 3 }, () => Array(3).fill(null)); // 3x3 of nulls
```

`Array.from` calls the factory function once per element. Filling with primitives such as `null` is fine, since they are copied by value."""),

    J("fix_bug",
      "After JSON.parse, `order.createdAt.getTime()` throws 'getTime is not a function'. Fix it.",
      "const order = JSON.parse('{\"id\": 7, \"createdAt\": \"2024-05-01T10:00:00Z\"}');\norder.createdAt.getTime();",
      """JSON has no date type: `JSON.stringify` writes Dates as ISO strings, and `JSON.parse` gives back plain strings. Convert them with a reviver:

```javascript
const ISO_DATE = /^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?Z$/;
const order = JSON.parse(
  '{"id": 7, "createdAt": "2024-05-01T10:00:00Z"}',
  (key, value) => (typeof value === "string" && ISO_DATE.test(value) ? new Date(value) : value),
);
console.log(order.createdAt.getTime()); // 1714557600000
```

The reviver runs for every key and can replace the value. Converting only known fields (`new Date(order.createdAt)`) is safer when user text might look like a date."""),

    J("explain",
      "In what order does this code print, and why?",
      "console.log('A');\nsetTimeout(() => console.log('B'), 0);\nPromise.resolve().then(() => console.log('C'));\nconsole.log('D');",
      """It prints A, D, C, B.

```text
A
D
C
B
```

The synchronous code runs first (A, D). Then the event loop drains the microtask queue, where promise callbacks go, so C runs as soon as the current script finishes. Timer callbacks are macrotasks: B runs on a later turn of the loop, even with a 0 ms delay. Every microtask queued meanwhile would also run before B."""),

    J("explain",
      "Why does the first line throw a ReferenceError while the var version prints undefined?",
      "console.log(a); // undefined\nvar a = 1;\n\nconsole.log(b); // ReferenceError: Cannot access 'b' before initialization\nlet b = 2;",
      """Both declarations are hoisted to the top of their scope, but differently. A `var` is created and initialised to `undefined` at the start of the function, so reading it early gives `undefined`. A `let` or `const` binding is created but left uninitialised until its declaration line runs; the stretch before that is the temporal dead zone, and touching the variable there throws. The error is a feature: it turns a silent `undefined` bug into a loud one."""),

    J("concept",
      "What is a closure in JavaScript? Give a practical example.",
      "",
      """A closure is a function together with the variables of the scope it was created in. The function can keep using those variables after the outer function has returned.

```javascript
function makeRateLimiter(maxPerMinute) {
  const stamps = [];
  return function allow() {
    const now = Date.now();
    while (stamps.length && now - stamps[0] > 60_000) stamps.shift();
    if (stamps.length >= maxPerMinute) return false;
    stamps.push(now);
    return true;
  };
}

const allow = makeRateLimiter(2);
console.log(allow(), allow(), allow()); // true true false
```

`stamps` and `maxPerMinute` stay alive inside `allow` and are private to it; each limiter created gets its own copy."""),

    J("concept",
      "Explain JavaScript's prototype chain with an example.",
      "",
      """Every object has an internal link to another object, its prototype. When a property is not found on the object, JavaScript looks it up on the prototype, then on the prototype's prototype, and so on until `null`.

```javascript
const animal = { speak() { return `${this.name} makes a sound`; } };
const dog = Object.create(animal);
dog.name = "Rex";

console.log(dog.speak());                           // "Rex makes a sound"
console.log(Object.getPrototypeOf(dog) === animal); // true
console.log(dog.hasOwnProperty("speak"));           // false: inherited
```

Classes are syntax over the same mechanism: methods live on `ClassName.prototype`, shared by every instance."""),

    J("concept",
      "How do arrow functions differ from regular functions regarding `this`?",
      "",
      """A regular function gets its `this` from how it is called (`obj.method()` sets it to `obj`; a plain call leaves it undefined in strict mode). An arrow function has no `this` of its own; it uses the `this` of the surrounding code.

```javascript
const timer = {
  seconds: 0,
  start() {
    setInterval(() => {
      this.seconds++; // arrow: `this` is timer
    }, 1000);
  },
};
```

With `function () { this.seconds++ }` inside `setInterval`, `this` would not be the timer. Conversely, do not use arrows as object methods that need `this`, and note arrows cannot be used with `new`."""),

    J("concept",
      "Does the spread operator make a deep copy of an object?",
      "const a = { name: 'x', tags: ['t1'] };\nconst b = { ...a };\nb.tags.push('t2');",
      """No, spread makes a shallow copy: it copies the top-level properties, but nested objects and arrays are shared by reference. After the code above, `a.tags` is also `['t1', 't2']`.

```javascript
const a = { name: "x", tags: ["t1"] };
const b = { ...a, tags: [...a.tags] };   // copy the nested array too
b.tags.push("t2");
console.log(a.tags); // ["t1"]
```

Copy each nested level you intend to change, or use `structuredClone(a)` for a full deep copy."""),

    J("idiom",
      "What do `?.` and `??` do in JavaScript, and how is `??` different from `||`?",
      "",
      """```javascript
const config = { retries: 0, server: { port: 8080 } };

const host = config.server?.host ?? "localhost"; // "localhost"
const zip = config.user?.address?.zip;           // undefined, no TypeError
const retries1 = config.retries || 3;            // 3: 0 counts as falsy
const retries2 = config.retries ?? 3;            // 0: only null/undefined fall back
```

`?.` stops and returns `undefined` when the value before it is `null` or `undefined`, instead of throwing. `??` supplies a default only for `null` and `undefined`, while `||` also replaces `0`, `""` and `false`, which are often valid settings."""),

    J("explain",
      "Explain what this function does.",
      "const f = (words) => words.reduce((acc, w) => {\n  const k = w[0].toLowerCase();\n  acc[k] = (acc[k] || 0) + 1;\n  return acc;\n}, {});",
      """It counts words by their first letter, ignoring case. `reduce` starts with an empty object `acc`; for each word it takes the lowercased first character `k` and increments `acc[k]`, treating a missing key as 0. The result is an object such as `{ a: 2, b: 1 }` for `["apple", "Avocado", "banana"]`. An empty string in the input would make `w[0]` undefined and throw, so filter those out first if they can occur."""),

    J("write_function",
      "Write a JavaScript function that capitalises the first letter of every word in a sentence.",
      "",
      """```javascript
function titleCase(sentence) {
  return sentence
    .split(" ")
    .map((w) => (w ? w[0].toUpperCase() + w.slice(1).toLowerCase() : w))
    .join(" ");
}

console.log(titleCase("the QUICK brown fox")); // "The Quick Brown Fox"
```

Splitting on single spaces and joining back keeps the original spacing, and the check leaves empty pieces from double spaces untouched. Small words like "of" are capitalised too; real title case rules need a list of exceptions."""),

    J("write_function",
      "Convert camelCase identifiers to kebab-case in JavaScript.",
      "",
      """```javascript
function toKebab(name) {
  return name
    .replace(/([a-z0-9])([A-Z])/g, "$1-$2")
    .replace(/([A-Z]+)([A-Z][a-z])/g, "$1-$2")
    .toLowerCase();
}

console.log(toKebab("backgroundColor")); // "background-color"
console.log(toKebab("parseHTMLString")); // "parse-html-string"
```

The first replacement inserts a hyphen between a lowercase letter or digit and the following capital. The second splits a run of capitals before a new word, so acronyms like HTML stay together."""),

    J("write_function",
      "Count how often each character occurs in a string, using a Map, and return the most common one.",
      "",
      """```javascript
function mostCommonChar(text) {
  const counts = new Map();
  for (const ch of text) {
    if (ch === " ") continue;
    counts.set(ch, (counts.get(ch) ?? 0) + 1);
  }
  let best = null;
  for (const [ch, n] of counts) {
    if (best === null || n > counts.get(best)) best = ch;
  }
  return best;
}

console.log(mostCommonChar("hello world")); // "l"
```

`for...of` iterates by code point, so emoji count as one character. A Map keeps insertion order, so ties go to the character seen first."""),

    J("write_function",
      "Check whether two strings are anagrams of each other, ignoring case and spaces.",
      "",
      """```javascript
function isAnagram(a, b) {
  const normalize = (s) => s.toLowerCase().replace(/\\s+/g, "");
  const x = normalize(a);
  const y = normalize(b);
  if (x.length !== y.length) return false;
  const counts = {};
  for (const ch of x) counts[ch] = (counts[ch] || 0) + 1;
  for (const ch of y) {
    if (!counts[ch]) return false;
    counts[ch]--;
  }
  return true;
}

console.log(isAnagram("Dormitory", "dirty room")); // true
console.log(isAnagram("abc", "abd"));              // false
```

Counting letters is O(n), faster than sorting both strings (O(n log n)). The length check returns early for the common mismatch."""),

    J("write_function",
      "Write a generator function `range(start, end, step)` in JavaScript like Python's range.",
      "",
      """```javascript
function* range(start, end, step = 1) {
  if (end === undefined) [start, end] = [0, start];
  if (step === 0) throw new RangeError("step must not be 0");
  for (let i = start; step > 0 ? i < end : i > end; i += step) {
    yield i;
  }
}

console.log([...range(5)]);         // [0, 1, 2, 3, 4]
console.log([...range(10, 0, -3)]); // [10, 7, 4, 1]
```

A generator produces values lazily, so `range(1e9)` costs nothing until iterated. The loop condition flips for negative steps, and a zero step is rejected to avoid an infinite loop."""),

    J("write_function",
      "Implement binary search in JavaScript, returning the index of the target in a sorted array or -1.",
      "",
      """```javascript
function binarySearch(sorted, target) {
  let lo = 0;
  let hi = sorted.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid] === target) return mid;
    if (sorted[mid] < target) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

console.log(binarySearch([2, 5, 8, 12, 16, 23], 16)); // 4
console.log(binarySearch([2, 5, 8], 3));              // -1
```

Each step halves the remaining range, so it takes O(log n) comparisons. `>>> 1` is an integer division by two that cannot produce a fraction."""),

    J("write_function",
      "Implement an LRU cache in JavaScript with `get` and `put` in O(1), using a Map.",
      "",
      """```javascript
class LRUCache {
  constructor(capacity) {
    this.capacity = capacity;
    this.map = new Map();
  }

  get(key) {
    if (!this.map.has(key)) return undefined;
    const value = this.map.get(key);
    this.map.delete(key);
    this.map.set(key, value); // move to the most recent end
    return value;
  }

  put(key, value) {
    this.map.delete(key);
    this.map.set(key, value);
    if (this.map.size > this.capacity) {
      this.map.delete(this.map.keys().next().value); // oldest entry
    }
  }
}

const cache = new LRUCache(2);
cache.put("a", 1); cache.put("b", 2); cache.get("a"); cache.put("c", 3);
console.log([...cache.map.keys()]); // ["a", "c"]: "b" was least recently used
```

A Map iterates in insertion order, so re-inserting a key on access moves it to the end, and the first key is always the least recently used."""),

    J("write_function",
      "Write a small EventEmitter class with `on`, `off` and `emit`.",
      "",
      """```javascript
class EventEmitter {
  #handlers = new Map();

  on(event, fn) {
    if (!this.#handlers.has(event)) this.#handlers.set(event, new Set());
    this.#handlers.get(event).add(fn);
    return () => this.off(event, fn);
  }

  off(event, fn) {
    this.#handlers.get(event)?.delete(fn);
  }

  emit(event, ...args) {
    for (const fn of [...(this.#handlers.get(event) ?? [])]) fn(...args);
  }
}

const bus = new EventEmitter();
const stop = bus.on("saved", (name) => console.log(`saved ${name}`));
bus.emit("saved", "report.pdf"); // saved report.pdf
stop();
bus.emit("saved", "x");          // nothing
```

`on` returns an unsubscribe function, which is convenient for cleanup. `emit` iterates over a copy so a handler can remove itself safely."""),

    J("write_function",
      "Write a `deepEqual(a, b)` function for plain objects, arrays and primitives.",
      "",
      """```javascript
function deepEqual(a, b) {
  if (Object.is(a, b)) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const keysA = Object.keys(a);
  const keysB = Object.keys(b);
  if (keysA.length !== keysB.length) return false;
  return keysA.every((k) => Object.hasOwn(b, k) && deepEqual(a[k], b[k]));
}

console.log(deepEqual({ x: [1, { y: 2 }] }, { x: [1, { y: 2 }] })); // true
console.log(deepEqual([1, 2], { 0: 1, 1: 2 }));                     // false
```

`Object.is` treats `NaN` as equal to itself. Key counts plus `hasOwn` ensure neither side has extra keys. This version does not handle Dates, Maps or cycles; for tests, `node:assert`'s `deepStrictEqual` does."""),

    J("write_function",
      "Write a function that reads a nested property by a dotted path like 'user.address.city', returning a default if any part is missing.",
      "",
      """```javascript
function getPath(obj, path, fallback = undefined) {
  let current = obj;
  for (const key of path.split(".")) {
    if (current == null || !(key in Object(current))) return fallback;
    current = current[key];
  }
  return current;
}

const data = { user: { address: { city: "Porto" }, tags: ["a"] } };
console.log(getPath(data, "user.address.city"));      // "Porto"
console.log(getPath(data, "user.phone.home", "n/a")); // "n/a"
console.log(getPath(data, "user.tags.0"));            // "a"
```

`current == null` catches both null and undefined. Using `in` instead of a truthiness check returns stored falsy values such as `0` or `""` rather than the fallback."""),

    J("write_function",
      "Zip two arrays into an array of pairs in JavaScript, stopping at the shorter one.",
      "",
      """```javascript
const zip = (a, b) => Array.from({ length: Math.min(a.length, b.length) }, (_, i) => [a[i], b[i]]);

console.log(zip(["x", "y", "z"], [1, 2])); // [["x", 1], ["y", 2]]
console.log(Object.fromEntries(zip(["w", "h"], [640, 480]))); // { w: 640, h: 480 }
```

`Array.from` with a length and a mapping function builds the pairs directly. Combined with `Object.fromEntries`, zip turns a list of keys and a list of values into an object."""),

    J("write_function",
      "Split an array into two arrays: the elements that pass a test and those that do not.",
      "",
      """```javascript
function partition(items, predicate) {
  const pass = [];
  const fail = [];
  for (const item of items) (predicate(item) ? pass : fail).push(item);
  return [pass, fail];
}

const [adults, minors] = partition([12, 30, 17, 45], (age) => age >= 18);
console.log(adults, minors); // [30, 45] [12, 17]
```

One pass over the array is cheaper than calling `filter` twice, and destructuring the returned pair reads naturally."""),

    J("write_function",
      "Sum the `amount` field of an array of transactions grouped by `category`, returning an object.",
      "const tx = [{ category: 'food', amount: 12.5 }, { category: 'rent', amount: 800 }, { category: 'food', amount: 7.5 }];",
      """```javascript
function totalsByCategory(transactions) {
  const totals = {};
  for (const { category, amount } of transactions) {
    totals[category] = (totals[category] ?? 0) + amount;
  }
  return totals;
}

const tx = [{ category: "food", amount: 12.5 }, { category: "rent", amount: 800 }, { category: "food", amount: 7.5 }];
console.log(totalsByCategory(tx)); // { food: 20, rent: 800 }
```

Destructuring in the loop head keeps the body short. For real money, keep amounts in integer cents to avoid floating-point drift."""),

    J("write_function",
      "Sort an array of employees by department ascending, then by salary descending, then by name.",
      "",
      """```javascript
const employees = [
  { name: "Zoe", dept: "ops", salary: 5000 },
  { name: "Ann", dept: "dev", salary: 6000 },
  { name: "Bob", dept: "dev", salary: 6000 },
  { name: "Cid", dept: "dev", salary: 7000 },
];

employees.sort(
  (a, b) =>
    a.dept.localeCompare(b.dept) ||
    b.salary - a.salary ||
    a.name.localeCompare(b.name),
);
console.log(employees.map((e) => e.name)); // ["Cid", "Ann", "Bob", "Zoe"]
```

Each comparison returns 0 on a tie, and `||` then falls through to the next key. Swapping `a` and `b` reverses the direction for that key only."""),

    J("write_function",
      "Format a byte count as a human-readable string like '1.5 MB'.",
      "",
      """```javascript
function formatBytes(bytes, decimals = 1) {
  if (bytes === 0) return "0 B";
  const units = ["B", "KB", "MB", "GB", "TB"];
  const i = Math.min(Math.floor(Math.log(bytes) / Math.log(1024)), units.length - 1);
  return `${parseFloat((bytes / 1024 ** i).toFixed(decimals))} ${units[i]}`;
}

console.log(formatBytes(1536));        // "1.5 KB"
console.log(formatBytes(5 * 1024 ** 3)); // "5 GB"
```

The logarithm base 1024 picks the unit, capped at the largest one. `parseFloat(...toFixed())` rounds and drops a useless trailing `.0`. Use 1000 and "kB" if you want SI units instead of binary ones."""),

    J("write_function",
      "Parse the query string of a URL into an object, keeping repeated keys as arrays.",
      "https://shop.example/search?q=lamp&color=red&color=blue&page=2",
      """```javascript
function parseQuery(url) {
  const params = new URL(url).searchParams;
  const result = {};
  for (const key of new Set(params.keys())) {
    const values = params.getAll(key);
    result[key] = values.length > 1 ? values : values[0];
  }
  return result;
}

console.log(parseQuery("https://shop.example/search?q=lamp&color=red&color=blue&page=2"));
// { q: "lamp", color: ["red", "blue"], page: "2" }
```

`URLSearchParams` decodes percent-escapes and `+` correctly, which hand-written splitting on `&` and `=` usually gets wrong. All values are strings; convert `page` with `Number` where needed."""),

    J("write_function",
      "Build a URL with query parameters from an object, skipping undefined values.",
      "",
      """```javascript
function buildUrl(base, params) {
  const url = new URL(base);
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== null) url.searchParams.set(key, String(value));
  }
  return url.toString();
}

console.log(buildUrl("https://api.example.com/items", { q: "red shoes", limit: 20, cursor: undefined }));
// "https://api.example.com/items?q=red+shoes&limit=20"
```

`searchParams.set` encodes special characters, so spaces and `&` inside values cannot break the URL. Concatenating strings by hand is the usual source of double-encoding bugs."""),

    J("write_function",
      "Compute the number of whole days between two dates in JavaScript, ignoring the time of day and daylight-saving shifts.",
      "",
      """```javascript
function daysBetween(a, b) {
  const utcA = Date.UTC(a.getFullYear(), a.getMonth(), a.getDate());
  const utcB = Date.UTC(b.getFullYear(), b.getMonth(), b.getDate());
  return Math.round((utcB - utcA) / 86_400_000);
}

console.log(daysBetween(new Date(2024, 2, 30), new Date(2024, 3, 2))); // 3
```

Subtracting local Date objects directly can be off by an hour around a daylight-saving change, which makes `Math.floor` of the day count wrong. Mapping both calendar dates to UTC midnight first makes every day exactly 86,400,000 ms."""),

    J("write_function",
      "Write a simple email format check for a signup form in JavaScript.",
      "",
      """```javascript
function looksLikeEmail(value) {
  const email = value.trim();
  return email.length <= 254 && /^[^\\s@]+@[^\\s@]+\\.[^\\s@]+$/.test(email);
}

console.log(looksLikeEmail("ana@example.org")); // true
console.log(looksLikeEmail("ana@localhost"));   // false
console.log(looksLikeEmail("a b@example.org")); // false
```

The pattern only demands something@something.something without spaces. A complete RFC 5322 regex is huge and still cannot tell whether the mailbox exists, so the real check is sending a confirmation email."""),

    J("write_function",
      "Escape a string for safe insertion into HTML text in JavaScript.",
      "",
      """```javascript
const HTML_ESCAPES = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

function escapeHtml(text) {
  return String(text).replace(/[&<>"']/g, (ch) => HTML_ESCAPES[ch]);
}

console.log(escapeHtml('<img src=x onerror="alert(1)">'));
// "&lt;img src=x onerror=&quot;alert(1)&quot;&gt;"
```

`&` must be part of the same pass (or go first), otherwise already-escaped entities get escaped twice. In the DOM, assigning to `element.textContent` avoids the problem altogether, because the browser never parses the text as HTML."""),

    J("write_function",
      "Truncate a string to a maximum length, adding an ellipsis, without cutting a word in half when possible.",
      "",
      """```javascript
function truncate(text, max) {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const lastSpace = cut.lastIndexOf(" ");
  return (lastSpace > max * 0.6 ? cut.slice(0, lastSpace) : cut).trimEnd() + "…";
}

console.log(truncate("The quick brown fox jumps over the lazy dog", 20)); // "The quick brown…"
```

One character is reserved for the ellipsis so the result never exceeds `max`. It backs up to the last space only if that does not throw away too much of the text; a single very long word is cut mid-word."""),

    J("write_function",
      "Write a function that returns a random integer between min and max, both inclusive.",
      "",
      """```javascript
function randomInt(min, max) {
  min = Math.ceil(min);
  max = Math.floor(max);
  return Math.floor(Math.random() * (max - min + 1)) + min;
}

const roll = randomInt(1, 6); // a die roll
```

`Math.random()` returns a value in [0, 1), so multiplying by the number of possible values and flooring gives each integer the same chance. `Math.random` is not suitable for security tokens; use `crypto.getRandomValues` or `crypto.randomInt` in Node for those."""),

    J("write_function",
      "Shuffle an array uniformly in place in JavaScript.",
      "",
      """```javascript
function shuffle(array) {
  for (let i = array.length - 1; i > 0; i--) {
    const j = Math.floor(Math.random() * (i + 1));
    [array[i], array[j]] = [array[j], array[i]];
  }
  return array;
}

console.log(shuffle([1, 2, 3, 4, 5]));
```

This is the Fisher-Yates shuffle: each position swaps with a random position at or before it, so every permutation is equally likely in O(n). The popular `array.sort(() => Math.random() - 0.5)` is biased and slower."""),

    J("write_function",
      "Transpose a matrix (array of equal-length rows) in JavaScript.",
      "[[1, 2, 3], [4, 5, 6]]",
      """```javascript
const transpose = (matrix) => (matrix.length ? matrix[0].map((_, col) => matrix.map((row) => row[col])) : []);

console.log(transpose([[1, 2, 3], [4, 5, 6]])); // [[1, 4], [2, 5], [3, 6]]
```

The outer `map` walks the columns of the first row, and the inner `map` collects that column from every row. An empty matrix is handled separately because `matrix[0]` would be undefined."""),

    J("write_function",
      "Compute the intersection and difference of two arrays of strings in JavaScript efficiently.",
      "",
      """```javascript
function intersect(a, b) {
  const inB = new Set(b);
  return [...new Set(a)].filter((x) => inB.has(x));
}

function difference(a, b) {
  const inB = new Set(b);
  return a.filter((x) => !inB.has(x));
}

console.log(intersect(["a", "b", "c"], ["b", "c", "d"]));  // ["b", "c"]
console.log(difference(["a", "b", "c"], ["b", "c", "d"])); // ["a"]
```

Building a Set of one array makes each membership test O(1), so both functions are O(n + m) instead of the O(n * m) of `a.filter(x => b.includes(x))`. Newer runtimes also offer `Set.prototype.intersection` and `difference`."""),

    J("write_function",
      "Write an async function that fetches JSON and throws a helpful error for network failures, HTTP errors and invalid JSON.",
      "",
      """```javascript
async function getJson(url, options = {}) {
  let res;
  try {
    res = await fetch(url, options);
  } catch (err) {
    throw new Error(`network error for ${url}: ${err.message}`);
  }
  if (!res.ok) {
    const body = await res.text();
    throw new Error(`HTTP ${res.status} for ${url}: ${body.slice(0, 200)}`);
  }
  try {
    return await res.json();
  } catch {
    throw new Error(`invalid JSON from ${url}`);
  }
}
```

`fetch` only rejects on network problems; a 404 or 500 still resolves, so `res.ok` must be checked explicitly. Including the URL, status and the start of the body makes the error actionable in logs."""),

    J("write_function",
      "In Node.js, count the lines of a text file asynchronously.",
      "",
      """```javascript
import { readFile } from "node:fs/promises";

async function countLines(path) {
  const text = await readFile(path, "utf8");
  if (text === "") return 0;
  const lines = text.split(/\\r?\\n/);
  return text.endsWith("\\n") ? lines.length - 1 : lines.length;
}

console.log(await countLines("notes.txt"));
```

`fs/promises` returns promises, so the event loop is free while the file is read. A trailing newline would otherwise produce an extra empty element. For very large files, stream with `readline.createInterface` instead of reading everything into memory."""),

    J("write_function",
      "Write a minimal Node.js HTTP server (no frameworks) that answers GET /health with JSON and 404 otherwise.",
      "",
      """```javascript
import { createServer } from "node:http";

const server = createServer((req, res) => {
  if (req.method === "GET" && req.url === "/health") {
    res.writeHead(200, { "Content-Type": "application/json" });
    res.end(JSON.stringify({ status: "ok", uptime: process.uptime() }));
    return;
  }
  res.writeHead(404, { "Content-Type": "text/plain" });
  res.end("not found");
});

server.listen(3000, () => console.log("listening on http://localhost:3000"));
```

`createServer` calls the handler once per request; the handler must always end the response, or the client hangs. Query strings would make `req.url` differ, so real code parses it with `new URL(req.url, "http://localhost")`."""),

    J("write_function",
      "Write a JavaScript class with a truly private balance field and methods to deposit and withdraw.",
      "",
      """```javascript
class Account {
  #balance = 0;

  deposit(amount) {
    if (amount <= 0) throw new RangeError("deposit must be positive");
    this.#balance += amount;
  }

  withdraw(amount) {
    if (amount > this.#balance) throw new Error("insufficient funds");
    this.#balance -= amount;
  }

  get balance() {
    return this.#balance;
  }
}

const acc = new Account();
acc.deposit(100);
acc.withdraw(30);
console.log(acc.balance); // 70
// acc.#balance = 1e6;    // SyntaxError outside the class
```

`#` fields are enforced by the language: code outside the class cannot read or write them, unlike the `_balance` naming convention. The getter exposes the value read-only."""),

    J("write_function",
      "Use a setter in a JavaScript class to validate a temperature that must stay above absolute zero.",
      "",
      """```javascript
class Thermometer {
  #celsius = 20;

  get celsius() {
    return this.#celsius;
  }

  set celsius(value) {
    if (typeof value !== "number" || Number.isNaN(value)) throw new TypeError("not a number");
    if (value < -273.15) throw new RangeError("below absolute zero");
    this.#celsius = value;
  }

  get fahrenheit() {
    return this.#celsius * 9 / 5 + 32;
  }
}

const t = new Thermometer();
t.celsius = 100;
console.log(t.fahrenheit); // 212
```

Callers assign with plain property syntax, yet every assignment goes through the validation. `fahrenheit` has only a getter, so it is derived and cannot be set."""),

    J("write_function",
      "Make a custom JavaScript class iterable so it works with `for...of` and spread.",
      "",
      """```javascript
class Countdown {
  constructor(from) {
    this.from = from;
  }

  *[Symbol.iterator]() {
    for (let n = this.from; n >= 0; n--) yield n;
  }
}

for (const n of new Countdown(3)) console.log(n); // 3 2 1 0
console.log([...new Countdown(2)]);               // [2, 1, 0]
```

An object is iterable when it has a `Symbol.iterator` method returning an iterator; writing it as a generator method is the shortest way. Each loop calls the method anew, so the object can be iterated many times."""),

    J("write_function",
      "Apply a function to every value of an object, producing a new object with the same keys.",
      "const prices = { apple: 1.2, pear: 0.8 };",
      """```javascript
const mapValues = (obj, fn) =>
  Object.fromEntries(Object.entries(obj).map(([key, value]) => [key, fn(value, key)]));

const prices = { apple: 1.2, pear: 0.8 };
console.log(mapValues(prices, (p) => Math.round(p * 1.1 * 100) / 100)); // { apple: 1.32, pear: 0.88 }
```

`Object.entries` turns the object into `[key, value]` pairs, `map` transforms them, and `Object.fromEntries` rebuilds an object. The original object is left unchanged."""),

    J("write_function",
      "Write `pick` and `omit` helpers that copy an object with only some keys, or without some keys.",
      "",
      """```javascript
const pick = (obj, keys) => Object.fromEntries(keys.filter((k) => k in obj).map((k) => [k, obj[k]]));

const omit = (obj, keys) => {
  const drop = new Set(keys);
  return Object.fromEntries(Object.entries(obj).filter(([k]) => !drop.has(k)));
};

const user = { id: 1, name: "Ana", password: "x", email: "a@x.io" };
console.log(pick(user, ["id", "name"]));  // { id: 1, name: "Ana" }
console.log(omit(user, ["password"]));    // { id: 1, name: "Ana", email: "a@x.io" }
```

`omit` is handy before sending an object to the client, for example to strip secrets. Using a Set for the dropped keys keeps it linear for long key lists."""),

    J("write_function",
      "Write a tagged template literal that escapes HTML in interpolated values but not in the template text.",
      "",
      """```javascript
const escape = (s) =>
  String(s).replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]);

function html(strings, ...values) {
  return strings.reduce((out, str, i) => out + str + (i < values.length ? escape(values[i]) : ""), "");
}

const name = "<script>alert(1)</script>";
console.log(html`<p>Hello, ${name}!</p>`);
// <p>Hello, &lt;script&gt;alert(1)&lt;/script&gt;!</p>
```

A tag function receives the literal pieces and the interpolated values separately, so it can treat them differently: the template is trusted markup, the values are untrusted data."""),

    J("stdlib",
      "Format numbers as currency and with thousands separators for different locales in JavaScript.",
      "",
      """```javascript
const amount = 1234567.891;

console.log(new Intl.NumberFormat("en-US", { style: "currency", currency: "USD" }).format(amount));
// "$1,234,567.89"
console.log(new Intl.NumberFormat("de-DE", { style: "currency", currency: "EUR" }).format(amount));
// "1.234.567,89 €"
console.log(new Intl.NumberFormat("en-IN").format(amount));
// "12,34,567.891"
```

`Intl.NumberFormat` knows each locale's separators, grouping (Indian grouping differs) and currency placement. Create the formatter once and reuse it in loops, since construction is the expensive part."""),

    J("stdlib",
      "Sort a list of names containing accented characters (like 'Émile', 'Zoë', 'Ana', 'Élodie') correctly in JavaScript.",
      "",
      """```javascript
const names = ["Zoë", "Émile", "ana", "Élodie", "Bruno"];

console.log([...names].sort());
// ["Bruno", "Zoë", "ana", "Élodie", "Émile"]  code-unit order: wrong

const collator = new Intl.Collator("fr", { sensitivity: "base" });
console.log([...names].sort(collator.compare));
// ["ana", "Bruno", "Élodie", "Émile", "Zoë"]
```

The default sort compares UTF-16 code units, so uppercase sorts before lowercase and accented letters land after Z. `Intl.Collator` applies the language's alphabetical rules; reuse one collator for big arrays, as it is faster than calling `localeCompare` each time."""),

    J("fix_bug",
      "Two strings that both display as 'café' compare as different. Why, and how do I compare them?",
      "const a = 'caf\\u00e9';       // é as one code point\nconst b = 'cafe\\u0301';      // e + combining acute accent\nconsole.log(a === b);        // false",
      """Unicode can write "é" either as one precomposed code point (U+00E9) or as "e" followed by a combining accent (U+0301). They look identical but are different sequences, and `a.length` is 4 while `b.length` is 5. Normalise both before comparing:

```javascript
const a = "caf\\u00e9";
const b = "cafe\\u0301";
console.log(a.normalize("NFC") === b.normalize("NFC")); // true
```

NFC composes characters where possible and is the usual choice for storage and comparison. Normalising user input once, when it enters the system, avoids surprises in lookups and unique indexes."""),

    J("complexity",
      "What is the time complexity of this duplicate check, and how can it be improved?",
      "function hasDuplicate(ids) {\n  for (let i = 0; i < ids.length; i++) {\n    if (ids.slice(i + 1).includes(ids[i])) return true;\n  }\n  return false;\n}",
      """For each element it copies the rest of the array (`slice`) and scans it (`includes`), both O(n), so the whole function is O(n^2) time and also allocates O(n) per step. A Set makes it linear:

```javascript
function hasDuplicate(ids) {
  const seen = new Set();
  for (const id of ids) {
    if (seen.has(id)) return true;
    seen.add(id);
  }
  return false;
}
```

Each `has`/`add` is O(1) on average, so the check is O(n) and stops at the first repeat. Even shorter: `new Set(ids).size !== ids.length`, which always processes the whole array."""),

    J("complexity",
      "Why is this queue processing loop slow for large arrays?",
      "const queue = bigArray.slice();\nwhile (queue.length) {\n  const item = queue.shift();\n  handle(item);\n}",
      """`shift()` removes the first element and moves every remaining element down one slot, an O(n) operation, so processing n items costs O(n^2). Walk an index forward instead:

```javascript
for (let head = 0; head < bigArray.length; head++) {
  handle(bigArray[head]);
}
```

When items are added while processing (as in a breadth-first search), keep a `head` index into the growing array and `push` at the end; both operations are O(1). `pop()` from the end is also O(1), if the order does not matter."""),

    J("concept",
      "When should I use `const`, `let` and `var` in modern JavaScript?",
      "",
      """```javascript
const MAX_RETRIES = 3;        // never reassigned
const user = { name: "Ana" };
user.name = "Bo";             // allowed: the object itself is mutable
let attempts = 0;             // reassigned later
attempts += 1;
```

Use `const` by default: it says the binding never changes, which makes code easier to follow (it does not freeze the object). Use `let` when the variable must be reassigned, such as counters. Avoid `var`: it is function-scoped rather than block-scoped, is hoisted with the value `undefined`, and allows redeclaration, which are common sources of bugs."""),

    J("concept",
      "What is the difference between ES modules and CommonJS in Node.js?",
      "",
      """```javascript
// CommonJS (math.cjs)
const path = require("node:path"); // loaded synchronously
module.exports = { area: (r) => Math.PI * r * r };

// ES module (math.mjs, or .js with "type": "module" in package.json)
import { readFile } from "node:fs/promises";
export const area = (r) => Math.PI * r * r;
```

CommonJS uses `require` and `module.exports`, loads modules synchronously at run time, and was Node's original system. ES modules use `import`/`export`, are the JavaScript standard shared with browsers, are statically analysable (which enables tree shaking), and allow top-level `await`. ESM can import CommonJS packages; the reverse needs dynamic `import()` (or `require` of ESM in recent Node versions)."""),

    J("concept",
      "What is a WeakMap and when is it useful?",
      "",
      """A WeakMap maps objects to values without keeping the objects alive: when nothing else references a key object, the garbage collector can remove it and its entry. Keys must be objects, and a WeakMap cannot be iterated or sized.

```javascript
const clickCounts = new WeakMap();

function trackClick(element) {
  clickCounts.set(element, (clickCounts.get(element) ?? 0) + 1);
}
```

When a tracked element is removed from the page and dropped, its count disappears with it, whereas a normal Map would leak it. Typical uses are caches keyed by objects and attaching private data to objects you do not own."""),

    J("concept",
      "What are generator functions in JavaScript and what are they good for?",
      "",
      """A generator function (`function*`) returns an iterator; its body runs only when a value is requested and pauses at each `yield`, keeping its local state until the next request.

```javascript
function* ids(prefix) {
  let n = 1;
  while (true) yield `${prefix}-${n++}`;
}

const next = ids("order");
console.log(next.next().value, next.next().value); // "order-1" "order-2"
```

They are good for lazy or infinite sequences, custom iterables (`[Symbol.iterator]`), and walking tree structures without building intermediate arrays. Async generators extend the idea to data that arrives over time."""),

    J("write_tests",
      "Write tests with Node's built-in test runner for a `slugify` function.",
      "function slugify(s) {\n  return s.toLowerCase().trim().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');\n}",
      """```javascript
import { test } from "node:test";
import assert from "node:assert/strict";
import { slugify } from "./slugify.js";

test("lowercases and joins words with hyphens", () => {
  assert.equal(slugify("Hello World"), "hello-world");
});

test("collapses punctuation and repeated separators", () => {
  assert.equal(slugify("Rock & Roll -- Live!"), "rock-roll-live");
});

test("strips leading and trailing separators", () => {
  assert.equal(slugify("  --Draft--  "), "draft");
});

test("returns an empty string when nothing is left", () => {
  assert.equal(slugify("!!!"), "");
});
```

Run with `node --test`. `node:test` and `node:assert/strict` ship with Node 18+, so no test framework is needed. Each test covers a separate rule, so a failure points at the broken behaviour."""),

    J("write_tests",
      "Write a few plain `console.assert` checks for a function that clamps a number into a range.",
      "",
      """```javascript
function clamp(value, min, max) {
  if (min > max) throw new RangeError("min must not exceed max");
  return Math.min(Math.max(value, min), max);
}

console.assert(clamp(5, 0, 10) === 5, "inside the range stays unchanged");
console.assert(clamp(-3, 0, 10) === 0, "below the range goes to min");
console.assert(clamp(42, 0, 10) === 10, "above the range goes to max");
console.assert(clamp(0, 0, 0) === 0, "degenerate range");
let threw = false;
try { clamp(1, 5, 2); } catch (e) { threw = e instanceof RangeError; }
console.assert(threw, "inverted range throws");
```

`console.assert` prints a message only when the condition is false, which is enough for a quick check in a snippet; it does not stop execution or set an exit code, so use `node:assert` for real test suites."""),

    J("refactor",
      "Refactor this callback-based code to async/await.",
      "function loadProfile(id, cb) {\n  getUser(id, (err, user) => {\n    if (err) return cb(err);\n    getPosts(user.id, (err, posts) => {\n      if (err) return cb(err);\n      cb(null, { user, posts });\n    });\n  });\n}",
      """```javascript
import { promisify } from "node:util";

const getUserAsync = promisify(getUser);
const getPostsAsync = promisify(getPosts);

async function loadProfile(id) {
  const user = await getUserAsync(id);
  const posts = await getPostsAsync(user.id);
  return { user, posts };
}
```

`promisify` wraps Node-style `(err, result)` callback functions into promise-returning ones. The nested callbacks become straight-line code, and errors propagate automatically as rejections instead of being forwarded by hand at every level. Callers use `try { await loadProfile(id) } catch (err) { ... }`."""),

    J("refactor",
      "Refactor this function to use early returns instead of nested ifs.",
      "function shippingCost(order) {\n  if (order) {\n    if (order.items.length > 0) {\n      if (order.country === 'PT') {\n        return order.total > 50 ? 0 : 4.99;\n      } else {\n        return 12.99;\n      }\n    } else {\n      return 0;\n    }\n  } else {\n    throw new Error('no order');\n  }\n}",
      """```javascript
function shippingCost(order) {
  if (!order) throw new Error("no order");
  if (order.items.length === 0) return 0;
  if (order.country !== "PT") return 12.99;
  return order.total > 50 ? 0 : 4.99;
}
```

Guard clauses handle the special cases first and leave the main rule at the end, without indentation. The behaviour is unchanged, but each condition can now be read on its own line."""),

    J("idiom",
      "How do I swap two variables and pull values out of arrays and objects concisely in JavaScript?",
      "",
      """```javascript
let a = 1;
let b = 2;
[a, b] = [b, a];                      // swap: a = 2, b = 1

const [first, , third = 0] = [10, 20]; // skip an element, default for a missing one
const { name, address: { city } = {} } = { name: "Ana", address: { city: "Braga" } };
console.log(a, b, first, third, name, city); // 2 1 10 0 "Ana" "Braga"
```

Destructuring assigns from arrays by position and from objects by property name, with defaults used when the value is `undefined`. The `= {}` default on `address` prevents a TypeError when the nested object is missing."""),

    J("idiom",
      "What is a clean way to accept optional settings in a JavaScript function?",
      "",
      """```javascript
function createClient({ baseUrl, timeout = 5000, retries = 2, headers = {} } = {}) {
  if (!baseUrl) throw new TypeError("baseUrl is required");
  return { baseUrl, timeout, retries, headers };
}

console.log(createClient({ baseUrl: "https://api.example.com", retries: 0 }));
// { baseUrl: "https://api.example.com", timeout: 5000, retries: 0, headers: {} }
```

Destructuring an options object in the parameter list documents every setting in the signature and gives each its default. Calls stay readable (`retries: 0` instead of positional `undefined, 0`), and the final `= {}` lets the function be called with no argument at all."""),

    J("explain",
      "What does this regular expression match, and what does the code return?",
      "const re = /^(\\d{4})-(\\d{2})-(\\d{2})$/;\nconst [, y, m, d] = '2024-07-15'.match(re) ?? [];",
      """The pattern matches a whole string consisting of four digits, a hyphen, two digits, a hyphen and two digits, an ISO-style date such as `2024-07-15`. `^` and `$` anchor it to the start and end, so extra text makes it fail. The three parenthesised groups capture year, month and day. `match` returns an array whose element 0 is the full match, so the destructuring skips it and assigns `y = "2024"`, `m = "07"`, `d = "15"`, all strings. If the string does not match, `match` returns `null`, `?? []` substitutes an empty array, and all three variables become `undefined`. The regex does not check that the month or day is valid."""),

    J("fix_bug",
      "The page shows the old list after I add an item. The state update looks right to me.",
      "const [items, setItems] = useState([]);\nfunction addItem(item) {\n  items.push(item);\n  setItems(items);\n}",
      """`items.push` mutates the existing array, and `setItems(items)` passes the same array object back. React compares the old and new state by reference, sees no change and skips the re-render. Create a new array instead:

```javascript
function addItem(item) {
  setItems((prev) => [...prev, item]);
}
```

The updater form `setItems(prev => ...)` also uses the latest state when several updates happen in a row, avoiding lost updates. The same rule applies to objects: copy with spread, then change the copy."""),

    J("write_function",
      "Write a function that converts an array of objects into CSV text with a header row, quoting fields that need it.",
      "",
      """```javascript
function toCsv(rows) {
  if (rows.length === 0) return "";
  const columns = Object.keys(rows[0]);
  const quote = (value) => {
    const s = value == null ? "" : String(value);
    return /[",\\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  const lines = [columns.join(",")];
  for (const row of rows) lines.push(columns.map((c) => quote(row[c])).join(","));
  return lines.join("\\n");
}

console.log(toCsv([{ name: "Ann", note: 'says "hi"' }, { name: "Bo, Jr.", note: null }]));
// name,note
// Ann,"says ""hi""\"
// "Bo, Jr.",
```

Fields containing a comma, quote or newline are wrapped in quotes, and inner quotes are doubled, as the CSV convention requires. Null and undefined become empty fields."""),

    J("write_function",
      "Write a function that returns the n most frequent words in a text, case-insensitively.",
      "",
      """```javascript
function topWords(text, n) {
  const counts = new Map();
  for (const word of text.toLowerCase().match(/[\\p{L}']+/gu) ?? []) {
    counts.set(word, (counts.get(word) ?? 0) + 1);
  }
  return [...counts]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, n);
}

console.log(topWords("The cat and the hat. The END, and the end!", 2)); // [["the", 4], ["and", 2]]
```

`\\p{L}` with the `u` flag matches letters of any alphabet, so accented words such as "não" stay whole. Ties are broken alphabetically to make the result stable."""),

    J("concept",
      "What is the difference between `null` and `undefined` in JavaScript?",
      "",
      """`undefined` means a value was never assigned: a declared variable without a value, a missing object property, a missing function argument, or a function without `return`. `null` is an explicit "no value" that a programmer assigns on purpose.

```javascript
let a;
const obj = {};
console.log(a, obj.missing);            // undefined undefined
console.log(typeof null);               // "object" (a historical quirk)
console.log(null == undefined, null === undefined); // true false
```

A common convention is to let the language produce `undefined` and use `null` yourself for "intentionally empty". `value == null` is a compact check for both, and `??` treats both as missing."""),

    J("write_function",
      "Write an `AbortController`-based fetch that cancels the previous request when a new search starts.",
      "",
      """```javascript
let controller = null;

async function search(query) {
  controller?.abort();
  controller = new AbortController();
  try {
    const res = await fetch(`/api/search?q=${encodeURIComponent(query)}`, { signal: controller.signal });
    return await res.json();
  } catch (err) {
    if (err.name === "AbortError") return null; // superseded by a newer search
    throw err;
  }
}
```

When the user types quickly, responses can arrive out of order and an old result could overwrite a newer one. Aborting the previous request guarantees only the latest search can finish; the aborted call rejects with an `AbortError`, which is expected and ignored."""),

    J("write_function",
      "Write a JavaScript function that checks whether a string of brackets `()[]{}` is balanced.",
      "",
      """```javascript
function isBalanced(text) {
  const pairs = { ")": "(", "]": "[", "}": "{" };
  const stack = [];
  for (const ch of text) {
    if ("([{".includes(ch)) stack.push(ch);
    else if (ch in pairs) {
      if (stack.pop() !== pairs[ch]) return false;
    }
  }
  return stack.length === 0;
}

console.log(isBalanced("{[()()]}")); // true
console.log(isBalanced("([)]"));     // false
console.log(isBalanced("(("));       // false
```

Each opening bracket is pushed; each closing bracket must match the most recent unmatched opener. Other characters are ignored, so the same function works on source code snippets. It runs in O(n) time."""),

    J("write_function",
      "Write a function that converts a nested object into a flat object with dotted keys.",
      "{ db: { host: 'localhost', port: 5432 }, debug: true }",
      """```javascript
function flatten(obj, prefix = "", out = {}) {
  for (const [key, value] of Object.entries(obj)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (value !== null && typeof value === "object" && !Array.isArray(value)) {
      flatten(value, path, out);
    } else {
      out[path] = value;
    }
  }
  return out;
}

console.log(flatten({ db: { host: "localhost", port: 5432 }, debug: true }));
// { "db.host": "localhost", "db.port": 5432, debug: true }
```

Recursion descends into plain objects and builds the key path on the way; arrays and primitives are stored as leaves. This shape is handy for comparing configurations or writing them as environment variables."""),
]
