// The Typer's framework: units, the structure and its items, names, errors,
// warnings and the signature. Expressions are in typer_expr.cpp, patterns
// and type expressions in typer_pat.cpp, declarations in typer_decl.cpp;
// speculation and origins for the hints in typer_speculate.cpp and
// typer_origins.cpp, and the sessions of the two front ends that check
// piece by piece in typer_toplevel.cpp (`mlhint expect`) and
// typer_editor.cpp (the language server).

#include "typing/typer.h"
#include "support/large_stack.h"

#include <span>

#include <algorithm>

#include "diagnostics/render.h"
#include "lexer/literals.h"
#include "support/format.h"
#include "typing/prelude.h"
#include "typing/typer_internal.h"

namespace mlhint::typing {

Typer::Typer(const SourceBuffer& source, const ast::Ast& ast, const Prelude& prelude,
             const CheckOptions& options)
    : source_(&source),
      ast_(&ast),
      options_(options),
      store_(std::make_unique<TypeStore>(prelude.store())),
      env_(std::make_unique<Env>(prelude.env())),
      ctype_(std::make_unique<Ctype>(*store_, *env_)),
      printer_(std::make_unique<TypePrinter>(*ctype_)) {
  // ocamlc -i turns these off (Typemod.type_implementation, #7656).
  if (options_.signature) options_.warnings.Apply("-32-34-37-38-60");
  warning_states_.push_back(options_.warnings);
  // Room for what a file of this size makes, with a margin (measured on the
  // generated benchmark programs: 0.52 type nodes per byte, a value per 26
  // bytes, a top-level name per 58), so that the big tables are not copied
  // or rehashed as they grow.
  store_->Reserve(source.size() / 2 + source.size() / 16, source.size() / 16);
  env_->values.reserve(env_->values.size() + source.size() / 20);
  env_->ReserveNames(Namespace::Value, source.size() / 50);
  sig_.reserve(source.size() / 50);
  Unit unit = NewUnit(source, ast);
  SwapUnit(unit);
  value_usage_.assign(env_->values.size(), -1);
  value_rec_group_.assign(env_->values.size(), -1);
}

Typer::~Typer() = default;

Typer::Unit Typer::NewUnit(const SourceBuffer& source, const ast::Ast& ast) {
  Unit u;
  u.source = &source;
  u.ast = &ast;
  u.expr_types.assign(ast.exprs.size(), kNoType);
  u.pat_types.assign(ast.pats.size(), kNoType);
  u.pat_constructors.assign(ast.pats.size(), kNone);
  u.record_field_labels.assign(std::max(ast.record_fields.size(), ast.record_pat_fields.size()),
                               kNone);
  u.apply_is_raise.assign(ast.exprs.size(), false);
  u.ident_values.assign(ast.exprs.size(), kNone);
  return u;
}

void Typer::SwapUnit(Unit& other) {
  std::swap(source_, other.source);
  std::swap(ast_, other.ast);
  expr_types_.swap(other.expr_types);
  pat_types_.swap(other.pat_types);
  pat_constructors_.swap(other.pat_constructors);
  record_field_labels_.swap(other.record_field_labels);
  apply_is_raise_.swap(other.apply_is_raise);
  ident_values_.swap(other.ident_values);
  guard_of_pat_.swap(other.guard_of_pat);
}

// The signature of the entries from `from` on, as ocamlc -i prints it.
std::string Typer::SignatureText(size_t from, bool whole_file) {
  MarkShadowedValues(from);
  printer_->BeginSignature();
  toplevel_naming_ = !whole_file && !unit_lines_.empty();
  std::vector<OutSigItem> items = SignatureItems(sig_, from);
  toplevel_naming_ = false;
  std::vector<TypePrinter::NameCollision> collisions = printer_->EndSignature();
  if (whole_file) WarnNameCollisions(collisions);
  // ocamlc -i ends even an empty signature with a newline; the toplevel
  // prints nothing for an item that binds nothing.
  if (items.empty()) return whole_file ? "\n" : "";
  std::string text;
  fmt::Formatter ppf(text);
  PrintSignature(ppf, items);
  ppf.print_newline();
  return text;
}

bool Typer::TypeItemReporting(ast::Id item) {
  if (!speculating_) {
    // Origins are noted for the values this item makes.
    origin_open_.clear();
    origin_scanned_ = origin_item_values_ = env_->values.size();
    origin_work_ = 0;
    if (value_origin_.size() > origin_item_values_) value_origin_.resize(origin_item_values_);
  }
  ResetTypeVariables();
  ctype_->ResetBudget();
  depth_ = 0;
  printer_->SetModulePath(module_path_);
  // A type error thrown between a BeginDef and its EndDef skips the EndDef
  // (as in OCaml, whose toplevel then starts the next phrase at its own
  // level): the next item starts at the level this one started at.
  Ctype::Levels levels = ctype_->SaveLevels();
  bool failed = true;
  try {
    TypeItem(item);
    failed = false;
  } catch (TypeErrorThrow& t) {
    if (!t.silent) Report(TypeError{std::move(t.diagnostic), std::move(t.clash)});
  } catch (TypesTooLarge&) {
    Report(TypeError{
        MakeError(DiagKind::NestingTooDeep, ast_->items[item].span,
                  Text("The types of this definition grow too large for mlhint to check them")),
        std::nullopt});
  } catch (NestingTooDeep& n) {
    Report(TypeError{MakeError(DiagKind::NestingTooDeep, n.span,
                               Text("This expression is nested too deeply for mlhint (more than " +
                                    std::to_string(kMaxDepth) + " levels)")),
                     std::nullopt});
  }
  ctype_->RestoreLevels(levels);
  if (failed) BindFailedItem(ast_->items[item]);
  return failed;
}

// The signature entries of the item just typed, once it is final.
void Typer::FlushSignature() {
  if (!keep_signature_) {
    pending_sig_.clear();
    return;
  }
  for (SigEntry& entry : pending_sig_) sig_.push_back(std::move(entry));
  pending_sig_.clear();
}

// The signature keeps the last definition of each name. Worked out when the
// signature is read, not as items are added: on a large file, keeping an
// index of every name up to date took more time than the rest of the
// signature's upkeep.
void Typer::MarkShadowedValues(size_t from) {
  MarkShadowed(sig_, from);
}

void Typer::MarkShadowed(std::span<SigEntry> entries, size_t from) {
  std::unordered_set<std::string_view> later;
  for (size_t i = entries.size(); i-- > from;) {
    SigEntry& s = entries[i];
    if (s.kind == OutSigItem::Kind::Value) s.removed = !later.insert(s.name).second;
  }
}

std::vector<OutSigItem> Typer::SignatureItems(std::span<SigEntry> entries, size_t from) {
  std::vector<OutSigItem> items;
  for (size_t i = from; i < entries.size(); ++i) {
    const SigEntry& s = entries[i];
    if (s.removed) continue;
    switch (s.kind) {
      case OutSigItem::Kind::Value:
        if (toplevel_naming_ && printer_->ModulePath().empty()) {
          // The toplevel names a type of an earlier phrase whose name now
          // means another one t/2 (Printtyp.print_items, its naming
          // context per item; nothing is explained there).
          printer_->BeginNaming();
          OutSigItem item = printer_->ValueItem(s.name, s.type);
          printer_->ApplyNaming(item.type);
          printer_->EndNaming();
          items.push_back(std::move(item));
        } else {
          items.push_back(printer_->ValueItem(s.name, s.type));
        }
        break;
      case OutSigItem::Kind::Type: {
        // A group of type declarations: a `nonrec` one is printed before its
        // names exist; a recursive one with its own names not counted as
        // hiding anything.
        size_t end = i + 1;
        while (end < entries.size() && entries[end].kind == OutSigItem::Kind::Type &&
               !entries[end].first)
          ++end;
        std::vector<std::string> names;
        for (size_t k = i; k < end; ++k) names.push_back(env_->types[entries[k].decl].name);
        printer_->SetSignatureGroup(s.nonrec ? std::vector<std::string>{} : names);
        for (size_t k = i; k < end; ++k) {
          OutSigItem item = printer_->TypeItem(entries[k].decl, entries[k].first);
          if (entries[k].nonrec && entries[k].first) item.type_kw = "type nonrec";
          items.push_back(std::move(item));
        }
        printer_->SetSignatureGroup({});
        for (size_t k = i; k < end; ++k) printer_->AddSignatureType(names[k - i], entries[k].decl);
        i = end - 1;
        break;
      }
      case OutSigItem::Kind::Exception:
        items.push_back(printer_->ExceptionItem(s.exn));
        break;
      case OutSigItem::Kind::Module: {
        // Its items name its types from inside it.
        std::vector<std::string> outer = printer_->ModulePath();
        std::vector<std::string> inner = outer;
        inner.push_back(s.name);
        printer_->SetModulePath(inner);
        OutSigItem item;
        item.kind = OutSigItem::Kind::Module;
        item.name = s.name;
        item.items = SignatureItems(entries[i].items, 0);
        printer_->SetModulePath(outer);
        items.push_back(std::move(item));
        break;
      }
    }
  }
  return items;
}

bool Typer::Stopped() const {
  return !speculating_ && !unlimited_errors_ && options_.max_errors > 0 &&
         errors_ >= options_.max_errors;
}

void Typer::Raise(Diagnostic d, std::optional<TypeClash> clash) {
  BeforeThrow();
  throw TypeErrorThrow{std::move(d), std::move(clash)};
}

void Typer::Report(TypeError&& error) {
  if (Stopped()) return;
  ++errors_;
  out_.has_error = true;
  if (error.clash) {
    error.clash->diagnostic = out_.diagnostics.size();
    out_.clashes.push_back(std::move(*error.clash));
  }
  out_.diagnostics.push_back(std::move(error.diagnostic));
}

void Typer::Warn(int number, Span span, std::string message) {
  if (Stopped() || !WarningActive(number)) return;
  PushWarning(MakeWarning(number, span, std::move(message)));
}

void Typer::PushWarning(Diagnostic d) {
  if (options_.warnings.IsError(d.warning_number)) {
    d.warning_as_error = true;
    out_.warning_error = true;
  }
  out_.diagnostics.push_back(std::move(d));
}

void Typer::RaiseExprClash(ast::Id e, Span span, Trace trace, Explanation explanation) {
  TypeClash clash;
  clash.node = e;
  clash.span = span;
  clash.got = trace.empty() ? kNoType : trace[0].got;
  clash.expected = trace.empty() ? kNoType : trace[0].expected;
  clash.explanation = explanation;
  UnitHint unit_hint = UnitHint::None;
  Doc message =
      UnificationErrorDoc(*printer_, *ctype_, trace, "This expression has type",
                          "but an expression was expected of type", explanation, &unit_hint);
  clash.trace = std::move(trace);
  Diagnostic d = MakeError(DiagKind::TypeMismatch, span, std::move(message));
  if (unit_hint != UnitHint::None) d.children.push_back(UnitHintChild(e, span, unit_hint));
  Raise(std::move(d), std::move(clash));
}

// The edit of OCaml's "Did you forget to provide `()' as argument?" (apply
// the expression to `()`) or "... to wrap the expression using `fun () ->'?".
Child Typer::UnitHintChild(ast::Id e, Span span, UnitHint hint) const {
  Child c;
  c.role = Child::Role::Hint;
  c.in_message = true;
  c.fix = FixIt{{}, Applicability::MaybeIncorrect};
  std::vector<Edit>& edits = c.fix->edits;
  if (hint == UnitHint::ProvideUnitArgument) {
    c.text = Text(std::string(kProvideUnitArgumentHint));
    c.hint_id = "provide-unit-argument";
    // The application to `()` goes between parentheses, where it may be an
    // argument itself (`g f` needs `g (f ())`, not `g f ()`); `f` and `f x`
    // take one more argument as they are, anything else is put between
    // parentheses first: `((a +++ b) ())`.
    const ast::Expr& x = ast_->exprs[e];
    constexpr uint8_t kOperatorOrSugar = ast::kInfix | ast::kPrefix | ast::kIndexSugar;
    bool simple = (x.flags & ast::kParens) != 0 || x.kind == ast::ExprKind::Ident ||
                  x.kind == ast::ExprKind::Field ||
                  (x.kind == ast::ExprKind::Apply && (x.flags & kOperatorOrSugar) == 0);
    edits.push_back(Edit{Span{span.begin, span.begin}, simple ? "(" : "(("});
    edits.push_back(Edit{Span{span.end, span.end}, simple ? " ())" : ") ())"});
  } else {
    c.text = Text(std::string(kWrapInFunUnitHint));
    c.hint_id = "wrap-in-fun-unit";
    edits.push_back(Edit{Span{span.begin, span.begin}, "(fun () -> "});
    edits.push_back(Edit{Span{span.end, span.end}, ")"});
  }
  return c;
}

void Typer::RaisePatClash(ast::Id p, Span span, Trace trace, bool literal_pattern) {
  (void)literal_pattern;
  TypeClash clash;
  clash.in_pattern = true;
  clash.node = p;
  clash.span = span;
  clash.got = trace.empty() ? kNoType : trace[0].got;
  clash.expected = trace.empty() ? kNoType : trace[0].expected;
  Doc message = UnificationErrorDoc(
      *printer_, *ctype_, trace, "This pattern matches values of type",
      "but a pattern was expected which matches values of type", Explanation::None);
  clash.trace = std::move(trace);
  Raise(MakeError(DiagKind::PatternTypeMismatch, span, std::move(message)), std::move(clash));
}

// ---------------------------------------------------------------- names

namespace {

// The parts of a longident, in place in the tree.
std::span<const std::string_view> PartsOf(const ast::Ast& ast, ast::Id longident) {
  const ast::LongIdent& l = ast.longidents[longident];
  return std::span<const std::string_view>(ast.names.data() + l.parts.begin, l.parts.size);
}

std::string JoinParts(std::span<const std::string_view> parts, size_t count) {
  std::string out;
  for (size_t i = 0; i < count; ++i) {
    if (i) out += '.';
    out += parts[i];
  }
  return out;
}

// Longident printing: operators in parentheses ("( + )" -> "+" is printed
// as OCaml's Printtyp.longident prints: the name as is).
std::string LongidentText(std::span<const std::string_view> parts) {
  return JoinParts(parts, parts.size());
}

}  // namespace

void Typer::OpenModule(ast::Id longident) {
  const ast::LongIdent& l = ast_->longidents[longident];
  const ModuleDesc* m = LookupModulePath(longident, l.parts.size);
  // Every item, in declaration order, the latest binding of a name on top.
  for (int ns = 0; ns < static_cast<int>(Namespace::Count); ++ns)
    for (const std::string& name : m->order[ns]) {
      const auto& ids = m->tables[ns].at(name);
      for (auto it = ids.rbegin(); it != ids.rend(); ++it)
        env_->Bind(static_cast<Namespace>(ns), name, *it);
    }
}

const ModuleDesc* Typer::LookupModulePath(ast::Id longident, uint32_t count) {
  std::span<const std::string_view> parts = PartsOf(*ast_, longident);
  const ast::LongIdent& l = ast_->longidents[longident];
  const ModuleDesc* m = nullptr;
  for (uint32_t i = 0; i < count; ++i) {
    const ModuleDesc* next = nullptr;
    if (i == 0) {
      uint32_t id = env_->Find(Namespace::Module, parts[0]);
      if (id != kNone) next = &env_->modules[id];
    } else if (const auto* ids = m->Find(Namespace::Module, parts[i])) {
      next = &env_->modules[ids->front()];
    }
    if (!next) {
      // OCaml names the module path up to the missing module, located on
      // the whole longident (Lst.map).
      std::string name = JoinParts(parts, i + 1);
      std::vector<std::string> choices =
          i == 0 ? SpellcheckNames(Namespace::Module, parts[i])
                 : SpellcheckAmong(m->order[static_cast<int>(Namespace::Module)], parts[i]);
      Raise(UnboundError(DiagKind::UnboundModule, l.span, Text("Unbound module " + name), parts[i],
                         choices));
    }
    m = next;
    // What is outside the subset is said once, as not supported: a module
    // of the program refused where it is defined, one of the prelude at its
    // first use. Its other uses are abandoned without a word.
    if (m->refused || m->outside_subset || !m->functor_param_type.empty()) {
      auto id = static_cast<ModuleId>(m - env_->modules.data());
      bool said = m->refused || std::find(refused_reported_.begin(), refused_reported_.end(), id) !=
                                    refused_reported_.end();
      if (said) {
        ++silent_failures_;
        BeforeThrow();
        throw TypeErrorThrow{MakeError(DiagKind::Unsupported, l.span, Text("")), std::nullopt,
                             true};
      }
      refused_reported_.push_back(id);
      Raise(
          MakeError(DiagKind::Unsupported, l.span,
                    Text("The module " + JoinParts(parts, i + 1) + " is not supported by mlhint")));
    }
  }
  return m;
}

bool Typer::SpendSpellBudget(size_t candidates) {
  if (static_cast<int64_t>(candidates) > spell_budget_) {
    spell_budget_ = 0;
    return false;
  }
  spell_budget_ -= static_cast<int64_t>(candidates);
  return true;
}

std::vector<std::string> Typer::SpellcheckNames(Namespace ns, std::string_view name) {
  if (!SpendSpellBudget(env_->NameCount(ns))) return {};
  Spellchecker speller(name);
  env_->ForEachName(ns, [&](std::string_view candidate) { speller.Consider(candidate); });
  return speller.Choices();
}

std::vector<std::string> Typer::SpellcheckAmong(const std::vector<std::string>& candidates,
                                                std::string_view name) {
  if (!SpendSpellBudget(candidates.size())) return {};
  Spellchecker speller(name);
  for (const std::string& c : candidates) speller.Consider(c);
  return speller.Choices();
}

Diagnostic Typer::UnboundError(DiagKind kind, Span span, Doc message, std::string_view typo,
                               const std::vector<std::string>& choices) {
  Diagnostic d = MakeError(kind, span, WithSpellcheck(std::move(message), choices));
  AddSpellingFixes(d, typo, choices);
  return d;
}

void Typer::AddSpellingFixes(Diagnostic& d, std::string_view typo,
                             const std::vector<std::string>& choices) const {
  // The edit needs the misspelt name's place in the source (a name made by
  // desugaring has none).
  std::string_view text = source_->text();
  if (typo.empty() || typo.data() < text.data() ||
      typo.data() + typo.size() > text.data() + text.size())
    return;
  auto begin = static_cast<uint32_t>(typo.data() - text.data());
  Span where{begin, begin + static_cast<uint32_t>(typo.size())};
  for (const std::string& choice : choices) {
    Child c;
    c.role = Child::Role::Hint;
    c.text = Text("Hint: Did you mean " + choice + "?");
    c.hint_id = "spelling";
    // A guess: the name is bound, but maybe not the one meant.
    c.fix = FixIt{{Edit{where, choice}}, Applicability::MaybeIncorrect};
    c.in_message = true;
    d.children.push_back(std::move(c));
  }
}

// Env.check_value_name: an operator (a name that does not start with an
// identifier character) may not hold '#' after its first character: `##`
// and `!-#` are reserved for extensions of the syntax.
void Typer::CheckValueName(std::string_view name, Span loc) {
  auto identchar = [](unsigned char c) {  // Lexer's identchar, Latin-1 letters included
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '_' || c == '\'' ||
           (c >= '0' && c <= '9') || (c >= 192 && c != 215 && c != 247);
  };
  if (name.empty() || identchar(static_cast<unsigned char>(name[0]))) return;
  if (name.find('#', 1) != std::string_view::npos)
    Raise(MakeError(DiagKind::IllegalValueName, loc,
                    Text("'" + std::string(name) + "' is not a valid value identifier.")));
}

ValueId Typer::LookupValue(ast::Id longident) {
  std::span<const std::string_view> parts = PartsOf(*ast_, longident);
  const ast::LongIdent& l = ast_->longidents[longident];
  std::string_view name = parts.back();
  CheckValueName(name, l.span);
  if (parts.size() == 1) {
    uint32_t id = env_->Find(Namespace::Value, name);
    if (id != kNone) return id;
    std::vector<std::string> choices = SpellcheckNames(Namespace::Value, name);
    Diagnostic unbound = UnboundError(DiagKind::UnboundValue, l.span,
                                      Text("Unbound value " + std::string(name)), name, choices);
    Doc message = std::move(unbound.message);
    // A function that calls itself without `rec`: OCaml's hint.
    bool mentions_line = false;
    for (auto it = ghost_recs_.rbegin(); it != ghost_recs_.rend(); ++it) {
      if (it->name != name) continue;
      int64_t line = static_cast<int64_t>(source_->Locate(it->let_loc.begin).line) + line_offset_;
      message = [message, line](fmt::Formatter& ppf) {
        message(ppf);
        // "@.@[%s@ %s %i@]": a flush, a newline, then the hint.
        ppf.print_newline();
        ppf.open_box(0);
        ppf.print_string("Hint: If this is a recursive definition,");
        ppf.print_space();
        ppf.print_string("you should add the 'rec' keyword on line " + std::to_string(line));
        ppf.close_box();
      };
      mentions_line = true;
      // Its fix-it: `let` becomes `let rec` (kept only if clean).
      std::string_view text = source_->text();
      if (it->let_loc.begin + 3 <= text.size() && text.substr(it->let_loc.begin, 3) == "let") {
        Child c;
        c.role = Child::Role::Hint;
        c.in_message = true;
        c.hint_id = "missing-rec";
        c.text = Text(
            "Hint: If this is a recursive definition, you should add the 'rec' keyword on line " +
            std::to_string(line));
        c.fix = FixIt{{Edit{Span{it->let_loc.begin + 3, it->let_loc.begin + 3}, " rec"}},
                      Applicability::MachineApplicable};
        unbound.children.insert(unbound.children.begin(), std::move(c));
      }
      break;
    }
    unbound.message = std::move(message);
    unbound.mentions_line = mentions_line;
    Raise(std::move(unbound));
  }
  const ModuleDesc* m = LookupModulePath(longident, static_cast<uint32_t>(parts.size() - 1));
  if (const auto* ids = m->Find(Namespace::Value, name)) return ids->front();
  std::vector<std::string> choices =
      SpellcheckAmong(m->order[static_cast<int>(Namespace::Value)], name);
  Raise(UnboundError(DiagKind::UnboundValue, l.span, Text("Unbound value " + LongidentText(parts)),
                     name, choices));
}

DeclId Typer::LookupType(ast::Id longident) {
  std::span<const std::string_view> parts = PartsOf(*ast_, longident);
  const ast::LongIdent& l = ast_->longidents[longident];
  std::string_view name = parts.back();
  if (parts.size() == 1) {
    uint32_t id = env_->Find(Namespace::Type, name);
    if (id != kNone) return id;
    Raise(UnboundError(DiagKind::UnboundType, l.span,
                       Text("Unbound type constructor " + std::string(name)), name,
                       SpellcheckNames(Namespace::Type, name)));
  }
  const ModuleDesc* m = LookupModulePath(longident, static_cast<uint32_t>(parts.size() - 1));
  if (const auto* ids = m->Find(Namespace::Type, name)) return ids->front();
  Raise(UnboundError(DiagKind::UnboundType, l.span,
                     Text("Unbound type constructor " + LongidentText(parts)), name,
                     SpellcheckAmong(m->order[static_cast<int>(Namespace::Type)], name)));
}

std::vector<ConstrId> Typer::LookupAllConstructors(ast::Id longident, bool in_pattern) {
  (void)in_pattern;
  std::span<const std::string_view> parts = PartsOf(*ast_, longident);
  const ast::LongIdent& l = ast_->longidents[longident];
  std::string_view name = parts.back();
  if (parts.size() == 1) {
    std::vector<ConstrId> all = env_->FindAll(Namespace::Constructor, name);
    if (!all.empty()) return all;
    Raise(UnboundError(DiagKind::UnboundConstructor, l.span,
                       Text("Unbound constructor " + std::string(name)), name,
                       SpellcheckNames(Namespace::Constructor, name)));
  }
  const ModuleDesc* m = LookupModulePath(longident, static_cast<uint32_t>(parts.size() - 1));
  if (const auto* ids = m->Find(Namespace::Constructor, name)) return *ids;
  Raise(UnboundError(DiagKind::UnboundConstructor, l.span,
                     Text("Unbound constructor " + LongidentText(parts)), name,
                     SpellcheckAmong(m->order[static_cast<int>(Namespace::Constructor)], name)));
}

std::vector<LabelId> Typer::LookupAllLabels(ast::Id longident) {
  std::span<const std::string_view> parts = PartsOf(*ast_, longident);
  const ast::LongIdent& l = ast_->longidents[longident];
  std::string_view name = parts.back();
  if (parts.size() == 1) {
    std::vector<LabelId> all = env_->FindAll(Namespace::Label, name);
    if (!all.empty()) return all;
    Raise(UnboundError(DiagKind::UnboundLabel, l.span,
                       Text("Unbound record field " + std::string(name)), name,
                       SpellcheckNames(Namespace::Label, name)));
  }
  const ModuleDesc* m = LookupModulePath(longident, static_cast<uint32_t>(parts.size() - 1));
  if (const auto* ids = m->Find(Namespace::Label, name)) return *ids;
  Raise(UnboundError(DiagKind::UnboundLabel, l.span,
                     Text("Unbound record field " + LongidentText(parts)), name,
                     SpellcheckAmong(m->order[static_cast<int>(Namespace::Label)], name)));
}

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
  Checkpoint cp = Save();
  size_t first_diagnostic = out_.diagnostics.size(), first_clash = out_.clashes.size();
  size_t first_value = env_->values.size();
  // With a reviewer, this first typing sees every error of the item,
  // whatever --max-errors says.
  unlimited_errors_ = options_.reviewer != nullptr;
  TypeItemReporting(item);
  unlimited_errors_ = false;
  bool item_has_error = false;
  for (size_t k = first_diagnostic; k < out_.diagnostics.size(); ++k)
    item_has_error |=
        out_.diagnostics[k].severity == Severity::Error && out_.diagnostics[k].span.has_value();
  if (!options_.reviewer || !item_has_error) {
    if (options_.reviewer) KeepErrorsWithinLimit(cp);
    Commit(cp);
    FlushSignature();
    return;
  }
  ItemErrors info{ast_->items[item].span, {}, {}};
  std::vector<TypeClash> errors;
  for (size_t k = first_diagnostic; k < out_.diagnostics.size(); ++k) {
    const Diagnostic& d = out_.diagnostics[k];
    if (d.severity != Severity::Error || !d.span) continue;
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
  bool typed_once = !store_->ChangedSince(cp.store) && defined_types_.size() == cp.defined_types &&
                    defined_exceptions_.size() == cp.defined_exceptions &&
                    defined_modules_.size() == cp.defined_modules &&
                    refused_reported_.size() == cp.refused_reported &&
                    warning_state_ == cp.warning_state;
  ItemReview review;
  size_t values_end;
  reviewed_item_ = &info;
  if (typed_once) {
    KeepErrorsWithinLimit(cp);
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
    if (out_.diagnostics[k].severity == Severity::Error && out_.diagnostics[k].span)
      error_diagnostics.push_back(k);
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
void Typer::KeepErrorsWithinLimit(const Checkpoint& cp) {
  if (options_.max_errors <= 0 || errors_ < options_.max_errors) return;
  size_t end = cp.diagnostics;
  for (int allowed = options_.max_errors - cp.errors; allowed > 0 && end < out_.diagnostics.size();
       ++end)
    if (out_.diagnostics[end].severity == Severity::Error) --allowed;
  out_.diagnostics.resize(end);
  while (out_.clashes.size() > cp.clashes && out_.clashes.back().diagnostic >= end)
    out_.clashes.pop_back();
  errors_ = options_.max_errors;
  out_.warning_error = cp.warning_error;
  for (size_t k = cp.diagnostics; k < end; ++k)
    out_.warning_error |= out_.diagnostics[k].warning_as_error;
}

void Typer::ContinueAsRepaired(size_t first_value, size_t values_end,
                               const RepairedItem& repaired_item) {
  if (Stopped() || first_value == values_end) return;
  size_t first_repaired = env_->values.size();
  Unit unit;
  Checkpoint cp = BeginSpeculation(repaired_item.source, repaired_item.tree, &unit);
  bool clean = true;
  for (size_t i = cp.diagnostics; i < out_.diagnostics.size(); ++i)
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

CheckOutput Typer::Check() {
  for (uint32_t i = 0; i < ast_->structure.size; ++i) {
    if (Stopped()) break;
    CheckItem(ast_->at(ast_->structure, i));
  }
  if (!out_.has_error) {
    if (options_.signature) {
      // Typecore.force_delayed_checks: unused variables, in order.
      for (size_t i = 0; i < delayed_.size(); ++i) delayed_[i]();
      out_.signature = SignatureText(0, true);
    } else {
      CheckAfterItems();
      if (!out_.has_error)
        for (size_t i = 0; i < delayed_.size(); ++i) delayed_[i]();
    }
  }
  return std::move(out_);
}

// Typemod.type_implementation without an interface file, once the items are
// typed: warning 70, then the weak-variable check.
void Typer::CheckAfterItems() {
  if (WarningActive(70)) {
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
      OpenModule(item.a);
      break;
    case ast::ItemKind::Module:
      TypeModuleItem(item);
      break;
    case ast::ItemKind::Attribute:
      // For the rest of the structure (it has no scope of its own above).
      ApplyWarningAttribute(ast_->warning_attributes[item.a]);
      break;
    case ast::ItemKind::Unsupported: {
      const ast::UnsupportedConstruct& u = ast_->unsupported[item.a];
      Raise(MakeError(DiagKind::Unsupported, u.span, Text(UnsupportedText(u.what))));
    }
    case ast::ItemKind::ValDecl:
    case ast::ItemKind::ModuleDecl:
      Raise(MakeError(DiagKind::Unsupported, item.span,
                      Text("Signatures are not supported by mlhint")));
  }
}

std::string UnsupportedText(std::string_view what) {
  std::string text(what);
  if (!text.empty() && text[0] >= 'a' && text[0] <= 'z')
    text[0] = static_cast<char>(text[0] - 'a' + 'A');
  return text + " are not supported by mlhint";
}

// Location.print_loc of a definition, in a message: in the toplevel, its
// lines are numbered from the start of the phrase that holds it.
std::string Typer::DeclarationLocation(Span span) const {
  if (unit_lines_.empty()) return LocationText(*source_, span);
  int64_t line = source_->Locate(span.begin).line;
  RenderOptions options;
  options.toplevel = true;
  for (const auto& [first_line, offset] : unit_lines_)
    if (first_line <= line) options.line_offset = offset;
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
  if (item.kind != ast::ItemKind::Value) return;
  std::vector<ast::Id> work;
  for (const ast::Id* b = ast_->begin(item.list); b != ast_->end(item.list); ++b)
    work.push_back(ast_->bindings[*b].pat);
  while (!work.empty()) {
    ast::Id p = work.back();
    work.pop_back();
    const ast::Pat& x = ast_->pats[p];
    switch (x.kind) {
      case ast::PatKind::Var:
      case ast::PatKind::Alias:
        AddValue(source_->Slice(x.name), store_->NewError(), x.name, false, 0);
        if (x.kind == ast::PatKind::Alias) work.push_back(x.a);
        break;
      case ast::PatKind::Tuple:
      case ast::PatKind::Array:
        for (ast::Id q : ListOf(x.list)) work.push_back(q);
        break;
      case ast::PatKind::Construct:
        if (x.b != ast::kNone) work.push_back(x.b);
        break;
      case ast::PatKind::Record:
        for (ast::Id f : ListOf(x.list)) work.push_back(ast_->record_pat_fields[f].pat);
        break;
      case ast::PatKind::Or:
        work.push_back(x.a);
        break;
      case ast::PatKind::Constraint:
      case ast::PatKind::Exception:
        work.push_back(x.a);
        break;
      default:
        break;
    }
  }
}

void Typer::TypeEvalItem(const ast::Item& item) {
  // Typecore.type_expression: at a new level, then generalised.
  ctype_->BeginDef();
  TypeId t = TypeExp(item.a);
  ctype_->EndDef();
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
