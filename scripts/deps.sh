# Sourced by setup.sh and test.sh: installs the Debian packages mlhint needs
# to build and test, when they are missing. (test.sh also installs the npm
# packages of the language server's Node test, with npm ci.)

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
  libmimalloc-dev  # the programs' malloc (faster on the checker's many small allocations)
  python3-jsonschema  # the tests validate the JSON and SARIF output against their schemas
)

# The real LSP clients the tests drive, as command=package: each package is
# installed when its command is missing (a machine may have the command from
# elsewhere: a nodejs that bundles npm makes Debian's npm conflict).
MLHINT_LSP_CLIENT_PACKAGES=(
  nvim=neovim      # headless Neovim's built-in LSP client
  node=nodejs      # VS Code's JSON-RPC stack (vscode-languageserver-protocol)
  npm=npm          # installs it (npm ci in testsuite/lsp/node)
)

# For fuzzing only (scripts/fuzz.sh, and scripts/test.sh's short fuzz runs):
# libFuzzer is clang's, in its runtime package.
MLHINT_FUZZ_PACKAGES=(
  clang-14             # the fuzz build's compiler (-fsanitize=fuzzer)
  libclang-rt-14-dev   # libFuzzer and the sanitizer runtimes clang links
)

# mlhint_install_packages PACKAGE...: installs those not installed yet.
mlhint_install_packages() {
  local missing=()
  local pkg
  for pkg in "$@"; do
    if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed"; then
      missing+=("$pkg")
    fi
  done
  mlhint_apt_install "${missing[@]}"
}

# For the tests only: the style check that scripts/test.sh runs first.
MLHINT_STYLE_PACKAGES=(
  clang-format-14      # format-check: the C++ files match .clang-format
)

mlhint_install_style_deps() { mlhint_install_packages "${MLHINT_STYLE_PACKAGES[@]}"; }

mlhint_install_fuzz_deps() { mlhint_install_packages "${MLHINT_FUZZ_PACKAGES[@]}"; }

mlhint_install_deps() { mlhint_install_packages "${MLHINT_PACKAGES[@]}"; }

# For the tests: the LSP clients' packages whose commands are missing.
mlhint_install_lsp_clients() {
  local missing=()
  local tool
  for tool in "${MLHINT_LSP_CLIENT_PACKAGES[@]}"; do
    if ! command -v "${tool%%=*}" >/dev/null 2>&1; then
      missing+=("${tool#*=}")
    fi
  done
  mlhint_apt_install "${missing[@]}"
}

# mlhint_apt_install PACKAGE...: apt-get install (through sudo when not root).
mlhint_apt_install() {
  local missing=("$@")
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
