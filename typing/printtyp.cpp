// OCaml's Printtyp: types turned into Outcometree trees (tree_of_typexp),
// naming their variables ('a, 'b, ... in order, '_weak1 for weak ones kept
// for the whole file), marking loops (`as 'a`), the paths of types as the
// environment writes them, the Naming_context of one message (`t/1`,
// `t/2`), the names a printed signature hides, and the trees of signature
// items. The trees are laid out by oprint.cpp.

#include "typing/printtyp.h"

#include <algorithm>

namespace mlhint::typing {

void TypePrinter::ResetNames() {
  names_.clear();
  taken_.clear();
  named_vars_.clear();
  aliased_.clear();
  visited_rows_.clear();
  marked_.clear();
  name_counter_ = 0;
}

bool TypePrinter::NameUsed(const std::string& name) const {
  return named_vars_.count(name) || taken_.count(name) || weak_taken_.count(name);
}

std::string TypePrinter::NewName() {
  for (;;) {
    std::string name;
    if (name_counter_ < 26)
      name = std::string(1, static_cast<char>('a' + name_counter_));
    else
      name = std::string(1, static_cast<char>('a' + name_counter_ % 26)) +
             std::to_string(name_counter_ / 26);
    ++name_counter_;
    if (!NameUsed(name)) return name;
  }
}

std::string TypePrinter::NewWeakName(TypeId t) {
  for (;;) {
    std::string name = "weak" + std::to_string(weak_counter_++);
    if (!NameUsed(name)) {
      weak_names_[t] = name;
      weak_taken_.insert(name);
      return name;
    }
  }
}

bool TypePrinter::Named(TypeId t) const {
  return names_.count(t) != 0;
}

std::string TypePrinter::NameOf(TypeId t, bool weak) {
  if (auto named = names_.find(t); named != names_.end()) return named->second;
  auto w = weak_names_.find(t);
  if (w != weak_names_.end()) return w->second;
  std::string name;
  uint32_t explicit_name = ts_.var_name(t);
  if (ts_.tag(t) == TypeTag::Var && explicit_name != kNoName) {
    std::string base = ts_.Name(explicit_name);
    name = base;
    int i = 0;
    while (taken_.count(name)) name = base + std::to_string(i++);
  } else {
    name = weak ? NewWeakName(t) : NewName();
  }
  if (name != "_") {
    names_.emplace(t, name);
    taken_.insert(name);
  }
  return name;
}

void TypePrinter::AddNamedVars(TypeId t) {
  // mark_loops: the names written by the user are reserved before printing.
  // No further than what can be printed: Repr expands the lazy instances,
  // whose graphs can be exponentially large.
  uint32_t stamp = ts_.NewMark();
  std::vector<TypeId> work{t};
  for (size_t visits = 0; !work.empty() && visits < kTypeNodes; ++visits) {
    TypeId x = ts_.Repr(work.back());
    work.pop_back();
    if (!ts_.TryMark(x, stamp)) continue;
    const TypeNode& n = ts_.node(x);
    switch (n.tag) {
      case TypeTag::Var:
        if (n.a != kNoName) {
          const std::string& name = ts_.Name(n.a);
          named_vars_.insert(name);
        }
        break;
      case TypeTag::Arrow:
        work.push_back(n.b);
        work.push_back(n.a);
        break;
      case TypeTag::Tuple:
      case TypeTag::Constr:
        for (TypeId a : ts_.args(x)) work.push_back(a);
        break;
      default:
        break;
    }
  }
}

void TypePrinter::BeginSignature() {
  in_signature_ = true;
  signature_budget_ = kSignatureNodes;
  sig_types_.clear();
  sig_group_.clear();
  collisions_.clear();
}

std::vector<TypePrinter::NameCollision> TypePrinter::EndSignature() {
  in_signature_ = false;
  sig_types_.clear();
  sig_group_.clear();
  return std::move(collisions_);
}

std::optional<DeclId> TypePrinter::SignatureType(const std::string& name) const {
  if (sig_group_.count(name)) return std::nullopt;
  auto it = sig_types_.find(name);
  if (it != sig_types_.end()) return it->second;
  return std::nullopt;
}

std::string TypePrinter::PathOf(DeclId decl_id) const {
  const TypeDecl& decl = env_.types[decl_id];
  if (in_signature_ &&
      (decl.predef || (decl.qualifier.size() == 1 && decl.qualifier[0] == "Stdlib"))) {
    std::optional<DeclId> user = SignatureType(decl.name);
    if (!user) return decl.name;
    if (!decl.predef) return "Stdlib." + decl.name;
    bool known = std::any_of(collisions_.begin(), collisions_.end(),
                             [&](const NameCollision& c) { return c.name == decl.name; });
    if (!known) collisions_.push_back(NameCollision{decl.name, *user});
    return decl.name + "/2";
  }
  if (decl.qualifier.empty()) return decl.name;
  if (decl.qualifier.size() == 1 && decl.qualifier[0] == "Stdlib") {
    uint32_t bound = env_.Find(Namespace::Type, decl.name);
    if (bound == kNone || bound == decl_id) return decl.name;
    return "Stdlib." + decl.name;
  }
  std::string path;
  size_t start = decl.qualifier[0] == "Stdlib" ? 1 : 0;
  // A type of the module being typed (or of one enclosing it) is named from
  // there, as OCaml names it by its identifier.
  if (start == 0)
    while (start < decl.qualifier.size() && start < module_path_.size() &&
           decl.qualifier[start] == module_path_[start])
      ++start;
  // A module with no name (`let open struct ... end in`) is not printed,
  // nor what is outside it.
  for (size_t i = start; i < decl.qualifier.size(); ++i)
    if (decl.qualifier[i].empty()) start = i + 1;
  for (size_t i = start; i < decl.qualifier.size(); ++i) path += decl.qualifier[i] + ".";
  return path + decl.name;
}

void TypePrinter::BeginNaming() {
  naming_ = true;
  naming_ids_.clear();
}

// Naming_context.ident_name: the declaration the name means in the
// environment is noted first (if it is printed by that bare name), then
// the one printed.
void TypePrinter::NoteName(DeclId decl) {
  const std::string& name = env_.types[decl].name;
  auto [it, fresh] = naming_ids_.try_emplace(name);
  std::vector<DeclId>& ids = it->second;
  if (fresh) {
    uint32_t visible = env_.Find(Namespace::Type, name);
    if (visible != kNone && visible != decl && PathOf(visible) == name) ids.push_back(visible);
  }
  if (std::find(ids.begin(), ids.end(), decl) == ids.end()) ids.push_back(decl);
}

void TypePrinter::ApplyNaming(OutType& t) const {
  if (t.kind == OutType::Kind::Constr && t.decl != kNone) {
    auto it = naming_ids_.find(t.name);
    if (it != naming_ids_.end() && it->second.size() > 1) {
      size_t index = std::find(it->second.begin(), it->second.end(), t.decl) - it->second.begin();
      t.name += "/" + std::to_string(index + 1);
      t.decl = kNone;  // renamed once
    }
  }
  for (OutType& a : t.args) ApplyNaming(a);
}

std::vector<TypePrinter::Conflict> TypePrinter::EndNaming() {
  naming_ = false;
  std::vector<std::pair<std::string, Conflict>> sorted;
  for (const auto& [name, ids] : naming_ids_) {
    if (ids.size() < 2) continue;
    for (size_t i = 0; i < ids.size(); ++i) {
      const TypeDecl& d = env_.types[ids[i]];
      std::string unique = name + "/" + std::to_string(i + 1);
      std::string location = !d.loc_text.empty() ? d.loc_text : "File \"_none_\", line 1";
      sorted.emplace_back(unique, Conflict{std::move(location), "type " + unique});
    }
  }
  naming_ids_.clear();
  std::sort(sorted.begin(), sorted.end(),
            [](const auto& a, const auto& b) { return a.first < b.first; });
  std::vector<Conflict> out;
  for (auto& [name, c] : sorted) out.push_back(std::move(c));
  return out;
}

OutType TypePrinter::Tree(TypeId t, bool scheme) {
  if (budget_ == 0) {
    // A fresh top-level call: collect the user's names first, and bound
    // the size of what is printed (a type that is a small graph can be an
    // exponentially large tree), in this type and in the whole signature.
    size_t budget = in_signature_ ? std::min(kTypeNodes, signature_budget_) : kTypeNodes;
    OutType out;
    if (budget == 0) {
      out.kind = OutType::Kind::Stuff;
      out.name = "...";
      return out;
    }
    AddNamedVars(t);
    MarkLoopsOnce(t);
    budget_ = budget;
    out = Tree(t, scheme);
    if (in_signature_) signature_budget_ -= std::min(signature_budget_, budget - budget_ + 1);
    budget_ = 0;
    return out;
  }
  OutType out;
  // The tree is printed, and destroyed, by recursive functions that may
  // run on the main thread's stack: its depth is bounded too.
  if (--budget_ == 0 || depth_ >= kTypeDepth) {
    budget_ = std::max<size_t>(budget_, 1);
    out.kind = OutType::Kind::Stuff;
    out.name = "...";
    return out;
  }
  struct Deeper {
    size_t& d;
    explicit Deeper(size_t& depth) : d(depth) { ++d; }
    ~Deeper() { --d; }
  } deeper(depth_);
  t = ts_.Repr(t);
  if (!aliased_.empty() && ts_.tag(t) != TypeTag::Var) {
    // A node of a cycle, or a shared row: its name where it is met again,
    // `(... as 'a)` where it is met first (named before its body, as OCaml
    // names it).
    TypeId px = Proxy(t);
    bool delayed = !delayed_.empty() && delayed_.erase(px) > 0;
    if (delayed && !Aliased(px)) return TreeOfNode(t, scheme);
    if (Named(px) || Aliased(px)) {
      bool first = !Named(px) || delayed;
      out.kind = OutType::Kind::Var;
      out.name = NameOf(px, false);
      if (!first) return out;
      out.kind = OutType::Kind::Alias;
      out.args.push_back(TreeOfNode(t, scheme));
      return out;
    }
  }
  return TreeOfNode(t, scheme);
}

OutType TypePrinter::TreeOfNode(TypeId t, bool scheme) {
  OutType out;
  const TypeNode n = ts_.node(t);
  switch (n.tag) {
    case TypeTag::Var: {
      bool non_gen = scheme && n.level != kGenericLevel;
      out.kind = OutType::Kind::Var;
      out.non_gen = non_gen;
      out.name = NameOf(t, non_gen);
      break;
    }
    case TypeTag::Arrow: {
      out.kind = OutType::Kind::Arrow;
      ArrowLabel label = static_cast<ArrowLabel>(n.flags & kArrowLabelMask);
      if (label == ArrowLabel::Labelled) out.name = ts_.Name(n.c);
      if (label == ArrowLabel::Optional) {
        out.name = "?" + ts_.Name(n.c);
        // The parameter of `?l:t -> u` has type `t option`; `t` is shown.
        TypeId arg = ts_.Repr(n.a);
        if (ts_.tag(arg) == TypeTag::Constr && ts_.constr_decl(arg) == env_.predef.option_ &&
            ts_.arg_count(arg) == 1) {
          out.args.push_back(Tree(ts_.arg(arg, 0), scheme));
        } else {
          OutType hidden;
          hidden.kind = OutType::Kind::Stuff;
          hidden.name = "<hidden>";
          out.args.push_back(std::move(hidden));
        }
      } else {
        out.args.push_back(Tree(n.a, scheme));
      }
      out.args.push_back(Tree(n.b, scheme));
      break;
    }
    case TypeTag::Tuple:
      out.kind = OutType::Kind::Tuple;
      for (TypeId a : ts_.args(t)) out.args.push_back(Tree(a, scheme));
      break;
    case TypeTag::Constr:
      if (in_signature_ && env_.types[n.a].hidden_by_open)
        if (TypeId expanded = ctype_.TryExpandOnce(t); expanded != kNoType)
          return Tree(expanded, scheme);
      out.kind = OutType::Kind::Constr;
      out.name = PathOf(n.a);
      if (env_.types[n.a].package_of != kNone) {
        // Otyp_module: `(module S with type t = u)`.
        out.kind = OutType::Kind::Package;
        out.fields = env_.types[n.a].package_names;
        for (TypeId a : ts_.args(t)) out.args.push_back(Tree(a, scheme));
        break;
      }
      if (naming_ && out.name == env_.types[n.a].name) {
        out.decl = n.a;
        NoteName(n.a);
      }
      for (TypeId a : ts_.args(t)) out.args.push_back(Tree(a, scheme));
      break;
    case TypeTag::Variant:
      return VariantTree(t, scheme);
    case TypeTag::Field:
    case TypeTag::Link:
    case TypeTag::Subst:
    case TypeTag::Error:
      out.kind = OutType::Kind::Stuff;
      out.name = "_";
      break;
  }
  return out;
}

void TypePrinter::MarkLoops(TypeId t) {
  std::vector<TypeId> path;
  size_t visits = 0;
  MarkLoopsRec(t, path, visits);
}

// As OCaml's mark_loops_rec, the walk follows every path (a node shared
// by two paths is visited on each): which nodes get a name depends on it.
// Only a store with a cycle is walked, and the walk is bounded.
void TypePrinter::MarkLoopsRec(TypeId t, std::vector<TypeId>& path, size_t& visits) {
  constexpr size_t kMaxVisits = 100000;
  if (++visits > kMaxVisits) return;
  t = ts_.Repr(t);
  const TypeNode& n = ts_.node(t);
  if (n.tag == TypeTag::Var || n.tag == TypeTag::Error) return;
  std::optional<Ctype::Row> row;
  if (n.tag == TypeTag::Variant) row = ctype_.RowRepr(t);
  TypeId px = row ? ProxyOfRow(t, *row) : t;
  if (std::find(path.begin(), path.end(), px) != path.end()) {
    aliased_.insert(px);
    return;
  }
  path.push_back(px);
  if (row) {
    // A row met twice anywhere is named (visited_objects); only its
    // fields' types are walked.
    if (visited_rows_.count(px)) {
      aliased_.insert(px);
    } else {
      if (!ctype_.StaticRow(*row)) visited_rows_.insert(px);
      for (TypeId f : row->fields)
        if ((ts_.node(f).flags & kFieldKindMask) != kFieldAbsent)
          for (uint32_t i = 0, k = ts_.child_count(f); i < k; ++i)
            MarkLoopsRec(ts_.child(f, i), path, visits);
    }
    path.pop_back();
    return;
  }
  for (uint32_t i = 0, k = ts_.child_count(t); i < k; ++i)
    MarkLoopsRec(ts_.child(t, i), path, visits);
  path.pop_back();
}

TypeId TypePrinter::Proxy(TypeId t) {
  if (ts_.tag(t) != TypeTag::Variant) return t;
  return ProxyOfRow(t, ctype_.RowRepr(t));
}

// Printtyp's Tvariant case, after normalize_type: the fields sorted by tag
// (RowRepr), the absent ones left out, each conjunction without repeats.
OutType TypePrinter::VariantTree(TypeId t, bool scheme) {
  OutType out;
  out.kind = OutType::Kind::Variant;
  Ctype::Row row = ctype_.RowRepr(t);
  size_t present = 0, fields = 0;
  for (TypeId f : row.fields) {
    const TypeNode n = ts_.node(f);
    uint8_t kind = n.flags & kFieldKindMask;
    if (kind == kFieldAbsent) continue;
    ++fields;
    const std::string& tag = ts_.Name(n.a);
    if (kind == kFieldPresent) {
      ++present;
      out.tags.push_back(tag);
    }
    OutType types;
    types.kind = OutType::Kind::Tuple;
    types.non_gen = kind == kFieldEither && (n.flags & kFieldConstant) && n.c > 0;
    std::vector<TypeId> seen;
    for (uint32_t i = 0; i < n.c; ++i) {
      TypeId a = ts_.Repr(ts_.child(f, i));
      if (std::find(seen.begin(), seen.end(), a) != seen.end()) continue;
      OutType tree = Tree(a, scheme);
      bool repeated = false;
      for (const OutType& prev : types.args) repeated = repeated || prev == tree;
      seen.push_back(a);
      if (!repeated) types.args.push_back(std::move(tree));
    }
    out.fields.push_back(tag);
    out.args.push_back(std::move(types));
  }
  bool all_present = present == fields;
  out.closed = row.closed;
  TypeId px = ProxyOfRow(t, row);
  out.non_gen = !(row.closed && all_present) && scheme && ts_.tag(px) == TypeTag::Var &&
                ts_.level(px) != kGenericLevel;
  out.tags_given = !all_present;
  if (all_present) out.tags.clear();
  return out;
}

bool TypePrinter::Aliased(TypeId t) const {
  return aliased_.count(t) != 0;
}

OutSigItem TypePrinter::ValueItem(const std::string& name, TypeId scheme) {
  OutSigItem item;
  item.kind = OutSigItem::Kind::Value;
  item.name = name;
  item.type = SchemeTree(scheme);
  return item;
}

OutSigItem TypePrinter::TypeItem(DeclId decl_id, bool first) {
  ResetNames();
  const TypeDecl& decl = env_.types[decl_id];
  OutSigItem item;
  item.kind = OutSigItem::Kind::Type;
  item.type_kw = first ? "type" : "and";
  item.name = decl.name;
  item.decl_kind = decl.kind;
  // The parameters are named first (they are aliased in OCaml's printer).
  for (TypeId p : decl.params) AddNamedVars(p);
  for (TypeId p : decl.params) {
    OutType v = Tree(p, false);
    item.params.push_back(decl.variance_mark + (v.kind == OutType::Kind::Var ? v.name : "?"));
  }
  if (decl.manifest != kNoType) {
    item.has_manifest = true;
    item.manifest = Tree(decl.manifest, false);
  }
  for (ConstrId c : decl.constructors) item.constructors.push_back(ConstructorTree(c));
  for (LabelId l : decl.labels) {
    const LabelDesc& ld = env_.labels[l];
    item.labels.push_back(OutLabel{ld.name, ld.is_mutable, Tree(ld.arg, false)});
  }
  item.immediate = decl.immediate_attribute;
  item.unboxed = decl.unboxed;
  return item;
}

OutSigItem TypePrinter::ExceptionItem(ConstrId c) {
  ResetNames();
  OutSigItem item;
  item.kind = OutSigItem::Kind::Exception;
  item.constructors.push_back(ConstructorTree(c));
  return item;
}

// Printtyp.tree_of_constructor: an inline record prints as its fields.
OutConstructor TypePrinter::ConstructorTree(ConstrId c) {
  const ConstructorDesc& cd = env_.constructors[c];
  OutConstructor oc;
  oc.name = cd.name;
  if (cd.inlined != kNone) {
    OutType record;
    record.kind = OutType::Kind::Record;
    for (LabelId l : env_.types[cd.inlined].labels) {
      const LabelDesc& ld = env_.labels[l];
      record.fields.push_back((ld.is_mutable ? "mutable " : "") + ld.name);
      record.args.push_back(Tree(ld.arg, false));
    }
    oc.args.push_back(std::move(record));
    return oc;
  }
  for (TypeId a : cd.args) oc.args.push_back(Tree(a, false));
  return oc;
}

}  // namespace mlhint::typing
