#!/usr/bin/env bash
# `npm test`: every check. Sets up what it can, then typecheck, lint, unit + integration tests on
# PGlite and (when a PostgreSQL is reachable) PostgreSQL, the web build and the browser journeys.
# Ends with one line "N passed, N failed". Under CI=true a missing browser or database is a failure.
set -u
cd "$(dirname "$0")/.."
mkdir -p test-results
failed_steps=()
bash scripts/setup-system.sh | tee test-results/setup.txt
if [ "${CI:-}" = "true" ] && grep -q "^missing:" test-results/setup.txt; then failed_steps+=("setup"); fi

# PostgreSQL: use TEST_DATABASE_URL, else a fresh database on the local server when one answers.
if [ -z "${TEST_DATABASE_URL:-}" ] && command -v psql >/dev/null 2>&1 && pg_isready -h 127.0.0.1 -p 5432 -q 2>/dev/null; then
  db="mine_test_local"
  psql -h 127.0.0.1 -U postgres -qc "DROP DATABASE IF EXISTS $db WITH (FORCE)" >/dev/null 2>&1
  if psql -h 127.0.0.1 -U postgres -qc "CREATE DATABASE $db" >/dev/null 2>&1; then
    export TEST_DATABASE_URL="postgres://postgres@127.0.0.1:5432/$db"
  fi
fi
if [ -n "${TEST_DATABASE_URL:-}" ]; then echo "integration tests: PGlite and PostgreSQL ($TEST_DATABASE_URL)";
else
  echo "integration tests: PGlite only — no PostgreSQL reachable (set TEST_DATABASE_URL to include it)"
  [ "${CI:-}" = "true" ] && failed_steps+=("postgres")
fi

step() { local name=$1; shift; echo "== $name"; if ! "$@"; then failed_steps+=("$name"); fi; }
step typecheck npx tsc -p tsconfig.json --noEmit
step lint npx eslint --max-warnings 0 .
step vitest npx vitest run --reporter=default --reporter=json --outputFile=test-results/vitest.json
step build npx vite build --config web/vite.config.ts --logLevel warn
step e2e npx tsx e2e/run.ts

node scripts/summarize.mjs "${failed_steps[@]}"
