// The structure: each item checked (and, when it has errors, reviewed by
// the stage behind the checker), typed by its kind, and the file's end
// (OCaml's Typemod.type_structure and type_implementation).

#include <span>

#include <algorithm>
#include <array>

#include "diagnostics/render.h"
#include "lexer/literals.h"
#include "support/format.h"
#include "support/text_chars.h"
#include "typing/prelude.h"
#include "typing/typer.h"
#include "typing/typer_internal.h"

namespace mlhint::typing {
// ---------------------------------------------------------------- structure

// One structure item: typed under a checkpoint. When it has errors and a
// reviewer is installed, the reviewer works from the state before the item;
// its review goes to the item's errors, and the file goes on as if the item
// were the one the review gave.
//
// The item is typed once when it left everything older than itself as it
// was: the reviewer then sees the state before the item with the item's
// bindings set aside. When it changed something older (a weak type
// variable of an earlier item), or defined types, exceptions or modules,
// it is undone for the review and typed again after it.
void Typer::CheckItem(ast::Id item) {
  const ItemStart start{out_.diagnostics.size(), out_.clashes.size(), errors_, out_.warning_error};
  size_t first_diagnostic = start.diagnostics, first_clash = start.clashes;
  size_t first_value = env_->values.size();
  // What it may define for the items after it (names that may not repeat,
  // refusals said once, warning settings).
  auto definitions = [this] {
    return std::array<size_t, 6>{defined_types_.size(),    defined_exceptions_.size(),
                                 defined_modules_.size(),  defined_module_types_.size(),
                                 refused_reported_.size(), warning_state_};
  };
  const std::array<size_t, 6> definitions_before = definitions();
  Checkpoint cp = Save();
  // With a reviewer, this first typing sees every error of the item,
  // whatever --max-errors says.
  unlimited_errors_ = options_.reviewer != nullptr;
  TypeItemReporting(item);
  unlimited_errors_ = false;
  // The errors the review is about: those with a place in the file.
  auto located_error = [this](size_t k) {
    return out_.diagnostics[k].severity == Severity::Error && out_.diagnostics[k].span.has_value();
  };
  bool item_has_error = false;
  for (size_t k = first_diagnostic; k < out_.diagnostics.size(); ++k)
    item_has_error |= located_error(k);
  if (!options_.reviewer || !item_has_error) {
    if (options_.reviewer) KeepErrorsWithinLimit(start);
    Commit(cp);
    FlushSignature();
    return;
  }
  ItemErrors info{ast_->items[item].span, {}, {}};
  std::vector<TypeClash> errors;
  for (size_t k = first_diagnostic; k < out_.diagnostics.size(); ++k) {
    if (!located_error(k)) continue;
    const Diagnostic& d = out_.diagnostics[k];
    info.errors.push_back(*d.span);
    info.kinds.push_back(d.kind);
    TypeClash e;
    e.node = ast::kNone;
    e.span = *d.span;
    e.got = e.expected = kNoType;
    for (size_t c = first_clash; c < out_.clashes.size(); ++c)
      if (out_.clashes[c].diagnostic == k) e = out_.clashes[c];
    e.diagnostic =
        k - first_diagnostic;  // for the reviewer: the index among the item's diagnostics
    for (const Child& c : d.children)
      if (c.in_message && c.fix) e.ocaml_fixes.push_back(*c.fix);
    errors.push_back(std::move(e));
  }
  bool typed_once = !store_->ChangedSince(cp.store) && definitions() == definitions_before;
  ItemReview review;
  size_t values_end;
  reviewed_item_ = &info;
  if (typed_once) {
    KeepErrorsWithinLimit(start);
    Commit(cp);
    FlushSignature();
    values_end = env_->values.size();
    Env::Suspended bindings = env_->Suspend(cp.env);
    review = options_.reviewer->Review(errors, info, *this);
    env_->Resume(bindings);
  } else {
    Rollback(cp);
    review = options_.reviewer->Review(errors, info, *this);
    first_value = env_->values.size();
    TypeItemReporting(item);
    FlushSignature();
    values_end = env_->values.size();
  }
  reviewed_item_ = nullptr;
  // The k-th error diagnostic of the item gets the k-th review (typed
  // again, the item reports the same errors in the same order).
  std::vector<size_t> error_diagnostics;
  for (size_t k = first_diagnostic; k < out_.diagnostics.size(); ++k)
    if (located_error(k)) error_diagnostics.push_back(k);
  std::vector<bool> drop(out_.diagnostics.size() - first_diagnostic, false);
  for (size_t k = 0; k < error_diagnostics.size() && k < review.children.size(); ++k) {
    std::vector<Child>& children = out_.diagnostics[error_diagnostics[k]].children;
    // OCaml's own hints keep their text; their fix-its only when clean.
    size_t own = 0;
    for (Child& c : children) {
      if (!c.in_message || !c.fix) continue;
      if (k >= review.ocaml_fix_clean.size() || own >= review.ocaml_fix_clean[k].size() ||
          !review.ocaml_fix_clean[k][own])
        c.fix.reset();
      ++own;
    }
    for (Child& c : review.children[k]) children.push_back(std::move(c));
    if (k > 0 && k < review.folded.size() && review.folded[k])
      drop[error_diagnostics[k] - first_diagnostic] = true;
  }
  if (std::find(drop.begin(), drop.end(), true) != drop.end())
    RemoveItemDiagnostics(first_diagnostic, drop);
  if (review.continue_as) ContinueAsRepaired(first_value, values_end, *review.continue_as);
}

// The first typing of a reviewed item ignores --max-errors; a typing under
// the limit would have reported the same diagnostics up to the error that
// reaches it, and nothing after (Report, Warn and the alerts stop there).
void Typer::KeepErrorsWithinLimit(const ItemStart& start) {
  if (options_.max_errors <= 0 || errors_ < options_.max_errors) return;
  size_t end = start.diagnostics;
  for (int allowed = options_.max_errors - start.errors;
       allowed > 0 && end < out_.diagnostics.size(); ++end)
    if (out_.diagnostics[end].severity == Severity::Error) --allowed;
  out_.diagnostics.resize(end);
  while (out_.clashes.size() > start.clashes && out_.clashes.back().diagnostic >= end)
    out_.clashes.pop_back();
  errors_ = options_.max_errors;
  out_.warning_error = start.warning_error;
  for (size_t k = start.diagnostics; k < end; ++k)
    out_.warning_error |= out_.diagnostics[k].warning_as_error;
}

void Typer::ContinueAsRepaired(size_t first_value, size_t values_end,
                               const RepairedItem& repaired_item) {
  if (Stopped() || first_value == values_end) return;
  size_t first_repaired = env_->values.size();
  Unit unit;
  size_t first_diagnostic = out_.diagnostics.size();
  Checkpoint cp = BeginSpeculation(repaired_item.source, repaired_item.tree, &unit);
  bool clean = true;
  for (size_t i = first_diagnostic; i < out_.diagnostics.size(); ++i)
    clean &= out_.diagnostics[i].severity != Severity::Error;
  // The repaired item's values: their types are kept (the type store is not
  // backtracked), everything else of its typing is undone.
  std::vector<std::pair<std::string, TypeId>> repaired;
  if (clean)
    for (size_t v = first_repaired; v < env_->values.size(); ++v)
      repaired.emplace_back(env_->values[v].name, env_->values[v].type);
  EndSpeculation(cp, unit, /*keep_types=*/clean);
  // The k-th value named x of the item takes the type of the k-th value
  // named x of the repaired item (a local may share a top-level name; the
  // repairs change no binding).
  std::unordered_map<std::string_view, size_t> seen;
  for (size_t v = first_value; v < values_end; ++v) {
    ValueDesc& value = env_->values[v];
    size_t k = seen[value.name]++;
    for (const auto& [name, type] : repaired)
      if (name == value.name && k-- == 0) {
        value.type = type;
        break;
      }
  }
}

// Drops the diagnostics of the current item marked in `drop` (indexed from
// `first`), and the clashes that point at them.
void Typer::RemoveItemDiagnostics(size_t first, const std::vector<bool>& drop) {
  std::vector<size_t> new_index(drop.size());
  size_t kept = first;
  for (size_t k = 0; k < drop.size(); ++k) {
    new_index[k] = kept;
    if (drop[k]) {
      if (out_.diagnostics[first + k].severity == Severity::Error) --errors_;
      continue;
    }
    if (kept != first + k) out_.diagnostics[kept] = std::move(out_.diagnostics[first + k]);
    ++kept;
  }
  out_.diagnostics.resize(kept);
  std::vector<TypeClash> clashes;
  for (TypeClash& c : out_.clashes) {
    if (c.diagnostic >= first && c.diagnostic - first < drop.size()) {
      if (drop[c.diagnostic - first]) continue;
      c.diagnostic = new_index[c.diagnostic - first];
    }
    clashes.push_back(std::move(c));
  }
  out_.clashes = std::move(clashes);
}

std::string Typer::InterfaceText() {
  expand_module_types_ = true;
  std::string text = SignatureText(0, false);
  expand_module_types_ = false;
  return text;
}

CheckOutput Typer::Check() {
  // An interface file is typed first (ocamlc compiles it first); ocamlc -i
  // does not read it.
  std::optional<InterfaceFile> interface;
  if (options_.interface_ast && !options_.signature) interface = TypeInterfaceFile();
  Env::Mark start = env_->Save();
  std::vector<std::pair<Env::Mark, Env::Mark>> opened;
  for (uint32_t i = 0; i < ast_->structure.size; ++i) {
    if (Stopped()) break;
    Env::Mark before = env_->Save();
    ast::Id item = ast_->at(ast_->structure, i);
    CheckItem(item);
    if (ast_->items[item].kind == ast::ItemKind::Open) opened.emplace_back(before, env_->Save());
  }
  if (!out_.has_error) CheckHiddenByOpens();
  if (!out_.has_error) {
    if (options_.signature) {
      // Typecore.force_delayed_checks: unused variables, in order.
      for (size_t i = 0; i < delayed_.size(); ++i) delayed_[i]();
      out_.signature = SignatureText(0, true);
    } else if (interface) {
      CheckAgainstInterface(*interface, BoundSince(start, opened));
      if (!out_.has_error)
        for (size_t i = 0; i < delayed_.size(); ++i) delayed_[i]();
    } else {
      CheckAfterItems();
      if (!out_.has_error)
        for (size_t i = 0; i < delayed_.size(); ++i) delayed_[i]();
    }
    // The translation's warnings come after the typing's (not for -i).
    if (!out_.has_error)
      for (uint32_t i = 0; i < ast_->structure.size; ++i)
        WarnTailcalls(ast_->at(ast_->structure, i));
  }
  return std::move(out_);
}

// The end of the file's structure: its signature may not show what the
// opens at its top hid (HiddenInSignature).
void Typer::CheckHiddenByOpens() {
  if (const HiddenByOpen* shown = HiddenInSignature(*store_, *env_, sig_, open_structures_.hidden))
    Report(TypeError{MakeError(DiagKind::Unsupported, shown->open, Text(HiddenShownText())),
                     std::nullopt});
}

// Typemod.type_implementation without an interface file, once the items are
// typed: warning 70, then the weak-variable check. (An interface file is
// not an implementation that lacks one: Typemod.type_interface says nothing.)
void Typer::CheckAfterItems() {
  if (WarningActive(70) && !options_.interface) {
    Diagnostic d = MakeWarning(70, Span{0, 0}, "Cannot find interface file.");
    d.span.reset();
    d.whole_file = true;
    PushWarning(std::move(d));
  }
  // Typemod.check_nongen_schemes over the final signature. Which values are
  // shadowed matters only once one has a weak type.
  bool marked = false;
  std::vector<SigEntry*> entries;
  // In order, a module's values where the module is.
  std::function<void(std::span<SigEntry>)> collect = [&](std::span<SigEntry> list) {
    for (SigEntry& s : list) {
      entries.push_back(&s);
      if (s.kind == OutSigItem::Kind::Module) collect(s.items);
    }
  };
  collect(sig_);
  for (SigEntry* entry : entries) {
    SigEntry& s = *entry;
    if (s.kind != OutSigItem::Kind::Value || !ctype_->HasFreeVariables(s.type)) continue;
    if (!marked) {
      MarkShadowedValues(0);
      marked = true;
    }
    if (s.removed) continue;
    OutType tree = printer_->SchemeTree(s.type);
    Doc message = [tree](fmt::Formatter& ppf) {
      ppf.open_box(0);
      ppf.print_string("The type of this expression,");
      ppf.print_space();
      PrintOutType(ppf, tree);
      ppf.print_string(",");
      ppf.print_space();
      ppf.print_string("contains type variables that cannot be generalized");
      ppf.close_box();
    };
    Report(
        TypeError{MakeError(DiagKind::NonGeneralizable, s.loc, std::move(message)), std::nullopt});
    break;
  }
}

void Typer::TypeItem(ast::Id item_id) {
  const ast::Item& item = ast_->items[item_id];
  WarningScope warnings(*this, WarningScope::On::Item, item_id);
  switch (item.kind) {
    case ast::ItemKind::Value:
      TypeValueItem(item);
      break;
    case ast::ItemKind::Type:
      TypeTypeItem(item);
      break;
    case ast::ItemKind::Exception:
      TypeExceptionItem(item);
      break;
    case ast::ItemKind::Eval:
      TypeEvalItem(item);
      break;
    case ast::ItemKind::Open:
      if (item.a == ast::kNone)
        TypeOpenStructure(item);
      else
        OpenModule(item.a);
      break;
    case ast::ItemKind::Module:
      TypeModuleItem(item);
      break;
    case ast::ItemKind::Include:
      TypeIncludeItem(item);
      break;
    case ast::ItemKind::Attribute:
      // For the rest of the structure (it has no scope of its own above).
      ApplyWarningAttribute(ast_->warning_attributes[item.a]);
      break;
    case ast::ItemKind::Unsupported: {
      const ast::UnsupportedConstruct& u = ast_->unsupported[item.a];
      Raise(UnsupportedError(u));
    }
    case ast::ItemKind::ModuleType:
      TypeModuleTypeItem(item);
      break;
    case ast::ItemKind::ValDecl:
      if (in_signature_ || (item.flags & ast::kExternal)) {
        TypeValDecl(item);
        break;
      }
      Raise(MakeError(DiagKind::Unsupported, item.span,
                      Text("Signatures are not supported by mlhint")));
    case ast::ItemKind::ModuleDecl:
      // `module N : sig ... end` (only in a signature, which the parser
      // reads it in): N's signature typed as a structure's body is, with
      // the signature's items; `module N : S`: S's items.
      if (item.b != ast::kNone)
        Submodules::DeclareOfModuleType(*this, item);
      else
        TypeModuleItem(item);
      break;
  }
}

std::string UnsupportedText(std::string_view what) {
  std::string text(what);
  if (!text.empty() && text[0] >= 'a' && text[0] <= 'z')
    text[0] = static_cast<char>(text[0] - 'a' + 'A');
  return text + " are not supported by mlhint";
}

namespace {
// Is `s` one string literal, "..." or {id|...|id}?
bool IsOneStringLiteral(std::string_view s) {
  if (s.size() >= 2 && s.front() == '"') {
    size_t i = 1;
    while (i < s.size() && s[i] != '"') i += s[i] == '\\' ? 2 : 1;
    return i == s.size() - 1;
  }
  if (s.empty() || s.front() != '{') return false;
  size_t j = 1;
  while (j < s.size() && ((s[j] >= 'a' && s[j] <= 'z') || s[j] == '_')) ++j;
  if (j >= s.size() || s[j] != '|') return false;
  std::string close = "|" + std::string(s.substr(1, j - 1)) + "}";
  size_t end = s.find(close, j + 1);
  return end != std::string_view::npos && end + close.size() == s.size();
}

// Builtin_attributes.error_of_extension: `[%error "message"]` is the error
// its string says, at the extension's name (`name`); another payload than
// one string is "Invalid syntax". An empty one (OCaml prints nothing) or
// one with sub-messages stays refused (nullopt).
std::optional<Diagnostic> ErrorExtension(const SourceBuffer& source, Span whole, Span name) {
  std::string_view text = source.Slice(whole);
  if (text.size() < 2 || text.front() != '[' || text.back() != ']' || name.end >= whole.end)
    return std::nullopt;
  std::string_view payload = source.Slice(Span{name.end, whole.end - 1});
  while (!payload.empty() && IsBlank(payload.front())) payload.remove_prefix(1);
  while (!payload.empty() && IsBlank(payload.back())) payload.remove_suffix(1);
  if (payload.empty() || payload.find(";;") != std::string_view::npos) return std::nullopt;
  if (!IsOneStringLiteral(payload))
    return MakeError(
        DiagKind::ErrorExtension, name,
        Text("Invalid syntax for extension '" + std::string(source.Slice(name)) + "'."));
  std::string message = DecodeStringLiteral(payload);
  return MakeError(DiagKind::ErrorExtension, name,
                   [message = std::move(message)](fmt::Formatter& ppf) {
                     ppf.open_box(0);
                     ppf.print_text(message);
                     ppf.close_box();
                   });
}
}  // namespace

Diagnostic Typer::UnsupportedError(const ast::UnsupportedConstruct& u) const {
  if (u.what == "extension nodes") {
    // Builtin_attributes.error_of_extension, at the extension's name: after
    // its `[%`, `[%%`, `{%`, `{%%` or `%` when it starts the construct.
    Span name = u.extension_name;
    if (name.empty()) {
      auto [i, j] = ExtensionNameIn(source_->Slice(u.span));
      name = Span{u.span.begin + static_cast<uint32_t>(i), u.span.begin + static_cast<uint32_t>(j)};
    }
    std::string id(source_->Slice(name));
    if (id.starts_with("ocaml.")) id = id.substr(6);
    if (id == "error")
      if (std::optional<Diagnostic> d = ErrorExtension(*source_, u.span, name))
        return std::move(*d);
    // Typecore interprets `[%extension_constructor C]` as an expression.
    if (!id.empty() && id != "error" && !(id == "extension_constructor" && u.extension_constructor))
      return MakeError(
          DiagKind::UninterpretedExtension, name,
          Text("Uninterpreted extension '" + std::string(source_->Slice(name)) + "'."));
  }
  return MakeError(DiagKind::Unsupported, u.span, Text(UnsupportedText(u.what)));
}

// Location.print_loc of a definition, in a message: in the toplevel, its
// lines are numbered from the start of the phrase that holds it.
std::string Typer::DeclarationLocation(Span span) const {
  if (unit_lines_.empty()) return LocationText(*source_, span);
  RenderOptions options;
  options.toplevel = true;
  if (const ToplevelUnit* phrase = PhraseOf(unit_lines_, *source_, span))
    options.line_offset = phrase->line_offset;
  return LocationText(*source_, span, options);
}

// Warning 63, with OCaml's explanation of each collision: the program's
// type and the predefined one.
void Typer::WarnNameCollisions(const std::vector<TypePrinter::NameCollision>& collisions) {
  if (collisions.empty() || !WarningActive(63)) return;
  std::string message =
      "The printed interface differs from the inferred interface.\n"
      "The inferred interface contained items which could not be printed\n"
      "properly due to name collisions between identifiers.";
  for (const TypePrinter::NameCollision& c : collisions) {
    const TypeDecl& decl = env_->types[c.user_decl];
    message += "\n" + LocationText(*source_, decl.loc) + ":\n  Definition of type " + c.name + "/1";
    message += "\nFile \"_none_\", line 1:\n  Definition of type " + c.name + "/2";
  }
  message +=
      "\nBeware that this warning is purely informational and will not catch\n"
      "all instances of erroneous printed interface.";
  Diagnostic d = MakeWarning(63, Span{0, 0}, std::move(message));
  d.span.reset();  // Location.in_file: the file, no position
  d.whole_file = true;
  PushWarning(std::move(d));
}

// After an item failed, the values it defines still exist for the items
// that follow, with the error type (which agrees with anything): one
// mistake, one diagnostic, not an "Unbound value" at every later use.
void Typer::BindFailedItem(const ast::Item& item) {
  BindRefusedModule(item);
  auto bind_constructors = [&](ast::ListRef constructors, DeclId owner) {
    for (ast::Id c : ListOf(constructors)) {
      ConstructorDesc k;
      k.name = std::string(ast_->constructors[c].text);
      k.owner = owner;
      k.result = store_->NewError();
      k.refused = true;
      env_->constructors.push_back(std::move(k));
      env_->Bind(Namespace::Constructor, env_->constructors.back().name,
                 static_cast<ConstrId>(env_->constructors.size() - 1));
    }
  };
  if (item.kind == ast::ItemKind::Type) {
    // Its types and constructors are names whose uses are not errors
    // again (a refused inline record, GADT... said once).
    for (ast::Id d : ListOf(item.list)) {
      const ast::TypeDecl& decl = ast_->type_decls[d];
      TypeDecl t;
      t.name = std::string(source_->Slice(decl.name));
      t.refused = true;
      env_->types.push_back(std::move(t));
      auto owner = static_cast<DeclId>(env_->types.size() - 1);
      env_->Bind(Namespace::Type, env_->types.back().name, owner);
      if (decl.kind == ast::TypeDeclKind::Variant) bind_constructors(decl.members, owner);
    }
    return;
  }
  if (item.kind == ast::ItemKind::Unsupported &&
      ast_->unsupported[item.a].what == "type extensions") {
    // A refused type extension: its constructors, of a refused type.
    TypeDecl t;
    t.refused = true;
    env_->types.push_back(std::move(t));
    bind_constructors(item.list, static_cast<DeclId>(env_->types.size() - 1));
    return;
  }
  if (item.kind != ast::ItemKind::Value) return;
  // The last binding's variables first, as they always were bound.
  for (uint32_t i = item.list.size; i-- > 0;)
    for (ast::Id q : ast::PatternVariables(*ast_, ast_->bindings[ast_->at(item.list, i)].pat))
      AddValue(source_->Slice(ast_->pats[q].name), store_->NewError(), ast_->pats[q].name, false,
               0);
}

void Typer::TypeEvalItem(const ast::Item& item) {
  // Typecore.type_expression: at a new level, then generalised.
  TypeId t = ctype_->AtNewLevel([&] { return TypeExp(item.a); });
  if (!IsNonexpansive(item.a)) ctype_->LowerContravariant(t);
  ctype_->Generalize(t);
}

void Typer::TypeValueItem(const ast::Item& item) {
  std::vector<ast::Id> bindings(ast_->begin(item.list), ast_->end(item.list));
  LetResult result = TypeLetBindings((item.flags & ast::kRec) != 0, bindings, true);
  for (const PatVar& v : result.vars) {
    std::string name(v.name);
    SigEntry s;
    s.kind = OutSigItem::Kind::Value;
    s.name = name;
    s.type = v.type;
    s.loc = v.loc;
    pending_sig_.push_back(std::move(s));
  }
}

}  // namespace mlhint::typing
