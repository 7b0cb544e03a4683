#!/usr/bin/env bash
# The main flow of the Ordinance through the API, as the institutions do it, against a running hub:
#   npm start            (in another terminal)
#   bash docs/walkthrough.sh
# Needs the development signing key (npm run token). HUB_URL points elsewhere; MUNICIPALITY picks the
# municipality (default MON02, Berkovitsa). Each step prints what the hub answered.
set -euo pipefail
cd "$(dirname "$0")/.."
HUB=${HUB_URL:-http://localhost:4000/graphql}
MUNICIPALITY=${MUNICIPALITY:-MON02}

token() { npm run -s token -- "$@"; }
MAYOR=$(token --role MUNICIPALITY --unit "$MUNICIPALITY" --purpose "integration agreement")
SAR=$(token --role SAR --purpose "Art. 16 application")

# gql TOKEN QUERY [VARIABLES-JSON] → prints the JSON answer; stops the walk on any GraphQL error.
gql() {
  local body
  body=$(node -e 'console.log(JSON.stringify({ query: process.argv[1], variables: JSON.parse(process.argv[2]) }))' "$2" "${3:-{\}}")
  curl -s "$HUB" -H 'content-type: application/json' -H "authorization: Bearer $1" --data "$body" |
    node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>{const r=JSON.parse(s);
      if (r.errors) { console.error(JSON.stringify(r.errors, null, 2)); process.exit(1); } console.log(JSON.stringify(r.data));})'
}
# get JSON PATH → one value out of an answer, e.g. get "$answer" registerBeneficiary.id
get() { node -e 'let v=JSON.parse(process.argv[1]); for (const k of process.argv[2].split(".")) v=v[k]; console.log(v)' "$1" "$2"; }
# a valid LNCh: nine random digits and the check digit
lnch() { node -e 'const d=String(100000000+Math.floor(Math.random()*899999999));const w=[21,19,17,13,11,9,7,3,1];
  console.log(d+(w.reduce((s,x,i)=>s+x*+d[i],0)%10))'; }
step() { printf '\n== %s\n' "$1"; }
TODAY=$(node -e 'console.log(new Intl.DateTimeFormat("en-CA",{timeZone:"Europe/Sofia"}).format(new Date()))')
DAYS_AGO() { node -e 'const d=new Date(process.argv[1]+"T12:00:00Z");d.setUTCDate(d.getUTCDate()-+process.argv[2]);console.log(d.toISOString().slice(0,10))' "$TODAY" "$1"; }

step "1. The mayor applies to SAR to conclude agreements (Art. 13(1)-(2))"
A=$(gql "$MAYOR" 'mutation($i: ApplyToConcludeAgreementsInput!) { applyToConcludeAgreements(input: $i) { id status } }' \
  '{"i":{"foreignersCount":5,"municipalityInformation":"Municipal flats, two schools.","plannedMeasures":"Bulgarian classes, job mediation."}}')
echo "$A"

step "2. SAR enters the municipality in its register (Art. 13(4))"
gql "$SAR" 'mutation($id: ID!) { registerMunicipality(applicationId: $id) { status registeredOn municipality { code nameBg } } }' \
  "{\"id\":\"$(get "$A" applyToConcludeAgreements.id)\"}"

step "3. SAR records a refugee and her son (identity, protection decision served 5 days ago)"
PARENT=$(gql "$SAR" 'mutation($i: RegisterBeneficiaryInput!) { registerBeneficiary(input: $i) { id lnch } }' \
  "{\"i\":{\"lnch\":\"$(lnch)\",\"givenNameLatin\":\"Rania\",\"familyNameLatin\":\"Haddad\",\"givenNameCyrillic\":\"Рания\",\"familyNameCyrillic\":\"Хадад\",
    \"birthDate\":\"1988-05-14\",\"sex\":\"FEMALE\",\"citizenship\":\"SY\",\"protectionKind\":\"REFUGEE_STATUS\",\"protectionDecisionNumber\":\"RS-1234\",
    \"protectionDecisionDate\":\"$(DAYS_AGO 9)\",\"protectionDecisionServedOn\":\"$(DAYS_AGO 5)\",\"languages\":[\"ar\",\"en\"]}}")
echo "$PARENT"
SON=$(gql "$SAR" 'mutation($i: RegisterBeneficiaryInput!) { registerBeneficiary(input: $i) { id } }' \
  "{\"i\":{\"lnch\":\"$(lnch)\",\"givenNameLatin\":\"Karim\",\"familyNameLatin\":\"Haddad\",\"birthDate\":\"2017-03-02\",\"sex\":\"MALE\",\"citizenship\":\"SY\",
    \"protectionKind\":\"REFUGEE_STATUS\",\"protectionDecisionNumber\":\"RS-1235\",\"protectionDecisionDate\":\"$(DAYS_AGO 9)\",\"protectionDecisionServedOn\":\"$(DAYS_AGO 5)\"}}")
gql "$SAR" 'mutation($p: ID!, $c: ID!) { linkFamilyMembers(beneficiaryId: $p, relativeId: $c, relation: CHILD) { family { relation relative { givenNameLatin } } } }' \
  "{\"p\":\"$(get "$PARENT" registerBeneficiary.id)\",\"c\":\"$(get "$SON" registerBeneficiary.id)\"}"

step "4. She applies within 14 days of service (Art. 16); SAR forwards her to the municipality (Art. 20 p.5)"
APP=$(gql "$SAR" 'mutation($i: ApplyForAgreementInput!) { applyForAgreement(input: $i) { id status submittedOn } }' \
  "{\"i\":{\"applicantId\":\"$(get "$PARENT" registerBeneficiary.id)\"}}")
echo "$APP"
gql "$SAR" 'mutation($id: ID!, $m: String!) { forwardApplication(applicationId: $id, municipalityCode: $m) { status forwardedTo { code } } }' \
  "{\"id\":\"$(get "$APP" applyForAgreement.id)\",\"m\":\"$MUNICIPALITY\"}"

step "5. The mayor concludes the agreement: one year (Art. 3(2)); the son gets a child's plan (Art. 3(5))"
AGR=$(gql "$MAYOR" 'mutation($i: ConcludeAgreementInput!) { concludeAgreement(input: $i) {
    id status signedOn endsOn version members { role beneficiary { givenNameLatin } } plans { id kind beneficiary { givenNameLatin } } } }' \
  "{\"i\":{\"applicationId\":\"$(get "$APP" applyForAgreement.id)\",\"familyMemberIds\":[\"$(get "$SON" registerBeneficiary.id)\"]}}")
echo "$AGR"
AGREEMENT=$(get "$AGR" concludeAgreement.id)
ADULT_PLAN=$(node -e 'const a=JSON.parse(process.argv[1]).concludeAgreement;console.log(a.plans.find(p=>p.kind==="ADULT").id)' "$AGR")

step "6. A language course on her plan (Art. 4(3)), funded by AMIF (Art. 33(1) p.1), then its result"
M=$(gql "$MAYOR" 'mutation($i: AddMeasureInput!) { addMeasure(input: $i) { id area status responsibleInstitution { code } } }' \
  "{\"i\":{\"planId\":\"$ADULT_PLAN\",\"area\":\"LANGUAGE\",\"description\":\"Bulgarian course, 300 hours\",\"responsibleInstitutionCode\":\"MUNICIPALITY-$MUNICIPALITY\",\"fundingSource\":\"EU_FUNDS\"}}")
echo "$M"
gql "$MAYOR" 'mutation($i: RecordMeasureResultInput!) { recordMeasureResult(input: $i) { status result resultRecordedOn } }' \
  "{\"i\":{\"measureId\":\"$(get "$M" addMeasure.id)\",\"status\":\"DONE\",\"result\":\"Passed the A2 test\"}}"

step "7. Extended once by a year, with her written consent (Art. 3(3))"
gql "$MAYOR" 'mutation($i: ExtendAgreementInput!) { extendAgreement(input: $i) { status endsOn version extensionConsentOn } }' \
  "{\"i\":{\"agreementId\":\"$AGREEMENT\",\"version\":1,\"consentOn\":\"$TODAY\",\"consentReference\":\"Consent 12/$TODAY\"}}"

step "8. The municipality's agreements, newest first (Relay connection)"
gql "$MAYOR" '{ agreements(first: 5) { totalCount edges { node { status signedOn endsOn holder { familyNameCyrillic } } } pageInfo { hasNextPage endCursor } } }'
