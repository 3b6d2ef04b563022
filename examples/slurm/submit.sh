#!/bin/bash
# Submits a sharded `rapport audit` to Slurm: an array of N tasks, then a merge
# job that runs when all of them have succeeded.
#
#   examples/slurm/submit.sh N OUTPUT EXPORT [audit options...]
#   examples/slurm/submit.sh 16 audit.html notes-2024.jsonl --group-by department --date-field note_date
#
# The parts go to OUTPUT's folder, in rapport-parts-<job id>/; OUTPUT's extension
# (.json, .csv, .html) picks the format.
set -euo pipefail
if [ $# -lt 3 ]; then
  echo "usage: examples/slurm/submit.sh N OUTPUT EXPORT [audit options...]" >&2
  exit 2
fi
n=$1
output=$2
shift 2
here=$(cd "$(dirname "$0")" && pwd)
format=${output##*.}
case "$format" in json | csv | html) ;; *) format=json ;; esac
parts="$(dirname "$output")/rapport-parts-$$"

array=$(sbatch --parsable --array="0-$((n - 1))" "$here/audit-array.sbatch" "$parts" "$@")
merge=$(sbatch --parsable --dependency="afterok:${array%%;*}" --job-name=rapport-audit-merge --output="rapport-audit-merge-%j.log" \
  --wrap="${RAPPORT:-rapport} audit merge '$parts'/part-*-of-$n.json --format $format --output '$output'")
echo "submitted array job $array ($n tasks) and merge job $merge; the result will be in $output"
