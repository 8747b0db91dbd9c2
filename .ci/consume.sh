#!/usr/bin/env bash
# What a consumer does with the packed packages (issue 20): install the policykit tool from the
# feed and run it; build a new console project against the packages for net8.0 and net10.0, run
# the net10.0 one (only the .NET 10 runtime is here) and check what the package READMEs' examples print.
# Usage: .ci/consume.sh FEED VERSION
set -euo pipefail
feed=$(cd "$1" && pwd); version=$2
root=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# A fresh package folder, so no earlier build's PolicyKit 0.1.0 is taken from the cache; PolicyKit
# packages come only from the feed (a package of the same name elsewhere could not stand in).
cat > "$work/NuGet.config" <<XML
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <add key="policykit-feed" value="$feed" />
  </packageSources>
  <packageSourceMapping>
    <packageSource key="policykit-feed">
      <package pattern="PolicyKit" />
      <package pattern="PolicyKit.*" />
    </packageSource>
    <packageSource key="nuget.org">
      <package pattern="*" />
    </packageSource>
  </packageSourceMapping>
</configuration>
XML
export NUGET_PACKAGES="$work/packages"

echo "-- dotnet tool install PolicyKit.Cli $version from the feed"
dotnet tool install PolicyKit.Cli --version "$version" --tool-path "$work/tools" --configfile "$work/NuGet.config" >/dev/null
"$work/tools/policykit" match --sample > "$work/match.txt"
grep -q "合计" "$work/match.txt" || { cat "$work/match.txt"; echo "the installed tool's match --sample printed no totals" >&2; exit 1; }
echo "policykit match --sample from the installed tool: $(grep -c . "$work/match.txt") lines, ending: $(tail -1 "$work/match.txt")"

echo "-- a new console project on the packages, net8.0 and net10.0"
cp -r "$root/tests/PackageConsumer" "$work/consumer"
rm -rf "$work/consumer/bin" "$work/consumer/obj"
cp "$work/NuGet.config" "$work/consumer/NuGet.config"
dotnet build "$work/consumer" -c Release -p:PolicyKitVersion="$version" -nologo -v q
dotnet "$work/consumer/bin/Release/net10.0/PackageConsumer.dll" | tee "$work/consumer.txt"
for line in "unicorn-award: Undetermined, up to 3000000 yuan, unknown: enterprise.certifications" \
            "laoshan-unicorn-award: Eligible 3000000" \
            "the sample firm's report reads as its tests say" \
            "== all examples ran"; do
  grep -qxF "$line" "$work/consumer.txt" || { echo "the consumer did not print: $line" >&2; exit 1; }
done
[ -f "$work/consumer/bin/Release/net8.0/PackageConsumer.dll" ] || { echo "no net8.0 build of the consumer" >&2; exit 1; }
echo "the package READMEs' examples ran from the packed packages"

echo "-- the symbol packages, as a debugger reads them"
for snupkg in "$feed"/*.snupkg; do
  mkdir -p "$work/symbols/$(basename "$snupkg")"
  (cd "$work/symbols/$(basename "$snupkg")" && unzip -q -o "$snupkg")
done
dotnet "$work/consumer/bin/Release/net10.0/PackageConsumer.dll" --check-symbols "$work/symbols"
