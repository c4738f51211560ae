"""Writer C, part 5: general programming concepts (version control, testing, HTTP, design, concurrency...)."""


def G(instruction, input, output):
    return dict(kind="concept", lang="general", instruction=instruction, input=input, output=output)


ROWS = [
    # ---- version control
    G("What is the difference between git merge and git rebase, and when should each be used?",
      "",
      """Both integrate the changes of one branch into another. `merge` creates a merge commit that joins the two histories and leaves existing commits untouched, so history shows exactly what happened, including parallel work. `rebase` replays your commits on top of the other branch, producing new commits with new hashes and a straight, linear history.

Use rebase to tidy up your own local branch before sharing it (for example, to update a feature branch with the latest main). Use merge to integrate shared branches. The golden rule: never rebase commits that others have already pulled, because their copies would then diverge from the rewritten history."""),

    G("Why should commits be small and focused, and what makes a good commit message?",
      "",
      """A small commit that does one thing is easy to review, easy to revert without losing unrelated work, and makes `git bisect` and `git blame` point at a meaningful change. Mixing a refactor, a bug fix and a formatting pass in one commit hides the actual fix.

A good message has a short summary line in the imperative mood (about 50 characters, e.g. "Fix rounding of invoice totals"), a blank line, and then a body that explains *why* the change was needed and any non-obvious consequences. The diff already shows *what* changed."""),

    G("Compare trunk-based development with long-lived feature branches.",
      "",
      """In trunk-based development everyone integrates into the main branch at least daily, using short-lived branches or direct commits, with unfinished features hidden behind feature flags. Merges stay small, conflicts are rare, and main is always close to releasable, but it requires good automated tests and CI.

Long-lived feature branches isolate work for weeks. That feels safe, but branches drift apart, so merges become large and risky, and integration bugs are found late. Most teams that deploy frequently prefer trunk-based development with short pull requests."""),

    G("What is semantic versioning and what does a version like 2.4.1 promise?",
      "",
      """Semantic versioning writes versions as MAJOR.MINOR.PATCH. Increase PATCH for backwards-compatible bug fixes (2.4.1 → 2.4.2), MINOR for new backwards-compatible features (2.4.1 → 2.5.0), and MAJOR for breaking changes (2.4.1 → 3.0.0). Versions below 1.0.0 make no stability promise.

For users this means a dependency range like `>=2.4,<3` should be safe to upgrade within. The promise is only as good as the maintainers' discipline: a "minor" release can still break you if you relied on undocumented behaviour, which is why lock files and tests are still needed."""),

    G("What is a .gitignore file for, and what kinds of files belong in it?",
      "",
      """`.gitignore` lists patterns of files that git should not offer to track. It belongs to the repository, so the whole team shares it.

```text
__pycache__/
*.pyc
.venv/
node_modules/
dist/
.env
*.log
```

Typical entries are build output, dependency folders, caches, local virtual environments, editor settings and files with secrets. Generated files can always be rebuilt, and committing them causes noisy diffs and conflicts. Ignoring only affects untracked files; something already committed must be removed with `git rm --cached`."""),

    # ---- testing
    G("What is the testing pyramid?",
      "",
      """The testing pyramid is a guideline for the mix of automated tests. At the base are many unit tests: fast, isolated checks of single functions or classes. In the middle are fewer integration tests that check components working together, such as code against a real database. At the top are a few end-to-end tests that drive the whole system like a user would.

The shape reflects cost: tests higher up are slower, more brittle and harder to debug, but catch problems the lower layers cannot. An "ice cream cone" with mostly end-to-end tests tends to be slow and flaky."""),

    G("What is the difference between a mock, a stub and a fake in testing?",
      "",
      """All three replace a real dependency in a test.

- A **stub** returns canned answers (`get_rate()` always returns 1.1) so the code under test can run.
- A **mock** also records how it was called, and the test asserts on those calls (`send_email` was called once with this address).
- A **fake** is a working lightweight implementation, such as an in-memory repository instead of a database.

Stubs and fakes test behaviour through results; mocks test interactions. Heavy use of mocks couples tests to implementation details, so they break on harmless refactors; prefer fakes or real objects where they are cheap."""),

    G("What is test-driven development (TDD), and what are its benefits and drawbacks?",
      "",
      """TDD works in short cycles: write a failing test for the next small piece of behaviour (red), write the simplest code that makes it pass (green), then clean up the code while the tests stay green (refactor).

Benefits: every behaviour has a test, the design is shaped by how the code is used, and you always have a safety net for refactoring. Drawbacks: it is slower at first, hard to apply when you are still exploring what to build, and tests written too close to the implementation can make later changes expensive. Many teams use it selectively, for logic-heavy code and bug fixes."""),

    G("What makes a unit test flaky, and how do you fix flaky tests?",
      "",
      """A flaky test sometimes passes and sometimes fails without any code change. Common causes are dependence on time (`now()`, timeouts, sleeps), randomness without a fixed seed, test order (shared global state or a database left dirty by another test), concurrency races, and real network calls.

Fixes: inject a clock instead of reading the real time, seed random generators, give each test fresh state and clean up after it, wait for conditions instead of sleeping fixed amounts, and replace network services with fakes. Quarantining a flaky test is a temporary measure at most; ignoring it teaches everyone to ignore red builds."""),

    G("What does code coverage measure, and why is 100% coverage not a guarantee of correctness?",
      "",
      """Line coverage measures which lines ran during the tests; branch coverage measures whether both outcomes of each condition ran. Low coverage reliably shows untested code.

High coverage does not show that the tests check anything: a test that calls a function without asserting on its result still covers it. It also says nothing about inputs that were never tried, such as empty lists, unusual Unicode or very large numbers, or about missing code that should exist. Use coverage to find gaps, and judge tests by whether they would fail if the code were wrong, for example with mutation testing."""),

    G("What is property-based testing, and how is it different from example-based testing?",
      "",
      """Example-based tests check chosen inputs: `sort([3, 1, 2]) == [1, 2, 3]`. Property-based tests state a rule that must hold for all inputs and let a library generate hundreds of random cases, shrinking any failure to a minimal example.

```python
import random

def check_sort_properties(sort, trials=200):
    rng = random.Random(0)
    for _ in range(trials):
        data = [rng.randint(-50, 50) for _ in range(rng.randint(0, 20))]
        out = sort(data)
        assert len(out) == len(data)
        assert all(a <= b for a, b in zip(out, out[1:]))
        assert sorted(out) == sorted(data)

check_sort_properties(sorted)
```

Properties like "same length, ordered, same elements" catch edge cases nobody thought to write down. Libraries such as Hypothesis add smarter generation and shrinking."""),

    G("What is regression testing, and what should you do when fixing a bug?",
      "",
      """Regression testing checks that behaviour which used to work still works after a change. The whole automated suite acts as a regression suite when it runs on every commit.

When you fix a bug, first write a test that reproduces it and watch it fail, then fix the code and watch it pass. The test documents the bug and guarantees it cannot silently come back. Name it after the behaviour (`test_total_ignores_cancelled_items`), not the ticket number alone, so the reason is clear later."""),

    G("What are integration tests, and how should they handle external services like a database?",
      "",
      """Integration tests check that several parts work together: your data access code against a real database, your HTTP client against a server, your queue consumer against a broker. They catch problems unit tests cannot, such as wrong SQL, missing migrations or serialisation mismatches.

For databases, run a real instance of the same engine as production (for example in a container), create a fresh schema per test run, and wrap each test in a transaction that is rolled back, so tests stay independent. For third-party APIs you do not control, test against a local fake or recorded responses, and keep a small number of contract tests against their sandbox."""),

    # ---- HTTP and REST
    G("What do the HTTP status code classes mean, and name a common code from each.",
      "",
      """The first digit gives the class:

- **1xx informational**: 101 Switching Protocols (e.g. upgrading to WebSocket).
- **2xx success**: 200 OK, 201 Created, 204 No Content.
- **3xx redirection**: 301 Moved Permanently, 304 Not Modified (use your cached copy).
- **4xx client error**: 400 Bad Request, 401 Unauthorized (not authenticated), 403 Forbidden (authenticated but not allowed), 404 Not Found, 429 Too Many Requests.
- **5xx server error**: 500 Internal Server Error, 502 Bad Gateway, 503 Service Unavailable.

Clients should treat 4xx as "fix the request" and 5xx as "may succeed if retried later"."""),

    G("Which HTTP methods are safe and which are idempotent, and why does it matter?",
      "",
      """A safe method does not change server state: GET, HEAD and OPTIONS. An idempotent method has the same effect whether it is sent once or several times: all safe methods, plus PUT and DELETE. POST is neither, and PATCH is not guaranteed to be idempotent.

This matters for retries: after a timeout, a client, proxy or browser may safely resend a GET, PUT or DELETE, but resending a POST could create a second order or charge a card twice. APIs often make POST retry-safe by accepting an idempotency key that lets the server recognise a repeated request."""),

    G("Explain what each part of this HTTP request means.",
      "POST /api/v1/orders HTTP/1.1\nHost: shop.example.com\nContent-Type: application/json\nAuthorization: Bearer eyJhbGciOi...\nContent-Length: 41\n\n{\"product_id\": 17, \"quantity\": 2}",
      """The first line is the request line: method `POST` (create something), target path `/api/v1/orders`, and protocol version `HTTP/1.1`. The headers follow: `Host` names the server (required in HTTP/1.1, since one IP can host many sites), `Content-Type` says the body is JSON, `Authorization` carries a bearer token identifying the caller, and `Content-Length` gives the body size in bytes so the server knows where it ends. An empty line separates headers from the body, which is the JSON describing the order to create. A typical successful reply is `201 Created` with a `Location` header pointing to the new order."""),

    G("How does HTTP caching with Cache-Control and ETag work?",
      "",
      """`Cache-Control` tells caches how long a response may be reused: `max-age=3600` lets browsers and proxies reuse it for an hour without asking; `no-store` forbids storing it; `private` allows only the browser, not shared proxies.

When a cached copy expires, the client revalidates using the `ETag` (a version identifier the server sent) in an `If-None-Match` header. If the resource has not changed, the server answers `304 Not Modified` with no body, and the cached copy is reused. This saves bandwidth while still guaranteeing freshness. Versioned file names (`app.3f9a1c.js`) allow very long max-ages for static assets."""),

    G("What is CORS and why does my browser block a request that works in curl?",
      "",
      """CORS (Cross-Origin Resource Sharing) is how a server tells browsers which other origins (scheme + host + port) may read its responses. By default the same-origin policy stops JavaScript on `https://app.example` from reading responses from `https://api.other`. The browser enforces this, not the server, which is why curl, which is not a browser, is unaffected.

The fix is on the API server: respond with `Access-Control-Allow-Origin: https://app.example` (and, for requests with custom headers or methods like PUT, answer the preflight `OPTIONS` request with the allowed methods and headers). Using `*` is fine for public data but cannot be combined with cookies or credentials."""),

    G("What are the main ideas of a REST API design?",
      "",
      """REST models the API as resources identified by URLs, manipulated with standard HTTP methods:

```text
GET    /orders          list orders
POST   /orders          create an order
GET    /orders/42       read one order
PATCH  /orders/42       change part of it
DELETE /orders/42       delete it
```

Other principles: the server keeps no client session state between requests (each request carries its own authentication), responses use proper status codes, and representations (usually JSON) are cacheable where possible. Use nouns for resources and let the method carry the verb, so `/orders/42/cancel` style actions are the exception, not the rule."""),

    G("How should a REST API report errors to clients?",
      "",
      """Use the HTTP status code for the category of error and a consistent JSON body for details that a program and a human can both use:

```json
{
  "error": "validation_failed",
  "message": "quantity must be a positive integer",
  "field": "quantity",
  "request_id": "9c1e7f"
}
```

A stable machine-readable code lets clients branch on the error without parsing text; the message helps developers; the request id links to server logs. Never return `200 OK` with an error inside, and do not leak stack traces or SQL in 500 responses. RFC 9457 (Problem Details) standardises a similar shape."""),

    G("What are the common ways to paginate a REST API, and their trade-offs?",
      "",
      """- **Offset/limit** (`?offset=200&limit=50`): simple and allows jumping to any page, but deep pages are slow for the database, and rows inserted or deleted between requests make items repeat or get skipped.
- **Cursor/keyset** (`?after=opaque_cursor&limit=50`): the cursor encodes the last item's sort key, so each page is a fast index seek and results stay consistent while data changes. You can only go forward (or back), not jump to page 37.
- **Page number** (`?page=5`): offset pagination in friendlier clothes.

Return the next cursor or a `next` link in the response so clients never build URLs themselves. Cursor pagination is the usual choice for feeds and large tables."""),

    G("How should a public API be versioned?",
      "",
      """Common options are a version in the URL path (`/v1/orders`), in a header (`Accept: application/vnd.shop.v2+json`), or a date-based version header. Path versions are the most visible and easiest to route and cache; header versions keep URLs stable.

More important than the mechanism is avoiding breaking changes: adding optional fields and new endpoints is backwards compatible and needs no new version, while removing or renaming fields, changing types or tightening validation does. When a new major version is unavoidable, run both side by side, announce a deprecation date, and measure usage of the old version before turning it off."""),

    G("What is the difference between authentication and authorization?",
      "",
      """Authentication answers "who are you?": verifying identity with a password, a token, a certificate or a passkey. Authorization answers "what may you do?": deciding whether that identity can perform this action on this resource.

In HTTP terms, a missing or invalid credential yields `401 Unauthorized` (despite the name, it is an authentication failure), while a valid user without permission gets `403 Forbidden`. Authorization must be checked on the server for every request and every object (can *this* user read invoice 42?), because checking only in the user interface is easily bypassed."""),

    G("Explain this HTTP response and what the client should do.",
      "HTTP/1.1 429 Too Many Requests\nContent-Type: application/json\nRetry-After: 30\n\n{\"error\": \"rate_limited\", \"limit\": 100, \"window\": \"1m\"}",
      """The server is rate limiting the client: it has sent more than the allowed 100 requests per minute. `429 Too Many Requests` is a client-side condition, not a server failure. `Retry-After: 30` says to wait 30 seconds before trying again. A well-behaved client stops sending, waits at least that long (adding a little random jitter if many clients might retry at once), and then resumes, ideally spreading its requests out or batching them so it stays under the limit."""),

    # ---- complexity
    G("What does Big-O notation describe, and why are constant factors dropped?",
      "",
      """Big-O describes how the running time (or memory) of an algorithm grows as the input size n grows, as an upper bound on the growth rate. O(n) means doubling the input roughly doubles the time; O(n²) means it roughly quadruples.

Constant factors and lower-order terms are dropped because for large n the growth rate dominates: 100n is eventually far faster than n², whatever the constants. For small inputs constants do matter, which is why a simple O(n²) insertion sort beats O(n log n) algorithms on tiny arrays and is used inside hybrid sorts."""),

    G("Order these complexities from fastest to slowest growth and give an example of each: O(n log n), O(1), O(2^n), O(log n), O(n²), O(n).",
      "",
      """From slowest-growing (fastest algorithm) to fastest-growing:

```text
O(1)        hash table lookup
O(log n)    binary search in a sorted array
O(n)        scanning a list for the maximum
O(n log n)  comparison sorting (merge sort, Timsort)
O(n^2)      comparing every pair of elements
O(2^n)      trying every subset of a set
```

For n = 1,000, log n is about 10, n log n about 10,000 and n² a million, while 2^n has about 300 digits. Exponential algorithms are only feasible for very small n."""),

    G("What does amortized O(1) mean, for example for appending to a dynamic array?",
      "",
      """A dynamic array (Python list, JavaScript array, C++ vector) keeps spare capacity. Most appends just write into the next free slot, O(1). When it is full, it allocates a larger block (typically 1.5-2 times bigger) and copies everything, O(n).

Because the capacity grows geometrically, the expensive copies happen rarely: over n appends the total copying work is at most a constant times n. Averaged over the sequence, each append costs O(1) amortized, even though an individual append can take O(n). This is a worst-case guarantee for the whole sequence, unlike average-case analysis, which depends on input distributions."""),

    G("What is the difference between time complexity and space complexity? Give an example of trading one for the other.",
      "",
      """Time complexity measures how the number of steps grows with input size; space complexity measures how the extra memory grows.

Example: to check whether a list has duplicates, comparing every pair takes O(n²) time and O(1) extra space; putting the elements in a hash set takes O(n) time but O(n) extra space. Memoization is the same trade: caching results of a recursive function uses memory to avoid recomputing them, turning the naive Fibonacci from exponential time into linear time with linear space."""),

    G("Why is binary search O(log n)?",
      "",
      """Each comparison with the middle element discards half of the remaining range. Starting with n elements, after k steps at most n / 2^k remain, and the search ends when that drops to 1, i.e. after k = log₂ n steps.

```text
n = 1,000,000  ->  at most 20 comparisons
n = 1,000,000,000  ->  at most 30 comparisons
```

Multiplying the data by 1,000 adds only about 10 steps. The precondition is that the data is sorted and supports random access; on a linked list, reaching the middle already costs O(n)."""),

    G("What is the complexity of common hash table operations, and when do they degrade?",
      "",
      """Insert, lookup and delete are O(1) on average: the key's hash picks a bucket directly, and with a good hash function and a load factor kept below a threshold (by resizing), each bucket holds only a few entries.

They degrade to O(n) when many keys land in the same bucket: with a poor hash function, or when an attacker deliberately sends colliding keys (hash flooding), which is why languages like Python randomise string hashing. Resizing itself costs O(n) but happens rarely enough to be amortized O(1). Hash tables also do not keep keys in sorted order; use a balanced tree when you need range queries."""),

    G("What are P and NP, informally?",
      "",
      """P is the class of decision problems a computer can solve in polynomial time, such as "is this list sorted?" or "is there a path between these two nodes?". NP is the class of problems whose *solutions can be verified* in polynomial time: given a proposed answer, checking it is fast, even if finding it may not be. Sudoku and the travelling-salesman decision problem are in NP.

NP-complete problems are the hardest in NP: a fast algorithm for one would give fast algorithms for all. Whether P = NP is the famous open question. In practice, an NP-complete problem at work means using heuristics, approximation, or exact solvers that work well on typical instances."""),

    G("What is the complexity of sorting, and why can't comparison sorts beat O(n log n)?",
      "",
      """Good comparison sorts (merge sort, heapsort, Timsort) take O(n log n) time in the worst case; quicksort does on average but O(n²) in the worst case.

The lower bound comes from counting: there are n! possible orderings of n elements, and each comparison has two outcomes, so a decision tree that distinguishes them all needs depth at least log₂(n!), which is about n log₂ n. Non-comparison sorts escape the bound by using the structure of the keys: counting sort and radix sort run in O(n + k) for integer keys of limited range."""),

    # ---- data structures
    G("When would you use a linked list instead of an array?",
      "",
      """Arrays store elements contiguously: O(1) access by index and excellent cache locality, but inserting or deleting in the middle shifts elements, O(n). A linked list stores nodes that point to each other: inserting or removing a node you already hold is O(1), but reaching the k-th element is O(k), and pointer chasing is cache-unfriendly.

In practice arrays win most of the time, even for some insert-heavy work, thanks to the CPU cache. Linked lists fit when you splice nodes in and out at known positions constantly, such as the recency list inside an LRU cache or free lists in memory allocators."""),

    G("What are stacks and queues, and give a typical use of each.",
      "",
      """A stack is last-in, first-out: you push onto the top and pop from the top. A queue is first-in, first-out: you enqueue at the back and dequeue from the front.

```python
from collections import deque

stack = []
stack.append("a"); stack.append("b")
assert stack.pop() == "b"          # LIFO

queue = deque()
queue.append("a"); queue.append("b")
assert queue.popleft() == "a"      # FIFO
```

Stacks model nested work: function calls, undo history, matching brackets, depth-first search. Queues model waiting lines: task queues, breadth-first search, buffering between a producer and a consumer."""),

    G("What is a binary heap and what is it used for?",
      "",
      """A binary heap is a complete binary tree stored in an array, where every parent is smaller than (in a min-heap) or larger than its children. The minimum is always at index 0, readable in O(1), and insertion or removal of the minimum takes O(log n) by sifting an element up or down one path.

```python
import heapq

tasks = []
for priority, name in [(3, "email"), (1, "outage"), (2, "review")]:
    heapq.heappush(tasks, (priority, name))
assert [heapq.heappop(tasks)[1] for _ in range(3)] == ["outage", "review", "email"]
```

Heaps implement priority queues: schedulers, Dijkstra's shortest path, merging sorted streams, and keeping the top k items of a large stream."""),

    G("What is a balanced binary search tree, and what does it offer that a hash table does not?",
      "",
      """A binary search tree keeps keys ordered: everything in a node's left subtree is smaller, everything in the right subtree larger. Balanced variants (red-black trees, AVL trees, B-trees on disk) keep the height at O(log n), so search, insert and delete are O(log n) in the worst case.

Compared with a hash table, a balanced tree is slower for single lookups, but it keeps keys sorted, so it supports in-order iteration, finding the smallest or largest key, the next key after x, and range queries such as "all timestamps between 10:00 and 11:00". That is why database indexes are B-trees."""),

    G("What is a graph, and how do adjacency lists and adjacency matrices compare?",
      "",
      """A graph is a set of vertices connected by edges, possibly directed or weighted: road networks, social networks, dependency graphs.

An adjacency matrix is a V×V table where entry (i, j) says whether there is an edge: O(1) edge checks but O(V²) memory, wasteful for sparse graphs. An adjacency list stores, for each vertex, the list of its neighbours: O(V + E) memory and fast iteration over neighbours, but checking a specific edge takes time proportional to the vertex's degree (or O(1) with neighbour sets). Most real graphs are sparse, so adjacency lists are the usual choice."""),

    G("Compare breadth-first search and depth-first search.",
      "",
      """Both visit every reachable vertex in O(V + E) time. BFS explores level by level using a queue, so it finds the shortest path in an unweighted graph and is good for "nearest" questions. DFS goes as deep as possible before backtracking, using a stack or recursion; it is natural for cycle detection, topological sorting and exploring all paths.

```python
from collections import deque

graph = {"a": ["b", "c"], "b": ["d"], "c": ["d"], "d": []}

def bfs_order(start):
    seen, order, queue = {start}, [], deque([start])
    while queue:
        node = queue.popleft()
        order.append(node)
        for nxt in graph[node]:
            if nxt not in seen:
                seen.add(nxt)
                queue.append(nxt)
    return order

assert bfs_order("a") == ["a", "b", "c", "d"]
```

BFS may need memory for a whole level of the graph; recursive DFS can hit recursion limits on deep graphs."""),

    G("What is a trie and what problems does it solve well?",
      "",
      """A trie (prefix tree) stores strings character by character along paths from the root; words that share a prefix share the nodes for it, and a flag marks where a complete word ends.

```python
def build_trie(words):
    root = {}
    for word in words:
        node = root
        for ch in word:
            node = node.setdefault(ch, {})
        node["$"] = True
    return root

def has_prefix(trie, prefix):
    node = trie
    for ch in prefix:
        if ch not in node:
            return False
        node = node[ch]
    return True

trie = build_trie(["car", "cart", "cat"])
assert has_prefix(trie, "ca") and not has_prefix(trie, "co")
```

Lookups cost O(length of the key), independent of how many words are stored. Tries suit autocomplete, spell checking and longest-prefix matching such as IP routing tables."""),

    G("What is a Bloom filter?",
      "",
      """A Bloom filter is a compact probabilistic set. It is a bit array plus k hash functions: adding an item sets k bits; checking an item tests whether all k bits are set. If any bit is 0, the item was definitely never added. If all are 1, it was *probably* added, since other items may have set those bits (a false positive).

It uses a few bits per item regardless of item size, and you tune the false-positive rate with the array size and k. Items cannot be removed. Databases use Bloom filters to skip disk reads for keys that are certainly absent, and browsers have used them to check URLs against blocklists."""),

    G("When should you choose a set over a list?",
      "",
      """Choose a set when you mainly ask "is x in here?" or need uniqueness: membership tests are O(1) on average for a hash set, versus O(n) for a list, and duplicates are dropped automatically.

```python
banned = {"spam@example.com", "bot@example.com"}
emails = ["ann@example.com", "bot@example.com", "ann@example.com"]
allowed = [e for e in dict.fromkeys(emails) if e not in banned]
assert allowed == ["ann@example.com"]
```

Choose a list when order matters, duplicates are meaningful, or you access items by position. Sets require hashable (immutable) elements, and their iteration order should not be relied on (the example uses `dict.fromkeys` to deduplicate while keeping order)."""),

    # ---- design principles
    G("Explain the single responsibility principle with an example.",
      "",
      """A module or class should have one reason to change: it serves one concern. A `ReportService` that queries the database, computes totals, renders HTML and sends the email has four reasons to change: a schema change, a business rule, a layout tweak, a new mail provider.

Splitting it into a repository (data access), a calculator (rules), a renderer and a mailer means each change touches one small piece, each piece can be tested alone, and the pieces can be reused, for example rendering the same report as PDF. The goal is not tiny classes for their own sake, but keeping things that change together in one place and things that change for different reasons apart."""),

    G("What does 'prefer composition over inheritance' mean?",
      "",
      """Inheritance shares code by making a class a subtype of another; composition shares code by having an object hold and delegate to other objects.

```python
class EmailSender:
    def send(self, to, text):
        return f"email to {to}: {text}"

class Notifier:
    def __init__(self, sender):
        self.sender = sender          # has-a, not is-a
    def alert(self, user, msg):
        return self.sender.send(user, msg.upper())

assert Notifier(EmailSender()).alert("ana", "disk full") == "email to ana: DISK FULL"
```

Deep inheritance hierarchies couple subclasses to their parents' internals and are hard to change. With composition you can swap the sender (SMS, a fake in tests) at run time. Inheritance is still right for genuine is-a relationships with a stable interface."""),

    G("What is dependency injection and why does it make code easier to test?",
      "",
      """Dependency injection means a component receives the objects it depends on (database, clock, HTTP client) from outside, typically as constructor or function parameters, instead of creating them itself.

```python
import datetime

def greeting(clock=datetime.datetime.now):
    return "Good morning" if clock().hour < 12 else "Good afternoon"

fixed = lambda: datetime.datetime(2024, 1, 1, 9, 30)
assert greeting(fixed) == "Good morning"
```

Because the clock is a parameter, the test controls time without patching anything. The same applies to repositories and network clients: tests pass in fakes, production passes the real thing. No framework is required; plain parameters are dependency injection."""),

    G("What do DRY and YAGNI mean, and how can they conflict?",
      "",
      """DRY ("don't repeat yourself") says every piece of knowledge should have one authoritative place, so a change is made once. YAGNI ("you aren't gonna need it") says not to build features or flexibility until they are actually needed.

They conflict when removing duplication requires a speculative abstraction: two similar functions are merged into one generic function with flags, and the next requirement makes them diverge, leaving a tangle of conditionals. A common rule of thumb is to tolerate duplication until the third occurrence, and to deduplicate knowledge (business rules, constants), not code that merely looks alike."""),

    G("What is the difference between coupling and cohesion?",
      "",
      """Cohesion describes how closely the parts *inside* a module belong together; coupling describes how much modules *depend on each other*. The goal is high cohesion and low coupling.

A highly cohesive `invoice` module contains the invoice data, its totals and its validation. Low coupling means other modules use it through a small interface and do not reach into its internals. Then a change inside the module rarely forces changes elsewhere, and the module can be understood and tested on its own. Warning signs of tight coupling are shared global state, long chains like `order.customer.account.settings.currency`, and changes that ripple across many files."""),

    G("What is the Liskov substitution principle? Give a violation.",
      "",
      """Objects of a subtype must be usable wherever the base type is expected without breaking correct programs: the subtype may not demand more from callers or promise less.

The classic violation is `Square` inheriting from `Rectangle`. Code that sets a rectangle's width to 5 and height to 4 expects an area of 20, but a square that keeps its sides equal gives 16 (or 25). Another is a `ReadOnlyList` subclass whose `append` raises: any function written against the list interface now fails. The fix is usually a different hierarchy, such as separate immutable and mutable interfaces, rather than overriding methods to refuse work."""),

    G("What are the benefits of immutable data?",
      "",
      """An immutable value cannot change after it is created; "changing" it produces a new value.

```python
from dataclasses import dataclass, replace

@dataclass(frozen=True)
class Point:
    x: int
    y: int

p = Point(1, 2)
q = replace(p, x=5)
assert p == Point(1, 2) and q == Point(5, 2)
```

Benefits: it can be shared between functions and threads without defensive copies or locks, it is safe to use as a dictionary key, and reasoning is easier because a value you hold never changes behind your back. The cost is allocating new objects for every change, which persistent data structures and careful design keep acceptable."""),

    G("What is the difference between an interface and an implementation, and why program to an interface?",
      "",
      """An interface is what a component promises (its operations and their meaning); an implementation is how it keeps the promise. Programming to an interface means calling code depends only on the promise, for example "something with `save(order)`", not on `PostgresOrderRepository`.

```python
from typing import Protocol

class Storage(Protocol):
    def save(self, key: str, data: bytes) -> None: ...

class MemoryStorage:
    def __init__(self):
        self.items = {}
    def save(self, key, data):
        self.items[key] = data

def archive(store: Storage, name: str, payload: bytes) -> None:
    store.save(f"archive/{name}", payload)

mem = MemoryStorage()
archive(mem, "a.txt", b"hi")
assert mem.items == {"archive/a.txt": b"hi"}
```

Implementations can then be swapped, such as local disk, S3 or memory in tests, without touching the callers."""),

    # ---- concurrency
    G("What is the difference between concurrency and parallelism?",
      "",
      """Concurrency is structuring a program as several tasks that are in progress at the same time and may interleave; parallelism is actually executing several computations at the same instant on multiple cores.

A single-core web server that juggles a thousand connections with an event loop is concurrent but not parallel. Four processes each crunching a quarter of an array on four cores are parallel. Concurrency is about dealing with many things at once (often waiting on I/O); parallelism is about doing many things at once to finish computation sooner."""),

    G("What is a race condition? Show one in Python.",
      "",
      """A race condition is a bug where the result depends on the unpredictable timing of concurrent operations. The classic case is a read-modify-write on shared data: two threads read the same value, both add one, both write back, and one increment is lost.

```python
import threading

counter = 0
lock = threading.Lock()

def add_many():
    global counter
    for _ in range(100_000):
        with lock:            # without the lock, increments can be lost
            counter += 1

threads = [threading.Thread(target=add_many) for _ in range(4)]
for t in threads: t.start()
for t in threads: t.join()
assert counter == 400_000
```

`counter += 1` is several steps (load, add, store), so without the lock threads can interleave between them. The lock makes the whole step atomic."""),

    G("What is a deadlock and what four conditions are needed for one?",
      "",
      """A deadlock is a state where each of a set of threads waits for a resource held by another thread in the set, so none can proceed. It requires all four Coffman conditions:

1. **Mutual exclusion**: resources are held exclusively.
2. **Hold and wait**: a thread holds one resource while waiting for another.
3. **No preemption**: resources cannot be taken away forcibly.
4. **Circular wait**: a cycle of threads each waiting on the next.

Breaking any one prevents deadlock. The most practical is breaking circular wait by always acquiring locks in a fixed global order; lock timeouts and acquiring all needed resources at once are other options."""),

    G("What is the difference between a thread and a process?",
      "",
      """A process is a running program with its own address space, file handles and resources; processes are isolated from each other, so a crash in one does not corrupt another, but sharing data needs explicit inter-process communication (pipes, sockets, shared memory). A thread is a unit of execution inside a process; threads of one process share memory, which makes communication cheap but introduces race conditions.

Threads are cheaper to create and switch than processes. In CPython, the global interpreter lock limits threads to one running Python bytecode at a time, so CPU-bound work uses multiple processes, while I/O-bound work does fine with threads or asyncio."""),

    G("When should you use async I/O (an event loop) instead of threads?",
      "",
      """Async I/O shines when a program spends most of its time waiting on many network connections: a single thread with an event loop can manage thousands of sockets, with a small memory cost per task, and switches tasks only at explicit `await` points, which makes shared state easier to reason about.

Threads are simpler when you need to call blocking libraries that have no async version, and they do not require every function in the call chain to be async. Neither helps CPU-bound work in CPython; use processes for that. A common pitfall in async code is calling a blocking function, which freezes every task on the loop."""),

    G("What is a mutex versus a semaphore?",
      "",
      """A mutex (lock) lets exactly one thread into a critical section at a time, and conceptually only the thread that acquired it releases it. A semaphore holds a counter: up to N threads may acquire it at once, and each release adds one back.

```python
import threading

pool_slots = threading.Semaphore(3)   # at most 3 concurrent downloads

def download(url, done):
    with pool_slots:
        done.append(url)

done = []
threads = [threading.Thread(target=download, args=(f"u{i}", done)) for i in range(10)]
for t in threads: t.start()
for t in threads: t.join()
assert len(done) == 10
```

Use a mutex to protect shared data; use a semaphore to limit concurrent use of a resource such as connections or API calls."""),

    G("What does it mean for an operation to be atomic, and why do compare-and-swap instructions matter?",
      "",
      """An atomic operation happens all at once from the point of view of other threads: no thread can observe it half-done. Reading or writing a single aligned machine word is typically atomic, but `count += 1` is not, since it is a read, an add and a write.

Compare-and-swap (CAS) atomically says "if this memory still holds the value I read, replace it with my new value; otherwise tell me it changed". A thread can retry until its CAS succeeds, which builds lock-free counters, stacks and queues without a mutex. This avoids blocking, but retries under heavy contention can waste work, and lock-free code is notoriously hard to get right."""),

    G("What is the producer-consumer pattern, and how does a bounded queue help?",
      "",
      """Producers create work items and put them into a shared queue; consumers take items out and process them. The queue decouples the two sides, so they can run at different speeds and be scaled separately.

```python
import queue
import threading

q = queue.Queue(maxsize=5)   # bounded: producers wait when it is full
results = []

def consumer():
    while (item := q.get()) is not None:
        results.append(item * item)

worker = threading.Thread(target=consumer)
worker.start()
for n in range(20):
    q.put(n)
q.put(None)                  # sentinel: no more work
worker.join()
assert results == [n * n for n in range(20)]
```

A bounded queue applies backpressure: a fast producer blocks instead of filling memory with a backlog the consumer can never catch up with."""),

    # ---- encoding
    G("What is the difference between Unicode and UTF-8?",
      "",
      """Unicode is the character set: it assigns a number, a code point, to every character, like U+0041 for "A" or U+00E9 for "é". UTF-8 is an encoding: a rule for turning code points into bytes.

```python
text = "café"
assert [hex(ord(c)) for c in text] == ["0x63", "0x61", "0x66", "0xe9"]
assert text.encode("utf-8") == b"caf\\xc3\\xa9"     # é takes two bytes
assert len(text) == 4 and len(text.encode("utf-8")) == 5
```

UTF-8 uses 1 byte for ASCII and 2-4 bytes for other characters, so plain English text is unchanged from ASCII. Other encodings of the same code points exist (UTF-16, UTF-32); reading bytes with the wrong encoding produces mojibake like "cafÃ©"."""),

    G("What is Unicode normalization, and why can two identical-looking strings differ?",
      "",
      """Some characters have more than one representation: "é" can be the single code point U+00E9 or "e" followed by the combining accent U+0301. Both render the same, but they are different sequences, so equality checks, dictionary lookups and lengths disagree.

```python
import unicodedata

composed = "caf\\u00e9"
decomposed = "cafe\\u0301"
assert composed != decomposed
assert unicodedata.normalize("NFC", decomposed) == composed
assert len(composed) == 4 and len(decomposed) == 5
```

NFC composes characters where possible and NFD decomposes them. Normalise text (usually to NFC) when it enters your system, for example before storing usernames or comparing file names; macOS file systems historically used decomposed forms."""),

    G("What is Base64, and is it encryption?",
      "",
      """Base64 encodes arbitrary bytes as text using 64 safe characters (A-Z, a-z, 0-9, +, /), so binary data can travel through channels built for text: email, JSON, data URLs, HTTP headers. Every 3 bytes become 4 characters, so the data grows by about a third.

```python
import base64

raw = b"\\x00\\xffhello"
encoded = base64.b64encode(raw)
assert encoded == b"AP9oZWxsbw=="
assert base64.b64decode(encoded) == raw
```

It is not encryption: there is no key, and anyone can decode it instantly. Credentials in a Basic Auth header are only Base64-encoded, which is why they must be sent over HTTPS."""),

    G("Why does text sometimes show up as 'Ã©' instead of 'é', and how do you fix it?",
      "Expected: Café Olé\nDisplayed: CafÃ© OlÃ©",
      """This is mojibake: the text was encoded as UTF-8 but decoded as Latin-1 (or Windows-1252). "é" is the two bytes C3 A9 in UTF-8, and Latin-1 shows those bytes as "Ã" and "©".

```python
good = "Café Olé"
garbled = good.encode("utf-8").decode("latin-1")
assert garbled == "CafÃ© OlÃ©"
assert garbled.encode("latin-1").decode("utf-8") == good   # repair
```

The real fix is to declare and use UTF-8 consistently at every boundary: file reads (`open(..., encoding="utf-8")`), HTTP `Content-Type` charsets, database connection settings. Repairing by re-encoding only works if the garbled text was not modified further."""),

    G("What is URL encoding (percent-encoding) and when is it needed?",
      "",
      """URLs may only contain a limited set of characters, and some characters have meaning (`/`, `?`, `&`, `=`, `#`). Percent-encoding writes any other byte as `%` followed by two hex digits, after encoding text as UTF-8: a space becomes `%20`, "é" becomes `%C3%A9`.

```python
from urllib.parse import quote, urlencode

assert quote("a b/é") == "a%20b/%C3%A9"
assert urlencode({"q": "fish & chips", "page": 2}) == "q=fish+%26+chips&page=2"
```

Encode each value when building query strings or path segments, so user input containing `&` or `#` cannot change the structure of the URL. In query strings, form encoding writes spaces as `+`."""),

    G("What is byte order (endianness)?",
      "",
      """Endianness is the order in which the bytes of a multi-byte number are stored. Big-endian stores the most significant byte first; little-endian stores the least significant byte first.

```python
n = 0x12345678
assert n.to_bytes(4, "big") == b"\\x12\\x34\\x56\\x78"
assert n.to_bytes(4, "little") == b"\\x78\\x56\\x34\\x12"
assert int.from_bytes(b"\\x78\\x56\\x34\\x12", "little") == n
```

x86 and most ARM systems are little-endian, while network protocols traditionally use big-endian ("network byte order"). It matters whenever binary data crosses machines or files: file formats and protocols must specify the byte order, and parsers must honour it."""),

    # ---- floating point
    G("Why does 0.1 + 0.2 not equal 0.3 in most programming languages?",
      "",
      """Floating-point numbers are stored in binary, and 0.1, 0.2 and 0.3 have no finite binary representation, just as 1/3 has none in decimal. Each is rounded to the nearest representable double, and the rounding errors do not cancel out.

```python
import math

assert 0.1 + 0.2 != 0.3
assert 0.1 + 0.2 == 0.30000000000000004
assert math.isclose(0.1 + 0.2, 0.3)
```

Compare floats with a tolerance (`math.isclose`) instead of `==`, and use decimal or integer arithmetic (cents) where exact decimal results matter, such as money."""),

    G("What are NaN and infinity in floating point, and what is surprising about NaN?",
      "",
      """IEEE 754 floats include special values: `inf` and `-inf` for results too large to represent (or division by zero in some languages), and NaN ("not a number") for undefined results such as `inf - inf` or `0/0`.

```python
import math

inf = float("inf")
nan = inf - inf
assert inf > 1e308 and -inf < -1e308
assert nan != nan                     # NaN is not equal to itself
assert math.isnan(nan)
assert math.isnan(max(nan, 1.0)) and max(1.0, nan) == 1.0  # argument order changes max
```

The surprise is that NaN compares unequal to everything, including itself, so `x == x` is false for NaN and sorting or `max` over data with NaNs gives order-dependent results. Check with `math.isnan` and clean NaNs out before aggregating."""),

    G("When should you use a decimal type instead of binary floating point?",
      "",
      """Use a decimal type when values are decimal by nature and must be exact: money, prices, tax calculations, quantities written by humans. Binary floats cannot represent 0.1 exactly, so sums drift and rounding may go the wrong way.

```python
from decimal import Decimal, ROUND_HALF_UP

price = Decimal("19.99")
total = (price * 3).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
assert total == Decimal("59.97")
assert sum([Decimal("0.1")] * 10) == Decimal("1.0")
```

Create decimals from strings, not floats, or you import the float's error. Binary floats remain the right choice for measurements and scientific computing, where speed matters and inputs are approximate anyway."""),

    G("What is catastrophic cancellation in floating-point arithmetic?",
      "",
      """When two nearly equal floating-point numbers are subtracted, their leading digits cancel, and the result keeps only the low-order digits, which are mostly rounding error. The relative error of the result can be huge even though each input was accurate.

```python
import math

x = 1e-10
naive = (1 - math.cos(x)) / x**2      # cos(x) is 0.99999999999999... : cancellation
stable = 2 * math.sin(x / 2) ** 2 / x**2
assert abs(stable - 0.5) < 1e-9
assert abs(naive - 0.5) > 0.1
```

The fix is to rearrange formulas to avoid subtracting close values, such as the half-angle identity above, or library functions built for it like `math.expm1` and `math.log1p`."""),

    # ---- security basics
    G("How should passwords be stored in a database?",
      "",
      """Never store passwords in plain text or with reversible encryption, and not with a fast hash such as plain SHA-256 either. Store the output of a slow, salted password-hashing function: Argon2id, scrypt or bcrypt.

```python
import hashlib
import hmac
import os

def hash_password(password, salt=None):
    salt = salt or os.urandom(16)
    digest = hashlib.scrypt(password.encode(), salt=salt, n=2**14, r=8, p=1)
    return salt, digest

salt, stored = hash_password("correct horse")
assert hmac.compare_digest(hash_password("correct horse", salt)[1], stored)
assert not hmac.compare_digest(hash_password("wrong", salt)[1], stored)
```

The random salt makes identical passwords hash differently and defeats precomputed tables; the deliberate slowness makes brute-forcing a stolen database expensive. `compare_digest` compares in constant time."""),

    G("What is SQL injection and how is it prevented?",
      "",
      """SQL injection happens when user input is pasted into the text of a SQL statement, so crafted input changes the statement itself: `' OR '1'='1` in a login form can turn a password check into "match any user", and other payloads can read or delete data.

The prevention is parameterised queries (prepared statements): the SQL text contains placeholders, and values are sent separately, so the database never interprets them as SQL. ORMs and query builders do this for you. Escaping by hand is fragile. Additional layers help limit the damage: a database user with minimal privileges, and input validation for expected formats."""),

    G("What is cross-site scripting (XSS), and how do you defend against it?",
      "",
      """XSS occurs when a web page includes attacker-controlled text as HTML or JavaScript, so the attacker's script runs in other users' browsers with their session, reading data or acting on their behalf. A comment like `<script>fetch('/api/me')...</script>` displayed unescaped is the classic example.

Defences: escape output for its context (HTML body, attribute, URL, JavaScript) – template engines and frameworks like React do this by default; avoid APIs that insert raw HTML (`innerHTML`, `dangerouslySetInnerHTML`) with user data; sanitise rich text with a vetted library; and add a Content-Security-Policy header that forbids inline scripts as a second line of defence."""),

    G("What is CSRF, and how do SameSite cookies and tokens prevent it?",
      "",
      """Cross-site request forgery tricks a logged-in user's browser into sending a request to your site from another site, for example a hidden form that posts to `/transfer`. The browser attaches the user's cookies automatically, so the server sees an authenticated request the user never intended.

Defences: set session cookies with `SameSite=Lax` or `Strict`, so browsers do not send them on cross-site POSTs; require a CSRF token (a random value embedded in your own forms and checked by the server) for state-changing requests; and never change state on GET. APIs authenticated with a bearer token in a header, rather than cookies, are not exposed to CSRF in the same way."""),

    G("What does the principle of least privilege mean in practice?",
      "",
      """Every user, process and service should have only the permissions it needs to do its job, and no more, for no longer than necessary.

In practice: the web application's database user can read and write its own tables but cannot drop them or read other schemas; a backup job gets read-only access; CI tokens are scoped to one repository; containers run as a non-root user; cloud roles grant specific actions on specific resources instead of `*`; and admin rights are granted temporarily when needed. When something is compromised, and eventually something will be, least privilege limits how far the attacker can get."""),

    G("Why should secrets not be committed to a git repository, and what should be done instead?",
      "",
      """Anything committed stays in the history forever and is copied to every clone, fork, CI runner and backup; deleting the file in a later commit does not remove it. Public repositories are scanned by bots for keys within minutes.

Instead, keep secrets in environment variables or a secrets manager (Vault, cloud secret stores, CI secret settings), load them at run time, commit only an example file such as `.env.example` with placeholder values, and add real `.env` files to `.gitignore`. Secret-scanning hooks catch mistakes before they are pushed. If a secret was committed, treat it as leaked: revoke and rotate it first, then clean up the history."""),

    G("What is the difference between hashing, encryption and encoding?",
      "",
      """- **Encoding** changes representation for compatibility, with no secret: Base64, UTF-8, URL encoding. Anyone can reverse it.
- **Encryption** makes data unreadable without a key and is reversible with the key: AES for stored data, TLS for data in transit. Use it when you need the original data back.
- **Hashing** maps data to a fixed-size digest one way: you cannot get the input back, and the same input always gives the same digest. Use it for integrity checks (SHA-256 of a download) and, with a slow salted algorithm, for passwords.

A common mistake is calling Base64 "encryption" or encrypting passwords when they should be hashed."""),

    G("Explain what HTTPS (TLS) protects against and what it does not.",
      "",
      """TLS encrypts the connection between client and server and authenticates the server with a certificate signed by a trusted authority. That protects against eavesdropping on the network (passwords, cookies, page contents) and against tampering or impersonation by someone in the middle, such as on public Wi-Fi.

It does not protect data once it arrives: a compromised server, a vulnerable application (SQL injection, XSS), malware on the user's machine, or a phishing site with its own valid certificate are all outside its scope. Observers also still see which server you connect to and the size and timing of the traffic."""),

    G("What is input validation, and why should it happen on the server even if the client already validates?",
      "",
      """Input validation checks that incoming data has the expected type, format, length and range before the application uses it: an age is an integer between 0 and 150, an email looks like an email, a file upload is a PNG under 5 MB.

Client-side validation only improves the user experience; attackers do not use your form and can send any request directly with curl or a script. The server is the only place where checks cannot be bypassed, so every rule that protects data or security must be enforced there. Prefer allow-lists (what is permitted) over block-lists of known bad input, and reject invalid data rather than trying to repair it."""),

    G("What is a timing attack, and why compare secrets in constant time?",
      "",
      """A timing attack infers secret data from how long an operation takes. An ordinary string comparison returns as soon as a character differs, so comparing a guessed API token with the real one takes slightly longer the more leading characters are right. By measuring many requests, an attacker can recover the token one character at a time.

```python
import hmac

expected = "9f2c1a7e"
assert hmac.compare_digest(expected, "9f2c1a7e")
assert not hmac.compare_digest(expected, "9f2c1a7f")
```

`hmac.compare_digest` (or the equivalent in other languages) always examines the full length, so the time does not reveal where the first difference is."""),

    G("A teammate proposes this commit message. What would you improve?",
      "fixed stuff",
      """The message says nothing about what was fixed or why, so it is useless in `git log`, `git blame` and release notes. A better message names the behaviour in the imperative mood and explains the cause:

```text
Fix double charge when payment callback is retried

The provider retries the callback on timeout; we created a new charge
each time. Store the provider's event id and ignore repeats.
```

Anyone reading the history later can now see the symptom, the cause and the approach without opening the diff."""),

    G("Estimate the time complexity of this pseudocode and suggest a faster approach.",
      "for each user in users:            # n users\n    for each order in orders:      # m orders\n        if order.user_id == user.id:\n            user.total += order.amount",
      """The nested loops compare every user with every order, so the running time is O(n * m): with 10,000 users and 1,000,000 orders that is ten billion comparisons. Index the users by id first and make a single pass over the orders:

```text
by_id = map from user.id to user       # O(n)
for each order in orders:              # O(m)
    by_id[order.user_id].total += order.amount
```

That is O(n + m) time at the cost of O(n) memory for the map, the same idea a database uses for a hash join."""),

    G("Review this password policy from a security point of view.",
      "- at least 8 characters\n- must contain an uppercase letter, a digit and a symbol\n- must be changed every 30 days\n- the last 3 passwords cannot be reused",
      """The length minimum is reasonable, but longer is better: allowing and encouraging long passphrases matters more than character classes. Composition rules push users towards predictable patterns such as `Summer2024!`. Forced changes every 30 days are counterproductive: people pick weaker passwords and increment a digit, which is why current guidance (for example NIST SP 800-63B) recommends changing passwords only when there is evidence of compromise.

Better measures: require at least 12-15 characters, check new passwords against lists of breached and common passwords, rate-limit login attempts, support password managers (allow pasting), and offer multi-factor authentication."""),

    G("Why is converting text to lowercase not enough for case-insensitive comparison in every language?",
      "",
      """Lowercasing follows simple one-to-one rules that break for some scripts. German "ß" uppercases to "SS", so "STRASSE" and "straße" only match after full case folding; Turkish has a dotted and a dotless i, so "I".lower() is wrong for Turkish text; and Greek final sigma "ς" lowercases differently from "σ" depending on position.

Use the language's case-folding function for comparisons (Python's `str.casefold()`, ICU's folding in other languages), normalise Unicode first so "é" written two ways compares equal, and use a locale-aware collator when the goal is sorting rather than equality."""),

    G("How do domain names with non-ASCII characters, such as münchen.de or café.fr, work in URLs and DNS?",
      "",
      """DNS itself only carries ASCII letters, digits and hyphens. Internationalised domain names (IDNA) are converted label by label to an ASCII form called Punycode, prefixed with `xn--`: "münchen.de" travels as `xn--mnchen-3ya.de`. Browsers show the Unicode form to users and send the ASCII form on the wire.

```text
münchen.de  ->  xn--mnchen-3ya.de
café.fr     ->  xn--caf-dma.fr
```

Because different characters can look identical (a Cyrillic "а" versus a Latin "a"), browsers fall back to displaying the `xn--` form when a name mixes scripts suspiciously, a defence against homograph phishing."""),

    G("What problems do accented characters cause in file names, and how can a program avoid them?",
      "",
      """A name like "résumé.pdf" can be stored in composed form (é as one code point) or decomposed form (e plus a combining accent); older macOS file systems used the decomposed form, while Linux stores whatever bytes it is given. Code that builds a path from user input may then fail to find a file that visibly exists, and archives created on one system can show duplicate-looking entries on another.

Normalise names to one form (usually NFC) before comparing or storing them, treat file names as opaque when you only pass them through, and be explicit about UTF-8 when writing names into archives, logs or databases. Where portability matters more than prettiness, restrict generated names to ASCII letters, digits, hyphens and underscores."""),
]
