#!/usr/bin/env bash
# Live-mode throughput, beside two references, measured in the same run (issue 7's figures):
#   Kurir     kurir-cli serve, storing every message durably in a Maildir (fsync, group commit)
#   smtp-sink Postfix's test sink: stores nothing (the ceiling of the loopback + client)
#   aiosmtpd  python3-aiosmtpd with a Maildir handler (Python's mailbox.Maildir: it fsyncs each
#             file, not the folder, one message after another on its event loop)
# Load: Postfix's smtp-source, 1 KB messages over 10 concurrent sessions on loopback.
# Then Kurir's memory (RSS) before and after 100,000 messages.
#
#   scripts/bench-live.sh [build/bin/kurir-cli]     MESSAGES=20000 SESSIONS=10 ROUNDS=3 BIG=100000
#
# Not a test: figures depend on the machine (and on whatever else runs on it).
set -euo pipefail
cd "$(dirname "$0")/.."
CLI=${1:-build/bin/kurir-cli}
MESSAGES=${MESSAGES:-20000}
ROUNDS=${ROUNDS:-3}
SESSIONS=${SESSIONS:-10}
BIG=${BIG:-100000}
PY=/usr/bin/python3

[[ -x "$CLI" ]] || { echo "bench-live: no kurir-cli at $CLI (build first, or pass its path)" >&2; exit 2; }

# Only smtp-source and smtp-sink are used: Postfix is installed unconfigured and not run.
need=()
[[ -x /usr/sbin/smtp-source ]] || need+=(postfix)
$PY -c 'import aiosmtpd' 2>/dev/null || need+=(python3-aiosmtpd)
if [[ ${#need[@]} -gt 0 ]]; then
    sudo=()
    [[ $(id -u) -eq 0 ]] || sudo=(sudo)
    echo "postfix postfix/main_mailer_type select No configuration" | "${sudo[@]}" debconf-set-selections
    export DEBIAN_FRONTEND=noninteractive
    "${sudo[@]}" apt-get update -qq
    "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
    # Should the package have started the daemon anyway, stop it: it is not measured.
    if pgrep -x master >/dev/null 2>&1; then "${sudo[@]}" postfix stop >/dev/null 2>&1 || true; fi
fi

work=$(mktemp -d /var/tmp/kurir-bench.XXXXXX)
pids=()
cleanup() {
    for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
    wait 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT

free_port() { $PY -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
wait_port() { # a server is ready when it accepts a connection
    for _ in $(seq 200); do
        $PY -c "import socket,sys; socket.create_connection(('127.0.0.1',$1),timeout=1).close()" 2>/dev/null && return 0
        sleep 0.05
    done
    echo "bench-live: nothing listens on port $1" >&2; exit 1
}
rss_kb() { awk '/^VmRSS/ {print $2}' "/proc/$1/status"; }

# Prints messages per second for COUNT messages to PORT, for bob@test.example or RECIPIENT.
load() {
    local port=$1 count=$2 rcpt=${3:-bob@test.example} start end
    start=$(date +%s.%N)
    /usr/sbin/smtp-source -s "$SESSIONS" -m "$count" -l 1024 -d -M client.example \
        -f alice@elsewhere.example -t "$rcpt" "127.0.0.1:$port"
    end=$(date +%s.%N)
    $PY -c "print(round($count / ($end - $start)))"
}


echo "bench-live: $MESSAGES messages of 1 KB over $SESSIONS sessions (smtp-source -d), $(nproc) CPUs"
echo "            load average: $(cut -d' ' -f1-3 /proc/loadavg) (the machine may be shared)"

# What one flush costs on the disk the Maildir is on, measured alone: 1 KB writes with O_DSYNC
# that grow a file (each needs a journal commit, as a new message file does) and that
# overwrite it in place (the device's cache flush only). A durable message needs its bytes and
# then its name in new/ flushed, one after the other, so two of the first per batch of
# messages is what group commit cannot go below.
disk_flush() { # prints milliseconds per write
    local file=$work/dsync.bin flags=$1 start end
    start=$(date +%s.%N)
    dd if=/dev/zero of="$file" bs=1k count=500 oflag=dsync $flags status=none
    end=$(date +%s.%N)
    $PY -c "print('%.2f' % (($end - $start) * 1000 / 500))"
}
grow=$(disk_flush "")
overwrite=$(disk_flush "conv=notrunc")
rm -f "$work/dsync.bin"
echo "disk:      1 KB O_DSYNC write growing a file ${grow} ms, overwriting in place ${overwrite} ms ($work)"

# The four servers run side by side, each on its own port, and are loaded in turn, ROUNDS
# times: this machine's speed drifts from one minute to the next (smtp-sink alone has varied
# by a factor of two between runs), so each ratio is taken between medians of interleaved
# runs rather than between two runs minutes apart.
start_kurir() { # PORT DIR: a kurir-cli serve storing into DIR
    "$CLI" --lang en serve --listen "127.0.0.1:$1" --domain test.example --maildir "$2" \
        --max-sessions 200 >>"$work/kurir.log" 2>&1 &
    pids+=($!)
    wait_port "$1"
}
kurir_port=$(free_port)
start_kurir "$kurir_port" "$work/kurir-mail"

# The same with the Maildir in memory (tmpfs: a sync costs nothing), to tell the cost of the
# protocol path from the cost of the disk's barriers. Not a durable configuration.
tmpfs_port=
if [[ -d /dev/shm && -w /dev/shm ]]; then
    shm=$(mktemp -d /dev/shm/kurir-bench.XXXXXX)
    tmpfs_port=$(free_port)
    start_kurir "$tmpfs_port" "$shm"
fi

# smtp-sink (refuses to run as root without -u)
sink_port=$(free_port)
sink_user=()
[[ $(id -u) -eq 0 ]] && sink_user=(-u nobody)
/usr/sbin/smtp-sink "${sink_user[@]}" "127.0.0.1:$sink_port" 256 &
pids+=($!)
wait_port "$sink_port"

# aiosmtpd with a Maildir handler
aio_port=$(free_port)
cat >"$work/aio.py" <<'PY'
import asyncio, mailbox, sys
from aiosmtpd.controller import Controller
class MaildirHandler:
    def __init__(self, path):
        self.box = mailbox.Maildir(path, factory=None, create=True)
    async def handle_DATA(self, server, session, envelope):
        self.box.add(envelope.original_content)
        return "250 OK"
c = Controller(MaildirHandler(sys.argv[2]), hostname="127.0.0.1", port=int(sys.argv[1]))
c.start()
try:
    asyncio.get_event_loop().run_forever()
except KeyboardInterrupt:
    c.stop()
PY
$PY "$work/aio.py" "$aio_port" "$work/aio-mail" 2>"$work/aio.log" &
pids+=($!)
wait_port "$aio_port"

# Warm up: mailboxes exist, Kurir's certificate is made.
for port in $kurir_port $tmpfs_port $sink_port $aio_port; do load "$port" 500 >/dev/null; done

# Each round delivers to a mailbox of its own, so that every round stores into a new/ folder
# that starts empty, as a single run does: a folder's sync costs more as it grows (0.53 ms per
# batch of ten over its first 20,000 names, 0.76–0.80 ms from 20,000 to 60,000).
kurir=() tmpfs=() sink=() aio=()
for round in $(seq "$ROUNDS"); do
    kurir+=("$(load "$kurir_port" "$MESSAGES" "bob$round@test.example")")
    [[ -n $tmpfs_port ]] && tmpfs+=("$(load "$tmpfs_port" "$MESSAGES" "bob$round@test.example")")
    sink+=("$(load "$sink_port" "$MESSAGES")")
    aio+=("$(load "$aio_port" "$MESSAGES")")
    t=-
    [[ ${#tmpfs[@]} -gt 0 ]] && t=${tmpfs[-1]}
    echo "round $round:   kurir ${kurir[-1]}   tmpfs $t   smtp-sink ${sink[-1]}   aiosmtpd ${aio[-1]} msg/s"
done
stored=$(find "$work"/kurir-mail/bob*@test.example/new -type f | wc -l)
echo "kurir:     $stored files in new/, expected $((ROUNDS * MESSAGES + 500))"
for p in "${pids[@]}"; do kill -TERM "$p" 2>/dev/null || true; done
wait 2>/dev/null || true
pids=()
[[ -n $tmpfs_port ]] && rm -rf "$shm"

$PY - "${kurir[*]}" "${tmpfs[*]:-0}" "${sink[*]}" "${aio[*]}" <<'PY'
import statistics, sys
k, t, s, a = ([float(x) for x in arg.split()] for arg in sys.argv[1:])
mk, mt, ms, ma = (statistics.median(v) for v in (k, t, s, a))
print("medians:   kurir %.0f   kurir on tmpfs (reference only) %.0f   smtp-sink %.0f   aiosmtpd %.0f msg/s" % (mk, mt, ms, ma))
print("ratios:    kurir/aiosmtpd = %.2f (target >= 3)   kurir/smtp-sink = %.2f (target >= 0.7)" % (mk / ma, mk / ms))
PY
echo "            load average after the rounds: $(cut -d' ' -f1-3 /proc/loadavg)"

# Memory over BIG messages: RSS after a warm-up, then after all of them.
port=$(free_port)
start_kurir "$port" "$work/kurir-big"
big_pid=$!
load "$port" 5000 >/dev/null
before=$(rss_kb "$big_pid")
rate=$(load "$port" "$BIG")
after=$(rss_kb "$big_pid")
kill -TERM "$big_pid"; wait "$big_pid" || true
echo "memory:    kurir RSS ${before} kB after 5,000 messages, ${after} kB after $BIG more ($rate msg/s)"
