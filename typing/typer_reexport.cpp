// A variant or record that re-exports another type (`type t = d = A | B`)
// must repeat its definition: Typedecl.check_coherence, with the
// comparisons of Includecore.type_declarations and its messages.

#include <algorithm>
#include <optional>
#include <unordered_map>

#include "typing/typer.h"
#include "typing/typer_internal.h"

namespace mlhint::typing {
namespace {

// Ctype.equal: are the types of two lists equal, pairwise, up to a
// renaming of their variables (`rename`: a one-to-one map, shared by the
// whole list) or with the very same variables? Abbreviations are expanded
// where the heads differ. The constructor `from` reads as `to` on the
// right (the Subst.add_type_path that makes the new declaration speak of
// the original type).
class Equality {
 public:
  Equality(Ctype& ctype, bool rename, DeclId from, DeclId to)
      : ct_(ctype), ts_(ctype.store()), rename_(rename), from_(from), to_(to) {}

  bool Lists(const std::vector<TypeId>& l1, const std::vector<TypeId>& l2) {
    if (l1.size() != l2.size()) return false;
    for (size_t i = 0; i < l1.size(); ++i)
      if (!Types(l1[i], l2[i])) return false;
    return true;
  }

 private:
  DeclId Right(DeclId d) const { return d == from_ ? to_ : d; }

  bool Vars(TypeId t1, TypeId t2) {
    if (!rename_) return t1 == t2;
    auto it = left_.find(t1);
    if (it != left_.end()) return it->second == t2;
    if (right_.count(t2)) return false;
    left_.emplace(t1, t2);
    right_.emplace(t2, t1);
    return true;
  }

  bool Types(TypeId t1, TypeId t2) {
    t1 = ts_.Repr(t1);
    t2 = ts_.Repr(t2);
    if (t1 == t2) return true;
    if (ts_.tag(t1) == TypeTag::Error || ts_.tag(t2) == TypeTag::Error) return true;
    if (ts_.IsVar(t1) && ts_.IsVar(t2)) return Vars(t1, t2);
    if (ts_.tag(t1) == TypeTag::Constr && ts_.tag(t2) == TypeTag::Constr &&
        ts_.constr_decl(t1) == Right(ts_.constr_decl(t2)) && ts_.arg_count(t1) == 0 &&
        ts_.arg_count(t2) == 0)
      return true;
    TypeId x1 = ct_.ExpandHead(t1);
    TypeId x2 = ct_.ExpandHead(t2);
    if (x1 == x2) return true;
    TypeTag tag1 = ts_.tag(x1), tag2 = ts_.tag(x2);
    if (tag1 == TypeTag::Var && tag2 == TypeTag::Var) return Vars(x1, x2);
    if (tag1 != tag2) return false;
    switch (tag1) {
      case TypeTag::Arrow:
        return ts_.arrow_label(x1) == ts_.arrow_label(x2) &&
               ts_.arrow_label_name(x1) == ts_.arrow_label_name(x2) &&
               Types(ts_.arrow_arg(x1), ts_.arrow_arg(x2)) &&
               Types(ts_.arrow_res(x1), ts_.arrow_res(x2));
      case TypeTag::Tuple:
        return Lists(ts_.args(x1), ts_.args(x2));
      case TypeTag::Constr:
        return ts_.constr_decl(x1) == Right(ts_.constr_decl(x2)) &&
               Lists(ts_.args(x1), ts_.args(x2));
      default:
        return false;
    }
  }

  Ctype& ct_;
  TypeStore& ts_;
  bool rename_;
  DeclId from_, to_;
  std::unordered_map<TypeId, TypeId> left_, right_;
};

std::vector<TypeId> Append(std::vector<TypeId> l, const std::vector<TypeId>& more) {
  l.insert(l.end(), more.begin(), more.end());
  return l;
}

// Includecore's `choose`: "the original" (First) or "this" (Second).
const char* Choose(bool first) {
  return first ? "the original" : "this";
}

// A line of the reason (printed with "%s" or "pr \"...\"", no box).
Doc Line(std::string text) {
  return Text(std::move(text));
}

// "@[<hv>%s do not match:@;<1 2>%a@ is not compatible with:@;<1 2>%a@ %a@]"
Doc DoNotMatch(std::string what, Doc first, Doc second, Doc why) {
  return [what = std::move(what), first = std::move(first), second = std::move(second),
          why = std::move(why)](fmt::Formatter& ppf) {
    ppf.open_hvbox(0);
    ppf.print_string(what + " do not match:");
    ppf.print_break(1, 2);
    first(ppf);
    ppf.print_space();
    ppf.print_string("is not compatible with:");
    ppf.print_break(1, 2);
    second(ppf);
    ppf.print_space();
    why(ppf);
    ppf.close_box();
  };
}

// Includecore's Unboxed_representation, once the members agree.
std::optional<std::optional<Doc>> Representation(bool orig_unboxed, bool unboxed) {
  if (orig_unboxed == unboxed) return std::nullopt;
  std::string which = Choose(orig_unboxed);
  return std::optional<Doc>([which](fmt::Formatter& ppf) {
    ppf.print_string("Their internal representations differ:");
    ppf.print_space();
    ppf.print_string(which + " definition uses unboxed representation.");
  });
}

}  // namespace

// Includecore.type_declarations of the original `orig_id` and the new
// declaration `id` that names it: nullopt when they agree, else the reason
// printed under the first line (none for manifests that differ).
std::optional<std::optional<Doc>> Typer::DeclarationMismatch(DeclId orig_id, DeclId id) {
  const TypeDecl& orig = env_->types[orig_id];
  const TypeDecl& decl = env_->types[id];
  auto equal = [&](const std::vector<TypeId>& l1, const std::vector<TypeId>& l2, bool rename) {
    return Equality(*ctype_, rename, id, orig_id).Lists(l1, l2);
  };
  using Reason = std::optional<Doc>;
  // compare_records: the types of the fields that agreed join the
  // parameters of the next comparison (PR#7378). nullopt: they agree.
  auto compare_records = [&](std::vector<TypeId> params1, std::vector<TypeId> params2,
                             const std::vector<LabelId>& l1, const std::vector<LabelId>& l2,
                             int number) -> std::optional<Doc> {
    for (size_t i = 0; i < l1.size() || i < l2.size(); ++i) {
      if (i == l1.size() || i == l2.size()) {
        bool first = i < l1.size();
        const LabelDesc& l = env_->labels[first ? l1[i] : l2[i]];
        return std::optional<Doc>(BoxedText("The field " + l.name + " is only present in " +
                                            Choose(first) + " definition."));
      }
      const LabelDesc& ld1 = env_->labels[l1[i]];
      const LabelDesc& ld2 = env_->labels[l2[i]];
      if (ld1.name != ld2.name)
        return std::optional<Doc>(BoxedText("Fields number " + std::to_string(i + number) +
                                            " have different names, " + ld1.name + " and " +
                                            ld2.name + "."));
      std::string reason;
      if (ld1.is_mutable != ld2.is_mutable)
        reason = ld1.is_mutable ? "The original is mutable and this is not."
                                : "This is mutable and the original is not.";
      else if (!equal(Append(params1, {ld1.arg}), Append(params2, {ld2.arg}), true))
        reason = "The types are not equal.";
      if (reason.empty()) {
        params1.insert(params1.begin(), ld1.arg);
        params2.insert(params2.begin(), ld2.arg);
        continue;
      }
      // Printtyp.label: each named afresh.
      auto tree = [&](const LabelDesc& l) {
        printer_->ResetNames();
        return OutLabel{l.name, l.is_mutable, printer_->Tree(l.arg)};
      };
      OutLabel o1 = tree(ld1), o2 = tree(ld2);
      return std::optional<Doc>(DoNotMatch(
          "Fields", [o1](fmt::Formatter& ppf) { PrintOutLabel(ppf, o1); },
          [o2](fmt::Formatter& ppf) { PrintOutLabel(ppf, o2); }, Line(reason)));
    }
    return std::nullopt;
  };
  if (orig.params.size() != decl.params.size()) return Reason(Line("They have different arities."));
  if (orig.manifest == kNoType) {
    if (!equal(orig.params, decl.params, true)) return Reason(Line("Their constraints differ."));
  } else if (!equal(Append(orig.params, {orig.manifest}), Append(decl.params, {decl.manifest}),
                    true)) {
    return Reason(std::nullopt);
  }
  if (orig.kind != decl.kind) return Reason(Line("Their kinds differ."));
  if (decl.kind == DeclKind::Variant) {
    // compare_variants
    const std::vector<ConstrId>& c1 = orig.constructors;
    const std::vector<ConstrId>& c2 = decl.constructors;
    for (size_t i = 0; i < c1.size() || i < c2.size(); ++i) {
      if (i == c1.size() || i == c2.size()) {
        bool first = i < c1.size();
        const ConstructorDesc& c = env_->constructors[first ? c1[i] : c2[i]];
        return Reason(Line("The constructor " + c.name + " is only present in " + Choose(first) +
                           " definition."));
      }
      const ConstructorDesc& cd1 = env_->constructors[c1[i]];
      const ConstructorDesc& cd2 = env_->constructors[c2[i]];
      if (cd1.name != cd2.name)
        return Reason(Line("Constructors number " + std::to_string(i + 1) +
                           " have different names, " + cd1.name + " and " + cd2.name + "."));
      std::optional<Doc> reason;
      bool inline1 = cd1.inlined != kNone, inline2 = cd2.inlined != kNone;
      if (inline1 != inline2)  // Kind
        reason = Line(std::string(inline1 ? "The original" : "This") + " uses inline records and " +
                      Choose(!inline1) + " doesn't.");
      else if (inline1)
        reason = compare_records(orig.params, decl.params, env_->types[cd1.inlined].labels,
                                 env_->types[cd2.inlined].labels, 0);  // (sic) from 0
      else if (cd1.args.size() != cd2.args.size())
        reason = Line("They have different arities.");
      else if (!equal(Append(orig.params, cd1.args), Append(decl.params, cd2.args), true))
        reason = Line("The types are not equal.");
      if (!reason) continue;
      // Printtyp.constructor: each named afresh.
      auto tree = [&](const ConstructorDesc& c) {
        printer_->ResetNames();
        return printer_->ConstructorTree(static_cast<ConstrId>(&c - env_->constructors.data()));
      };
      OutConstructor o1 = tree(cd1), o2 = tree(cd2);
      return Reason(DoNotMatch(
          "Constructors", [o1](fmt::Formatter& ppf) { PrintOutConstructor(ppf, o1); },
          [o2](fmt::Formatter& ppf) { PrintOutConstructor(ppf, o2); }, *reason));
    }
    return Representation(orig.unboxed, decl.unboxed);
  }
  if (Reason r = compare_records(orig.params, decl.params, orig.labels, decl.labels, 1)) return r;
  return Representation(orig.unboxed, decl.unboxed);
}

void Typer::CheckReexport(DeclId id, Span loc) {
  const TypeDecl& decl = env_->types[id];
  if (decl.kind == DeclKind::Abstract || decl.manifest == kNoType) return;
  TypeId manifest = store_->Repr(decl.manifest);
  OutType shown = printer_->TreeFresh(manifest);
  std::optional<std::optional<Doc>> mismatch = std::optional<Doc>();  // not a constructor
  if (store_->tag(manifest) == TypeTag::Constr) {
    DeclId orig_id = store_->constr_decl(manifest);
    std::vector<TypeId> args = store_->args(manifest);
    if (args.size() != decl.params.size())
      mismatch = std::optional<Doc>(Line("They have different arities."));
    else if (!Equality(*ctype_, false, id, orig_id).Lists(args, decl.params))
      mismatch = std::optional<Doc>(Line("Their constraints differ."));
    else
      mismatch = DeclarationMismatch(orig_id, id);
  }
  if (!mismatch) return;
  std::optional<Doc> why = *mismatch;
  // "@[<v>@[<hov>%s@ %s@;<1 2>%a@]%a@]"
  Doc message = [shown, why](fmt::Formatter& ppf) {
    ppf.open_vbox(0);
    ppf.open_hovbox(0);
    ppf.print_string("This variant or record definition");
    ppf.print_space();
    ppf.print_string("does not match that of type");
    ppf.print_break(1, 2);
    PrintOutType(ppf, shown);
    ppf.close_box();
    if (why) {
      ppf.print_space();
      (*why)(ppf);
    }
    ppf.close_box();
  };
  Raise(MakeError(DiagKind::DefinitionMismatch, loc, std::move(message)));
}

}  // namespace mlhint::typing
