#!/usr/bin/env bash
# Makes the release files in OUT (called by distribution/pom.xml in the package phase; docs/releasing.md):
#   lambdalint-VERSION.jar                    the runnable jar (java -jar, any JDK 17+)
#   lambdalint-VERSION-PLATFORM.tar.gz         the jar, a jlink runtime, its CDS archive and bin/lambdalint
#   maven/                                     the published modules' jars, sources, javadoc and POMs
#   SHA256SUMS                                 sha256sum's format, for sha256sum -c
# Usage: build-release.sh VERSION JDK_HOME MODULES REPO_ROOT OUT
set -euo pipefail
version="$1" jdk="$2" modules="$3" repo="$4" out="$5"
here="$(cd "$(dirname "$0")" && pwd -P)"

# The platform of the JDK that links the runtime: jlink makes a runtime for its own platform only (the
# JMODs of another platform's JDK would be needed to cross-link), so a release made here is linux-x64.
case "$(uname -s)" in Linux) os=linux ;; Darwin) os=macos ;; *) os="$(uname -s | tr 'A-Z' 'a-z')" ;; esac
case "$(uname -m)" in x86_64|amd64) arch=x64 ;; aarch64|arm64) arch=aarch64 ;; *) arch="$(uname -m)" ;; esac
platform="$os-$arch"

rm -rf "$out"
mkdir -p "$out/maven"
work="$(dirname "$out")/bundle-work"
rm -rf "$work"
name="lambdalint-$version"
bundle="$work/$name"
mkdir -p "$bundle/lib"

cp "$repo/linter/target/lambdalint.jar" "$out/$name.jar"

# A runtime with only the modules lambdalint uses (the list and its reason are in distribution/pom.xml).
# No debug symbols, man pages or headers; --compress=2 (zip) keeps the download small, and the classes
# a run needs are read from the CDS archive anyway.
"$jdk/bin/jlink" --add-modules "$modules" --strip-debug --no-man-pages --no-header-files --compress=2 \
  --output "$bundle/runtime"
cp "$out/$name.jar" "$bundle/lib/lambdalint.jar"
mkdir -p "$bundle/bin"
install -m 755 "$here/bundle/bin/lambdalint" "$bundle/bin/lambdalint"
cp "$repo/LICENSE" "$bundle/LICENSE"

# The CDS archive, made for this runtime: a training run over the fixtures (the training of the
# repository launcher, linter/src/cds/training.args) lists the classes it loads; a static dump stores
# them, parsed and verified, with the runtime's own. The class path is recorded relative, as
# bin/lambdalint gives it, so the archive maps wherever the bundle is unpacked.
(cd "$repo" && "$bundle/runtime/bin/java" -XX:DumpLoadedClassList="$work/classes.lst" -XX:TieredStopAtLevel=1 \
    -Dlambdalint.workingDirectory="$repo" -cp "$bundle/lib/lambdalint.jar" dev.lambdalint.linter.cli.Main \
    @"$repo/linter/src/cds/training.args" > "$work/training.log" 2>&1) || true  # findings (exit 1) are expected
[ -s "$work/classes.lst" ] || { echo "build-release: the training run listed no classes (see $work/training.log)" >&2; exit 1; }
(cd "$bundle" && runtime/bin/java -Xshare:dump -XX:SharedClassListFile="$work/classes.lst" \
    -XX:SharedArchiveFile=lib/lambdalint.jsa -cp lib/lambdalint.jar > "$work/dump.log" 2>&1) \
  || { echo "build-release: the CDS dump failed (see $work/dump.log)" >&2; exit 1; }

# Owner and order fixed, so that the archive lists the same way wherever it is made.
tar --sort=name --owner=0 --group=0 --numeric-owner -C "$work" -czf "$out/$name-$platform.tar.gz" "$name"

# The published modules, as Maven Central will hold them (the flattened POMs carry the version).
for module in rules linter cdk-constructs; do
  artifact="lambdalint-$module"
  for classifier in "" -sources -javadoc; do
    cp "$repo/$module/target/$artifact-$version$classifier.jar" "$out/maven/"
  done
  cp "$repo/$module/.flattened-pom.xml" "$out/maven/$artifact-$version.pom"
done
cp "$repo/.flattened-pom.xml" "$out/maven/lambdalint-parent-$version.pom"

(cd "$out" && find . -type f ! -name SHA256SUMS | sed 's|^\./||' | LC_ALL=C sort | xargs sha256sum > SHA256SUMS)
echo "build-release: $(cd "$out" && find . -type f | wc -l) files in $out"
