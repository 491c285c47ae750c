# Sourced by setup.sh and test.sh: installs the Debian packages mlhint needs
# to build and test, when they are missing. Nothing else is downloaded.

# package: what it is for
MLHINT_PACKAGES=(
  cmake            # the build (>= 3.25, with CTest)
  ninja-build      # the build tool CMake drives
  g++              # C++20 compiler
  re2c             # generates the lexer from lexer/lexer.re
  bison            # generates the parser from parser/grammar.y
  libgtest-dev     # GoogleTest, for the test suite
  nlohmann-json3-dev  # JSON for --format=json/sarif and the language server
  libdtl-dev       # unified diffs for `mlhint expect`
  python3-jsonschema  # the tests validate the JSON and SARIF output against their schemas
)

mlhint_install_deps() {
  local missing=()
  local pkg
  for pkg in "${MLHINT_PACKAGES[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed"; then
      missing+=("$pkg")
    fi
  done
  if [ "${#missing[@]}" -eq 0 ]; then
    return 0
  fi
  echo "mlhint: installing ${missing[*]}" >&2
  local sudo=()
  if [ "$(id -u)" -ne 0 ]; then
    if ! command -v sudo >/dev/null 2>&1; then
      echo "mlhint: these packages are missing and I am not root: ${missing[*]}" >&2
      echo "mlhint: install them (apt-get install ${missing[*]}) and run me again" >&2
      return 1
    fi
    sudo=(sudo)
  fi
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq &&
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

# mlhint_build DIR [cmake options...]: configure (once) and build into DIR.
mlhint_build() {
  local dir=$1
  shift
  cmake -S "$MLHINT_ROOT" -B "$MLHINT_ROOT/$dir" -G Ninja "$@" >/dev/null &&
    cmake --build "$MLHINT_ROOT/$dir"
}
