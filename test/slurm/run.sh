#!/usr/bin/env bash
# `npm run test:slurm`: runs the Slurm example for real. Installs Debian's
# slurm-wlm and munge if they are missing, starts a single-node cluster
# (the steps of the project's Slurm reference, with its own configuration
# file, state folders and ports, so a cluster already on the machine is left
# alone), submits examples/slurm/audit-array.sbatch as a 4-task array over a
# JSONL export, merges the parts and checks the result is byte for byte what
# one run over the whole export gives; then the same through
# examples/slurm/submit.sh, whose merge runs as a dependent job. Stops every
# daemon it started, by process id. Needs root (CI runs it from .ci/run);
# not part of `npm test`.
set -euo pipefail
repo=$(cd "$(dirname "$0")/../.." && pwd)
if [ "$(id -u)" != 0 ]; then
  echo "test:slurm: needs root (it installs packages and starts slurmctld, slurmd and munged)" >&2
  exit 1
fi
if ! command -v slurmctld >/dev/null || ! command -v slurmd >/dev/null || ! command -v munged >/dev/null; then
  echo "== installing slurm-wlm and munge"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq slurm-wlm munge >/dev/null
fi
[ -f "$repo/dist/cli/cli.js" ] || (cd "$repo" && npm run build >/dev/null)

work=$(mktemp -d /tmp/rapport-slurm-XXXXXX)
chmod 755 "$work"
export SLURM_CONF="$work/slurm.conf"
started_munged=""
cleanup() {
  status=$?
  echo "== stopping the cluster"
  scontrol shutdown >/dev/null 2>&1 || true
  for f in slurmctld slurmd; do
    pid=$(cat "$work/$f.pid" 2>/dev/null || true)
    for _ in $(seq 1 50); do [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null || break; sleep 0.2; done
    if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then kill "$pid" 2>/dev/null || true; fi
  done
  if [ -n "$started_munged" ]; then kill "$started_munged" 2>/dev/null || true; fi
  if [ $status -ne 0 ]; then
    echo "test:slurm: FAILED; logs kept in $work" >&2
    tail -n 20 "$work"/*.log 2>/dev/null >&2 || true
  else
    rm -rf "$work"
  fi
  exit $status
}
trap cleanup EXIT

echo "== starting munged"
mkdir -p /etc/munge /run/munge /var/log/munge /var/lib/munge
if [ ! -f /etc/munge/munge.key ]; then
  dd if=/dev/urandom bs=1 count=1024 of=/etc/munge/munge.key status=none
  chown munge:munge /etc/munge/munge.key
  chmod 400 /etc/munge/munge.key
fi
chown munge:munge /run/munge /var/log/munge /var/lib/munge
if munge -n </dev/null >/dev/null 2>&1; then
  echo "munged is already running; using it"
else
  su -s /bin/sh munge -c "/usr/sbin/munged --pid-file=/run/munge/rapport-test.pid"
  for _ in $(seq 1 50); do [ -s /run/munge/rapport-test.pid ] && break; sleep 0.1; done
  started_munged=$(cat /run/munge/rapport-test.pid)
fi

echo "== starting slurmctld and slurmd"
h=$(hostname -s)
cpus=$(nproc)
mem=$(($(free -m | awk '/Mem:/{print $2}') - 1024))
mkdir -p "$work/ctld" "$work/d"
cat >"$SLURM_CONF" <<CONF
ClusterName=rapporttest
SlurmctldHost=$h
SlurmctldPort=6827
SlurmdPort=6828
SlurmUser=root
AuthType=auth/munge
StateSaveLocation=$work/ctld
SlurmdSpoolDir=$work/d
SlurmctldPidFile=$work/slurmctld.pid
SlurmdPidFile=$work/slurmd.pid
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
ReturnToService=2
SchedulerType=sched/backfill
SelectType=select/cons_tres
SelectTypeParameters=CR_Core
SlurmctldLogFile=$work/slurmctld.log
SlurmdLogFile=$work/slurmd.log
NodeName=$h CPUs=$cpus RealMemory=$mem State=UNKNOWN
PartitionName=debug Nodes=$h Default=YES MaxTime=INFINITE State=UP
CONF
slurmctld
slurmd
for _ in $(seq 1 60); do sinfo -h -o %T 2>/dev/null | grep -q idle && break; sleep 0.5; done
sinfo
srun -N1 hostname

echo "== the export"
node "$repo/scripts/bench/audit-export.mjs" "$work/export.jsonl" --notes 2000 --mb 6
options=(--group-by department --group-by note_type --date-field date --by quarter --examples 2)
rapport=(node "$repo/bin/rapport.js")
(cd "$work" && "${rapport[@]}" audit export.jsonl "${options[@]}" --output single.json)

echo "== sbatch --array=0-3 --wait examples/slurm/audit-array.sbatch"
cd "$work"
# One CPU per task, so all four run at once on a small machine.
RAPPORT="node $repo/bin/rapport.js" sbatch --wait --array=0-3 --cpus-per-task=1 --mem=512M \
  --output="$work/task-%a.log" "$repo/examples/slurm/audit-array.sbatch" "$work/parts" export.jsonl "${options[@]}"
for i in 0 1 2 3; do echo "-- task $i:"; cat "$work/task-$i.log"; done
ls -l "$work/parts"
"${rapport[@]}" audit merge "$work"/parts/*.json --output merged.json
cmp single.json merged.json
node -e 'const j=require(process.argv[1]); const p=[1,2,3,4].map(k=>require(process.argv[2]+"/part-"+k+"-of-4.json").notes); console.log(`merged: ${j.notes} notes (parts ${p.join(" + ")}), ${j.notesWithFindings} with at least one finding, ${Object.keys(j.rules).length} rules, ${Object.keys(j.periods).length} periods`)' "$work/merged.json" "$work/parts"
echo "merged parts = single run (byte for byte)"

echo "== examples/slurm/submit.sh 4 (array, then the merge as a dependent job)"
RAPPORT="node $repo/bin/rapport.js" "$repo/examples/slurm/submit.sh" 4 "$work/submitted.json" export.jsonl "${options[@]}"
for _ in $(seq 1 600); do [ -z "$(squeue -h -o %i)" ] && break; sleep 0.5; done
[ -z "$(squeue -h -o %i)" ] || { echo "jobs still queued:"; squeue; exit 1; }
cmp single.json submitted.json
echo "submit.sh result = single run (byte for byte)"
echo "test:slurm: PASS"
