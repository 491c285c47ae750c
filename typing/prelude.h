// The prelude: the environment before the first line of a program. It is
// declared in typing/prelude/{predef,stdlib}.mli, read by mlhint's own
// parser and embedded in the binary; loading it gives an Env (predefined
// types, module Stdlib opened) and the TypeStore holding its types.
#pragma once

#include <memory>
#include <string>

#include "typing/env.h"
#include "typing/types.h"

namespace mlhint::typing {

class Prelude {
 public:
  // Loaded once per process, on first use.
  static const Prelude& Get();

  const TypeStore& store() const { return *store_; }
  const Env& env() const { return *env_; }
  // Empty when the embedded files loaded; otherwise what went wrong (a
  // build defect, reported by the driver).
  const std::string& error() const { return error_; }

  // Computes the variance of each parameter of a type declaration (OCaml's
  // Typedecl_variance), used for the relaxed value restriction.
  static void ComputeVariance(TypeStore& store, Env& env, DeclId decl);

 private:
  Prelude();
  std::unique_ptr<TypeStore> store_;
  std::unique_ptr<Env> env_;
  std::string error_;
};

}  // namespace mlhint::typing
