"""Writer C, part 2: SQL rows (more queries, indexes, python + sqlite3 examples)."""


def S(kind, instruction, input, output):
    return dict(kind=kind, lang="sql", instruction=instruction, input=input, output=output)


ROWS = [
    S("concept",
      "When is EXISTS preferable to IN with a subquery?",
      "",
      """Both ask whether a matching row exists. `EXISTS` stops at the first match and is unaffected by NULLs, while `NOT IN` returns nothing if the subquery yields a NULL. Modern planners often run `IN` and `EXISTS` identically, so the practical difference is mostly the NULL behaviour of the negated forms.

```sql
SELECT c.id FROM customers AS c
WHERE EXISTS (SELECT 1 FROM orders AS o WHERE o.customer_id = c.id AND o.total > 500);
```

Use `IN` for a short literal list (`status IN ('new', 'open')`), and `EXISTS`/`NOT EXISTS` for correlated checks against another table."""),

    S("write_function",
      "Split customers into four quartiles by lifetime spend and show the spend range of each quartile.",
      "",
      """```sql
WITH spend AS (
    SELECT customer_id, SUM(total) AS lifetime
    FROM orders
    GROUP BY customer_id
), bucketed AS (
    SELECT customer_id, lifetime, NTILE(4) OVER (ORDER BY lifetime) AS quartile
    FROM spend
)
SELECT quartile, COUNT(*) AS customers, MIN(lifetime) AS low, MAX(lifetime) AS high
FROM bucketed
GROUP BY quartile
ORDER BY quartile;
```

`NTILE(4)` deals the sorted rows into four groups as evenly as possible; quartile 4 holds the biggest spenders. When the count is not divisible by four, the first groups get one extra row."""),

    S("fix_bug",
      "I want each row to show the last price of the day, but LAST_VALUE just returns the current row's price. What is wrong?",
      "SELECT day, ts, price,\n       LAST_VALUE(price) OVER (PARTITION BY day ORDER BY ts) AS close_price\nFROM ticks;",
      """With an ORDER BY, the default window frame ends at the current row (`RANGE BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW`), so the "last value" of the frame is the current row itself. Extend the frame to the end of the partition:

```sql
SELECT day, ts, price,
       LAST_VALUE(price) OVER (
           PARTITION BY day ORDER BY ts
           ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
       ) AS close_price
FROM ticks;
```

An alternative that avoids the frame question is `FIRST_VALUE(price) OVER (PARTITION BY day ORDER BY ts DESC)`."""),

    S("write_function",
      "Show each employee's salary next to the average of their department and the difference between the two.",
      "",
      """```sql
SELECT name, department_id, salary,
       ROUND(AVG(salary) OVER (PARTITION BY department_id), 2) AS dept_avg,
       ROUND(salary - AVG(salary) OVER (PARTITION BY department_id), 2) AS diff
FROM employees
ORDER BY department_id, diff DESC;
```

A window aggregate computes the department average without collapsing rows, so every employee keeps their own line. Doing the same with GROUP BY would need a join back to the grouped result."""),

    S("write_function",
      "Produce every combination of shirt size and colour so that a stock table can be pre-filled.",
      "sizes(name): S, M, L\ncolours(name): red, blue",
      """```sql
INSERT INTO stock (size, colour, quantity)
SELECT s.name, c.name, 0
FROM sizes AS s
CROSS JOIN colours AS c;
```

A CROSS JOIN pairs every row of one table with every row of the other, here 3 x 2 = 6 variants, each starting with quantity 0. Cross joins are useful exactly for this kind of grid; by accident (a forgotten join condition) they multiply row counts."""),

    S("stdlib",
      "Insert 10,000 rows into SQLite from Python efficiently and verify the count.",
      "",
      """```python
import sqlite3

conn = sqlite3.connect(":memory:")
conn.execute("CREATE TABLE readings (sensor TEXT, value REAL)")
rows = [(f"s{i % 10}", i * 0.5) for i in range(10_000)]
with conn:  # one transaction for the whole batch
    conn.executemany("INSERT INTO readings VALUES (?, ?)", rows)

count, top = conn.execute("SELECT COUNT(*), MAX(value) FROM readings").fetchone()
assert count == 10_000
assert top == 9999 * 0.5
```

`executemany` reuses one prepared statement, and the `with conn:` block commits once at the end. Committing after every row is what makes naive inserts slow, because each commit waits for the disk."""),

    S("stdlib",
      "How do I get rows from Python's sqlite3 as dictionaries keyed by column name?",
      "",
      """```python
import sqlite3

conn = sqlite3.connect(":memory:")
conn.row_factory = sqlite3.Row
conn.execute("CREATE TABLE books (title TEXT, year INTEGER)")
conn.execute("INSERT INTO books VALUES ('Dune', 1965)")

row = conn.execute("SELECT title, year FROM books").fetchone()
assert row["title"] == "Dune" and row[1] == 1965
as_dict = dict(row)
assert as_dict == {"title": "Dune", "year": 1965}
```

`sqlite3.Row` rows can be indexed by name or position and converted with `dict(row)`. It is implemented in C, so it is cheaper than building dictionaries yourself in a custom row factory."""),

    S("stdlib",
      "Show how a sqlite3 connection used as a context manager rolls back a transaction when an error happens.",
      "",
      """```python
import sqlite3

conn = sqlite3.connect(":memory:")
conn.execute("CREATE TABLE accounts (name TEXT PRIMARY KEY, balance INTEGER CHECK (balance >= 0))")
with conn:
    conn.executemany("INSERT INTO accounts VALUES (?, ?)", [("ann", 50), ("bob", 0)])

try:
    with conn:
        conn.execute("UPDATE accounts SET balance = balance + 80 WHERE name = 'bob'")
        conn.execute("UPDATE accounts SET balance = balance - 80 WHERE name = 'ann'")  # violates CHECK
except sqlite3.IntegrityError:
    pass

balances = dict(conn.execute("SELECT name, balance FROM accounts"))
assert balances == {"ann": 50, "bob": 0}  # bob's credit was rolled back too
```

`with conn:` commits if the block succeeds and rolls back if it raises, so the half-done transfer leaves no trace. Note that it does not close the connection."""),

    S("stdlib",
      "Register a Python function so it can be called from SQL in sqlite3, for example to compute a string's number of vowels.",
      "",
      """```python
import sqlite3

def vowel_count(text):
    if text is None:
        return None
    return sum(ch in "aeiou" for ch in text.lower())

conn = sqlite3.connect(":memory:")
conn.create_function("vowels", 1, vowel_count, deterministic=True)
conn.execute("CREATE TABLE words (w TEXT)")
conn.executemany("INSERT INTO words VALUES (?)", [("Banana",), ("sky",), (None,)])

result = conn.execute("SELECT w, vowels(w) FROM words ORDER BY w").fetchall()
assert result == [(None, None), ("Banana", 3), ("sky", 0)]
```

`create_function(name, n_args, func)` makes the function available to SQL on that connection. Marking it deterministic lets SQLite use it in indexes and optimise repeated calls; NULL arrives as `None`."""),

    S("write_tests",
      "Write a unit test for a SQL query that returns the top spender per country, using an in-memory SQLite database.",
      "",
      """```python
import sqlite3
import unittest

TOP_SPENDER = \"\"\"
SELECT country, name FROM (
    SELECT country, name,
           RANK() OVER (PARTITION BY country ORDER BY spend DESC) AS r
    FROM customers
) WHERE r = 1 ORDER BY country, name
\"\"\"

class TopSpenderTest(unittest.TestCase):
    def setUp(self):
        self.db = sqlite3.connect(":memory:")
        self.db.execute("CREATE TABLE customers (name TEXT, country TEXT, spend INTEGER)")
        self.db.executemany("INSERT INTO customers VALUES (?, ?, ?)", [
            ("ana", "PT", 90), ("rui", "PT", 40), ("kim", "KR", 70), ("lee", "KR", 70),
        ])

    def test_one_winner_per_country_and_ties_kept(self):
        rows = self.db.execute(TOP_SPENDER).fetchall()
        self.assertEqual(rows, [("KR", "kim"), ("KR", "lee"), ("PT", "ana")])

unittest.main(argv=["top-spender"], exit=False)
```

Each test builds a small in-memory database with exactly the cases that matter, including a tie, so the query's behaviour is pinned down in milliseconds."""),

    S("write_function",
      "Delete addresses whose user no longer exists.",
      "addresses(id, user_id, street)\nusers(id, name)",
      """```sql
DELETE FROM addresses
WHERE NOT EXISTS (
    SELECT 1 FROM users AS u WHERE u.id = addresses.user_id
);
```

This removes orphans left behind by deletes done without foreign keys. Run the same condition as a `SELECT COUNT(*)` first to see how many rows will go, and then add `REFERENCES users(id) ON DELETE CASCADE` so new orphans cannot appear."""),

    S("concept",
      "What is a soft delete, and what do queries have to do differently with it?",
      "",
      """A soft delete marks a row as deleted instead of removing it, usually with a `deleted_at` timestamp. The data can be restored and audited, but every query must now exclude deleted rows, and unique constraints must ignore them.

```sql
UPDATE notes SET deleted_at = CURRENT_TIMESTAMP WHERE id = :id;

CREATE VIEW live_notes AS SELECT * FROM notes WHERE deleted_at IS NULL;
CREATE UNIQUE INDEX uq_notes_slug_live ON notes (slug) WHERE deleted_at IS NULL;
```

A view of live rows and partial unique indexes keep the filtering in one place. Data protection rules may still require a real delete eventually."""),

    S("write_function",
      "Find users who logged in both in January and in February 2024, and users who logged in in January but not in February.",
      "",
      """```sql
-- active in both months
SELECT user_id FROM logins WHERE day BETWEEN '2024-01-01' AND '2024-01-31'
INTERSECT
SELECT user_id FROM logins WHERE day BETWEEN '2024-02-01' AND '2024-02-29';

-- active in January only
SELECT user_id FROM logins WHERE day BETWEEN '2024-01-01' AND '2024-01-31'
EXCEPT
SELECT user_id FROM logins WHERE day BETWEEN '2024-02-01' AND '2024-02-29';
```

`INTERSECT` keeps rows present in both results and `EXCEPT` keeps rows of the first that are missing from the second; both remove duplicates. `day` is assumed to be a date string without a time part."""),

    S("write_function",
      "Emulate a FULL OUTER JOIN in an older SQLite version (before 3.39) to compare two price lists.",
      "old_prices(sku, price)\nnew_prices(sku, price)",
      """```sql
SELECT o.sku, o.price AS old_price, n.price AS new_price
FROM old_prices AS o
LEFT JOIN new_prices AS n ON n.sku = o.sku
UNION ALL
SELECT n.sku, NULL, n.price
FROM new_prices AS n
WHERE NOT EXISTS (SELECT 1 FROM old_prices AS o WHERE o.sku = n.sku);
```

The first half returns every old SKU with its new price if any; the second adds SKUs that only exist in the new list. `UNION ALL` is safe because the halves cannot overlap. SQLite 3.39 and later support `FULL OUTER JOIN` directly."""),

    S("write_function",
      "Count how many NULLs each column of a customers table has, in one query.",
      "customers(id, email, phone, city)",
      """```sql
SELECT COUNT(*) AS total_rows,
       COUNT(*) - COUNT(email) AS null_email,
       COUNT(*) - COUNT(phone) AS null_phone,
       COUNT(*) - COUNT(city)  AS null_city
FROM customers;
```

`COUNT(column)` skips NULLs while `COUNT(*)` counts every row, so the difference is the number of NULLs. One pass over the table profiles all columns at once."""),

    S("write_function",
      "Write a query that finds, for each category, the best-selling product, keeping all products if several tie.",
      "",
      """```sql
WITH totals AS (
    SELECT p.category, p.name, SUM(oi.quantity) AS units
    FROM order_items AS oi
    JOIN products AS p ON p.id = oi.product_id
    GROUP BY p.category, p.id, p.name
)
SELECT category, name, units
FROM (
    SELECT *, RANK() OVER (PARTITION BY category ORDER BY units DESC) AS rk
    FROM totals
)
WHERE rk = 1
ORDER BY category, name;
```

`RANK` gives tied products the same rank 1, so all of them are returned; `ROW_NUMBER` would pick one arbitrarily."""),

    S("write_function",
      "Split a clickstream into sessions: a new session starts when a user is inactive for more than 30 minutes. Assign a session number to each event.",
      "clicks(user_id, ts)  -- ts is an ISO timestamp",
      """```sql
WITH marked AS (
    SELECT user_id, ts,
           CASE
               WHEN LAG(ts) OVER w IS NULL
                 OR (julianday(ts) - julianday(LAG(ts) OVER w)) * 1440 > 30
               THEN 1 ELSE 0
           END AS new_session
    FROM clicks
    WINDOW w AS (PARTITION BY user_id ORDER BY ts)
)
SELECT user_id, ts,
       SUM(new_session) OVER (PARTITION BY user_id ORDER BY ts
                              ROWS UNBOUNDED PRECEDING) AS session_no
FROM marked
ORDER BY user_id, ts;
```

The first step flags events that start a session (first event, or a gap over 30 minutes, since a day has 1440 minutes). A running sum of the flags then numbers the sessions."""),

    S("write_function",
      "Build a signup funnel: how many users viewed the pricing page, started signup, and completed signup, counting each user once per step.",
      "events(user_id, name) with names 'view_pricing', 'start_signup', 'complete_signup'",
      """```sql
SELECT
    COUNT(DISTINCT CASE WHEN name = 'view_pricing'    THEN user_id END) AS viewed,
    COUNT(DISTINCT CASE WHEN name = 'start_signup'    THEN user_id END) AS started,
    COUNT(DISTINCT CASE WHEN name = 'complete_signup' THEN user_id END) AS completed
FROM events
WHERE name IN ('view_pricing', 'start_signup', 'complete_signup');
```

A CASE without ELSE yields NULL for other events, and `COUNT(DISTINCT ...)` ignores NULLs, so each column counts distinct users who reached that step. This does not enforce the order of steps; for a strict funnel compare each user's first timestamps per step."""),

    S("write_function",
      "Make a histogram of order totals in buckets of 50 (0-49, 50-99, ...).",
      "",
      """```sql
SELECT CAST(total / 50 AS INTEGER) * 50 AS bucket_start,
       COUNT(*) AS orders
FROM orders
GROUP BY bucket_start
ORDER BY bucket_start;
```

Dividing by the bucket width and truncating gives the bucket index; multiplying back gives its lower bound. Empty buckets simply do not appear; join against a generated series if the chart needs them."""),

    S("fix_bug",
      "This query is meant to return each sensor's latest reading, but the value column does not match the timestamp. Fix it.",
      "SELECT sensor_id, MAX(read_at), value\nFROM readings\nGROUP BY sensor_id;",
      """`value` is neither grouped nor aggregated, so the database picks it from an arbitrary row of the group (SQLite happens to use the row that produced the MAX only when there is exactly one MAX or MIN; most databases reject the query). Select the whole latest row explicitly:

```sql
SELECT sensor_id, read_at, value
FROM (
    SELECT sensor_id, read_at, value,
           ROW_NUMBER() OVER (PARTITION BY sensor_id ORDER BY read_at DESC) AS rn
    FROM readings
)
WHERE rn = 1;
```

An index on `(sensor_id, read_at)` makes this fast on large tables."""),

    S("write_function",
      "Give a 10% raise to engineers, 5% to everyone in sales, and leave others unchanged, in one statement.",
      "",
      """```sql
UPDATE employees
SET salary = ROUND(salary * CASE department
                               WHEN 'engineering' THEN 1.10
                               WHEN 'sales'       THEN 1.05
                           END, 2)
WHERE department IN ('engineering', 'sales');
```

The CASE picks a multiplier per row, and the WHERE clause keeps all other rows out of the update, so no one outside the two departments gets their salary set to NULL by the missing ELSE."""),

    S("explain",
      "Explain what this query computes.",
      "SELECT teacher_id\nFROM classes\nGROUP BY teacher_id\nHAVING COUNT(DISTINCT subject) >= 3\n   AND MAX(level) - MIN(level) <= 1;",
      """It finds teachers who teach at least three different subjects while all their classes stay within two adjacent levels. Rows are grouped per teacher; `COUNT(DISTINCT subject)` counts the different subjects that teacher has, and `MAX(level) - MIN(level) <= 1` checks that their classes span at most one level step (for example only levels 2 and 3). Only the teacher ids that pass both group conditions are returned."""),

    S("write_function",
      "Add a nullable `last_seen` column to an existing SQLite users table and fill it from the sessions table.",
      "",
      """```sql
ALTER TABLE users ADD COLUMN last_seen TEXT;

UPDATE users
SET last_seen = (
    SELECT MAX(s.started_at) FROM sessions AS s WHERE s.user_id = users.id
);
```

`ADD COLUMN` is cheap in SQLite because existing rows are not rewritten; the new column reads as NULL until set. The backfill leaves users without sessions at NULL. SQLite cannot add a NOT NULL column without a default, so add constraints when creating the column or through a table rebuild."""),

    S("fix_bug",
      "The rows from this view come back in random order even though the subquery has ORDER BY. Why?",
      "CREATE VIEW recent AS\nSELECT * FROM (SELECT * FROM posts ORDER BY created_at DESC) LIMIT 100;\n-- later: SELECT * FROM recent;",
      """An ORDER BY inside a subquery only matters when paired with LIMIT in that same subquery; the outer query's result has no defined order unless it has its own ORDER BY. Here the LIMIT is outside, so SQL makes no promise about which 100 rows or in what order. Put ORDER BY and LIMIT at the same level, and order when reading:

```sql
CREATE VIEW recent AS
SELECT * FROM posts ORDER BY created_at DESC LIMIT 100;

SELECT * FROM recent ORDER BY created_at DESC;
```

The inner ORDER BY plus LIMIT picks the right 100 rows; the outer ORDER BY guarantees the order the caller sees."""),

    S("fix_bug",
      "Orders placed on 31 March are missing from my monthly report. What is wrong?",
      "SELECT COUNT(*) FROM orders\nWHERE created_at BETWEEN '2024-03-01' AND '2024-03-31';\n-- created_at values look like '2024-03-31 14:05:00'",
      """`BETWEEN` is inclusive, but `'2024-03-31 14:05:00'` compares greater than `'2024-03-31'`, so everything after midnight on the last day falls outside the range. Use a half-open range ending at the first instant of the next month:

```sql
SELECT COUNT(*) FROM orders
WHERE created_at >= '2024-03-01' AND created_at < '2024-04-01';
```

The half-open form works for dates and timestamps alike, needs no knowledge of month lengths, and can still use an index on `created_at`."""),

    S("concept",
      "Is `LIKE` case-sensitive? Explain for SQLite and PostgreSQL.",
      "",
      """In SQLite, `LIKE` is case-insensitive for ASCII letters by default (`'ABC' LIKE 'abc'` is true) but case-sensitive for other characters such as accented letters. In PostgreSQL `LIKE` is case-sensitive, and `ILIKE` is the case-insensitive variant.

```sql
-- SQLite: make LIKE case-sensitive for this connection
PRAGMA case_sensitive_like = ON;
-- PostgreSQL
SELECT * FROM cities WHERE name ILIKE 'san%';
```

For portable code, compare `lower(column)` with a lowercased pattern, and index `lower(column)` if the query is frequent."""),

    S("complexity",
      "Why can COUNT(DISTINCT user_id) on a large table be much slower than COUNT(*)?",
      "",
      """`COUNT(*)` only needs to count rows, which some databases can do from an index or metadata. `COUNT(DISTINCT user_id)` must remember every different value seen: it sorts the values (O(n log n)) or keeps a hash set (O(n) time, but memory proportional to the number of distinct users), and may spill to disk when that does not fit.

```sql
SELECT COUNT(DISTINCT user_id) FROM events WHERE day = '2024-05-01';
```

An index on `(day, user_id)` lets the database read the values already sorted, and analytics databases offer approximate counts (HyperLogLog) for when a 1-2% error is acceptable."""),

    S("concept",
      "What does ANALYZE do, and why can a query get slow after a big data load until it is run?",
      "",
      """`ANALYZE` gathers statistics about tables and indexes: row counts and how selective each index is. The query planner uses them to estimate how many rows each step returns and therefore to choose between index lookups, scans and join orders.

```sql
ANALYZE;              -- SQLite: all tables
ANALYZE orders;       -- PostgreSQL or SQLite: one table
```

After a large load the statistics still describe the old, small table, so the planner may, for example, pick a nested loop that was fine for 100 rows but is terrible for 10 million. PostgreSQL's autovacuum re-analyses eventually; SQLite never does it automatically (`PRAGMA optimize` helps)."""),

    S("concept",
      "How can two transactions deadlock in a database, and how do you avoid it?",
      "",
      """A deadlock happens when each transaction holds a lock the other needs: T1 locks row A and wants row B, while T2 locks row B and wants row A. Neither can proceed, so the database detects the cycle and aborts one of them with an error.

```sql
-- T1                                  -- T2
UPDATE accounts SET ... WHERE id = 1;  UPDATE accounts SET ... WHERE id = 2;
UPDATE accounts SET ... WHERE id = 2;  UPDATE accounts SET ... WHERE id = 1;  -- deadlock
```

Avoid it by taking locks in a consistent order (for example always by ascending id), keeping transactions short, and retrying a transaction that was chosen as the deadlock victim."""),

    S("concept",
      "Explain optimistic locking with a version column.",
      "",
      """Instead of locking a row while a user edits it, each row carries a version number. An update succeeds only if the version is still the one that was read, and bumps it:

```sql
UPDATE documents
SET body = :new_body, version = version + 1
WHERE id = :id AND version = :version_read;
```

If someone else saved in between, the version no longer matches, the update changes 0 rows, and the application tells the user to reload or merges the changes. It suits workloads where conflicts are rare, because nobody waits on locks."""),

    S("concept",
      "What are fact and dimension tables in a star schema?",
      "",
      """A star schema puts measurements in a central **fact** table (one row per event: a sale, a page view) with numeric measures and foreign keys, surrounded by **dimension** tables that describe the context (date, product, store, customer).

```sql
SELECT d.year, p.category, SUM(f.amount) AS revenue
FROM fact_sales AS f
JOIN dim_date AS d ON d.id = f.date_id
JOIN dim_product AS p ON p.id = f.product_id
GROUP BY d.year, p.category;
```

Queries filter and group by dimension attributes and aggregate facts. The layout is deliberately denormalised in the dimensions to keep analytical queries to one join per dimension."""),

    S("explain",
      "Is there any difference between writing this with a CTE and with a subquery?",
      "WITH big AS (SELECT * FROM orders WHERE total > 1000)\nSELECT customer_id, COUNT(*) FROM big GROUP BY customer_id;\n\n-- versus\nSELECT customer_id, COUNT(*) FROM (SELECT * FROM orders WHERE total > 1000) GROUP BY customer_id;",
      """For this query they mean exactly the same thing and current planners (SQLite, PostgreSQL 12+) produce the same plan: the CTE is inlined like a subquery. A CTE mainly helps readability, and lets you reference the same intermediate result several times. Two differences exist: a CTE referenced more than once may be materialised once, and PostgreSQL's `WITH big AS MATERIALIZED (...)` forces it to be computed separately, which can help or hurt. Recursive queries require a CTE."""),

    S("write_function",
      "Compute year-over-year revenue growth in percent from a yearly_revenue table.",
      "yearly_revenue(year, revenue)",
      """```sql
SELECT year,
       revenue,
       ROUND(100.0 * (revenue - LAG(revenue) OVER (ORDER BY year))
             / LAG(revenue) OVER (ORDER BY year), 1) AS growth_pct
FROM yearly_revenue
ORDER BY year;
```

`LAG` brings the previous year's revenue onto the current row. The first year has no predecessor, so its growth is NULL; a previous year with zero revenue would make the division by zero yield NULL in SQLite (an error in PostgreSQL), so guard with `NULLIF(..., 0)` if that can happen."""),

    S("write_function",
      "Rank students within each class by exam score and keep the top three per class.",
      "",
      """```sql
SELECT class_id, student_id, score, place
FROM (
    SELECT class_id, student_id, score,
           DENSE_RANK() OVER (PARTITION BY class_id ORDER BY score DESC) AS place
    FROM exam_results
)
WHERE place <= 3
ORDER BY class_id, place, student_id;
```

`DENSE_RANK` lets tied students share a place without leaving gaps, so "top three" means the three best distinct scores, possibly more than three students. Use `ROW_NUMBER` if exactly three rows per class are required."""),

    S("write_function",
      "Find pairs of room bookings that overlap in time for the same room.",
      "bookings(id, room_id, starts_at, ends_at)",
      """```sql
SELECT a.id AS booking_a, b.id AS booking_b, a.room_id
FROM bookings AS a
JOIN bookings AS b
  ON a.room_id = b.room_id
 AND a.id < b.id
 AND a.starts_at < b.ends_at
 AND b.starts_at < a.ends_at;
```

Two intervals overlap when each starts before the other ends. `a.id < b.id` reports each pair once and excludes a booking matching itself. With strict `<`, a booking ending at 10:00 and one starting at 10:00 do not count as overlapping."""),

    S("write_function",
      "Return the most frequent value of the `browser` column (the mode), with ties broken alphabetically.",
      "",
      """```sql
SELECT browser, COUNT(*) AS uses
FROM visits
WHERE browser IS NOT NULL
GROUP BY browser
ORDER BY uses DESC, browser
LIMIT 1;
```

Grouping counts each value, and ordering by the count puts the mode first. The secondary sort makes the answer deterministic when two browsers have the same count; drop `LIMIT 1` and compare with the top count if you need all tied values."""),

    S("write_function",
      "Mark the days on which a stock closed at a new all-time high.",
      "prices(day, close)",
      """```sql
SELECT day, close
FROM (
    SELECT day, close,
           MAX(close) OVER (ORDER BY day
                            ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING) AS prev_high
    FROM prices
)
WHERE prev_high IS NULL OR close > prev_high
ORDER BY day;
```

The frame ends one row before the current one, so `prev_high` is the highest close of all earlier days. A day is a record when it beats that; the first day counts as a record because nothing precedes it."""),

    S("concept",
      "What is the difference between a ROWS and a RANGE window frame?",
      "",
      """`ROWS` counts physical rows: `ROWS BETWEEN 2 PRECEDING AND CURRENT ROW` is always at most three rows. `RANGE` works on the values of the ORDER BY column: rows with the same value (peers) are always in the frame together, and with numeric or date offsets `RANGE BETWEEN 2 PRECEDING AND CURRENT ROW` means "values within 2 of the current one".

```sql
SELECT day, amount,
       SUM(amount) OVER (ORDER BY day ROWS  UNBOUNDED PRECEDING) AS by_rows,
       SUM(amount) OVER (ORDER BY day RANGE UNBOUNDED PRECEDING) AS by_range
FROM payments;
```

With two payments on one day, `by_rows` increases row by row, while `by_range` shows the day's full total on both rows."""),

    S("stdlib",
      "Use Python and sqlite3 to compute a running account balance with a window function and check it against a pure Python calculation.",
      "",
      """```python
import sqlite3
from itertools import accumulate

moves = [("2024-01-01", 100), ("2024-01-03", -30), ("2024-01-04", 45), ("2024-01-09", -80)]
db = sqlite3.connect(":memory:")
db.execute("CREATE TABLE moves (day TEXT, amount INTEGER)")
db.executemany("INSERT INTO moves VALUES (?, ?)", moves)

rows = db.execute(
    "SELECT day, SUM(amount) OVER (ORDER BY day ROWS UNBOUNDED PRECEDING) FROM moves ORDER BY day"
).fetchall()

expected = list(zip([d for d, _ in moves], accumulate(a for _, a in moves)))
assert rows == expected
assert rows[-1][1] == 35
```

The SQL running sum and `itertools.accumulate` must agree, which makes a quick correctness check for a window query before pointing it at real data."""),

    S("fix_bug",
      "This Python search function breaks when the name contains an apostrophe (like O'Brien). Fix it.",
      "def find_people(conn, last_name):\n    sql = \"SELECT id FROM people WHERE last_name = '%s'\" % last_name\n    return [r[0] for r in conn.execute(sql)]",
      """The apostrophe ends the SQL string literal early, producing a syntax error, and the same hole allows SQL injection. Pass the value as a parameter instead of formatting it into the SQL:

```python
import sqlite3

def find_people(conn, last_name):
    rows = conn.execute("SELECT id FROM people WHERE last_name = ?", (last_name,))
    return [r[0] for r in rows]

conn = sqlite3.connect(":memory:")
conn.execute("CREATE TABLE people (id INTEGER PRIMARY KEY, last_name TEXT)")
conn.executemany("INSERT INTO people (last_name) VALUES (?)", [("O'Brien",), ("Smith",)])
assert find_people(conn, "O'Brien") == [1]
assert find_people(conn, "x' OR '1'='1") == []
```

The driver sends the value separately from the SQL text, so quotes inside it are just characters."""),

    S("write_function",
      "Given categories with a parent_id, produce the full breadcrumb path such as 'Home > Garden > Tools' for every category.",
      "categories(id, name, parent_id)  -- parent_id is NULL for top-level categories",
      """```sql
WITH RECURSIVE paths(id, path) AS (
    SELECT id, name
    FROM categories
    WHERE parent_id IS NULL
    UNION ALL
    SELECT c.id, p.path || ' > ' || c.name
    FROM categories AS c
    JOIN paths AS p ON c.parent_id = p.id
)
SELECT id, path FROM paths ORDER BY path;
```

The recursion starts at the roots and, at each step, appends a child's name to its parent's path. Categories whose parent chain never reaches a root (broken data) are simply not listed."""),

    S("write_function",
      "Show a daily table with the number of orders in each status as separate columns, but only for the last 7 days.",
      "",
      """```sql
SELECT date(created_at) AS day,
       COUNT(*) FILTER (WHERE status = 'paid')     AS paid,
       COUNT(*) FILTER (WHERE status = 'shipped')  AS shipped,
       COUNT(*) FILTER (WHERE status = 'refunded') AS refunded
FROM orders
WHERE created_at >= date('now', '-6 days')
GROUP BY day
ORDER BY day;
```

The `FILTER` clause (SQLite 3.30+, PostgreSQL) restricts an aggregate to matching rows, which reads more clearly than `SUM(CASE ...)`. `date('now', '-6 days')` together with today gives seven calendar days."""),

    S("write_function",
      "List products whose stock is below their reorder level, with the supplier's name and email, most urgent first.",
      "products(id, name, stock, reorder_level, supplier_id)\nsuppliers(id, name, email)",
      """```sql
SELECT p.name AS product, p.stock, p.reorder_level,
       s.name AS supplier, s.email
FROM products AS p
JOIN suppliers AS s ON s.id = p.supplier_id
WHERE p.stock < p.reorder_level
ORDER BY 1.0 * p.stock / NULLIF(p.reorder_level, 0), p.name;
```

Sorting by the ratio of stock to reorder level puts items that are furthest below their threshold first. `NULLIF` protects against a reorder level of 0, and `1.0 *` keeps the ratio from being truncated by integer division."""),

    S("explain",
      "What is the difference between these two SQLite plan lines?",
      "SCAN orders\nSEARCH orders USING INDEX idx_orders_customer (customer_id=?)",
      """`SCAN orders` means SQLite reads every row of the table, which costs time proportional to the table size. `SEARCH orders USING INDEX idx_orders_customer (customer_id=?)` means it seeks in the index to the rows with the wanted `customer_id` and reads only those, typically a logarithmic lookup plus the matching rows. If the plan instead says `USING COVERING INDEX`, the table itself is not touched at all. A SCAN on a large table inside a frequent query is the first thing to fix."""),

    S("concept",
      "Explain SQL's three-valued logic with NULL and show a surprising consequence.",
      "",
      """A comparison involving NULL is neither true nor false but UNKNOWN. `WHERE` keeps only rows where the condition is TRUE, so UNKNOWN rows are dropped. `AND`/`OR` follow rules such as `FALSE AND UNKNOWN = FALSE` and `TRUE OR UNKNOWN = TRUE`, while `NOT UNKNOWN` is still UNKNOWN.

```sql
-- rows with discount NULL appear in neither result:
SELECT COUNT(*) FROM orders WHERE discount > 0;
SELECT COUNT(*) FROM orders WHERE NOT (discount > 0);
```

So the two counts do not add up to the table size. Write `discount > 0 OR discount IS NULL`, or `COALESCE(discount, 0)`, when NULL should be treated as a value."""),

    S("concept",
      "Should a table use a surrogate key (an auto-increment id) or a natural key (like an email or ISBN)?",
      "",
      """A natural key has business meaning, so it can change (people change emails), may be long, and is copied into every referencing table. A surrogate key is meaningless and stable, small, and never needs updating.

```sql
CREATE TABLE books (
    id   INTEGER PRIMARY KEY,   -- surrogate: used by foreign keys
    isbn TEXT NOT NULL UNIQUE,  -- natural key: still enforced
    title TEXT NOT NULL
);
```

A common compromise is a surrogate primary key plus a UNIQUE constraint on the natural key, which keeps references stable while still preventing duplicates. Pure link tables such as `post_tags(post_id, tag_id)` usually just use the composite natural key."""),

    S("write_function",
      "Delete log rows older than 90 days in batches of 5,000 in SQLite, so the database is not locked for long.",
      "",
      """```sql
DELETE FROM logs
WHERE id IN (
    SELECT id FROM logs
    WHERE created_at < datetime('now', '-90 days')
    LIMIT 5000
);
```

Run this statement repeatedly (each in its own transaction) until it deletes 0 rows, checking `changes()` or the cursor's rowcount in the calling code. Small batches keep each write lock short so other writers are not blocked, and an index on `created_at` keeps each batch from scanning the whole table."""),

    S("write_function",
      "Find the top 10% of customers by total spend.",
      "",
      """```sql
WITH spend AS (
    SELECT customer_id, SUM(total) AS spent
    FROM orders
    GROUP BY customer_id
), ranked AS (
    SELECT customer_id, spent,
           PERCENT_RANK() OVER (ORDER BY spent DESC) AS pr
    FROM spend
)
SELECT customer_id, spent
FROM ranked
WHERE pr < 0.10
ORDER BY spent DESC;
```

`PERCENT_RANK` goes from 0 for the top spender to 1 for the lowest, so `pr < 0.10` keeps roughly the best tenth. Customers tied at the boundary share a percent rank and are all included or all excluded."""),

    S("write_function",
      "List employees who were hired in the same calendar month as their manager.",
      "employees(id, name, hired_on, manager_id)",
      """```sql
SELECT e.name AS employee, m.name AS manager, strftime('%Y-%m', e.hired_on) AS month
FROM employees AS e
JOIN employees AS m ON m.id = e.manager_id
WHERE strftime('%Y-%m', e.hired_on) = strftime('%Y-%m', m.hired_on);
```

The self join puts each employee next to their manager, and comparing the year-month strings matches the same calendar month of the same year. Comparing only `'%m'` would wrongly match January 2019 with January 2023."""),

    S("write_function",
      "Find the users who signed up but never returned after their first week.",
      "users(id, signed_up_at)\nsessions(user_id, started_at)",
      """```sql
SELECT u.id
FROM users AS u
WHERE NOT EXISTS (
    SELECT 1
    FROM sessions AS s
    WHERE s.user_id = u.id
      AND s.started_at >= datetime(u.signed_up_at, '+7 days')
)
AND u.signed_up_at < datetime('now', '-7 days');
```

A user qualifies when no session starts seven or more days after their signup. The last condition excludes users who signed up within the last week, who have not yet had the chance to return."""),

    S("stdlib",
      "Use sqlite3's EXPLAIN QUERY PLAN from Python to prove that adding an index changes a query from a scan to a search.",
      "",
      """```python
import sqlite3

db = sqlite3.connect(":memory:")
db.execute("CREATE TABLE orders (id INTEGER PRIMARY KEY, customer_id INTEGER, total REAL)")
query = "SELECT total FROM orders WHERE customer_id = ?"

def plan(sql):
    return " ".join(row[-1] for row in db.execute("EXPLAIN QUERY PLAN " + sql, (1,)))

before = plan(query)
db.execute("CREATE INDEX idx_orders_customer ON orders (customer_id)")
after = plan(query)

assert before.startswith("SCAN orders")
assert "USING INDEX idx_orders_customer" in after
```

The last column of each plan row is the human-readable step. Checking plans in a test like this catches a dropped or renamed index before it reaches production."""),

    S("concept",
      "What does a database index cost, and why not index every column?",
      "",
      """Each index is a separate sorted structure that must be updated on every INSERT, on DELETE, and on UPDATE of its columns, so writes slow down with every index added. Indexes also take disk space and memory, and the planner has more plans to consider.

```sql
-- useful: frequent, selective lookups
CREATE INDEX idx_orders_customer ON orders (customer_id);
-- usually useless: a low-selectivity flag read with most rows matching
CREATE INDEX idx_orders_is_test ON orders (is_test);
```

Index the columns used in frequent WHERE, JOIN and ORDER BY clauses, check with the query plan that the index is actually used, and drop indexes that are not."""),

    S("write_function",
      "Write a SQLite query that returns the median order total.",
      "",
      """```sql
SELECT AVG(total) AS median_total
FROM (
    SELECT total
    FROM orders
    ORDER BY total
    LIMIT 2 - (SELECT COUNT(*) FROM orders) % 2
    OFFSET (SELECT (COUNT(*) - 1) / 2 FROM orders)
);
```

The OFFSET skips to the middle; with an odd count the LIMIT is 1 and the single middle value is returned, with an even count it is 2 and AVG takes the mean of the two middle values. PostgreSQL can use `percentile_cont(0.5) WITHIN GROUP (ORDER BY total)` instead."""),

    S("stdlib",
      "Check with Python's sqlite3 that a gaps-and-islands query finds the right streaks of consecutive days.",
      "",
      """```python
import sqlite3

days = ["2024-03-01", "2024-03-02", "2024-03-03", "2024-03-07", "2024-03-08", "2024-03-12"]
db = sqlite3.connect(":memory:")
db.execute("CREATE TABLE visits (day TEXT PRIMARY KEY)")
db.executemany("INSERT INTO visits VALUES (?)", [(d,) for d in days])

streaks = db.execute(\"\"\"
    SELECT MIN(day), MAX(day), COUNT(*)
    FROM (SELECT day, julianday(day) - ROW_NUMBER() OVER (ORDER BY day) AS grp FROM visits)
    GROUP BY grp ORDER BY MIN(day)
\"\"\").fetchall()

assert streaks == [
    ("2024-03-01", "2024-03-03", 3),
    ("2024-03-07", "2024-03-08", 2),
    ("2024-03-12", "2024-03-12", 1),
]
```

Days in a run share the same value of day number minus row number, so grouping by it yields one row per streak."""),

    S("write_function",
      "Write a query that returns, for each product, its price and the price of the next more expensive product in the same category.",
      "",
      """```sql
SELECT category, name, price,
       LEAD(price) OVER (PARTITION BY category ORDER BY price, id) AS next_price
FROM products
ORDER BY category, price, id;
```

`LEAD` looks one row ahead in the window order, so within each category the products are sorted by price and each row sees its successor's price. The most expensive product in a category gets NULL. Adding `id` to the ORDER BY makes the order deterministic for equal prices."""),
]
