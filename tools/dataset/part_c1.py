"""Writer C, part 1: SQL rows (queries, joins, window functions)."""


def S(kind, instruction, input, output):
    return dict(kind=kind, lang="sql", instruction=instruction, input=input, output=output)


ROWS = [
    S("write_function",
      "Write a SQL query that returns the three best-paid employees in every department, using a window function.",
      "employees(id, name, department_id, salary)",
      """```sql
SELECT department_id, name, salary
FROM (
    SELECT department_id, name, salary,
           ROW_NUMBER() OVER (PARTITION BY department_id ORDER BY salary DESC, id) AS rn
    FROM employees
) ranked
WHERE rn <= 3
ORDER BY department_id, rn;
```

`ROW_NUMBER()` numbers rows inside each department from the highest salary down, and the outer query keeps numbers 1 to 3. The extra `id` in the ORDER BY breaks salary ties so the result is stable; use `RANK()` instead if tied employees should all be included."""),

    S("write_function",
      "Compute a running total of payment amounts per account, ordered by payment date.",
      "payments(id, account_id, paid_on, amount)",
      """```sql
SELECT account_id, paid_on, amount,
       SUM(amount) OVER (
           PARTITION BY account_id
           ORDER BY paid_on, id
           ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
       ) AS running_total
FROM payments
ORDER BY account_id, paid_on, id;
```

The explicit `ROWS` frame sums every earlier row of the same account plus the current one. Without it the default frame is `RANGE`, which lumps together payments made on the same date and gives them all the same total."""),

    S("write_function",
      "For each day in a daily_sales table, show the sales and the change compared with the previous day.",
      "",
      """```sql
SELECT day,
       revenue,
       revenue - LAG(revenue) OVER (ORDER BY day) AS change_from_prev
FROM daily_sales
ORDER BY day;
```

`LAG(revenue)` reads the value from the previous row in date order; on the first day there is no previous row, so the change is NULL. Pass a default as the third argument, `LAG(revenue, 1, 0)`, if you would rather see the full revenue as the change on the first day."""),

    S("write_function",
      "Find email addresses that appear more than once in a users table, with how many times each appears.",
      "users(id, email, created_at)",
      """```sql
SELECT lower(email) AS email, COUNT(*) AS copies
FROM users
GROUP BY lower(email)
HAVING COUNT(*) > 1
ORDER BY copies DESC, email;
```

Grouping on `lower(email)` treats `Ann@x.org` and `ann@x.org` as the same address, which is usually what "duplicate" means for emails. `HAVING` filters the groups after counting, which `WHERE` cannot do."""),

    S("write_function",
      "Delete duplicate rows from a contacts table, keeping only the row with the smallest id for each phone number.",
      "",
      """```sql
DELETE FROM contacts
WHERE id NOT IN (
    SELECT MIN(id)
    FROM contacts
    GROUP BY phone
);
```

The subquery picks the survivor of each phone-number group, and everything else is deleted. Run the subquery on its own first (or wrap the delete in a transaction) to check what will stay, and add a UNIQUE index on `phone` afterwards so the duplicates cannot come back."""),

    S("write_function",
      "List customers who have never placed an order.",
      "customers(id, name)\norders(id, customer_id, total)",
      """```sql
SELECT c.id, c.name
FROM customers AS c
LEFT JOIN orders AS o ON o.customer_id = c.id
WHERE o.id IS NULL;
```

The LEFT JOIN keeps every customer; customers without a matching order get NULLs in the order columns, and the `WHERE o.id IS NULL` keeps exactly those. `NOT EXISTS (SELECT 1 FROM orders o WHERE o.customer_id = c.id)` is an equivalent formulation that many planners execute the same way."""),

    S("fix_bug",
      "This query should list products that were never ordered, but it returns no rows at all, although such products exist. Why, and how do I fix it?",
      "SELECT id, name FROM products\nWHERE id NOT IN (SELECT product_id FROM order_items);",
      """`order_items.product_id` contains at least one NULL. `x NOT IN (1, 2, NULL)` is never true: the comparison with NULL is unknown, so every row is filtered out. Use `NOT EXISTS`, which is not affected by NULLs:

```sql
SELECT p.id, p.name
FROM products AS p
WHERE NOT EXISTS (
    SELECT 1 FROM order_items AS oi WHERE oi.product_id = p.id
);
```

Alternatively add `WHERE product_id IS NOT NULL` inside the subquery, but `NOT EXISTS` states the intent directly."""),

    S("concept",
      "I often filter orders by `customer_id = ?` and then by `created_at > ?`. In which column order should a composite index go, and why?",
      "",
      """```sql
CREATE INDEX idx_orders_customer_created ON orders (customer_id, created_at);
```

Put the equality column first and the range column last. The index is sorted by `customer_id` and, inside each customer, by `created_at`, so the database can jump to one customer and read a contiguous slice of dates. With `(created_at, customer_id)` the date range would cover rows of every customer, and the customer condition would have to be checked row by row."""),

    S("concept",
      "What is a covering index, and when does it make a query faster?",
      "",
      """A covering index contains every column a query needs, so the database answers from the index alone without looking up each row in the table.

```sql
CREATE INDEX idx_orders_cust_total ON orders (customer_id, total);

-- Answered from the index only: both columns are in it.
SELECT customer_id, SUM(total) FROM orders GROUP BY customer_id;
```

It helps most for frequent queries that read few columns of many rows. The price is a larger index and slower writes, so cover only the queries that matter."""),

    S("explain",
      "Explain what this SQLite query plan says and how to improve the query.",
      "EXPLAIN QUERY PLAN SELECT * FROM events WHERE user_id = 42 ORDER BY created_at;\n\nQUERY PLAN\n|--SCAN events\n`--USE TEMP B-TREE FOR ORDER BY",
      """`SCAN events` means SQLite reads the whole table and tests `user_id = 42` on each row, and `USE TEMP B-TREE FOR ORDER BY` means it then sorts the matches in a temporary structure. An index on both columns fixes both steps:

```sql
CREATE INDEX idx_events_user_created ON events (user_id, created_at);
```

After that the plan shows `SEARCH events USING INDEX idx_events_user_created (user_id=?)`, and the rows already come out in `created_at` order, so the sort disappears."""),

    S("write_function",
      "Write a recursive query that lists every employee below a given manager (id 7), with their depth in the hierarchy.",
      "employees(id, name, manager_id)",
      """```sql
WITH RECURSIVE reports(id, name, depth) AS (
    SELECT id, name, 1
    FROM employees
    WHERE manager_id = 7
    UNION ALL
    SELECT e.id, e.name, r.depth + 1
    FROM employees AS e
    JOIN reports AS r ON e.manager_id = r.id
)
SELECT id, name, depth FROM reports ORDER BY depth, name;
```

The first SELECT seeds the recursion with the direct reports; the second repeatedly adds the people who report to someone already found. It stops when a step adds no rows. If the data might contain a cycle, add `WHERE r.depth < 50` as a safety limit."""),

    S("write_function",
      "Generate one row per calendar day between 2024-01-01 and 2024-01-31 in SQLite, and count orders on each day, including days with zero orders.",
      "",
      """```sql
WITH RECURSIVE days(day) AS (
    SELECT date('2024-01-01')
    UNION ALL
    SELECT date(day, '+1 day') FROM days WHERE day < '2024-01-31'
)
SELECT d.day, COUNT(o.id) AS orders
FROM days AS d
LEFT JOIN orders AS o ON date(o.created_at) = d.day
GROUP BY d.day
ORDER BY d.day;
```

The recursive CTE builds the calendar, and the LEFT JOIN keeps days that have no orders. `COUNT(o.id)` counts only matched rows, so empty days show 0 instead of 1."""),

    S("write_function",
      "Turn a tickets table into one row per day with separate columns for open, closed and pending counts.",
      "tickets(id, created_on, status)",
      """```sql
SELECT created_on,
       SUM(CASE WHEN status = 'open' THEN 1 ELSE 0 END)    AS open_count,
       SUM(CASE WHEN status = 'closed' THEN 1 ELSE 0 END)  AS closed_count,
       SUM(CASE WHEN status = 'pending' THEN 1 ELSE 0 END) AS pending_count
FROM tickets
GROUP BY created_on
ORDER BY created_on;
```

This is conditional aggregation: each CASE turns a row into 1 or 0 for one status, and SUM adds them up per day. It works in every SQL dialect, unlike vendor-specific PIVOT syntax."""),

    S("write_function",
      "Show each product category's share of total revenue as a percentage.",
      "sales(id, category, amount)",
      """```sql
SELECT category,
       SUM(amount) AS revenue,
       ROUND(100.0 * SUM(amount) / SUM(SUM(amount)) OVER (), 2) AS pct_of_total
FROM sales
GROUP BY category
ORDER BY revenue DESC;
```

`SUM(SUM(amount)) OVER ()` is a window over the grouped result: it adds up the per-category sums across all groups, giving the grand total on every row. Multiplying by `100.0` first keeps the division in floating point."""),

    S("write_function",
      "Compute a 7-day moving average of daily active users.",
      "daily_users(day, active_users) with one row per day",
      """```sql
SELECT day,
       active_users,
       AVG(active_users) OVER (
           ORDER BY day
           ROWS BETWEEN 6 PRECEDING AND CURRENT ROW
       ) AS avg_7d
FROM daily_users
ORDER BY day;
```

The frame covers the current row and the six before it. This assumes exactly one row per day; if days can be missing, first join against a generated calendar, otherwise the window spans more than seven calendar days."""),

    S("write_function",
      "For every customer, return the date and amount of their first order.",
      "",
      """```sql
SELECT customer_id, created_at, total
FROM (
    SELECT customer_id, created_at, total,
           ROW_NUMBER() OVER (PARTITION BY customer_id ORDER BY created_at, id) AS rn
    FROM orders
) AS t
WHERE rn = 1;
```

Numbering the orders of each customer by date and keeping number 1 returns the whole first row. A plain `MIN(created_at)` with GROUP BY would give the date but not the matching amount."""),

    S("write_function",
      "Find streaks of consecutive login days per user (the gaps-and-islands problem) and report each streak's start, end and length.",
      "logins(user_id, day) with at most one row per user and day",
      """```sql
WITH numbered AS (
    SELECT user_id, day,
           julianday(day) - ROW_NUMBER() OVER (PARTITION BY user_id ORDER BY day) AS grp
    FROM logins
)
SELECT user_id, MIN(day) AS streak_start, MAX(day) AS streak_end, COUNT(*) AS days
FROM numbered
GROUP BY user_id, grp
ORDER BY user_id, streak_start;
```

Within a run of consecutive days both the day number and the row number grow by one, so their difference stays constant; a gap changes it. Grouping by that difference collects each run into one row. `julianday` is SQLite; in PostgreSQL subtract an integer from a date instead."""),

    S("write_function",
      "Insert a row into a product_stock table, or add to the quantity if the product already has a row (SQLite).",
      "product_stock(product_id PRIMARY KEY, quantity)",
      """```sql
INSERT INTO product_stock (product_id, quantity)
VALUES (:product_id, :qty)
ON CONFLICT (product_id) DO UPDATE
SET quantity = product_stock.quantity + excluded.quantity;
```

`ON CONFLICT` needs a unique constraint or primary key on the conflict column. `excluded` refers to the row that failed to insert, so its quantity is added to the stored one in a single atomic statement, with no separate SELECT."""),

    S("write_function",
      "Set each order's region to the region of its customer, using a correlated subquery.",
      "orders(id, customer_id, region)\ncustomers(id, region)",
      """```sql
UPDATE orders
SET region = (
    SELECT c.region FROM customers AS c WHERE c.id = orders.customer_id
)
WHERE EXISTS (
    SELECT 1 FROM customers AS c WHERE c.id = orders.customer_id
);
```

The correlated subquery runs for each order and fetches its customer's region. The `WHERE EXISTS` keeps orders without a matching customer untouched; without it their region would be overwritten with NULL. SQLite 3.33+ and PostgreSQL also accept `UPDATE ... FROM customers`."""),

    S("fix_bug",
      "Why does this query fail with 'misuse of aggregate', and what is the correct version?",
      "SELECT department_id, AVG(salary)\nFROM employees\nWHERE AVG(salary) > 50000\nGROUP BY department_id;",
      """`WHERE` filters individual rows before grouping, so no average exists yet when it runs. Conditions on aggregates belong in `HAVING`, which is applied to the groups:

```sql
SELECT department_id, AVG(salary) AS avg_salary
FROM employees
GROUP BY department_id
HAVING AVG(salary) > 50000;
```

Row-level filters (for example `WHERE active = 1`) can still go in WHERE; they run first and shrink the groups."""),

    S("fix_bug",
      "PostgreSQL rejects this query with 'column e.name must appear in the GROUP BY clause'. Fix it so it shows each department's name with its head count.",
      "SELECT d.name, COUNT(e.id)\nFROM departments d\nJOIN employees e ON e.department_id = d.id\nGROUP BY d.id;",
      """Every selected column must be either grouped or aggregated. Group by the name as well as the id (keeping the id separates two departments that share a name):

```sql
SELECT d.id, d.name, COUNT(e.id) AS head_count
FROM departments AS d
JOIN employees AS e ON e.department_id = d.id
GROUP BY d.id, d.name;
```

PostgreSQL actually allows the original when `d.id` is the primary key, because the name is then functionally dependent on it; the error means `id` is not declared as a key. SQLite accepts the original silently."""),

    S("fix_bug",
      "This query returns nothing even though some users have no phone number. What is wrong?",
      "SELECT id, name FROM users WHERE phone = NULL;",
      """In SQL, any comparison with NULL using `=` yields unknown, never true, so no row matches. Use the dedicated operator:

```sql
SELECT id, name FROM users WHERE phone IS NULL;
```

Likewise use `IS NOT NULL` for the opposite test. Empty strings are not NULL, so if the column may hold `''` too, write `WHERE phone IS NULL OR phone = ''`."""),

    S("fix_bug",
      "The conversion rate from this query always comes out as 0. Why?",
      "SELECT campaign, SUM(converted) / COUNT(*) AS rate\nFROM visits\nGROUP BY campaign;",
      """Both operands are integers, and in SQLite and PostgreSQL integer division truncates, so any rate below 1 becomes 0. Make one operand a real number:

```sql
SELECT campaign,
       1.0 * SUM(converted) / COUNT(*) AS rate
FROM visits
GROUP BY campaign;
```

`CAST(SUM(converted) AS REAL)` works as well. Since `converted` is 0 or 1, `AVG(converted)` gives the same rate directly, because AVG returns a floating-point result."""),

    S("fix_bug",
      "I want all customers with their orders from 2024, including customers with no 2024 orders, but customers without such orders disappear. Fix the query.",
      "SELECT c.name, o.id\nFROM customers c\nLEFT JOIN orders o ON o.customer_id = c.id\nWHERE o.created_at >= '2024-01-01';",
      """The WHERE clause runs after the join, and for customers without orders `o.created_at` is NULL, so the condition removes them: the LEFT JOIN effectively becomes an inner join. Move the condition into the join:

```sql
SELECT c.name, o.id
FROM customers AS c
LEFT JOIN orders AS o
       ON o.customer_id = c.id
      AND o.created_at >= '2024-01-01';
```

Conditions in `ON` decide which orders match; customers without a match are still kept, with NULL order columns."""),

    S("fix_bug",
      "Every author in this report shows at least 1 book, even authors who have written none. Why?",
      "SELECT a.name, COUNT(*) AS books\nFROM authors a\nLEFT JOIN books b ON b.author_id = a.id\nGROUP BY a.id, a.name;",
      """`COUNT(*)` counts rows, and the LEFT JOIN produces one row (with NULL book columns) for an author without books. Count a column from the right-hand table instead, since `COUNT(column)` skips NULLs:

```sql
SELECT a.name, COUNT(b.id) AS books
FROM authors AS a
LEFT JOIN books AS b ON b.author_id = a.id
GROUP BY a.id, a.name;
```

Authors without books now get 0."""),

    S("complexity",
      "Roughly how many rows must a database touch to find one row by primary key in a table of 10 million rows, with and without an index?",
      "",
      """Without an index the database must scan the table: O(n), up to 10 million rows. A B-tree index makes it O(log n): with a fan-out of a few hundred keys per page, a 10-million-row index is only 3 to 4 levels deep, so the lookup reads a handful of pages.

```sql
-- full scan without an index, a few page reads with one
SELECT * FROM accounts WHERE id = 123456;
```

That gap is why a missing index on a frequently filtered column is the most common cause of a slow query."""),

    S("complexity",
      "What is the cost of a nested loop join compared with a hash join for two tables of n and m rows?",
      "",
      """A plain nested loop join compares every row of one table with every row of the other: O(n * m). If the inner table has an index on the join column, each probe costs O(log m), giving O(n log m). A hash join builds a hash table on the smaller input in O(m) and probes it once per row of the other, about O(n + m) in total, at the cost of memory for the hash table.

```sql
-- An index on orders(customer_id) lets the planner probe instead of scan.
SELECT c.name, o.total FROM customers c JOIN orders o ON o.customer_id = c.id;
```

Planners pick between them from table statistics, which is why keeping statistics current matters."""),

    S("concept",
      "What do the four ACID properties of a database transaction mean?",
      "",
      """- **Atomicity**: all statements of a transaction take effect, or none do; a failure halfway rolls everything back.
- **Consistency**: a transaction moves the database from one valid state to another, respecting constraints such as foreign keys and CHECKs.
- **Isolation**: concurrent transactions do not see each other's partial work; the isolation level says how strictly.
- **Durability**: once a commit returns, the change survives a crash, because it was written to a log on disk.

```sql
BEGIN;
UPDATE accounts SET balance = balance - 100 WHERE id = 1;
UPDATE accounts SET balance = balance + 100 WHERE id = 2;
COMMIT;
```

In the transfer above, atomicity guarantees money is never debited without being credited."""),

    S("concept",
      "Explain dirty reads, non-repeatable reads and phantom reads, and which isolation levels prevent them.",
      "",
      """- **Dirty read**: you see another transaction's uncommitted change, which may later be rolled back. Prevented from READ COMMITTED up.
- **Non-repeatable read**: you read the same row twice and get different values because another transaction committed an update in between. Prevented from REPEATABLE READ up.
- **Phantom read**: you run the same range query twice and new rows appear, inserted and committed by someone else. Prevented by SERIALIZABLE (and, in PostgreSQL, already by its REPEATABLE READ snapshot).

```sql
SET TRANSACTION ISOLATION LEVEL REPEATABLE READ;  -- PostgreSQL / MySQL syntax
```

Stricter levels give fewer anomalies but more blocking or more serialization failures that the application must retry."""),

    S("concept",
      "What is third normal form, explained with a small example?",
      "",
      """A table is in third normal form when every non-key column depends on the key, the whole key, and nothing but the key. In `orders(id, customer_id, customer_city, total)`, `customer_city` depends on `customer_id`, not on the order, so it is a transitive dependency: change a customer's city and you must update many orders.

```sql
CREATE TABLE customers (id INTEGER PRIMARY KEY, city TEXT NOT NULL);
CREATE TABLE orders (
    id INTEGER PRIMARY KEY,
    customer_id INTEGER NOT NULL REFERENCES customers(id),
    total NUMERIC NOT NULL
);
```

After the split each fact is stored once. Analytics schemas sometimes denormalise on purpose to avoid joins."""),

    S("concept",
      "What does ON DELETE CASCADE on a foreign key do, and when is it a bad idea?",
      "",
      """```sql
CREATE TABLE comments (
    id INTEGER PRIMARY KEY,
    post_id INTEGER NOT NULL REFERENCES posts(id) ON DELETE CASCADE,
    body TEXT NOT NULL
);
```

When a post is deleted, the database deletes its comments automatically, so no orphaned comments remain. It fits children that have no meaning without their parent. It is risky where the child is valuable on its own (deleting a customer should not silently delete invoices); use the default `RESTRICT`/`NO ACTION` there, or `SET NULL`. In SQLite, foreign keys are only enforced after `PRAGMA foreign_keys = ON`."""),

    S("concept",
      "What is the difference between UNION and UNION ALL?",
      "",
      """Both stack the results of two queries with the same number of columns. `UNION` then removes duplicate rows, which needs a sort or hash over the whole result; `UNION ALL` keeps every row and is cheaper.

```sql
SELECT email FROM customers
UNION ALL
SELECT email FROM newsletter_subscribers;
```

Use `UNION ALL` when the parts cannot overlap or duplicates are wanted, and `UNION` only when you really need distinct rows."""),

    S("concept",
      "When should a condition go in WHERE and when in HAVING?",
      "",
      """`WHERE` filters rows before grouping; `HAVING` filters groups after aggregation. A condition on a plain column belongs in WHERE, which also makes the query cheaper because fewer rows are grouped. A condition on an aggregate such as `COUNT(*)` or `SUM(x)` must go in HAVING.

```sql
SELECT author_id, COUNT(*) AS posts
FROM posts
WHERE published = 1          -- row filter
GROUP BY author_id
HAVING COUNT(*) >= 10;       -- group filter
```"""),

    S("concept",
      "Compare ROW_NUMBER, RANK and DENSE_RANK on scores with ties.",
      "",
      """For the scores 90, 85, 85, 70 ordered descending:

```text
score  ROW_NUMBER  RANK  DENSE_RANK
90     1           1     1
85     2           2     2
85     3           2     2
70     4           4     3
```

`ROW_NUMBER` gives every row a different number, breaking ties arbitrarily unless the ORDER BY is unique. `RANK` gives ties the same number and then skips, like sports rankings. `DENSE_RANK` gives ties the same number without gaps. Pick `DENSE_RANK` for "the second highest distinct value", and `ROW_NUMBER` when you need exactly one row per position."""),

    S("concept",
      "What is a rowid table in SQLite, and what does INTEGER PRIMARY KEY have to do with it?",
      "",
      """Ordinary SQLite tables are stored in a B-tree keyed by a 64-bit integer, the rowid. A column declared exactly `INTEGER PRIMARY KEY` becomes an alias for that rowid, so lookups by it go straight to the table B-tree with no separate index.

```sql
CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT);
INSERT INTO notes (body) VALUES ('hi');  -- id is assigned automatically
```

Spelling it `INT PRIMARY KEY` or using a text key creates an ordinary unique index instead. `WITHOUT ROWID` tables store rows in the primary-key index directly, which helps when the natural key is not an integer."""),

    S("concept",
      "Show with Python's sqlite3 why building SQL with string formatting is dangerous and how parameters fix it.",
      "",
      """```python
import sqlite3

conn = sqlite3.connect(":memory:")
conn.execute("CREATE TABLE users (name TEXT, is_admin INTEGER)")
conn.executemany("INSERT INTO users VALUES (?, ?)", [("ann", 1), ("bob", 0)])

evil = "nobody' OR '1'='1"
unsafe = conn.execute(f"SELECT name FROM users WHERE name = '{evil}'").fetchall()
safe = conn.execute("SELECT name FROM users WHERE name = ?", (evil,)).fetchall()

assert unsafe == [("ann",), ("bob",)]  # the injected OR matched every row
assert safe == []                        # the whole string was treated as a name
```

With string formatting the input becomes part of the SQL text, so a quote can change the query's logic. A `?` placeholder sends the value separately, and the database never parses it as SQL."""),

    S("explain",
      "Explain step by step what this query returns.",
      "SELECT c.country, COUNT(DISTINCT o.customer_id) AS buyers, SUM(o.total) AS revenue\nFROM orders o\nJOIN customers c ON c.id = o.customer_id\nWHERE o.created_at >= '2024-01-01'\nGROUP BY c.country\nHAVING SUM(o.total) > 10000\nORDER BY revenue DESC\nLIMIT 5;",
      """1. The join attaches each order to its customer, so every order row carries the customer's country.
2. `WHERE` keeps only orders from 2024 onwards.
3. `GROUP BY c.country` forms one group per country; `COUNT(DISTINCT o.customer_id)` counts the different customers who ordered, and `SUM(o.total)` adds up their order totals.
4. `HAVING` drops countries whose 2024 revenue is 10,000 or less.
5. The remaining countries are sorted by revenue, highest first, and only the top five are returned.

In short: the five biggest markets of 2024 by revenue, with their number of distinct buyers."""),

    S("write_function",
      "Find the second highest distinct salary in an employees table, returning NULL if there is none.",
      "",
      """```sql
SELECT MAX(salary) AS second_highest
FROM employees
WHERE salary < (SELECT MAX(salary) FROM employees);
```

The subquery finds the top salary, and the outer query takes the largest salary strictly below it. Because `MAX` over zero rows returns NULL, a table with a single distinct salary gives NULL rather than no row at all."""),

    S("write_function",
      "List employees who earn more than their own manager.",
      "employees(id, name, salary, manager_id)",
      """```sql
SELECT e.name AS employee, e.salary, m.name AS manager, m.salary AS manager_salary
FROM employees AS e
JOIN employees AS m ON m.id = e.manager_id
WHERE e.salary > m.salary;
```

A self join uses the same table twice under two aliases: `e` for the employee and `m` for the manager row referenced by `manager_id`. Employees without a manager drop out of the inner join, which is fine here since they cannot out-earn one."""),

    S("write_function",
      "Return the departments whose average salary is above the company-wide average salary.",
      "",
      """```sql
SELECT department_id, AVG(salary) AS dept_avg
FROM employees
GROUP BY department_id
HAVING AVG(salary) > (SELECT AVG(salary) FROM employees)
ORDER BY dept_avg DESC;
```

The scalar subquery is computed once and compared with each department's average in HAVING. Note it averages over employees, so large departments weigh more than small ones in the company figure."""),

    S("write_function",
      "Find the customers who have bought every product in the products table.",
      "products(id, name)\npurchases(customer_id, product_id)",
      """```sql
SELECT customer_id
FROM purchases
GROUP BY customer_id
HAVING COUNT(DISTINCT product_id) = (SELECT COUNT(*) FROM products);
```

This is relational division done by counting: a customer qualifies when the number of different products they bought equals the number of products there are. It assumes every `product_id` in purchases exists in products (a foreign key guarantees that)."""),

    S("write_function",
      "Count orders per month for 2024 in SQLite, with months formatted as YYYY-MM.",
      "",
      """```sql
SELECT strftime('%Y-%m', created_at) AS month, COUNT(*) AS orders
FROM orders
WHERE created_at >= '2024-01-01' AND created_at < '2025-01-01'
GROUP BY month
ORDER BY month;
```

`strftime('%Y-%m', ...)` truncates a timestamp to its month. Filtering with a half-open range on the raw column, rather than on `strftime(...) = '2024'`, lets an index on `created_at` be used. In PostgreSQL the equivalent is `date_trunc('month', created_at)`."""),

    S("write_function",
      "Write a query that lists each blog post with a comma-separated list of its tag names.",
      "posts(id, title)\ntags(id, name)\npost_tags(post_id, tag_id)",
      """```sql
SELECT p.id, p.title, group_concat(t.name, ', ') AS tags
FROM posts AS p
LEFT JOIN post_tags AS pt ON pt.post_id = p.id
LEFT JOIN tags AS t ON t.id = pt.tag_id
GROUP BY p.id, p.title
ORDER BY p.id;
```

`group_concat` (SQLite, MySQL) joins the values of a group into one string; PostgreSQL's equivalent is `string_agg(t.name, ', ')`. The LEFT JOINs keep posts with no tags, which get NULL."""),

    S("write_function",
      "Extract fields from a JSON column in SQLite: list each event's user id and browser, for events whose payload has type 'click'.",
      "events(id, payload) where payload is text like {\"type\": \"click\", \"user\": {\"id\": 5}, \"browser\": \"firefox\"}",
      """```sql
SELECT id,
       json_extract(payload, '$.user.id') AS user_id,
       json_extract(payload, '$.browser') AS browser
FROM events
WHERE json_extract(payload, '$.type') = 'click';
```

`json_extract` takes a path where `$` is the document root and dots walk into nested objects. SQLite 3.38+ also accepts the shorter `payload ->> '$.browser'`. For frequent filters, an expression index on `json_extract(payload, '$.type')` avoids parsing every row."""),

    S("write_function",
      "Group customers into age bands (under 18, 18-34, 35-54, 55 and over) and count each band.",
      "customers(id, birth_year)",
      """```sql
SELECT CASE
           WHEN age < 18 THEN 'under 18'
           WHEN age < 35 THEN '18-34'
           WHEN age < 55 THEN '35-54'
           ELSE '55+'
       END AS band,
       COUNT(*) AS customers
FROM (SELECT CAST(strftime('%Y', 'now') AS INTEGER) - birth_year AS age FROM customers)
GROUP BY band
ORDER BY MIN(age);
```

The CASE branches are checked in order, so each only needs an upper bound. Ordering by `MIN(age)` sorts the bands by age rather than alphabetically. The age is approximate because only the birth year is known."""),

    S("write_function",
      "Show each user's display name, falling back to their username and then to 'anonymous' when the fields are NULL.",
      "",
      """```sql
SELECT id,
       COALESCE(display_name, username, 'anonymous') AS shown_name
FROM users;
```

`COALESCE` returns its first non-NULL argument. If empty strings should also fall back, wrap them with `NULLIF`: `COALESCE(NULLIF(display_name, ''), NULLIF(username, ''), 'anonymous')`."""),

    S("write_function",
      "In SQLite, compute how many days each support ticket stayed open, and the average per priority.",
      "tickets(id, priority, opened_at, closed_at)  -- ISO timestamps, closed_at NULL while open",
      """```sql
SELECT priority,
       COUNT(*) AS closed_tickets,
       ROUND(AVG(julianday(closed_at) - julianday(opened_at)), 1) AS avg_days_open
FROM tickets
WHERE closed_at IS NOT NULL
GROUP BY priority
ORDER BY avg_days_open DESC;
```

`julianday` converts a timestamp into a fractional day number, so subtracting two gives the duration in days. Tickets that are still open are excluded; to include them up to now, use `COALESCE(closed_at, 'now')`."""),

    S("concept",
      "What is a partial index, and give an example where it helps.",
      "",
      """A partial index only contains the rows that satisfy its WHERE clause, so it is smaller and cheaper to maintain than a full index.

```sql
CREATE INDEX idx_jobs_pending ON jobs (created_at)
WHERE status = 'pending';

SELECT id FROM jobs WHERE status = 'pending' ORDER BY created_at LIMIT 10;
```

A job queue typically has millions of finished jobs and a few pending ones; the index stays tiny and the query uses it because its condition implies the index's WHERE. SQLite and PostgreSQL support partial indexes; MySQL does not."""),

    S("fix_bug",
      "Logins look up users with `WHERE lower(email) = lower(?)`, and EXPLAIN shows a full table scan even though email has an index. How do I make it use an index?",
      "",
      """The index stores the original `email` values, but the query compares `lower(email)`, which the plain index cannot answer. Index the expression itself:

```sql
CREATE INDEX idx_users_email_lower ON users (lower(email));

SELECT id FROM users WHERE lower(email) = lower(:email);
```

The query's expression must match the index's expression exactly. A cleaner long-term fix is to store emails already lowercased, or to use a case-insensitive collation (`COLLATE NOCASE` in SQLite)."""),

    S("write_function",
      "Make sure a user can only have one membership row per team, at the database level.",
      "memberships(id, user_id, team_id, role)",
      """```sql
CREATE UNIQUE INDEX uq_memberships_user_team
    ON memberships (user_id, team_id);
```

A unique index on the column pair rejects a second row with the same user and team, even if two requests race each other, which an application-side check cannot guarantee. An insert that would duplicate fails with a constraint error, or can be turned into an upsert with `ON CONFLICT (user_id, team_id) DO NOTHING`."""),

    S("concept",
      "Why does `WHERE name LIKE '%son'` not use the index on name, while `LIKE 'son%'` can?",
      "",
      """A B-tree index is sorted by the value from its first character on. A pattern with a fixed prefix, `'son%'`, is a range in that order (from 'son' up to 'soo'), so the database can seek to it. A leading wildcard means the match can start anywhere, so every entry must be checked.

```sql
-- can use an index (in SQLite only with a case-sensitive LIKE or a NOCASE index)
SELECT * FROM people WHERE name LIKE 'son%';
-- full scan
SELECT * FROM people WHERE name LIKE '%son';
```

For suffix searches you can index `reverse(name)` where available; for word searches use a full-text index such as SQLite FTS5 or PostgreSQL trigram indexes."""),

    S("write_function",
      "Create a SQLite table for bank accounts that enforces a non-negative balance, a limited set of currencies and a unique IBAN.",
      "",
      """```sql
CREATE TABLE accounts (
    id        INTEGER PRIMARY KEY,
    iban      TEXT    NOT NULL UNIQUE,
    owner_id  INTEGER NOT NULL REFERENCES owners(id),
    currency  TEXT    NOT NULL CHECK (currency IN ('EUR', 'USD', 'GBP')),
    balance   INTEGER NOT NULL DEFAULT 0 CHECK (balance >= 0),
    opened_at TEXT    NOT NULL DEFAULT CURRENT_TIMESTAMP
);
```

CHECK constraints make the database refuse invalid rows whatever code writes them. The balance is an integer number of cents, which avoids floating-point rounding in money amounts."""),

    S("write_function",
      "Create a view that shows only active customers together with their total spend, so reports can query it like a table.",
      "",
      """```sql
CREATE VIEW active_customer_spend AS
SELECT c.id, c.name, COALESCE(SUM(o.total), 0) AS total_spend
FROM customers AS c
LEFT JOIN orders AS o ON o.customer_id = c.id
WHERE c.active = 1
GROUP BY c.id, c.name;

SELECT name, total_spend FROM active_customer_spend ORDER BY total_spend DESC LIMIT 10;
```

A view stores the query, not the data, so it is always up to date and costs the same as running the query. Reports get one definition of "active customer spend" instead of each reimplementing it."""),

    S("write_function",
      "Write a SQLite trigger that keeps an updated_at column current whenever a row of documents changes.",
      "documents(id INTEGER PRIMARY KEY, body TEXT, updated_at TEXT)",
      """```sql
CREATE TRIGGER documents_touch
AFTER UPDATE OF body ON documents
FOR EACH ROW
BEGIN
    UPDATE documents SET updated_at = CURRENT_TIMESTAMP WHERE id = NEW.id;
END;
```

The trigger fires after a change to `body` and stamps the row. Restricting it to `UPDATE OF body` matters: its own update touches only `updated_at`, so it does not fire again (SQLite's recursive triggers are off by default anyway)."""),

    S("complexity",
      "Why does `LIMIT 20 OFFSET 100000` get slow on deep pages, and what is the alternative?",
      "",
      """With OFFSET the database still produces and throws away the first 100,000 rows in order, so page k costs O(k * page size). Keyset pagination remembers where the last page ended and seeks there through the index:

```sql
-- first page
SELECT id, title FROM articles ORDER BY id LIMIT 20;
-- next page: pass the last id seen
SELECT id, title FROM articles WHERE id > :last_id ORDER BY id LIMIT 20;
```

Each page is now an O(log n) index seek plus 20 rows. The trade-off: you can only go to the next or previous page, not jump to page 5000, and the sort key must be unique (add `id` as a tiebreaker)."""),
]
