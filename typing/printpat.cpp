// Printing counter-examples and unused patterns as OCaml's Printpat does,
// after re-typing them as Typecore.partial_pred does (see parmatch_convert.cpp).

#include "support/escape.h"
#include "typing/parmatch_context.h"

namespace mlhint::typing {
namespace {

std::string ConstantText(const parmatch::Constant& c) {
  switch (c.kind) {
    case ConstKind::Int:
      return std::to_string(c.integer);
    case ConstKind::Char:
      return OcamlQuotedChar(static_cast<unsigned char>(c.integer));
    case ConstKind::String:
      return OcamlQuotedString(c.text);
    case ConstKind::Float:
      return c.text;
    case ConstKind::Int32:
      return std::to_string(c.integer) + "l";
    case ConstKind::Int64:
      return std::to_string(c.integer) + "L";
    case ConstKind::Nativeint:
      return std::to_string(c.integer) + "n";
  }
  return {};
}

}  // namespace

// ---------------------------------------------------------------- printing (Printpat)

bool Typer::MatchContext::IsCons(PatId p) const {
  const parmatch::Node& n = m_.node(p);
  return n.kind == PKind::Construct && n.count == 2 && t_.env_->constructors[n.ref].name == "::";
}

void Typer::MatchContext::PrettyVals(fmt::Formatter& ppf, PatId p, const char* sep) {
  const parmatch::Node n = m_.node(p);
  for (uint32_t i = 0; i < n.count; ++i) {
    if (i) {
      ppf.print_string(sep);
      ppf.print_space();
    }
    PrettyVal(ppf, m_.Child(p, i));
  }
}

void Typer::MatchContext::PrettyVal(fmt::Formatter& ppf, PatId p) {
  const parmatch::Node n = m_.node(p);
  switch (n.kind) {
    case PKind::Any:
      ppf.print_string("_");
      return;
    case PKind::Extension:
      ppf.print_string("*extension*");
      return;
    case PKind::Constant:
      ppf.print_string(ConstantText(m_.constant(p)));
      return;
    case PKind::Tuple:
      ppf.open_box(0);
      ppf.print_string("(");
      PrettyVals(ppf, p, ",");
      ppf.print_string(")");
      ppf.close_box();
      return;
    case PKind::Construct: {
      const std::string& name = t_.env_->constructors[n.ref].name;
      if (n.count == 0) {
        ppf.print_string(name);
      } else if (n.count == 1) {
        ppf.open_box(2);
        ppf.print_string(name);
        ppf.print_space();
        PrettyArg(ppf, m_.Child(p, 0));
        ppf.close_box();
      } else if (IsCons(p)) {
        ppf.open_box(0);
        PrettyCar(ppf, m_.Child(p, 0));
        ppf.print_string("::");
        ppf.print_cut();
        PrettyCdr(ppf, m_.Child(p, 1));
        ppf.close_box();
      } else {
        ppf.open_box(2);
        ppf.print_string(name);
        ppf.print_space();
        ppf.open_box(0);
        ppf.print_string("(");
        PrettyVals(ppf, p, ",");
        ppf.print_string(")");
        ppf.close_box();
        ppf.close_box();
      }
      return;
    }
    case PKind::Record: {
      // Fields that are wildcards are not shown; `; _` says some are hidden.
      std::vector<uint32_t> shown;
      for (uint32_t i = 0; i < n.count; ++i)
        if (m_.node(m_.Child(p, i)).kind != PKind::Any) shown.push_back(i);
      if (shown.empty()) {
        ppf.print_string("_");
        return;
      }
      const LabelDesc& first = t_.env_->labels[m_.ChildLabel(p, shown.front())];
      size_t all = t_.env_->types[first.owner].labels.size();
      ppf.open_box(0);
      ppf.print_string("{");
      for (size_t k = 0; k < shown.size(); ++k) {
        if (k) {
          ppf.print_string(";");
          ppf.print_space();
        }
        ppf.print_string(t_.env_->labels[m_.ChildLabel(p, shown[k])].name + "=");
        PrettyVal(ppf, m_.Child(p, shown[k]));
      }
      if (all > shown.size()) {
        ppf.print_string(";");
        ppf.print_space();
        ppf.print_string("_");
        ppf.print_space();
      }
      ppf.print_string("}");
      ppf.close_box();
      return;
    }
    case PKind::Array:
      ppf.open_box(0);
      ppf.print_string("[| ");
      PrettyVals(ppf, p, " ;");
      ppf.print_string(" |]");
      ppf.close_box();
      return;
    case PKind::Variant: {
      const std::string tag = "`" + t_.store_->Name(n.ref);
      if (n.count == 0) {
        ppf.print_string(tag);
      } else {
        ppf.open_box(2);
        ppf.print_string(tag);
        ppf.print_space();
        PrettyArg(ppf, m_.Child(p, 0));
        ppf.close_box();
      }
      return;
    }
    case PKind::Lazy:
      ppf.open_box(2);
      ppf.print_string("lazy");
      ppf.print_space();
      PrettyArg(ppf, m_.Child(p, 0));
      ppf.close_box();
      return;
    case PKind::Or:
      ppf.open_box(0);
      ppf.print_string("(");
      PrettyOr(ppf, p);
      ppf.print_string(")");
      ppf.close_box();
      return;
  }
}

void Typer::MatchContext::PrettyArg(fmt::Formatter& ppf, PatId p) {
  const parmatch::Node& n = m_.node(p);
  if ((n.kind == PKind::Construct || n.kind == PKind::Variant) && n.count > 0) {
    ppf.print_string("(");
    PrettyVal(ppf, p);
    ppf.print_string(")");
  } else {
    PrettyVal(ppf, p);
  }
}

void Typer::MatchContext::PrettyCar(fmt::Formatter& ppf, PatId p) {
  if (IsCons(p)) {
    ppf.print_string("(");
    PrettyVal(ppf, p);
    ppf.print_string(")");
  } else {
    PrettyVal(ppf, p);
  }
}

void Typer::MatchContext::PrettyCdr(fmt::Formatter& ppf, PatId p) {
  // The spine of a list, iteratively: lists can be long.
  while (IsCons(p)) {
    PrettyCar(ppf, m_.Child(p, 0));
    ppf.print_string("::");
    ppf.print_cut();
    p = m_.Child(p, 1);
  }
  PrettyVal(ppf, p);
}

void Typer::MatchContext::PrettyOr(fmt::Formatter& ppf, PatId p) {
  if (m_.node(p).kind == PKind::Or) {
    PrettyOr(ppf, m_.Child(p, 0));
    ppf.print_string("|");
    ppf.print_cut();
    PrettyOr(ppf, m_.Child(p, 1));
  } else {
    PrettyVal(ppf, p);
  }
}

std::optional<PatId> Typer::MatchContext::Retype(PatId witness, TypeId scrutinee, int fuel) {
  // Expanding abbreviations on the way may change the types: undone
  // afterwards, as OCaml undoes its re-typing.
  TypeStore::Snapshot snap = t_.store_->TakeSnapshot();
  try {
    PatId shown = Explode(witness, scrutinee, fuel);
    t_.store_->Backtrack(snap);
    return shown;
  } catch (EmptyBranch&) {
    t_.store_->Backtrack(snap);
    return std::nullopt;
  } catch (...) {
    t_.store_->Backtrack(snap);
    throw;
  }
}

// Printpat.top_pretty, into a fresh formatter (the warning's text is laid
// out on its own, from column 0).
std::string Typer::MatchContext::Print(PatId p) {
  std::string out;
  fmt::Formatter ppf(out);
  ppf.open_box(0);
  PrettyVal(ppf, p);
  ppf.close_box();
  ppf.print_flush();
  return out;
}

bool Typer::MatchContext::ContainsExtension(PatId p) {
  const parmatch::Node n = m_.node(p);
  if (n.kind == PKind::Extension) return true;
  for (uint32_t i = 0; i < n.count; ++i)
    if (ContainsExtension(m_.Child(p, i))) return true;
  return false;
}

// Parmatch.collect_paths_from_pat: the variant types a pattern names, in
// order, except those that cannot grow (bool, list, unit, option).
void Typer::MatchContext::CollectTypes(PatId p, std::vector<DeclId>& out) {
  const parmatch::Node n = m_.node(p);
  if (n.kind == PKind::Construct && !t_.env_->constructors[n.ref].is_exception) {
    DeclId d = m_.ConstructorTypeOf(n.ref);
    const Env::Predef& pd = t_.env_->predef;
    bool closed = d == pd.bool_ || d == pd.list_ || d == pd.unit_ || d == pd.option_;
    if (!closed && std::find(out.begin(), out.end(), d) == out.end()) out.push_back(d);
  }
  if (n.kind == PKind::Constant) return;
  for (uint32_t i = 0; i < n.count; ++i) CollectTypes(m_.Child(p, i), out);
}

std::string Typer::MatchContext::TypeName(DeclId d) const {
  const TypeDecl& decl = t_.env_->types[d];
  std::string name;
  for (const std::string& q : decl.qualifier) name += q + ".";
  return name + decl.name;
}

}  // namespace mlhint::typing
