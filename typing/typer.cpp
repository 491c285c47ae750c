// The Typer's framework: units, errors, warnings and the signature. Names
// are looked up in typer_names.cpp, the structure and its items are in
// typer_structure.cpp, expressions in typer_expr.cpp, patterns and type
// expressions in typer_pat.cpp, declarations in typer_decl.cpp;
// speculation and origins for the hints in typer_speculate.cpp and
// typer_origins.cpp; what the front ends that check piece by piece are
// built from in item_transaction.cpp (the toplevel of `mlhint expect`,
// driver/toplevel.cpp) and itemwise.cpp (the language server, lsp/recheck.cpp).

#include "typing/typer.h"
#include "support/large_stack.h"

#include <algorithm>
#include <span>

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
  in_signature_ = options_.interface;
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
  TrackUndoable();
}

Typer::~Typer() = default;

Unit Typer::NewUnit(const SourceBuffer& source, const ast::Ast& ast) {
  Unit u;
  u.source = &source;
  u.ast = &ast;
  u.expr_types.assign(ast.exprs.size(), kNoType);
  u.pat_types.assign(ast.pats.size(), kNoType);
  u.pat_constructors.assign(ast.pats.size(), kNone);
  u.record_field_labels.assign(ast.record_fields.size(), kNone);
  u.record_pat_labels.assign(ast.record_pat_fields.size(), kNone);
  u.apply_is_raise.assign(ast.exprs.size(), false);
  u.ident_values.assign(ast.exprs.size(), kNone);
  return u;
}

void Typer::BeginUnit(const SourceBuffer& source, const ast::Ast& ast, int line_offset) {
  line_offset_ = line_offset;
  unit_lines_.push_back(ToplevelUnit{1 - line_offset, line_offset, &source});
  Unit unit = NewUnit(source, ast);
  SwapUnit(unit);
  origin_of_var_.clear();  // expression ids of another unit
  value_origin_.clear();
}

void Typer::SwapUnit(Unit& other) {
  std::swap(source_, other.source);
  std::swap(ast_, other.ast);
  expr_types_.swap(other.expr_types);
  pat_types_.swap(other.pat_types);
  pat_constructors_.swap(other.pat_constructors);
  record_field_labels_.swap(other.record_field_labels);
  record_pat_labels_.swap(other.record_pat_labels);
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
  // The types, modules and module types an item defines are of a scope of
  // their own (Ctype.create_scope), those of a module's body the module's.
  const ast::Item& it = ast_->items[item];
  bool scoped =
      !in_signature_ &&
      (it.kind == ast::ItemKind::Type || it.kind == ast::ItemKind::Exception ||
       it.kind == ast::ItemKind::Module || it.kind == ast::ItemKind::ModuleType ||
       it.kind == ast::ItemKind::Include || (it.kind == ast::ItemKind::Open && it.a == ast::kNone));
  auto first_type = static_cast<DeclId>(env_->types.size());
  int32_t scope = scoped ? ctype_->CreateScope() : 0;
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
    // What a failed include would have bound is unknown for the rest of
    // the structure (TypeStructure opens an included module it knows).
    if (ast_->items[item].kind == ast::ItemKind::Include && !speculating_) names_unknown_ = true;
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
  ctype_->KeepScopes();
  if (scoped) {
    // But for the types of a functor's application to a path, which that
    // path names (`Set.Make(Int).t`), shared by every such application.
    std::unordered_set<DeclId> applicative;
    for (const auto& [key, decl] : applicative_types_)
      if (decl >= first_type) applicative.insert(decl);
    for (DeclId d = first_type; d < env_->types.size(); ++d)
      if (!applicative.count(d)) env_->types[d].scope = scope;
  }
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
        if (s.external) items.back().external = *s.external;
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
      case OutSigItem::Kind::Module:
      case OutSigItem::Kind::ModuleType: {
        // Its items name its types from inside it.
        std::vector<std::string> outer = printer_->ModulePath();
        std::vector<std::string> inner = outer;
        inner.push_back(s.name);
        printer_->SetModulePath(inner);
        OutSigItem item;
        item.kind = s.kind;
        item.name = s.name;
        if (!s.alias.empty()) {
          // `module N = M`, in an interface too (the prelude's loader
          // binds N to M).
          item.alias = s.alias;
          printer_->SetModulePath(outer);
          items.push_back(std::move(item));
          break;
        }
        if (s.functor && !s.functor->type_name.empty() && s.kind == OutSigItem::Kind::Module &&
            !expand_module_types_) {
          // `module F : MT`, MT a functor's module type.
          item.mty_name = s.functor->type_name;
          printer_->SetModulePath(outer);
          items.push_back(std::move(item));
          break;
        }
        if (s.functor) {
          // A functor's parameters, each's items named from inside it.
          for (const FunctorInfo::Param& p : s.functor->params) {
            OutFunctorParam out;
            out.name = p.name;
            out.mty_name = p.mty_name;
            if (p.mty_name.empty()) {
              printer_->SetModulePath({p.name});
              std::vector<SigEntry> sig = p.sig;
              out.items = SignatureItems(sig, 0);
              printer_->SetModulePath(inner);
            }
            item.functor_params.push_back(std::move(out));
          }
        }
        bool named = !s.mty_name.empty() &&
                     (s.kind == OutSigItem::Kind::ModuleType || !expand_module_types_);
        if (named)
          item.mty_name = s.mty_name;
        else
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
  bool refusal = error.diagnostic.kind == DiagKind::Unsupported;
  out_.refusal_said = out_.refusal_said || refusal;
  if (Stopped()) return;
  ++errors_;
  out_.has_error = true;
  // What is not supported is said once in a file, at its first place (the
  // toplevel's phrases are each said alone).
  if (refusal && unit_lines_.empty()) {
    std::string text = RenderDoc(error.diagnostic.message);
    for (const Diagnostic& d : out_.diagnostics)
      if (d.kind == DiagKind::Unsupported && RenderDoc(d.message) == text) return;
  }
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
  // An alert shows as the settings say (`[@@@alert "-foo"]`; warning 3 is
  // the deprecated alert: `-w -3`, `[@@@warning "-3"]`).
  if (d.kind == DiagKind::Alert && !options_.warnings.AlertActive(d.warning_name)) return;
  bool error = d.kind == DiagKind::Alert ? options_.warnings.AlertIsError(d.warning_name)
                                         : options_.warnings.IsError(d.warning_number);
  if (error) {
    d.warning_as_error = true;
    out_.warning_error = true;
  }
  out_.diagnostics.push_back(std::move(d));
}

namespace {
bool SameHashTags(const Trace& trace) {
  return std::any_of(trace.begin(), trace.end(), [](const TraceElement& e) {
    return e.kind == TraceElement::Kind::Variant && e.row == TraceElement::Row::Tags;
  });
}
}  // namespace

void Typer::RaiseExprClash(ast::Id e, Span span, Trace trace, Explanation explanation) {
  Packages{*this}.RefusePackagesMaybeEquivalent(trace, span);
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
  bool tags = SameHashTags(trace);
  clash.trace = std::move(trace);
  Diagnostic d = MakeError(DiagKind::TypeMismatch, span, std::move(message));
  // Two tags of one hash: no type is wrong, so nothing is blamed.
  if (tags) Raise(std::move(d));
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
  Packages{*this}.RefusePackagesMaybeEquivalent(trace, span);
  TypeClash clash;
  clash.in_pattern = true;
  clash.node = p;
  clash.span = span;
  clash.got = trace.empty() ? kNoType : trace[0].got;
  clash.expected = trace.empty() ? kNoType : trace[0].expected;
  Doc message = UnificationErrorDoc(
      *printer_, *ctype_, trace, "This pattern matches values of type",
      "but a pattern was expected which matches values of type", Explanation::None);
  bool tags = SameHashTags(trace);
  clash.trace = std::move(trace);
  Diagnostic d = MakeError(DiagKind::PatternTypeMismatch, span, std::move(message));
  if (tags) Raise(std::move(d));
  Raise(std::move(d), std::move(clash));
}

}  // namespace mlhint::typing
