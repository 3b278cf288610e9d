#!/usr/bin/env bash
# Writes a ledger with the last release before migrations, for LegacyLedgerUpgradeTest.
set -euo pipefail
B=http://127.0.0.1:$1/api/v1
R=(-s -u registrar:registrar-password-1 -H 'Content-Type: application/json')
D=${CHESHIRE_FILES:-ledger-api/src/main/resources/demo/cheshire-27d}
j() { python3 -c "import sys,json; t=sys.stdin.read(); d=json.loads(t); print(d$1) if 'id' in d else sys.exit('unexpected answer: '+t)"; }
curl -sf -u registrar:registrar-password-1 -F epraccur=@$D/epraccur.csv -F epcn=@$D/epcn-core-partners.csv -F listSizes=@$D/gp-reg-pat-prac-all.csv $B/organisations/import > /dev/null
curl "${R[@]}" -X PUT $B/topics/access -d '{"title":"Access"}' > /dev/null
curl "${R[@]}" -X PUT $B/topics/urgent-care -d '{"title":"Urgent care","parent":"access"}' > /dev/null
curl "${R[@]}" -X PUT $B/topics/estates -d '{"title":"Estates"}' > /dev/null
curl "${R[@]}" -X PUT $B/forums/place-board -d '{"name":"Place board","level":"PLACE"}' > /dev/null
C=$B/confederations/cheshire-briefs
curl "${R[@]}" -X PUT $C -d '{"name":"Cheshire (legacy)","place":"Cheshire West","constitution":{"thresholds":{"REPRESENT":{"practices":0.5,"patients":0.5},"NEGOTIATE":{"practices":0.5,"patients":0.5},"AGREE":{"practices":0.66,"patients":0.66}},"adoption":{"practices":0.5,"patients":0.5},"feedbackDueDays":7}}' > /dev/null
for p in N81001 N81002 N81005; do curl "${R[@]}" -X PUT $C/members/$p > /dev/null; done
for p in N81002 N81005; do curl "${R[@]}" -H "Idempotency-Key: legacy-grant-$p" -X POST $C/mandates -d "{\"grantor\":\"$p\",\"topics\":[\"access\"],\"ceiling\":\"AGREE\",\"validFrom\":\"2026-12-01\",\"terms\":\"Legacy terms of $p\"}" > /dev/null; done
M=$(curl "${R[@]}" -X POST $C/mandates -d '{"grantor":"N81001","topics":["*"],"ceiling":"REPRESENT","validFrom":"2026-12-01"}' | j "['id']")
curl "${R[@]}" -X POST $B/mandates/$M/withdrawal -d '{"reason":"Practice meeting decided"}' > /dev/null
I=$(curl "${R[@]}" -X POST $C/issues -d '{"title":"Extended access hours","topic":"urgent-care","level":"PLACE","scope":"COLLECTIVE","raisedBy":"N81002"}' | j "['id']")
curl "${R[@]}" -X POST $B/issues/$I/positions -d '{"statement":"Practices will offer evening access if funded","essentialTerms":["Funded at cost"],"negotiableTerms":["Which evenings"],"support":{"for":["N81002","N81005"],"against":[],"abstain":[]}}' > /dev/null
P=$(curl "${R[@]}" -X POST $B/people -d '{"name":"Dr Ahmed","role":"GP","organisation":"N81002","login":"dr.ahmed"}' | j "['id']")
curl "${R[@]}" -X POST $B/people/$P/interests -d '{"topic":"estates","category":"FINANCIAL","description":"Partner in a practice offering extended access"}' > /dev/null
A=$(curl "${R[@]}" -X POST $C/appointments -d "{\"person\":\"$P\",\"forums\":[\"*\"],\"topics\":[\"*\"],\"ceiling\":\"NEGOTIATE\",\"from\":\"2026-12-01\"}" | j "['id']")
STARTS=$(date -u -d '+8 seconds' +%Y-%m-%dT%H:%M:%SZ)
MT=$(curl "${R[@]}" -X POST $B/meetings -d "{\"forum\":\"place-board\",\"startsAt\":\"$STARTS\",\"title\":\"Place board, December\"}" | j "['id']")
BR=$(curl "${R[@]}" -X POST $B/briefs -d "{\"appointment\":\"$A\",\"meeting\":\"$MT\",\"items\":[{\"issue\":\"$I\",\"authority\":\"NEGOTIATE\",\"referBack\":[\"Any weekend work\"],\"notes\":\"Keep to the statement\"}]}" | j "['id']")
curl -s -u dr-ahmed:dr-ahmed-password-1 -X POST $B/briefs/$BR/acknowledgement > /dev/null
sleep 10
curl -s -u dr-ahmed:dr-ahmed-password-1 -H 'Content-Type: application/json' -X POST $B/briefs/$BR/feedback -d "{\"items\":[{\"issue\":\"$I\",\"outcome\":\"AGREED\",\"summary\":\"Agreed evenings, funding to follow\",\"conceded\":[],\"commitments\":[\"Report back in January\"]}],\"unbriefed\":[],\"actions\":[{\"description\":\"Confirm funding letter\",\"owner\":\"N81002\",\"due\":\"2027-01-15\"}]}" > /dev/null
echo "brief $BR issue $I mandate $M person $P appointment $A meeting $MT"
