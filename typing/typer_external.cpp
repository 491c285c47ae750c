// `external f : t = "prim" ...` (Typedecl.transl_value_decl's Val_prim
// branch): the `[@unboxed]`/`[@untagged]` of its arguments and result
// (parse_native_repr_attributes), Primitive.parse_declaration, the arity
// check, and check_unboxable's warning 61. What translating a builtin `%`
// primitive checks (Translprim: its name and arity) is not done here: such
// a primitive is taken when the library's own externals use it with that
// arity (Prelude::Get(), the whole library), and refused otherwise.

#include <algorithm>
#include <set>

#include "support/text_chars.h"
#include "typing/prelude.h"
#include "typing/typer.h"
#include "typing/typer_internal.h"

namespace mlhint::typing {

namespace {

// An attribute's name as written (`ocaml.unboxed`) and where it is.
struct WrittenAttribute {
  std::string name;
  Span span;
  bool payload = false;
};

// Attr_helper.get_no_payload_attribute over the attributes of one name (with
// or without `ocaml.`), in source order: the first, if any; a second is
// "Too many" at its name, a payload is refused at the name.
struct AttributeError {
  Span span;
  Doc message;
};
std::optional<AttributeError> OnlyOne(const std::vector<WrittenAttribute>& found) {
  if (found.size() > 1)
    return AttributeError{found[1].span, Text("Too many `" + found[1].name + "' attributes")};
  if (found.size() == 1 && found[0].payload)
    return AttributeError{found[0].span,
                          Text("Attribute `" + found[0].name + "' does not accept a payload")};
  return std::nullopt;
}

// Typedecl.get_native_repr_attribute: what the attributes `unboxed` and
// `untagged` of one place say, the external's own (`global`) standing for
// them when there are none.
struct ReprOf {
  std::optional<NativeRepr> repr;  // nullopt: absent
  std::optional<AttributeError> error;
};
ReprOf NativeReprAttribute(const std::vector<WrittenAttribute>& unboxed,
                           const std::vector<WrittenAttribute>& untagged,
                           std::optional<NativeRepr> global) {
  // (OCaml evaluates the tuple's components from the right.)
  if (std::optional<AttributeError> e = OnlyOne(untagged)) return {std::nullopt, e};
  if (std::optional<AttributeError> e = OnlyOne(unboxed)) return {std::nullopt, e};
  bool has_unboxed = !unboxed.empty(), has_untagged = !untagged.empty();
  if (!has_unboxed && !has_untagged) return {global, std::nullopt};
  if (!global && has_unboxed != has_untagged)
    return {has_unboxed ? NativeRepr::Unboxed : NativeRepr::Untagged, std::nullopt};
  Span at = has_unboxed ? unboxed[0].span : untagged[0].span;
  return {std::nullopt, AttributeError{at, Text("Too many [@unboxed]/[@untagged] attributes")}};
}

Doc CannotUnboxOrUntag(NativeRepr kind) {
  bool unboxed = kind == NativeRepr::Unboxed;
  return [unboxed](fmt::Formatter& ppf) {
    ppf.open_box(0);
    ppf.print_string(unboxed ? "Don't know how to unbox this type."
                             : "Don't know how to untag this type.");
    ppf.print_space();
    ppf.print_string(unboxed ? "Only float, int32, int64 and nativeint can be unboxed."
                             : "Only int can be untagged.");
    ppf.close_box();
  };
}

Doc DeepAttribute(NativeRepr kind) {
  std::string name = kind == NativeRepr::Unboxed ? "@unboxed" : "@untagged";
  return [name](fmt::Formatter& ppf) {
    ppf.open_box(0);
    ppf.print_string("The attribute '" + name + "' should be attached to");
    ppf.print_space();
    ppf.print_string("a direct argument or result of the primitive,");
    ppf.print_space();
    ppf.print_string("it should not occur deeply into its type.");
    ppf.close_box();
  };
}

}  // namespace

// The reprs of an external's arguments and result, from the attributes of
// its type expression `ct` (typed `ty`) and its own (`global`).
class NativeReprs {
 public:
  NativeReprs(Typer& typer, std::optional<NativeRepr> global) : typer_(typer), global_(global) {
    for (const ast::NativeReprAttribute& a : typer_.ast_->native_repr_attributes)
      (a.untagged ? untagged_ : unboxed_)[a.type].push_back(
          WrittenAttribute{std::string(typer_.source_->Slice(a.name)), a.name, a.payload});
  }

  // parse_native_repr_attributes: the arguments' reprs, then the result's.
  void Parse(ast::Id ct, TypeId ty, std::vector<NativeRepr>& reprs) {
    TypeStore& ts = *typer_.store_;
    for (;;) {
      const ast::TypeExpr& t = typer_.ast_->types[ct];
      TypeId r = ts.Repr(ty);
      bool arrow = t.kind == ast::TypeKind::Arrow && ts.tag(r) == TypeTag::Arrow;
      if (!arrow) break;
      if (std::optional<NativeRepr> own = Own(ct, std::nullopt))
        Fail(t.span, CannotUnboxOrUntag(*own));
      reprs.push_back(Make(t.a, ts.child(r, 0)));
      ct = t.b;
      ty = ts.child(r, 1);
    }
    reprs.push_back(Make(ct, ty));
  }

 private:
  std::optional<NativeRepr> Own(ast::Id ct, std::optional<NativeRepr> global) {
    static const std::vector<WrittenAttribute> kNoAttributes;
    auto a = unboxed_.find(ct), b = untagged_.find(ct);
    ReprOf r = NativeReprAttribute(a == unboxed_.end() ? kNoAttributes : a->second,
                                   b == untagged_.end() ? kNoAttributes : b->second, global);
    if (r.error) Fail(r.error->span, r.error->message);
    return r.repr;
  }

  // error_if_has_deep_native_repr_attributes, then make_native_repr.
  NativeRepr Make(ast::Id ct, TypeId ty) {
    CheckDeep(ct);
    std::optional<NativeRepr> kind = Own(ct, global_);
    if (!kind) return NativeRepr::Same;
    TypeStore& ts = *typer_.store_;
    const Env::Predef& predef = typer_.env_->predef;
    TypeId head = ts.Repr(typer_.ctype_->ExpandHead(ty));
    DeclId d = ts.tag(head) == TypeTag::Constr ? ts.constr_decl(head) : kNone;
    bool ok = *kind == NativeRepr::Untagged
                  ? d == predef.int_
                  : d != kNone && (d == predef.float_ || d == predef.int32_ || d == predef.int64_ ||
                                   d == predef.nativeint_);
    if (!ok) Fail(typer_.ast_->types[ct].span, CannotUnboxOrUntag(*kind));
    return *kind;
  }

  void CheckDeep(ast::Id ct) {
    const ast::TypeExpr& t = typer_.ast_->types[ct];
    std::vector<ast::Id> children;
    if (t.kind == ast::TypeKind::Arrow) children = {t.a, t.b};
    if (t.kind == ast::TypeKind::Tuple || t.kind == ast::TypeKind::Constr)
      children = {typer_.ast_->begin(t.list), typer_.ast_->end(t.list)};
    for (ast::Id c : children) {
      if (c == ast::kNone) continue;
      if (std::optional<NativeRepr> kind = Own(c, std::nullopt))
        Fail(typer_.ast_->types[c].span, DeepAttribute(*kind));
      CheckDeep(c);
    }
  }

  [[noreturn]] void Fail(Span span, Doc message) {
    typer_.Raise(MakeError(DiagKind::BadExternalAttribute, span, std::move(message)));
  }

  Typer& typer_;
  std::optional<NativeRepr> global_;
  std::unordered_map<ast::Id, std::vector<WrittenAttribute>> unboxed_, untagged_;
};

ExternalPrims Typer::CheckExternal(const ast::Item& item, TypeId type) {
  ExternalPrims external = ReadExternalPrims(source_->Slice(item.body));
  std::vector<std::string> written = std::move(external.prims);
  if (written.empty())
    Raise(MakeError(DiagKind::Unsupported, item.span,
                    Text(UnsupportedText("external declarations whose primitives are not read"))));
  // Its own attributes, where they are.
  std::vector<WrittenAttribute> noalloc, unboxed, untagged;
  std::string_view body = source_->Slice(item.body);
  ForEachItemAttributeName(body, [&](size_t begin, size_t end) {
    std::string name(body.substr(begin, end - begin));
    std::string_view bare = std::string_view(name).substr(name.starts_with("ocaml.") ? 6 : 0);
    Span at{item.body.begin + static_cast<uint32_t>(begin),
            item.body.begin + static_cast<uint32_t>(end)};
    std::vector<WrittenAttribute>* to = bare == "noalloc"    ? &noalloc
                                        : bare == "unboxed"  ? &unboxed
                                        : bare == "untagged" ? &untagged
                                                             : nullptr;
    if (to) to->push_back(WrittenAttribute{name, at, false});
  });
  auto fail = [&](Span span, Doc message) {
    Raise(MakeError(DiagKind::BadExternalAttribute, span, std::move(message)));
  };
  ReprOf global = NativeReprAttribute(unboxed, untagged, std::nullopt);
  if (global.error) fail(global.error->span, global.error->message);
  std::vector<NativeRepr> reprs;
  NativeReprs(*this, global.repr).Parse(item.a, type, reprs);
  external.arity = static_cast<int>(reprs.size()) - 1;

  // Primitive.parse_declaration: the names (and OCaml's old way of saying
  // `[@@noalloc]` and unboxed floats).
  std::string name = written[0], native;
  bool old_noalloc = false, old_float = false;
  size_t n = written.size();
  auto at = [&](size_t i, const char* s) { return n > i && written[i] == s; };
  if (n >= 4 && at(1, "noalloc") && at(3, "float")) {
    native = written[2];
    old_noalloc = old_float = true;
  } else if (n >= 3 && at(1, "noalloc")) {
    native = written[2];
    old_noalloc = true;
  } else if (n >= 3 && at(2, "float")) {
    native = written[1];
    old_float = true;
  } else if (n >= 2 && at(1, "noalloc")) {
    old_noalloc = true;
  } else if (n >= 2) {
    native = written[1];
  }
  std::optional<AttributeError> repeated = OnlyOne(noalloc);
  if (repeated) fail(repeated->span, repeated->message);
  bool all_same =
      std::all_of(reprs.begin(), reprs.end(), [](NativeRepr r) { return r == NativeRepr::Same; });
  if (old_float && !all_same)
    fail(item.span, Text("Cannot use \"float\" in conjunction with [@unboxed]/[@untagged]."));
  if (old_noalloc && !noalloc.empty())
    fail(item.span, Text("Cannot use \"noalloc\" in conjunction with [@@noalloc]."));
  if (old_float)
    PushWarning(MakeAlert("deprecated", item.span,
                          "[@@unboxed] + [@@noalloc] should be used\ninstead of \"float\""));
  else if (old_noalloc)
    PushWarning(
        MakeAlert("deprecated", item.span, "[@@noalloc] should be used instead of \"noalloc\""));
  if (native.empty() && !all_same)
    fail(item.span, [](fmt::Formatter& ppf) {
      ppf.print_string("[@The native code version of the primitive is mandatory");
      ppf.print_space();
      ppf.print_string("when attributes [@untagged] or [@unboxed] are present.");
    });
  // (The compiler used to take "float" as "noalloc" too.)
  old_noalloc |= old_float;
  if (old_float) reprs.assign(reprs.size(), NativeRepr::Unboxed);
  external.prims = {name};
  if (!native.empty()) external.prims.push_back(native);
  // Primitive.print's attributes.
  auto all = [&](NativeRepr r) {
    return std::all_of(reprs.begin(), reprs.end(), [r](NativeRepr x) { return x == r; });
  };
  external.attributes.clear();
  if (all(NativeRepr::Unboxed)) external.attributes.push_back("unboxed");
  if (all(NativeRepr::Untagged)) external.attributes.push_back("untagged");
  if (old_noalloc || !noalloc.empty()) external.attributes.push_back("noalloc");
  if (!all(NativeRepr::Same)) external.reprs = std::move(reprs);

  int arity = external.arity;
  bool builtin = name.starts_with('%');
  if (arity == 0 && !builtin)
    Raise(MakeError(DiagKind::ExternalNotAFunction, ast_->types[item.a].span,
                    Text("External identifiers must be functions")));
  if (builtin) {
    // The whole library's, whatever part of it this check loaded.
    bool known = false;
    for (const auto& [v, e] : Prelude::Get().env().externals)
      known |= e.prims[0] == name && e.arity == arity;
    if (!known)
      Raise(MakeError(
          DiagKind::Unsupported, item.span,
          Text(UnsupportedText(
              "externals of a builtin primitive the library does not use at that arity"))));
  }
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
