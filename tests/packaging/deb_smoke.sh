#!/usr/bin/env bash
# deb_smoke.sh CPACK CPACK_CONFIG WORKDIR VERSION BUILD_DIR
# Builds the DEB (and the RPM where rpmbuild is installed) from the built tree into WORKDIR,
# unpacks the DEB into a temporary root and checks it as a user would meet it: both programs
# answer --version from there (no display needed), nothing they link is missing, Depends names
# the SQL driver plugins shlibdeps cannot see, and the desktop entry and AppStream metadata
# validate. Needs the binaries built (ctest runs after the build).
set -euo pipefail
cpack=$1 config=$2 work=$3 version=$4 builddir=$5

# A Debian system with the validators (scripts/setup.sh installs them); elsewhere this test
# cannot say anything and reports itself skipped (exit 77), not passed.
for tool in dpkg-deb dpkg-shlibdeps desktop-file-validate appstreamcli readelf; do
  if ! command -v "$tool" >/dev/null; then
    echo "SKIP: $tool is not installed (a Debian system with scripts/setup.sh's packages is needed)"
    exit 77
  fi
done

failures=0
fail() { echo "FAIL: $*" >&2; failures=$((failures + 1)); }
pass() { echo "ok: $*"; }
expect_eq() { # what, got, expected
  if [ "$2" = "$3" ]; then pass "$1: $2"; else fail "$1: got '$2', expected '$3'"; fi
}

rm -rf "$work"
mkdir -p "$work"
generators=DEB
if command -v rpmbuild >/dev/null; then generators="DEB;RPM"; fi
start=$SECONDS
if ! "$cpack" --config "$config" -G "$generators" -B "$work" >"$work/cpack.log" 2>&1; then
  cat "$work/cpack.log" >&2
  echo "FAIL: cpack -G $generators" >&2
  exit 1
fi
echo "cpack -G '$generators': $((SECONDS - start)) s"

# --- the DEB -------------------------------------------------------------------------------
arch=$(dpkg --print-architecture)
deb=$work/arborist_${version}_${arch}.deb
[ -f "$deb" ] || { ls "$work" >&2; echo "FAIL: no $deb" >&2; exit 1; }
pass "built $(basename "$deb") ($(du -k "$deb" | cut -f1) KiB)"

expect_eq "Package" "$(dpkg-deb -f "$deb" Package)" arborist
expect_eq "Version" "$(dpkg-deb -f "$deb" Version)" "$version"
expect_eq "Architecture" "$(dpkg-deb -f "$deb" Architecture)" "$arch"
expect_eq "Section" "$(dpkg-deb -f "$deb" Section)" science
[ -n "$(dpkg-deb -f "$deb" Maintainer)" ] && pass "Maintainer: $(dpkg-deb -f "$deb" Maintainer)" \
  || fail "no Maintainer"
[ -n "$(dpkg-deb -f "$deb" Description)" ] && pass "Description present" || fail "no Description"
depends=$(dpkg-deb -f "$deb" Depends)
echo "Depends: $depends"
# By hand (plugins), and from shlibdeps (linked libraries).
for package in libqt6sql6-sqlite libqt6sql6-psql libqt6core6 libqt6gui6 libqt6widgets6 libqt6sql6 libqt6charts6; do
  if grep -Eq "(^|, )$package( |,|$)" <<<"$depends"; then pass "Depends on $package"
  else fail "Depends lacks $package"; fi
done

root=$work/root
dpkg-deb -x "$deb" "$root"
for file in usr/bin/arborist usr/bin/arborist-cli \
            usr/share/applications/org.arborist.Arborist.desktop \
            usr/share/metainfo/org.arborist.Arborist.metainfo.xml \
            usr/share/icons/hicolor/scalable/apps/org.arborist.Arborist.svg \
            usr/share/doc/arborist/copyright; do
  [ -e "$root/$file" ] && pass "has /$file" || fail "lacks /$file"
done
for size in 16 32 48 64 128 256; do
  icon=usr/share/icons/hicolor/${size}x${size}/apps/org.arborist.Arborist.png
  if [ -f "$root/$icon" ] && [ "$(od -An -tx1 -j16 -N8 "$root/$icon" | tr -d ' \n')" = \
       "$(printf '%08x%08x' "$size" "$size")" ]; then pass "has /$icon, ${size}x${size}"
  else fail "lacks /$icon of ${size}x${size}"; fi
done
unexpected=$(cd "$root" && find . -type f | grep -Ev '^\./usr/(bin|share/(applications|metainfo|icons|doc/arborist))/' || true)
[ -z "$unexpected" ] && pass "nothing else in the package" || fail "unexpected files: $unexpected"

# The programs from the unpacked root, against the system's Qt, with no display at all.
for program in arborist arborist-cli; do
  binary=$root/usr/bin/$program
  missing=$(ldd "$binary" | grep 'not found' || true)
  [ -z "$missing" ] && pass "$program: every library found" || fail "$program: $missing"
  if readelf -d "$binary" | grep -E 'R(UN)?PATH' | grep -qF "$builddir"; then
    fail "$program: RUNPATH points into the build tree: $(readelf -d "$binary" | grep -E 'R(UN)?PATH')"
  else pass "$program: no build-tree RUNPATH"; fi
  if readelf -S "$binary" | grep -q '\.debug_info'; then fail "$program: not stripped"
  else pass "$program: stripped"; fi
  out=$(env -u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM "$binary" --version 2>&1) \
    || fail "$program --version exited $?"
  expect_eq "$program --version" "$out" "$program $version"
done

# The desktop entry and the AppStream metadata, as installed.
if out=$(desktop-file-validate "$root/usr/share/applications/org.arborist.Arborist.desktop" 2>&1) \
   && [ -z "$out" ]; then pass "desktop-file-validate"
else fail "desktop-file-validate: $out"; fi
metainfo=$root/usr/share/metainfo/org.arborist.Arborist.metainfo.xml
if out=$(appstreamcli validate --no-net "$metainfo" 2>&1); then pass "appstreamcli validate --no-net"
else fail "appstreamcli validate: $out"; fi
grep -q "<release version=\"$version\"" "$metainfo" && pass "metainfo's release is $version" \
  || fail "metainfo has no <release version=\"$version\"> (project(VERSION) changed?)"

# --- the RPM -------------------------------------------------------------------------------
if [[ $generators == *RPM* ]]; then
  rpmfile=$(ls "$work"/arborist-"$version"-*.rpm 2>/dev/null | head -1)
  if [ -z "$rpmfile" ]; then fail "no RPM in $work"
  else
    pass "built $(basename "$rpmfile") ($(du -k "$rpmfile" | cut -f1) KiB)"
    expect_eq "RPM version" "$(rpm -qp --qf '%{NAME} %{VERSION} %{LICENSE}' "$rpmfile" 2>/dev/null)" \
      "arborist $version MIT"
    requires=$(rpm -qp --requires "$rpmfile" 2>/dev/null)
    for req in qt6-qtbase-postgresql 'libQt6Widgets.so.6()(64bit)' 'libQt6Sql.so.6()(64bit)'; do
      grep -qxF "$req" <<<"$(sed 's/ *$//' <<<"$requires")" && pass "RPM requires $req" \
        || fail "RPM lacks Requires: $req"
    done
    files=$(rpm -qpl "$rpmfile" 2>/dev/null)
    for file in /usr/bin/arborist /usr/bin/arborist-cli /usr/share/applications/org.arborist.Arborist.desktop; do
      grep -qxF "$file" <<<"$files" && pass "RPM has $file" || fail "RPM lacks $file"
    done
    owned=$(grep -xE '/usr/share(/applications|/metainfo|/icons(/hicolor)?)?' <<<"$files" || true)
    [ -z "$owned" ] && pass "RPM owns no system directory" || fail "RPM owns $owned"
  fi
else
  echo "skipped: the RPM (no rpmbuild)"
fi

if [ "$failures" -ne 0 ]; then
  echo "$failures check(s) failed" >&2
  exit 1
fi
echo "all packaging checks passed"
