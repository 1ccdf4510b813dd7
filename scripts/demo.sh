#!/usr/bin/env bash
# Seeds a database with a demo team and real work from data/oasst/ (real Open-Assistant data,
# also in the team's ../shared/data/oasst/): twelve real prompts taken through the workflow with arborist-cli
# (prompts under review, growing conversations, replies waiting for labels), twenty real
# Open-Assistant trees waiting to be ranked, eighty finished ones to browse and export, and the
# other real prompts waiting in the lottery. Does nothing if the database already has users.
#   scripts/demo.sh [--db URL]
set -euo pipefail
cd "$(dirname "$0")/.."
cli=build/src/cli/arborist-cli
db=("$@")
if [ "$("$cli" "${db[@]}" --json user list | jq '.users | length')" != 0 ]; then
  exit 0
fi
prompts=""
trees=""
for d in data/oasst ../shared/data/oasst; do
  [ -z "$prompts" ] && [ -f "$d/prompt_lottery_en_250_text.jsonl" ] && prompts=$d/prompt_lottery_en_250_text.jsonl
  [ -z "$trees" ] && [ -f "$d/en_100_tree.jsonl" ] && trees=$d/en_100_tree.jsonl
done

# A fixed seed: the same demo every time (and every page has work somewhere for the screenshots).
run() { "$cli" "${db[@]}" --seed 7 --json "$@"; }
run user add admin --role admin --display-name "Demo admin" >/dev/null
run user add lena --role lead --user admin --display-name "Lena (lead)" >/dev/null
team=(anna ben chen dora emil fay)
for u in "${team[@]}"; do run user add "$u" --user admin >/dev/null; done

# Twelve real prompts from the team.
texts=()
if [ -n "$prompts" ]; then
  while IFS= read -r line; do texts+=("$line"); done < <(head -n 12 "$prompts")
else
  texts=('"Explain how a refrigerator works."' '"Write a haiku about autumn rain."' '"What is the difference between a list and a tuple in Python?"')
fi
i=0
for t in "${texts[@]}"; do
  u=${team[$((i % ${#team[@]}))]}
  task=$(run task request --user "$u" --type initial_prompt | jq -r .id)
  jq -cn --argjson text "$t" '{text: $text, lang: "en"}' | run task submit --user "$u" "$task" >/dev/null
  i=$((i + 1))
done

# Reviews: the team accepts most prompts, which the lottery then draws into growing trees.
answer() { # user type -> submits a plausible answer to a task of that type, if one is available
  local u=$1 type=$2 task id
  task=$(run task request --user "$u" --type "$type" 2>/dev/null) || return 0
  id=$(jq -r .id <<<"$task")
  case "$type" in
    label_*) echo '{"labels": {"spam": 0, "lang_mismatch": 0, "quality": 0.75}}' ;;
    assistant_reply) jq -cn --arg t "$(jq -r '.conversation[-1].text' <<<"$task" | head -c 60)" \
        '{text: ("Here is a careful answer to \"" + $t + "...\": start with the basics, then the details.")}' ;;
    prompter_reply) echo '{"text": "Thanks! Could you give a concrete example?"}' ;;
  esac | run task submit --user "$u" "$id" >/dev/null 2>&1 || true
}
for round in $(seq 1 8); do
  for u in "${team[@]}"; do answer "$u" label_initial_prompt; done
done
for round in 1 2 3; do
  for u in "${team[@]}"; do answer "$u" assistant_reply; done
  for u in "${team[@]}"; do answer "$u" label_assistant_reply; done
done
# Work left open for the team: a user reply waiting for its labels, and two new prompts
# waiting for their reviews.
answer fay prompter_reply
for t in '"What should I check before buying a used bicycle?"' '"Can you explain what a hash table is, with a small example?"'; do
  task=$(run task request --user fay --type initial_prompt | jq -r .id)
  jq -cn --argjson text "$t" '{text: $text, lang: "en"}' | run task submit --user fay "$task" >/dev/null
done
# Real Open-Assistant data: twenty trees to rank, eighty finished, the other prompts waiting
# to be drawn into new conversations.
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
if [ -n "$trees" ]; then
  head -n 20 "$trees" >"$tmp/to_rank.jsonl"
  tail -n +21 "$trees" >"$tmp/finished.jsonl"
  run import "$tmp/to_rank.jsonl" --user lena --force-state ranking --origin "oasst:en_100_tree" >/dev/null
  run import "$tmp/finished.jsonl" --user lena --origin "oasst:en_100_tree" >/dev/null
fi
if [ -n "$prompts" ]; then
  tail -n +13 "$prompts" >"$tmp/prompts.jsonl"
  run import "$tmp/prompts.jsonl" --user lena --origin "oasst:prompt_lottery_en_250_text" >/dev/null
fi
echo "Demo data ready: users admin, lena (lead) and annotators ${team[*]}."
