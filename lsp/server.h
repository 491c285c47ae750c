// `mlhint lsp`: the language server, over a pair of file descriptors
// (standard input and output). One thread reads, answers and publishes;
// the Worker checks. See ../../shared/spec/LSP.md for what it promises.
#pragma once

#include "lsp/settings.h"

namespace mlhint::lsp {

// Serves until `exit` (status 0 after `shutdown`, 1 without) or the end of
// the input (1 unless `shutdown` came first). Logs go to stderr; nothing but
// protocol is written to `out_fd`.
// `settings` come from the command line (`mlhint lsp -w -26 --hints=ocaml`);
// the client's initializationOptions and configuration apply on top.
int RunServer(int in_fd, int out_fd, const ServerSettings& settings = ServerSettings());

}  // namespace mlhint::lsp
