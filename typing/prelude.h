// The prelude: the environment before the first line of a program. It is
// declared in typing/prelude/{predef,stdlib}.mli, read by mlhint's own
// parser and embedded in the binary; loading it gives an Env (predefined
// types, module Stdlib opened) and the TypeStore holding its types.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "typing/env.h"
#include "typing/types.h"

namespace mlhint::ast {
struct Ast;
struct TypeDecl;
}  // namespace mlhint::ast

namespace mlhint::typing {

class Prelude {
 public:
  // Loaded once per process, on first use.
  static const Prelude& Get();
  // The prelude of a program whose trees name `names` (with the modules
  // that the hints' repairs may name): the library's modules among the
  // names, with the modules their signatures name; the others are bound,
  // empty and `unloaded` (reading the whole library is most of what
  // checking a small file costs). For that program it is the same as
  // Get(): the typer reaches a module of the library only by a path of the
  // trees, whose parts are all among their names (the parser's sugar
  // included: `s.[i]` is String.get). A few such preludes are kept, then
  // Get() is returned.
  static const Prelude& ForProgram(const std::vector<std::string_view>& names);

  const TypeStore& store() const { return *store_; }
  const Env& env() const { return *env_; }
  // Empty when the embedded files loaded; otherwise what went wrong (a
  // build defect, reported by the driver).
  const std::string& error() const { return error_; }

  // `base` and compilation units of the program, in order (each may name
  // the ones before it): each the module `name` whose signature is
  // `interface`, as ocamlc -i prints it (what its .cmi would hold). A
  // signature the reader does not take makes the module one outside the
  // subset, and `error` gets the first such problem. A `refused` unit (its
  // check failed) is bound so that its uses are not errors (its own errors
  // are reported where it is).
  struct Unit {
    std::string name;
    std::string interface;
    bool refused = false;
  };
  static std::unique_ptr<Prelude> WithUnits(const Prelude& base, const std::vector<Unit>& units,
                                            std::string* error);

  // `base` with the module `path` ("Printf", "Stdlib.List") opened, as
  // ocamlc's `-open` opens it before the first line. nullptr, and `error`
  // set to the message, when there is no such module or it is outside the
  // subset.
  static std::unique_ptr<Prelude> WithOpen(const Prelude& base, const std::string& path,
                                           std::string* error);

  // Computes the variance of each parameter of a type declaration (OCaml's
  // Typedecl_variance), used for the relaxed value restriction.
  static void ComputeVariance(TypeStore& store, Env& env, DeclId decl);
  // Whether a type declaration's values are immediates (OCaml's
  // Typedecl_immediacy.compute_decl), from the immediacy the declarations it
  // names have so far; a recursive group iterates it to the fixpoint.
  static Immediacy ComputeImmediacy(TypeStore& store, const Env& env, DeclId decl);
  // Sets the immediacy of each declaration of a group, from "unknown" to
  // the fixpoint (Typedecl_properties.compute_property_noreq).
  static void ComputeImmediacy(TypeStore& store, Env& env, const std::vector<DeclId>& group);
  // The representation attributes of a declaration as the parser noted
  // them (ast::kUnboxedAttribute...): what [@@immediate] says, and whether
  // the declaration is unboxed (Typedecl.transl_declaration's `unbox`:
  // only a type of one constructor of one argument or one immutable field).
  static Immediacy ImmediateAttribute(uint8_t attributes);
  // The declaration at the head of a type's representation, through
  // abbreviations and unboxed types (Typedecl_unboxed); kNone for a
  // variable, another type than a constructor, or a cycle.
  static DeclId RepresentationHead(TypeStore& store, const Env& env, TypeId t);
  // A record whose fields are all floats, stored flat (Record_float).
  static bool IsFloatRecord(TypeStore& store, const Env& env, DeclId decl);
  static bool Unboxed(const ast::TypeDecl& decl, const ast::Ast& tree);
  // Typedecl's unboxed_default: of that shape, with neither [@@unboxed] nor
  // [@@boxed]; and the shape alone.
  static bool UnboxedByDefault(const ast::TypeDecl& decl, const ast::Ast& tree);
  static bool Unboxable(const ast::TypeDecl& decl, const ast::Ast& tree);

 private:
  // `loaded`: which of the library's top-level modules are read (nullptr:
  // all of them).
  explicit Prelude(const std::vector<bool>* loaded);
  // The library's text (stdlib.mli) with the items of its top-level
  // modules not `loaded` (by their order in the text) blanked out, their
  // names put in `left_out`.
  static std::string LeaveOut(const std::vector<bool>& loaded,
                              std::unordered_set<std::string_view>* left_out);
  explicit Prelude(const Prelude& base);
  std::unique_ptr<TypeStore> store_;
  std::unique_ptr<Env> env_;
  std::string error_;
};

}  // namespace mlhint::typing
