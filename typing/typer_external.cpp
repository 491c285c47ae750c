// `external f : t = "prim" ...` (Typedecl.transl_value_decl's Val_prim
// branch): Primitive.parse_declaration, the arity check, and
// check_unboxable's warning 61. What translating a builtin `%` primitive
// checks (Translprim: its name and arity) is not done here: such a
// primitive is taken when the library's own externals use it with that
// arity (Prelude::Get(), the whole library), and refused otherwise.

#include <algorithm>
#include <set>

#include "typing/prelude.h"
#include "typing/typer.h"
#include "typing/typer_internal.h"

namespace mlhint::typing {

ExternalPrims Typer::CheckExternal(const ast::Item& item, TypeId type) {
  ExternalPrims external = ReadExternalPrims(source_->Slice(item.body));
  std::vector<std::string>& prims = external.prims;
  auto refuse = [&](const char* what) {
    Raise(MakeError(DiagKind::Unsupported, item.span, Text(UnsupportedText(what))));
  };
  bool old_style = std::any_of(prims.begin() + (prims.empty() ? 0 : 1), prims.end(),
                               [](const std::string& p) { return p == "noalloc" || p == "float"; });
  size_t noalloc = std::count(external.attributes.begin(), external.attributes.end(), "noalloc");
  if (prims.empty() || old_style || noalloc > 1)
    refuse(
        "external declarations with an old-style \"noalloc\" or \"float\", or a repeated "
        "[@@noalloc]");
  if (noalloc != external.attributes.size())
    refuse("external declarations with [@@unboxed] or [@@untagged]");
  external.arity = ExternalArity(*store_, type);
  int arity = external.arity;
  bool builtin = prims[0].starts_with('%');
  if (arity == 0 && !builtin)
    Raise(MakeError(DiagKind::ExternalNotAFunction, ast_->types[item.a].span,
                    Text("External identifiers must be functions")));
  if (builtin) {
    // The whole library's, whatever part of it this check loaded.
    bool known = false;
    for (const auto& [v, e] : Prelude::Get().env().externals)
      known |= e.prims[0] == prims[0] && e.arity == arity;
    if (!known) refuse("externals of a builtin primitive the library does not use at that arity");
  }
  if (prims.size() > 2) prims.resize(2);
  // check_unboxable: the types the type is made of, one level down (its
  // arguments, for an arrow: the first parameter and the rest), whose
  // representation may be boxed or unboxed; in the order of their
  // definitions.
  std::set<DeclId> unboxable;
  TypeId top = store_->Repr(type);
  for (uint32_t i = 0, k = store_->child_count(top); i < k; ++i) {
    TypeId part = store_->Repr(ctype_->ExpandHead(store_->child(top, i)));
    if (store_->tag(part) == TypeTag::Constr &&
        env_->types[store_->constr_decl(part)].unboxed_default)
      unboxable.insert(store_->constr_decl(part));
  }
  for (DeclId d : unboxable) {
    std::string path;
    for (const std::string& q : env_->types[d].qualifier) path += q + ".";
    path += env_->types[d].name;
    Warn(61, item.span,
         "This primitive declaration uses type " + path +
             ", whose representation\nmay be either boxed or unboxed. Without an annotation to "
             "indicate\nwhich representation is intended, the boxed representation has been\n"
             "selected by default. This default choice may change in future\nversions of the "
             "compiler, breaking the primitive implementation.\nYou should explicitly annotate the "
             "declaration of " +
             path +
             "\nwith [@@boxed] or [@@unboxed], so that its external interface\nremains "
             "stable in the future.");
  }
  return external;
}

}  // namespace mlhint::typing
