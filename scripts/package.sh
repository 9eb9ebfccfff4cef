#!/usr/bin/env bash
# Builds piketpalen for Windows, macOS and Linux and packs each in a zip for
# handing out: the program, an empty piketpalen-data folder (portable mode:
# progress stays next to the program, e.g. on a USB stick) and a short
# LEESMIJ.txt. Output: dist/piketpalen-VERSION-OS-ARCH.zip.
#   scripts/package.sh [VERSION]
set -euo pipefail
cd "$(dirname "$0")/.."
version=${1:-$(git describe --tags --always --dirty 2>/dev/null || echo dev)}
rm -rf dist && mkdir -p dist
for target in windows/amd64 windows/arm64 darwin/arm64 linux/amd64; do
  os=${target%/*} arch=${target#*/}
  ext=""; [ "$os" = windows ] && ext=.exe
  stage=$(mktemp -d)
  dir="$stage/piketpalen"
  mkdir -p "$dir/piketpalen-data"
  CGO_ENABLED=0 GOOS=$os GOARCH=$arch go build -trimpath -ldflags "-s -w -X main.version=$version" -o "$dir/piketpalen$ext" ./cmd/piketpalen
  cat > "$dir/LEESMIJ.txt" <<TXT
piketpalen $version: weet waar de piketpalen staan

Start het programma piketpalen$ext (dubbelklikken, of in een terminal).
Je voortgang komt in de map piketpalen-data hiernaast, dus je kunt deze map
op een USB-stick of een netwerkschijf zetten. Haal je de map piketpalen-data
weg, dan komt je voortgang in je eigen gebruikersmap.

  piketpalen help        alle opdrachten
  piketpalen --plain     de cursus als gewone tekst (voor schermlezers)
  piketpalen doctor      controleren of alles werkt op deze computer
  piketpalen licenses    de licenties van de gebruikte software
TXT
  python3 - "$stage" "dist/piketpalen-$version-$os-$arch.zip" <<'PY'
import os, sys, zipfile
stage, out = sys.argv[1], sys.argv[2]
with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
    for root, dirs, files in os.walk(stage):
        for d in dirs:
            p = os.path.join(root, d)
            z.write(p, os.path.relpath(p, stage) + "/")
        for f in files:
            p = os.path.join(root, f)
            info = zipfile.ZipInfo.from_file(p, os.path.relpath(p, stage))
            if f.startswith("piketpalen") and not f.endswith(".txt"):
                info.external_attr = 0o755 << 16
            with open(p, "rb") as fh:
                z.writestr(info, fh.read(), zipfile.ZIP_DEFLATED)
PY
  rm -rf "$stage"
  echo "dist/piketpalen-$version-$os-$arch.zip $(du -h "dist/piketpalen-$version-$os-$arch.zip" | cut -f1)"
done
