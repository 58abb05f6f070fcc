#!/usr/bin/env bash
# Builds Newsdesk as a one-folder Linux app in dist/newsdesk with PyInstaller:
#   dist/newsdesk/newsdesk                the program (the same `newsdesk` command)
#   dist/newsdesk/_internal/              Python, Qt, QtWebEngine and Newsdesk's resources
#   dist/newsdesk/share/applications/     io.newsdesk.Newsdesk.desktop
#   dist/newsdesk/share/metainfo/         io.newsdesk.Newsdesk.metainfo.xml
#   dist/newsdesk/share/icons/hicolor/scalable/apps/io.newsdesk.Newsdesk.svg
# Uses .venv (made by scripts/setup.sh when missing) and installs the `package` extra.
# packaging/install-linux.sh then installs the folder for a user or system-wide.
set -euo pipefail
cd "$(dirname "$0")/.."

APP_ID=io.newsdesk.Newsdesk
DIST=dist/newsdesk
started=$(date +%s)

[ -x .venv/bin/python ] || scripts/setup.sh
.venv/bin/python -m pip install -q -e ".[package]"

rm -rf "$DIST"  # a failed build leaves no older app behind to be tested by mistake
.venv/bin/python -m PyInstaller --noconfirm --clean --log-level WARN \
  --distpath dist --workpath build/pyinstaller packaging/newsdesk.spec

install -D -m 644 "packaging/linux/$APP_ID.desktop" "$DIST/share/applications/$APP_ID.desktop"
install -D -m 644 "packaging/linux/$APP_ID.metainfo.xml" "$DIST/share/metainfo/$APP_ID.metainfo.xml"
install -D -m 644 resources/icons/newsdesk.svg "$DIST/share/icons/hicolor/scalable/apps/$APP_ID.svg"

if command -v appstreamcli >/dev/null 2>&1; then
  appstreamcli validate --no-net "$DIST/share/metainfo/$APP_ID.metainfo.xml"
else
  echo "appstreamcli not found (Debian package: appstream): metainfo not validated"
fi
if command -v desktop-file-validate >/dev/null 2>&1; then
  desktop-file-validate "$DIST/share/applications/$APP_ID.desktop"
fi

# What the build packed is the source tree as it was when the build started: the
# packaged-app tests compare the sources with this stamp to spot a stale build.
touch -d "@$started" "$DIST/.build-started"

"$DIST/newsdesk" --version
echo "Built $DIST in $(($(date +%s) - started)) s; size $(du -sh "$DIST" | cut -f1)"
