"""Writer C, part 3: shell rows (one-liners, scripts, text tools, git, processes)."""


def B(kind, instruction, input, output):
    return dict(kind=kind, lang="shell", instruction=instruction, input=input, output=output)


ROWS = [
    B("write_function",
      "Find all files larger than 100 MB under the current directory and list them with their sizes, biggest first.",
      "",
      """```bash
find . -type f -size +100M -exec du -h {} + | sort -rh
```

`-size +100M` matches files strictly larger than 100 MiB, and `-exec du -h {} +` prints human-readable sizes for many files per `du` call. `sort -rh` understands suffixes like `M` and `G` and sorts in reverse, so the largest file comes first."""),

    B("write_function",
      "Delete `.log` files older than 30 days in /var/log/myapp, but show what would be deleted first.",
      "",
      """```bash
# dry run: list the candidates
find /var/log/myapp -type f -name '*.log' -mtime +30 -print
# then actually delete them
find /var/log/myapp -type f -name '*.log' -mtime +30 -delete
```

`-mtime +30` means last modified more than 30 whole days ago. Running the same expression with `-print` first is a cheap safety check, and `-delete` avoids spawning `rm` for each file. Keep `-delete` last: find evaluates left to right, so placing it before the filters would delete everything."""),

    B("write_function",
      "List files in my project that were modified in the last 24 hours, ignoring the .git directory.",
      "",
      """```bash
find . -path ./.git -prune -o -type f -mtime -1 -print
```

`-path ./.git -prune` stops find from descending into `.git`; the `-o` (or) branch handles everything else. `-mtime -1` means modified less than one day ago. For minutes use `-mmin -60`."""),

    B("write_function",
      "Search recursively for the word TODO in Python files, show line numbers, and skip the venv and node_modules directories.",
      "",
      """```bash
grep -rn --include='*.py' --exclude-dir={venv,node_modules} -w 'TODO' .
```

`-r` recurses, `-n` adds line numbers, `--include` limits the search to Python files, and `--exclude-dir` skips whole directories (the braces are expanded by bash into two options). `-w` matches TODO only as a whole word, so `TODOS` is not reported."""),

    B("write_function",
      "Count how many lines contain 'ERROR' in each log file of a directory, and show only files with at least one match.",
      "",
      """```bash
grep -c 'ERROR' logs/*.log | grep -v ':0$'
```

`grep -c` prints `file:count` for each file, including files with zero matches; the second grep drops those. To rank them, append `| sort -t: -k2 -rn`."""),

    B("write_function",
      "Print the lines of app.log that mention either 'timeout' or 'refused', but not the ones from the health checker.",
      "",
      """```bash
grep -Ei 'timeout|refused' app.log | grep -v 'healthcheck'
```

`-E` enables extended regular expressions, where `|` means alternation, and `-i` ignores case. The second grep with `-v` removes lines that mention the health checker."""),

    B("write_function",
      "Extract every IPv4 address from a log file and list each distinct address once.",
      "",
      """```bash
grep -oE '\\b([0-9]{1,3}\\.){3}[0-9]{1,3}\\b' access.log | sort -u
```

`-o` prints only the matching part of each line, one match per line, so a line with two addresses gives two lines. The pattern accepts four dot-separated groups of 1-3 digits; it also accepts impossible values like 999.1.1.1, which is usually fine for logs."""),

    B("write_function",
      "Replace every occurrence of `http://` with `https://` in all .html files of a directory tree, keeping a backup of each file.",
      "",
      """```bash
find site/ -type f -name '*.html' -exec sed -i.bak 's|http://|https://|g' {} +
```

`sed -i.bak` edits files in place and keeps the original as `file.html.bak`. Using `|` as the delimiter avoids escaping the slashes in the URLs, and `g` replaces every occurrence on a line, not just the first. On macOS, BSD sed needs the suffix as a separate argument (`-i .bak`)."""),

    B("write_function",
      "Remove all comment lines (starting with #, possibly indented) and blank lines from a config file and print the result.",
      "",
      """```bash
sed -e '/^[[:space:]]*#/d' -e '/^[[:space:]]*$/d' app.conf
```

The first expression deletes lines whose first non-space character is `#`, the second deletes empty or whitespace-only lines. The file itself is unchanged; add `-i` to edit it in place. `grep -Ev '^[[:space:]]*(#|$)' app.conf` does the same."""),

    B("write_function",
      "Print lines 120 to 140 of a large file.",
      "",
      """```bash
sed -n '120,140p;140q' big.txt
```

`-n` suppresses the default printing, `120,140p` prints the range, and `140q` quits after line 140 so sed does not read the rest of a huge file. `awk 'NR>=120 && NR<=140' big.txt` works too but always reads to the end."""),

    B("write_function",
      "Sum the third column of a whitespace-separated file.",
      "",
      """```bash
awk '{ total += $3 } END { print total }' data.txt
```

awk splits each line on whitespace into `$1`, `$2`, ...; the main block adds the third field, and `END` runs once after the last line. Uninitialised variables start at 0, so no setup is needed. Use `printf "%.2f\\n", total` for fixed decimals."""),

    B("write_function",
      "From a CSV of `region,amount` lines (no quoted fields), print the average amount per region.",
      "north,120\nsouth,80\nnorth,100\neast,50\nsouth,40",
      """```bash
awk -F, '{ sum[$1] += $2; n[$1]++ }
         END { for (r in sum) printf "%s %.2f\\n", r, sum[r] / n[r] }' sales.csv | sort
```

`-F,` makes the comma the field separator. Two associative arrays keyed by region hold the running sum and count; the `END` block prints each average. awk's `for (r in sum)` order is unspecified, hence the final `sort`. For CSV with quoted commas, use a real CSV tool instead."""),

    B("write_function",
      "Print the request path and response time of access-log lines whose response time (last field, in ms) exceeds 500.",
      "",
      """```bash
awk '$NF > 500 { print $7, $NF }' access.log
```

`$NF` is the last field of the line, whatever the number of fields, and `$7` is the request path in the common log format. A pattern without an action prints the line; here the action prints just the two fields."""),

    B("write_function",
      "Show the 10 IP addresses that made the most requests in an nginx access log.",
      "",
      """```bash
awk '{ print $1 }' access.log | sort | uniq -c | sort -rn | head -n 10
```

The first field of each line is the client IP. `uniq -c` counts adjacent duplicates, which is why the input must be sorted first; `sort -rn` then orders by the count numerically, highest first. An awk-only version avoids the first sort: `awk '{c[$1]++} END {for (ip in c) print c[ip], ip}' access.log | sort -rn | head`."""),

    B("write_function",
      "Print just the usernames and login shells from /etc/passwd.",
      "",
      """```bash
cut -d: -f1,7 /etc/passwd
```

`-d:` sets the delimiter and `-f1,7` selects the first and seventh fields, output with the same delimiter. `cut` cannot reorder fields or handle multi-character separators; use `awk -F: '{print $7, $1}'` for that."""),

    B("write_function",
      "Convert a text file to lowercase and squeeze repeated spaces into one.",
      "",
      """```bash
tr '[:upper:]' '[:lower:]' < input.txt | tr -s ' ' > output.txt
```

`tr` reads only from standard input, hence the redirection. The first call maps uppercase letters to lowercase; `tr -s ' '` squeezes runs of spaces into a single space. Never redirect the output to the same file you read from: the shell truncates it before tr starts."""),

    B("fix_bug",
      "This pipeline fails on file names that contain spaces. Fix it.",
      "find . -name '*.tmp' | xargs rm",
      """xargs splits its input on whitespace, so `my file.tmp` becomes two arguments, `my` and `file.tmp`. Separate names with NUL bytes, which cannot appear in file names:

```bash
find . -name '*.tmp' -print0 | xargs -0 rm --
```

`-print0` and `xargs -0` are a matched pair; `--` stops rm from treating a name that starts with `-` as an option. Here `find . -name '*.tmp' -delete` would be simpler still."""),

    B("write_function",
      "Compress every .csv file in a directory with gzip, running four compressions in parallel.",
      "",
      """```bash
find data/ -maxdepth 1 -name '*.csv' -print0 | xargs -0 -n 1 -P 4 gzip
```

`-P 4` lets xargs run up to four gzip processes at once and `-n 1` gives each one file, so the work spreads over cores. gzip replaces each file with a `.csv.gz`. GNU parallel offers more control, but xargs is available everywhere."""),

    B("write_function",
      "Rename all .jpeg files in the current directory to .jpg.",
      "",
      """```bash
for f in *.jpeg; do
    [ -e "$f" ] || continue
    mv -n -- "$f" "${f%.jpeg}.jpg"
done
```

`${f%.jpeg}` removes the shortest trailing match of `.jpeg`, and the quotes keep names with spaces intact. The `[ -e "$f" ]` check handles the case of no matches, where the glob stays literally `*.jpeg`. `mv -n` refuses to overwrite an existing `.jpg`."""),

    B("write_function",
      "Read a file line by line in bash without mangling backslashes or leading spaces.",
      "",
      """```bash
while IFS= read -r line; do
    printf '%s\\n' "$line"
done < input.txt
```

`IFS=` prevents read from stripping leading and trailing whitespace, and `-r` keeps backslashes literal instead of treating them as escapes. Redirecting the file into the loop (rather than piping `cat` into it) keeps the loop in the current shell, so variables set inside survive. A last line without a trailing newline is skipped; add `|| [ -n "$line" ]` after read to keep it."""),

    B("fix_bug",
      "This loop breaks on file names with spaces. Why, and what should I write instead?",
      "for f in $(ls *.txt); do\n    wc -l $f\ndone",
      """`$(ls ...)` is split on whitespace, so `my notes.txt` becomes two words, and the unquoted `$f` is split again. Let the shell expand the glob directly and quote the variable:

```bash
for f in *.txt; do
    wc -l -- "$f"
done
```

Globs produce one word per file regardless of spaces or newlines in the name. Parsing `ls` output is never safe; `ls` is meant for humans."""),

    B("fix_bug",
      "My backup script sometimes deletes the wrong directory. What's dangerous here?",
      "#!/bin/bash\ntarget=$1\nrm -rf $target/\n",
      """If the script is called without an argument, `$target` is empty and the command becomes `rm -rf /`. The unquoted variable is also split on spaces. Fail early on a missing argument and always quote:

```bash
#!/bin/bash
set -euo pipefail
target=${1:?usage: $0 DIRECTORY}
rm -rf -- "${target:?}/"
```

`${1:?message}` aborts with the message when the argument is missing or empty, and `${target:?}` guards the rm line itself even if the code changes later."""),

    B("concept",
      "What does `set -euo pipefail` do at the top of a bash script?",
      "",
      """```bash
#!/bin/bash
set -euo pipefail
```

- `-e`: exit as soon as a command fails (returns non-zero), instead of carrying on with bad state.
- `-u`: treat use of an unset variable as an error, which catches typos like `$DIRCTORY`.
- `-o pipefail`: a pipeline fails if any command in it fails, not just the last one; otherwise `false | sort` counts as success.

It makes scripts fail loudly and early. `-e` has exceptions (commands in `if` conditions or before `||` do not trigger it), so explicit checks are still needed where a failure is expected."""),

    B("write_function",
      "Write a bash snippet that creates a temporary directory and always removes it when the script exits, even on error or Ctrl-C.",
      "",
      """```bash
#!/bin/bash
set -euo pipefail
workdir=$(mktemp -d)
trap 'rm -rf -- "$workdir"' EXIT

curl -fsSL https://example.com/data.tar.gz -o "$workdir/data.tar.gz"
tar -xzf "$workdir/data.tar.gz" -C "$workdir"
```

`mktemp -d` creates a unique directory safely, and the `EXIT` trap runs when the script ends for any reason, including a failure under `set -e` or an interrupt. The single quotes delay expanding `$workdir` until the trap runs."""),

    B("write_function",
      "Write a bash script that accepts `-v` (verbose), `-o FILE` (output file) and then one or more input files.",
      "",
      """```bash
#!/bin/bash
set -euo pipefail
verbose=0
output=/dev/stdout

while getopts 'vo:' opt; do
    case $opt in
        v) verbose=1 ;;
        o) output=$OPTARG ;;
        *) echo "usage: $0 [-v] [-o FILE] INPUT..." >&2; exit 2 ;;
    esac
done
shift $((OPTIND - 1))
[ $# -ge 1 ] || { echo "need at least one input file" >&2; exit 2; }

for f in "$@"; do
    [ "$verbose" -eq 1 ] && echo "processing $f" >&2
    cat -- "$f"
done > "$output"
```

In the `getopts` spec, a colon after a letter means it takes an argument, delivered in `$OPTARG`. `shift $((OPTIND - 1))` removes the parsed options, leaving the input files in `$@`."""),

    B("write_function",
      "Write a bash function that returns success if a given TCP port is free on localhost, using local variables.",
      "",
      """```bash
port_is_free() {
    local port=$1
    if ss -ltn "sport = :$port" | grep -q LISTEN; then
        return 1
    fi
    return 0
}

if port_is_free 8080; then
    echo "8080 is free"
fi
```

Bash functions report results through their exit status: 0 means success/true. `local` keeps `port` from leaking into the caller's variables. `ss -ltn` lists listening TCP sockets, filtered here by source port."""),

    B("idiom",
      "How do I check in a script whether a command such as `jq` is installed?",
      "",
      """```bash
if ! command -v jq >/dev/null 2>&1; then
    echo "error: jq is required (apt install jq)" >&2
    exit 1
fi
```

`command -v` is specified by POSIX and reports aliases, functions and builtins as well as programs on the PATH, returning non-zero when nothing is found. Avoid `which`, whose output and exit status differ between systems."""),

    B("idiom",
      "In bash, how do I get a file's name without its directory, its extension, and its directory part?",
      "path=/home/ana/reports/q3.final.pdf",
      """```bash
path=/home/ana/reports/q3.final.pdf
name=${path##*/}     # q3.final.pdf  (longest prefix up to the last /)
dir=${path%/*}       # /home/ana/reports
stem=${name%.*}      # q3.final      (shortest suffix from the last .)
ext=${name##*.}      # pdf
```

`#`/`##` remove a matching prefix (shortest/longest) and `%`/`%%` remove a matching suffix. These expansions run inside the shell, so they are faster than calling `basename` and `dirname` in a loop."""),

    B("idiom",
      "How do I give a shell variable a default value when it is unset or empty?",
      "",
      """```bash
port=${PORT:-8080}          # use 8080 if PORT is unset or empty; PORT unchanged
: "${LOG_DIR:=/tmp/logs}"   # assign the default to LOG_DIR itself
name=${1:?missing name}     # abort with a message instead of defaulting
```

`:-` substitutes the default without assigning it, `:=` also assigns it, and `:?` exits with an error. Without the colon (`${PORT-8080}`) the default applies only when the variable is unset, not when it is set to an empty string."""),

    B("idiom",
      "How do I loop over a bash array, including elements that contain spaces?",
      "",
      """```bash
servers=("web 1" "web 2" "db")
for s in "${servers[@]}"; do
    echo "checking $s"
done
echo "count: ${#servers[@]}"
```

`"${servers[@]}"` in double quotes expands to one word per element, keeping `web 1` whole. `${servers[*]}` or an unquoted expansion would split on spaces. `${#servers[@]}` is the number of elements."""),

    B("write_function",
      "Count word frequencies in a text file using a bash associative array and print the five most common words.",
      "",
      """```bash
declare -A freq
while read -r -a words; do
    for w in "${words[@]}"; do
        w=${w,,}                 # lowercase
        w=${w//[^a-z]/}          # keep letters only
        [ -n "$w" ] && freq[$w]=$(( ${freq[$w]:-0} + 1 ))
    done
done < book.txt

for w in "${!freq[@]}"; do
    echo "${freq[$w]} $w"
done | sort -rn | head -n 5
```

`declare -A` creates an associative array (bash 4+), `read -a` splits each line into an array of words, and `${!freq[@]}` lists the keys. For big files `tr -cs 'A-Za-z' '\\n' | sort | uniq -c` is much faster."""),

    B("idiom",
      "How do I do integer arithmetic in bash, for example increment a counter and compute a percentage?",
      "",
      """```bash
done_count=0
total=7
for i in 1 2 3; do
    (( done_count++ ))
done
pct=$(( 100 * done_count / total ))
echo "$done_count of $total done ($pct%)"   # 3 of 7 done (42%)
```

`$(( ... ))` evaluates an expression and `(( ... ))` runs it as a command; inside both, variables need no `$`. Bash arithmetic is integer only, so multiply before dividing to keep precision; use `awk` or `bc` for decimals."""),

    B("write_function",
      "Write a systemd unit file for a small service from a bash script using a here-document.",
      "",
      """```bash
sudo tee /etc/systemd/system/report.service > /dev/null <<'EOF'
[Unit]
Description=Nightly report generator

[Service]
Type=oneshot
ExecStart=/usr/local/bin/make-report
User=reports
EOF
sudo systemctl daemon-reload
```

The quoted delimiter `'EOF'` stops the shell from expanding `$` or backticks in the body. `sudo tee` writes the file with root rights; `sudo cat > file` would fail because the redirection is done by your unprivileged shell."""),

    B("fix_bug",
      "I want both stdout and stderr of my build in build.log, but errors still appear on the terminal. Why?",
      "make 2>&1 > build.log",
      """Redirections are applied left to right. `2>&1` first points stderr to where stdout points at that moment (the terminal), and only then is stdout redirected to the file. Swap the order:

```bash
make > build.log 2>&1
# or, in bash:
make &> build.log
```

Now stdout goes to the file first, and stderr is duplicated onto it."""),

    B("write_function",
      "Run a long command so its output is shown on screen and saved to a log file at the same time, keeping the command's exit status.",
      "",
      """```bash
set -o pipefail
./deploy.sh 2>&1 | tee -a deploy.log
echo "deploy exited with $?"
```

`tee` copies its input to the terminal and to the file; `-a` appends instead of overwriting. Without `pipefail`, `$?` would be tee's status (almost always 0), hiding a failed deploy. `${PIPESTATUS[0]}` gives the first command's status as an alternative."""),

    B("write_function",
      "Compare the sorted contents of two files without creating temporary files.",
      "",
      """```bash
diff <(sort users_old.txt) <(sort users_new.txt)
```

Process substitution `<(...)` runs a command and gives its output a file name such as `/dev/fd/63`, so tools that expect files can read command output. Sorting both sides first makes the diff about content, not order."""),

    B("write_function",
      "Given two files of usernames, print the names that are only in the first file, only in the second, and in both.",
      "",
      """```bash
comm -23 <(sort -u a.txt) <(sort -u b.txt)   # only in a.txt
comm -13 <(sort -u a.txt) <(sort -u b.txt)   # only in b.txt
comm -12 <(sort -u a.txt) <(sort -u b.txt)   # in both
```

`comm` compares two sorted files and prints three columns: lines only in the first, only in the second, and common. The options suppress columns, so `-23` keeps just the first. Both inputs must be sorted with the same locale."""),

    B("write_function",
      "Find the process IDs of all running processes whose command line contains 'celery worker'.",
      "",
      """```bash
pgrep -f 'celery worker'
# with the full command lines:
pgrep -af 'celery worker'
```

`-f` matches against the whole command line rather than just the process name, and `-a` prints it next to each PID. Unlike `ps aux | grep celery`, pgrep never matches itself."""),

    B("write_function",
      "Stop a process gracefully, and kill it forcefully only if it has not exited after 10 seconds.",
      "",
      """```bash
pid=$(cat /run/myapp.pid)
kill -TERM "$pid"
for _ in $(seq 10); do
    kill -0 "$pid" 2>/dev/null || exit 0   # gone
    sleep 1
done
kill -KILL "$pid"
```

SIGTERM asks the program to shut down, giving it a chance to flush data and clean up. `kill -0` sends no signal but tells whether the process still exists. SIGKILL cannot be caught and should be the last resort, since the program gets no chance to clean up."""),

    B("write_function",
      "Start three download commands in the background, wait for all of them, and report if any failed.",
      "",
      """```bash
pids=()
for url in "$@"; do
    curl -fsSLO "$url" &
    pids+=("$!")
done

failed=0
for pid in "${pids[@]}"; do
    wait "$pid" || failed=$((failed + 1))
done
echo "$failed download(s) failed"
[ "$failed" -eq 0 ]
```

`&` runs each command in the background and `$!` holds its PID. `wait PID` returns that job's exit status, so each failure can be counted; a bare `wait` would wait for all but lose the statuses."""),

    B("concept",
      "What is the difference between running a command with `nohup`, with `&`, and with `disown`?",
      "",
      """```bash
long_task &            # background job; still gets SIGHUP when the terminal closes
nohup long_task &      # ignores SIGHUP; output goes to nohup.out
long_task & disown     # removes the job from the shell's job table
```

`&` only puts the job in the background: closing the terminal sends it SIGHUP and it normally dies. `nohup` makes the command ignore SIGHUP and redirects output away from the terminal. `disown` tells bash not to forward SIGHUP to that job. For real services use a supervisor such as systemd, or tmux for interactive sessions."""),

    B("write_function",
      "Find out which process is listening on port 8080.",
      "",
      """```bash
sudo lsof -iTCP:8080 -sTCP:LISTEN
# or with iproute2:
sudo ss -ltnp 'sport = :8080'
```

`lsof -i` lists network sockets, and the filters keep TCP sockets on port 8080 in the LISTEN state, printing the command and PID. `ss -p` shows the process too. `sudo` is needed to see processes owned by other users."""),

    B("write_function",
      "Run a command but give up after 30 seconds, and tell a timeout apart from a normal failure.",
      "",
      """```bash
timeout 30s ./slow-check.sh
status=$?
if [ "$status" -eq 124 ]; then
    echo "timed out" >&2
elif [ "$status" -ne 0 ]; then
    echo "failed with status $status" >&2
fi
```

GNU `timeout` sends SIGTERM after the limit and exits with status 124 when that happened. `--kill-after=5s` adds a SIGKILL if the command ignores the TERM."""),

    B("write_function",
      "Write a bash function that retries a command up to 5 times with exponential backoff.",
      "",
      """```bash
retry() {
    local attempt=1 delay=1
    until "$@"; do
        if [ "$attempt" -ge 5 ]; then
            echo "giving up after $attempt attempts: $*" >&2
            return 1
        fi
        echo "attempt $attempt failed; retrying in ${delay}s" >&2
        sleep "$delay"
        attempt=$((attempt + 1))
        delay=$((delay * 2))
    done
}

retry curl -fsS https://example.com/health
```

`"$@"` runs the arguments as the command, preserving quoting. The delay doubles each time (1, 2, 4, 8 s), which gives a struggling server room to recover."""),

    B("write_function",
      "Show the ten largest directories under /var, with human-readable sizes.",
      "",
      """```bash
sudo du -xh --max-depth=2 /var 2>/dev/null | sort -rh | head -n 10
```

`du -h` prints sizes like `1.2G`, `--max-depth=2` limits the report to two levels, and `-x` stays on one file system so mounted disks are not counted. `sort -rh` orders human-readable sizes correctly. Errors for unreadable directories are discarded."""),

    B("explain",
      "Explain the columns of this `df -h` output and whether something needs attention.",
      "Filesystem      Size  Used Avail Use% Mounted on\n/dev/sda1        50G   47G  650M  99% /\ntmpfs           3.9G     0  3.9G   0% /dev/shm",
      """Each line is a mounted file system: `Size` is its capacity, `Used` and `Avail` the space used and still free, `Use%` the percentage used, and `Mounted on` where it appears in the directory tree. The root file system `/` is 99% full with only 650 MB left, which needs attention: programs will fail to write logs or temp files soon. Find what is using the space with `sudo du -xh --max-depth=1 / | sort -rh | head`. `tmpfs` is memory-backed and empty, which is normal."""),

    B("write_function",
      "Create a gzip-compressed tar archive of a project directory excluding node_modules, and then list its contents.",
      "",
      """```bash
tar --exclude='node_modules' -czf project.tar.gz project/
tar -tzf project.tar.gz | head
```

`-c` creates, `-z` compresses with gzip and `-f` names the archive; `-t` lists the contents instead of extracting. Putting `--exclude` before the paths works with both GNU and BSD tar. Extract with `tar -xzf project.tar.gz -C /target/dir`."""),

    B("write_function",
      "Synchronise a local directory to a remote server, deleting remote files that no longer exist locally, but preview the changes first.",
      "",
      """```bash
rsync -avz --delete --dry-run ./site/ deploy@web1:/var/www/site/
rsync -avz --delete ./site/ deploy@web1:/var/www/site/
```

`-a` preserves permissions and times and recurses, `-z` compresses over the network, and `--delete` removes extra files on the destination. `--dry-run` shows what would happen. The trailing slash on `./site/` matters: it copies the contents of the directory, not the directory itself."""),

    B("write_function",
      "Run a command on a remote machine over SSH and copy a file back.",
      "",
      """```bash
ssh deploy@web1 'df -h / && systemctl is-active nginx'
scp deploy@web1:/var/log/nginx/error.log ./web1-error.log
```

`ssh host 'command'` runs the quoted command in a remote shell and returns its exit status, so it can be used in `if` tests. The single quotes stop the local shell from expanding anything in the remote command. `scp remote:path local` copies a file; `rsync` is better for large or repeated copies."""),

    B("write_function",
      "Send a JSON POST request with curl and fail the script if the server returns an HTTP error.",
      "",
      """```bash
curl --fail-with-body -sS \\
     -H 'Content-Type: application/json' \\
     -d '{"name": "ada", "role": "admin"}' \\
     https://api.example.com/users
```

`-d` sends the body as a POST, and the header tells the server it is JSON. By default curl exits with 0 even on a 404 or 500; `--fail-with-body` (curl 7.76+) makes it exit non-zero while still printing the error body. `-sS` hides the progress bar but keeps error messages."""),

    B("write_function",
      "From a JSON array of users, print the emails of users whose `active` field is true.",
      "[{\"email\": \"a@x.io\", \"active\": true}, {\"email\": \"b@x.io\", \"active\": false}]",
      """```bash
jq -r '.[] | select(.active) | .email' users.json
```

`.[]` iterates over the array, `select(.active)` keeps objects whose `active` is true, and `.email` extracts the field. `-r` prints raw strings without JSON quotes, one per line, which is what other shell tools expect."""),

    B("write_function",
      "Convert a Unix timestamp to a readable UTC date, and get the current time as a Unix timestamp, with GNU date.",
      "",
      """```bash
date -u -d @1700000000 '+%Y-%m-%d %H:%M:%S'   # 2023-11-14 22:13:20
date +%s                                        # seconds since the epoch
date -u +%Y-%m-%dT%H:%M:%SZ                     # ISO 8601 timestamp for logs
```

`-d @N` interprets N as seconds since 1970-01-01 UTC, and `-u` prints in UTC rather than local time. On macOS the BSD equivalent is `date -r 1700000000`."""),

    B("explain",
      "Explain when this cron entry runs.",
      "*/15 9-17 * * 1-5 /usr/local/bin/sync-inventory",
      """The five fields are minute, hour, day of month, month and day of week. `*/15` means every 15 minutes (0, 15, 30, 45), `9-17` the hours 9 through 17, the two `*` any day and any month, and `1-5` Monday to Friday. So the command runs every quarter hour from 09:00 to 17:45 on weekdays, 36 times a day. Cron uses a minimal environment, so the script should not rely on your interactive PATH."""),

    B("concept",
      "What do the permissions 755 and 640 mean, and how do I set them?",
      "",
      """Each digit is the sum of read (4), write (2) and execute (1), for the owner, the group and others in that order.

```bash
chmod 755 deploy.sh     # rwxr-xr-x: owner full, others read and run
chmod 640 secrets.env   # rw-r-----: owner read/write, group read, others nothing
chmod u+x,go-w tool.sh  # symbolic form: change single bits
```

755 suits scripts and directories everyone may use; 640 suits files that a service group reads but others must not. On directories, execute means permission to enter them."""),

    B("concept",
      "What is umask and why do new files get permissions 644?",
      "",
      """Programs usually create files with mode 666 (and directories with 777); the umask lists the bits to remove. With the common umask `022`, write permission is removed for group and others, giving 644 for files and 755 for directories.

```bash
umask          # prints e.g. 0022
umask 077      # new files 600, directories 700: private to the owner
touch a && ls -l a
```

The setting applies to the current shell and its children; set it in a service's configuration (systemd's `UMask=`) to protect files the service writes."""),

    B("write_function",
      "Make a `current` symlink point to a new release directory, replacing the old link atomically.",
      "",
      """```bash
ln -sfn releases/2024-06-01 current.tmp
mv -T current.tmp current
```

`-s` creates a symbolic link, `-f` replaces an existing one and `-n` treats an existing link to a directory as a file instead of descending into it. Creating a temporary link and renaming it over the old one is atomic with GNU `mv -T`, so a web server never sees a missing `current`."""),

    B("write_function",
      "Undo my last git commit but keep its changes staged so I can fix them.",
      "",
      """```bash
git reset --soft HEAD~1
```

`--soft` moves the branch back one commit and leaves the index and working tree untouched, so the changes from that commit are staged again. `--mixed` (the default) would also unstage them, and `--hard` would discard them. Only do this for commits that have not been pushed, since it rewrites history."""),

    B("write_function",
      "I made a typo in the message of the commit I just made (not pushed yet). How do I change it?",
      "",
      """```bash
git commit --amend -m "Fix rounding in invoice totals"
```

`--amend` replaces the last commit with a new one containing the same changes plus anything currently staged, with the new message. Without `-m` it opens the editor. If the commit was already pushed, amending requires a force push, which disrupts anyone who pulled it."""),

    B("write_function",
      "Create a new branch for a feature, commit to it, and push it so that later `git push` works without arguments.",
      "",
      """```bash
git switch -c feature/csv-export
git add export.py
git commit -m "Add CSV export"
git push -u origin feature/csv-export
```

`git switch -c` creates the branch and switches to it. `-u` (`--set-upstream`) records `origin/feature/csv-export` as the branch's upstream, so later `git push` and `git pull` on this branch need no arguments."""),

    B("write_function",
      "Squash my last four commits into a single commit before opening a pull request.",
      "",
      """```bash
git rebase -i HEAD~4
# in the editor, keep "pick" on the first line and change the others to "squash" (or "s")
```

Interactive rebase replays the last four commits; `squash` folds a commit into the one above it and lets you edit the combined message (`fixup` discards its message). A non-interactive alternative is `git reset --soft HEAD~4 && git commit`. Since this rewrites history, use `git push --force-with-lease` if the branch was already pushed."""),

    B("write_function",
      "Use git to find which commit introduced a failing test, automatically.",
      "",
      """```bash
git bisect start
git bisect bad HEAD
git bisect good v2.3.0
git bisect run python -m pytest tests/test_invoice.py -x -q
git bisect reset
```

Bisect performs a binary search over the commits between the good and bad points, so 1,000 commits need only about 10 test runs. `git bisect run` marks each commit good or bad from the command's exit status (125 means skip). `reset` returns to where you started."""),

    B("write_function",
      "Show the contents of config.yaml as it was three commits ago, without changing my working copy.",
      "",
      """```bash
git show HEAD~3:config.yaml
# save it next to the current one to compare
git show HEAD~3:config.yaml > /tmp/config.old.yaml
```

`REV:path` names a file in a given commit, with the path relative to the repository root. Nothing in the working tree changes. To actually restore the old version, use `git restore --source=HEAD~3 config.yaml`."""),

    B("write_function",
      "Show a compact history of all branches as a graph in the terminal.",
      "",
      """```bash
git log --oneline --graph --decorate --all
```

`--oneline` shows one short line per commit, `--graph` draws the branch structure in ASCII, `--decorate` labels commits with branch and tag names, and `--all` includes every branch, not only the current one. An alias saves typing: `git config --global alias.lg 'log --oneline --graph --decorate --all'`."""),

    B("write_function",
      "Discard my uncommitted changes to one file, and separately unstage another file without losing its changes.",
      "",
      """```bash
git restore settings.py            # throw away working-tree changes
git restore --staged models.py     # unstage, keep the edits
```

`git restore` (Git 2.23+) restores files from the index or a commit. Without options it overwrites the working copy from the index, so the discarded edits are gone for good. `--staged` only resets the index entry. The older equivalents are `git checkout -- file` and `git reset file`."""),

    B("write_function",
      "A commit that was already pushed to main broke production. Undo it safely.",
      "",
      """```bash
git revert a1b2c3d
git push origin main
```

`git revert` creates a new commit that applies the inverse of `a1b2c3d`, so history is not rewritten and other people's clones stay valid. Resetting and force-pushing a shared branch would break everyone who already pulled. Reverting a merge commit needs `-m 1` to say which parent to keep."""),

    B("write_function",
      "Apply one specific bug-fix commit from the develop branch onto the release branch.",
      "",
      """```bash
git switch release/1.4
git cherry-pick -x 9f8e7d6
```

`cherry-pick` applies the changes of one commit on top of the current branch as a new commit. `-x` appends "(cherry picked from commit ...)" to the message, which helps trace the fix later. On a conflict, fix the files, `git add` them and run `git cherry-pick --continue`."""),

    B("write_function",
      "Delete a feature branch both locally and on the remote after it has been merged.",
      "",
      """```bash
git branch -d feature/login
git push origin --delete feature/login
git fetch --prune
```

`-d` refuses to delete a branch that is not merged, which protects unfinished work (`-D` forces it). `push --delete` removes the branch on the server, and `fetch --prune` removes stale remote-tracking branches that others deleted."""),

    B("explain",
      "I got this after `git merge`. What do I do now?",
      "Auto-merging app/views.py\nCONFLICT (content): Merge conflict in app/views.py\nAutomatic merge failed; fix conflicts and then commit the result.",
      """Both branches changed the same lines of `app/views.py`, so git stopped and marked the conflicting parts in the file:

```text
<<<<<<< HEAD
your version
=======
their version
>>>>>>> feature
```

Edit the file to the content you want and delete the three marker lines, then `git add app/views.py` and `git commit` to finish the merge. `git status` lists files still in conflict, and `git merge --abort` returns to the state before the merge if you want to start over."""),

    B("write_function",
      "Find out who last changed lines 40-60 of billing.py and in which commit.",
      "",
      """```bash
git blame -L 40,60 billing.py
# ignore whitespace-only changes and follow moved lines
git blame -w -M -L 40,60 billing.py
```

`git blame` annotates each line with the commit, author and date of its last change, and `-L` restricts it to a line range. `-w` ignores whitespace changes and `-M` detects lines moved within the file, so a reformat does not hide the real author."""),

    B("fix_bug",
      "I added `.env` to .gitignore, but git still shows changes to it. Why?",
      "",
      """`.gitignore` only affects untracked files; `.env` was committed before, so git keeps tracking it. Remove it from the index while keeping the file on disk:

```bash
git rm --cached .env
git commit -m "Stop tracking .env"
```

From now on the ignore rule applies. If the file held secrets, they are still in the history: rotate those credentials, since removing the file from tracking does not erase old commits."""),

    B("write_function",
      "Create an annotated tag for version 2.0.0 and push it.",
      "",
      """```bash
git tag -a v2.0.0 -m "Release 2.0.0"
git push origin v2.0.0
```

Annotated tags (`-a`) are full objects with a tagger, date and message, and can be signed; lightweight tags are just names for a commit. Tags are not pushed by a plain `git push`, so push them explicitly (or use `--follow-tags`)."""),

    B("write_function",
      "Show the changes I have staged for the next commit, and the ones I have not staged yet.",
      "",
      """```bash
git diff --staged     # what the next commit will contain
git diff              # edits not yet staged
git diff HEAD         # both together, compared with the last commit
```

`git diff` compares the working tree with the index, so staged changes do not appear in it. `--staged` (alias `--cached`) compares the index with the last commit. Reviewing `--staged` before committing catches accidentally added files."""),

    B("explain",
      "Explain what this command does, part by part.",
      "ps -eo pid,pcpu,comm --sort=-pcpu | head -n 6",
      """`ps -e` selects every process on the system, and `-o pid,pcpu,comm` chooses the output columns: process ID, CPU usage percentage and command name. `--sort=-pcpu` orders by CPU usage, descending because of the minus sign. `head -n 6` keeps the header line plus the five processes using the most CPU. It is a one-shot snapshot, unlike `top`, which refreshes continuously."""),

    B("concept",
      "What do `&&`, `||` and `$?` mean in the shell?",
      "",
      """Every command ends with an exit status: 0 means success, anything else failure. `$?` holds the status of the last command. `a && b` runs `b` only if `a` succeeded; `a || b` runs `b` only if `a` failed.

```bash
mkdir -p build && cd build || exit 1
grep -q ready status.txt
echo "grep exited with $?"
```

Beware of using `a && b || c` as an if-else: `c` also runs when `b` fails. Use a real `if` when that matters."""),

    B("fix_bug",
      "This cleanup script deleted files in my home directory when the build directory was missing. Why?",
      "#!/bin/bash\ncd /opt/app/build\nrm -rf *",
      """When `cd` fails, the script carries on in the directory it started in, and `rm -rf *` deletes everything there. Stop if `cd` fails:

```bash
#!/bin/bash
set -euo pipefail
cd /opt/app/build || exit 1
rm -rf -- ./*
```

`set -e` alone would also stop the script, but the explicit `|| exit 1` keeps the protection even if someone removes `set -e` later. Better still is to avoid `cd`: `rm -rf -- /opt/app/build/*`."""),

    B("fix_bug",
      "This test prints 'unary operator expected' when the variable is empty. Fix it.",
      "if [ $answer == yes ]; then echo ok; fi",
      """When `answer` is empty, the unquoted expansion disappears and the test becomes `[ == yes ]`, which is malformed. Quote the variable, and use `=`, which is the portable string comparison inside `[`:

```bash
if [ "$answer" = yes ]; then echo ok; fi
# bash-only alternative, where word splitting does not happen:
if [[ $answer == yes ]]; then echo ok; fi
```

Inside `[[ ]]` unquoted variables are safe and `==` may also do glob matching against an unquoted right-hand side."""),

    B("fix_bug",
      "Why does this script always print 0 lines, even though the file has lines?",
      "count=0\ncat data.txt | while read -r line; do\n    count=$((count + 1))\ndone\necho \"$count lines\"",
      """Each part of a pipeline runs in a subshell, so the `while` loop increments its own copy of `count`, which disappears when the loop ends. Redirect the file into the loop instead, so it runs in the current shell:

```bash
count=0
while IFS= read -r line; do
    count=$((count + 1))
done < data.txt
echo "$count lines"
```

When the input must come from a command, use process substitution: `done < <(some_command)`. For plain counting, `wc -l < data.txt` is simpler."""),

    B("complexity",
      "Is `sort file | uniq` slower than `sort -u file`? What is the cost of these commands on a large file?",
      "",
      """Both are dominated by sorting, O(n log n) comparisons, and GNU sort falls back to temporary files on disk when the data exceeds its memory buffer. `sort -u` removes duplicates during the sort itself, saving a process and a pass over the output, so it is somewhat faster, but not asymptotically. If you only need distinct lines and not sorted order, awk does it in one O(n) pass with a hash table, at the cost of memory for every distinct line:

```bash
awk '!seen[$0]++' big.txt
```

This also keeps the first occurrence of each line in its original order."""),

    B("write_function",
      "Count lines of code per file extension in a git repository.",
      "",
      """```bash
git ls-files -z | xargs -0 wc -l 2>/dev/null \\
  | awk '$2 != "total" { n = split($2, p, "."); ext = (n > 1) ? p[n] : "(none)"; lines[ext] += $1 }
         END { for (e in lines) print lines[e], e }' | sort -rn
```

`git ls-files` lists only tracked files, which skips build output and dependencies. `wc -l` counts lines per file, and awk adds them up by the part of the name after the last dot. `wc` prints extra `total` lines when given many files; those are skipped."""),

    B("write_function",
      "Find duplicate files in a directory tree by content.",
      "",
      """```bash
find photos/ -type f -print0 \\
  | xargs -0 sha256sum \\
  | sort \\
  | uniq -w64 --all-repeated=separate
```

Identical files have identical SHA-256 checksums, so sorting by the 64-character hash brings copies together, and `uniq -w64 --all-repeated=separate` prints only hashes that occur more than once, grouped with blank lines between groups. For huge trees, compare file sizes first to avoid hashing files that cannot have a duplicate."""),

    B("write_function",
      "Watch a log file live and print only new lines containing 'ERROR', with a timestamp of when they were seen.",
      "",
      """```bash
tail -F app.log | grep --line-buffered 'ERROR' | while IFS= read -r line; do
    printf '%s %s\\n' "$(date +%T)" "$line"
done
```

`tail -F` follows the file by name, so it continues after log rotation. `--line-buffered` makes grep flush each match immediately; without it, output sits in a buffer when grep writes into a pipe."""),

    B("write_function",
      "Split a 10 GB CSV into files of one million lines each, keeping the header line in every part.",
      "",
      """```bash
tail -n +2 big.csv | split -l 1000000 -d --additional-suffix=.csv - part_
for f in part_*.csv; do
    { head -n 1 big.csv; cat "$f"; } > "$f.tmp" && mv "$f.tmp" "$f"
done
```

`tail -n +2` skips the header, and `split -l` cuts the rest into pieces named `part_00.csv`, `part_01.csv` and so on (`-d` uses numeric suffixes). The loop then prepends the header to each part. GNU split's `--filter` could do it in one pass, but this version is easier to read."""),

    B("write_function",
      "Generate a random 24-character password from the command line.",
      "",
      """```bash
openssl rand -base64 18
# or without openssl, letters and digits only:
LC_ALL=C tr -dc 'A-Za-z0-9' < /dev/urandom | head -c 24; echo
```

18 random bytes encode to exactly 24 base64 characters. The second version filters the kernel's random stream down to alphanumerics; `LC_ALL=C` makes `tr` treat the input as bytes. Both use a cryptographically secure source, unlike bash's `$RANDOM`."""),

    B("concept",
      "What is the difference between `VAR=value`, `export VAR=value`, and `VAR=value command`?",
      "",
      """```bash
GREETING=hi                    # shell variable: child processes do not see it
export API_URL=http://local    # environment variable: inherited by every child
DEBUG=1 ./run-tests.sh         # set only in the environment of this one command
```

A plain assignment creates a variable that only the current shell sees. `export` marks it for the environment, which is copied into every program started afterwards. The prefix form sets the variable just for that command. A child can never change its parent's environment, which is why `source script.sh` is needed to set variables from a script."""),

    B("concept",
      "Why does a script need a shebang line and an executable bit, and what is the difference between `./script.sh` and `bash script.sh`?",
      "",
      """```bash
#!/usr/bin/env bash
echo "running with $BASH_VERSION"
```

`./script.sh` asks the kernel to execute the file: it needs the execute permission (`chmod +x script.sh`) and reads the first line, `#!`, to know which interpreter to run. `#!/usr/bin/env bash` finds bash on the PATH, which is more portable than a fixed path. `bash script.sh` starts bash yourself and passes the file as input, so neither the shebang nor the execute bit matters."""),

    B("write_function",
      "Read `key=value` settings from a config file into shell variables without executing the file with `source`.",
      "# app.conf\nport=8080\nname=demo app\n# comment\nlog_level=info",
      """```bash
declare -A conf
while IFS='=' read -r key value; do
    [[ -z $key || $key == \\#* ]] && continue
    conf[$key]=$value
done < app.conf

echo "port=${conf[port]} name=${conf[name]}"
```

`source app.conf` would run any command hidden in the file. Parsing it with `read` treats every line as data: `IFS='='` splits at the first `=` (the rest, including spaces, lands in `value`), and comment and blank lines are skipped."""),

    B("write_function",
      "Rename every file in a directory to lowercase.",
      "",
      """```bash
for f in *; do
    lower=${f,,}
    [ "$f" = "$lower" ] && continue
    if [ -e "$lower" ]; then
        echo "skip $f: $lower exists" >&2
    else
        mv -- "$f" "$lower"
    fi
done
```

`${f,,}` lowercases a variable in bash 4+. The existence check prevents `README` and `readme` from overwriting each other; on case-insensitive file systems (macOS default) renaming only the case needs a two-step move through a temporary name."""),

    B("write_function",
      "Print the total memory used by all processes of a given program (e.g. chrome), in megabytes.",
      "",
      """```bash
ps -C chrome -o rss= | awk '{ kb += $1 } END { printf "%.1f MB\\n", kb / 1024 }'
```

`ps -C name` selects processes by command name and `-o rss=` prints only their resident set size in kilobytes, without a header. awk adds them up. Shared memory is counted once per process, so the total overstates real usage for programs with many processes."""),

    B("write_function",
      "Wait until a web service answers on http://localhost:8000/health, for at most 60 seconds.",
      "",
      """```bash
for _ in $(seq 60); do
    if curl -fs http://localhost:8000/health > /dev/null; then
        echo "service is up"
        exit 0
    fi
    sleep 1
done
echo "service did not come up in 60 s" >&2
exit 1
```

`curl -f` returns non-zero for connection errors and HTTP errors alike, so the loop keeps polling until the service answers with a 2xx status. This is a common step in CI before running integration tests against a freshly started container."""),

    B("write_function",
      "Replace a line in a file only if it matches, otherwise append it (set `max_connections = 200` in a config).",
      "",
      """```bash
file=postgresql.conf
if grep -q '^max_connections' "$file"; then
    sed -i 's/^max_connections.*/max_connections = 200/' "$file"
else
    echo 'max_connections = 200' >> "$file"
fi
```

Running the script twice leaves the same result, which matters for provisioning scripts (they are idempotent). Anchoring the pattern with `^` avoids touching commented-out lines like `#max_connections`."""),

    B("write_function",
      "Show which commits on my branch are not yet on main, and which files they changed.",
      "",
      """```bash
git log --oneline main..HEAD
git diff --stat main...HEAD
```

`main..HEAD` selects commits reachable from HEAD but not from main, i.e. the work on your branch. With three dots, `git diff main...HEAD` compares your branch against the point where it forked from main, so changes made on main in the meantime do not show up. `--stat` summarises changed files and line counts."""),
]
