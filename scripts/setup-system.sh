#!/usr/bin/env bash
# Installs what the tests need from Debian where it can (root + apt), and says clearly what is missing
# where it cannot: chromium, fonts-noto-cjk (Chinese glyphs), PostGIS for the installed PostgreSQL major.
# Starts the local PostgreSQL cluster if it is installed but stopped. Prints "missing: X" lines.
set -u
need=()
command -v chromium >/dev/null 2>&1 || need+=(chromium)
command -v pdftotext >/dev/null 2>&1 || need+=(poppler-utils)
fc-list 2>/dev/null | grep -qi "Noto Sans CJK" || need+=(fonts-noto-cjk)
pgmajor=""
if [ -d /etc/postgresql ]; then pgmajor=$(ls /etc/postgresql | sort -n | tail -1); fi
if [ -n "$pgmajor" ] && [ ! -f "/usr/share/postgresql/$pgmajor/extension/postgis.control" ]; then need+=("postgresql-$pgmajor-postgis-3"); fi
if [ -z "$pgmajor" ] && [ "${CI:-}" = "true" ]; then need+=(postgresql postgresql-contrib); fi

if [ ${#need[@]} -gt 0 ]; then
  if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
    echo "setup: installing ${need[*]} (Debian packages)…"
    apt-get update -qq >/dev/null 2>&1
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/tmp/mine-setup-apt.log 2>&1 \
      || { echo "setup: apt-get install failed, see /tmp/mine-setup-apt.log"; }
    if [ -z "$pgmajor" ] && [ -d /etc/postgresql ]; then
      pgmajor=$(ls /etc/postgresql | sort -n | tail -1)
      DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "postgresql-$pgmajor-postgis-3" >>/tmp/mine-setup-apt.log 2>&1
    fi
  else
    echo "setup: not root or no apt-get: cannot install ${need[*]}"
  fi
fi

# Start the local cluster if it exists and is down.
if [ -n "$pgmajor" ] && command -v pg_ctlcluster >/dev/null 2>&1; then
  if ! pg_isready -h 127.0.0.1 -p 5432 -q 2>/dev/null; then
    pg_ctlcluster --skip-systemctl-redirect "$pgmajor" main start >/dev/null 2>&1 || true
    for _ in $(seq 1 20); do pg_isready -h 127.0.0.1 -p 5432 -q 2>/dev/null && break; sleep 0.5; done
  fi
fi

command -v chromium >/dev/null 2>&1 || echo "missing: chromium (browser journeys cannot run)"
command -v pdftotext >/dev/null 2>&1 || echo "missing: poppler-utils (PDF text checks cannot run)"
fc-list 2>/dev/null | grep -qi "Noto Sans CJK" || echo "missing: fonts-noto-cjk (screenshots would show boxes for Chinese text)"
if [ -n "$pgmajor" ] && [ ! -f "/usr/share/postgresql/$pgmajor/extension/postgis.control" ]; then echo "missing: postgresql-$pgmajor-postgis-3"; fi
exit 0
