#!/usr/bin/env bash
# Build the macOS disk image: dist/roi-desktop-<version>-macos-<arch>.dmg, holding "ROI Desktop.app" and a
# link to /Applications (the user drags one onto the other). Needs a Mac, Python 3.11+ with the project and its
# `package` extra installed (pip install -e ".[package]"); PYTHON picks the interpreter (default python3).
#
#   packaging/macos/build_dmg.sh
#
# The app is built for the Mac's own architecture (arm64 on Apple silicon). It is not signed: on other Macs
# Gatekeeper refuses it ("cannot be opened because the developer cannot be verified") until it is signed with a
# Developer ID certificate and notarised by Apple. With an Apple developer account, before `hdiutil create`:
#   codesign --force --deep --options runtime --timestamp \
#     --sign "Developer ID Application: NAME (TEAMID)" "dist/ROI Desktop.app"
# and after it:
#   codesign --sign "Developer ID Application: NAME (TEAMID)" --timestamp "$dmg"
#   xcrun notarytool submit "$dmg" --apple-id YOU@EXAMPLE.COM --team-id TEAMID --password APP-SPECIFIC-PASSWORD --wait
#   xcrun stapler staple "$dmg"
set -euo pipefail
cd "$(dirname "$0")/../.."
python=${PYTHON:-python3}
version=$("$python" -c 'import roi_desktop; print(roi_desktop.__version__)')
dmg="dist/roi-desktop-$version-macos-$(uname -m).dmg"

"$python" -m PyInstaller --noconfirm --log-level WARN --distpath dist --workpath build/pyinstaller \
  packaging/roi_desktop.spec

staging=$(mktemp -d)
trap 'rm -rf "$staging"' EXIT
ditto "dist/ROI Desktop.app" "$staging/ROI Desktop.app"
ln -s /Applications "$staging/Applications"
rm -f "$dmg"
# hdiutil now and then fails with "Resource busy" on CI machines; a second try works.
for attempt in 1 2 3; do
  hdiutil create -volname "ROI Desktop $version" -srcfolder "$staging" -fs HFS+ -format UDZO -ov "$dmg" && break
  [ "$attempt" = 3 ] && exit 1
  sleep 5
done
echo "$dmg: $(du -h "$dmg" | cut -f1)"
