// `include` in a structure (Typemod's Pstr_include): of a module path, and
// of a structure.

#include "typing/typer.h"
#include "typing/typer_internal.h"

namespace mlhint::typing {

// `include M` in a structure (Typemod's Pstr_include of a module path): M's
// components, strengthened as an alias makes them (each type t = M.t with
// M's constructors or labels), are bound here and are part of this
// structure's signature, in M's order.
//
// `include struct ... end`: the items are typed as a structure of their own
// at this structure's path (names unique in it, what it opens left inside),
// then its names are bound here and its signature is this structure's, each
// name checked against this structure's at the include
// (Signature_names.check_sig_item).
void Typer::TypeIncludeItem(const ast::Item& item) {
  if (item.a == ast::kNone) {
    std::vector<SigEntry> entries;
    ModuleDesc m;
    {
      // What an `open struct` inside brings is hidden, also at the
      // toplevel's top.
      ScopedSwap<int> inside(open_structures_.depth, open_structures_.depth + 1);
      m = TypeStructure(item.list, module_path_, entries);
    }
    printer_->SetModulePath(module_path_);
    for (const SigEntry& s : entries) {
      if (s.kind == OutSigItem::Kind::Type)
        CheckNewName(defined_types_, env_->types[s.decl].name, "type", item.span, true);
      else if (s.kind == OutSigItem::Kind::Exception)
        CheckNewName(defined_exceptions_, env_->constructors[s.exn].name, "extension constructor",
                     item.span, true);
      else if (s.kind == OutSigItem::Kind::Module)
        CheckNewName(defined_modules_, s.name, "module", item.span, true);
      else if (s.kind == OutSigItem::Kind::ModuleType)
        CheckNewName(defined_module_types_, s.name, "module type", item.span, true);
    }
    env_->Open(m);
    for (SigEntry& s : entries) pending_sig_.push_back(std::move(s));
    return;
  }
  // The toplevel prints the values included at its top with their values,
  // which mlhint does not evaluate.
  if (!unit_lines_.empty() && module_path_.empty())
    Raise(MakeError(DiagKind::Unsupported, item.span,
                    Text(UnsupportedText("include statements in the toplevel"))));
  const ast::LongIdent& l = ast_->longidents[item.a];
  const ModuleDesc* target = LookupModulePath(item.a, l.parts.size);
  auto target_id = static_cast<ModuleId>(target - env_->modules.data());
  for (Namespace ns : {Namespace::Module, Namespace::ModuleType})
    if (!target->order[static_cast<int>(ns)].empty())
      Raise(MakeError(DiagKind::Unsupported, item.span,
                      Text(UnsupportedText("include statements of a module with modules inside"))));
  printer_->SetModulePath(module_path_);
  ModuleDesc included = AliasOf(target_id, module_path_);
  const std::vector<std::pair<Namespace, std::string>> sequence =
      env_->modules[target_id].sequence;  // env_->modules may grow below
  for (const auto& [ns, name] : sequence) {
    const std::vector<uint32_t>* ids = included.Find(ns, name);
    if (!ids) continue;
    uint32_t id = ids->front();
    // Constructors and labels of several types share a name: each is bound,
    // the oldest first, so that disambiguation sees them all. Of the other
    // names, the module has the latest only.
    if (ns == Namespace::Constructor || ns == Namespace::Label) {
      for (auto it = ids->rbegin(); it != ids->rend(); ++it) {
        env_->Bind(ns, name, *it);
        if (ns == Namespace::Constructor && env_->constructors[*it].is_exception) id = *it;
      }
    } else {
      env_->Bind(ns, name, id);
    }
    SigEntry s;
    s.name = name;
    s.loc = item.span;
    switch (ns) {
      case Namespace::Type:
        CheckNewName(defined_types_, name, "type", item.span, true);
        s.kind = OutSigItem::Kind::Type;
        s.decl = id;
        s.first = !env_->types[id].rec_next;
        break;
      case Namespace::Constructor:
        if (!env_->constructors[id].is_exception) continue;
        CheckNewName(defined_exceptions_, name, "extension constructor", item.span, true);
        s.kind = OutSigItem::Kind::Exception;
        s.exn = id;
        break;
      case Namespace::Value:
        s.kind = OutSigItem::Kind::Value;
        s.type = env_->values[id].type;
        if (auto e = env_->externals.find(id); e != env_->externals.end()) s.external = &e->second;
        break;
      default:
        continue;
    }
    pending_sig_.push_back(std::move(s));
  }
}

}  // namespace mlhint::typing
