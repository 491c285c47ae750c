#include "hints/repair.h"

#include <cctype>

#include "typing/env.h"

namespace mlhint::hints {

bool RepairSite::IsPrelude(std::string_view name, std::string_view path) const {
  typing::ValueId v = typer.ResolveValue(name);
  if (v == typing::kNone) return false;
  return typer.env().values[v].from_prelude && typer.env().ValuePath(v) == path;
}

bool RepairSite::IsPreludeValue(ast::Id e, std::string_view path) const {
  if (tree.exprs[e].kind != ast::ExprKind::Ident) return false;
  typing::ValueId v = typer.IdentValue(e);
  return v != typing::kNone && typer.env().values[v].from_prelude &&
         typer.env().ValuePath(v) == path;
}

const std::vector<const RepairRule*>& RepairRules() {
  static const std::vector<const RepairRule*> rules = {
#define REPAIR(Name, id, what) &Name##Rule(),
#include "hints/repairs.def"
#undef REPAIR
  };
  return rules;
}

bool IsFunctionType(std::string_view type) {
  int depth = 0;
  for (size_t i = 0; i + 1 < type.size(); ++i) {
    if (type[i] == '(') ++depth;
    if (type[i] == ')') --depth;
    if (depth == 0 && type[i] == '-' && type[i + 1] == '>') return true;
  }
  return false;
}

bool IsTypeVariable(std::string_view t) {
  if (t.size() < 2 || (t[0] != '\'' && t[0] != '_')) return false;
  for (size_t i = 1; i < t.size(); ++i)
    if (!(isalnum(static_cast<unsigned char>(t[i])) || t[i] == '_' || t[i] == '\'')) return false;
  return true;
}

std::string Quoted(std::string_view code) {
  std::string out;
  bool space = false;
  for (char c : code) {
    if (c == '\n' || c == '\t' || c == ' ' || c == '\r') {
      space = true;
      continue;
    }
    if (space && !out.empty()) out += ' ';
    space = false;
    out += c;
  }
  if (out.size() > 40) {
    size_t cut = 36;
    while (cut > 0 && (static_cast<unsigned char>(out[cut]) & 0xC0) == 0x80)
      --cut;  // not inside a UTF-8 character
    out = out.substr(0, cut) + " ...";
  }
  return out;
}

Child HintChild(std::string_view id, std::string text, std::optional<Span> span,
                std::optional<FixIt> fix) {
  Child c;
  c.role = Child::Role::Hint;
  c.hint_id = std::string(id);
  c.text = mlhint::Text(std::move(text));
  c.span = span;
  c.fix = std::move(fix);
  return c;
}

}  // namespace mlhint::hints
