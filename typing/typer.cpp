// The Typer's framework: items, names, errors, warnings and the signature.
// Expressions are in typer_expr.cpp, patterns and type expressions in
// typer_pat.cpp, declarations in typer_decl.cpp.

#include "support/large_stack.h"
#include "typing/typer.h"

#include <algorithm>

#include "lexer/literals.h"
#include "support/format.h"
#include "typing/prelude.h"
#include "typing/typer_internal.h"

namespace mlhint::typing {

Typer::Typer(const SourceBuffer& source, const ast::Ast& ast, const Prelude& prelude, const CheckOptions& options)
    : source_(source),
      ast_(ast),
      options_(options),
      store_(std::make_unique<TypeStore>(prelude.store())),
      env_(std::make_unique<Env>(prelude.env())),
      ctype_(std::make_unique<Ctype>(*store_, *env_)),
      printer_(std::make_unique<TypePrinter>(*ctype_)) {
  // ocamlc -i turns these off (Typemod.type_implementation, #7656).
  if (options_.signature) options_.warnings.Apply("-32-34-37-38-60");
  expr_types_.assign(ast.exprs.size(), kNoType);
  pat_types_.assign(ast.pats.size(), kNoType);
  pat_constructors_.assign(ast.pats.size(), kNone);
  record_field_labels_.assign(std::max(ast.record_fields.size(), ast.record_pat_fields.size()), kNone);
  apply_is_raise_.assign(ast.exprs.size(), false);
  value_usage_.assign(env_->values.size(), -1);
  value_rec_group_.assign(env_->values.size(), -1);
}

Typer::~Typer() = default;

bool Typer::Stopped() const { return options_.max_errors > 0 && errors_ >= options_.max_errors; }

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
  Doc message = UnificationErrorDoc(*printer_, *ctype_, trace, "This expression has type",
                                    "but an expression was expected of type", explanation);
  clash.trace = std::move(trace);
  Raise(MakeError(DiagKind::TypeMismatch, span, std::move(message)), std::move(clash));
}

void Typer::RaisePatClash(ast::Id p, Span span, Trace trace, bool literal_pattern) {
  (void)literal_pattern;
  TypeClash clash;
  clash.in_pattern = true;
  clash.node = p;
  clash.span = span;
  clash.got = trace.empty() ? kNoType : trace[0].got;
  clash.expected = trace.empty() ? kNoType : trace[0].expected;
  Doc message = UnificationErrorDoc(*printer_, *ctype_, trace, "This pattern matches values of type",
                                    "but a pattern was expected which matches values of type", Explanation::None);
  clash.trace = std::move(trace);
  Raise(MakeError(DiagKind::PatternTypeMismatch, span, std::move(message)), std::move(clash));
}

// ---------------------------------------------------------------- names

namespace {

std::vector<std::string_view> PartsOf(const ast::Ast& ast, ast::Id longident) {
  const ast::LongIdent& l = ast.longidents[longident];
  std::vector<std::string_view> parts;
  for (uint32_t i = 0; i < l.parts.size; ++i) parts.push_back(ast.names[l.parts.begin + i]);
  return parts;
}

std::string JoinParts(const std::vector<std::string_view>& parts, size_t count) {
  std::string out;
  for (size_t i = 0; i < count; ++i) {
    if (i) out += '.';
    out += parts[i];
  }
  return out;
}

// Longident printing: operators in parentheses ("( + )" -> "+" is printed
// as OCaml's Printtyp.longident prints: the name as is).
std::string LongidentText(const std::vector<std::string_view>& parts) { return JoinParts(parts, parts.size()); }

}  // namespace

const ModuleDesc* Typer::LookupModulePath(ast::Id longident, uint32_t count) {
  std::vector<std::string_view> parts = PartsOf(ast_, longident);
  const ast::LongIdent& l = ast_.longidents[longident];
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
      std::vector<std::string> candidates;
      if (i == 0)
        candidates = env_->Names(Namespace::Module);
      else
        candidates = m->order[static_cast<int>(Namespace::Module)];
      Raise(MakeError(DiagKind::UnboundModule, l.span,
                      WithSpellcheck(Text("Unbound module " + name), Spellcheck(candidates, std::string(parts[i])))));
    }
    m = next;
  }
  return m;
}

ValueId Typer::LookupValue(ast::Id longident) {
  std::vector<std::string_view> parts = PartsOf(ast_, longident);
  const ast::LongIdent& l = ast_.longidents[longident];
  std::string_view name = parts.back();
  if (parts.size() == 1) {
    uint32_t id = env_->Find(Namespace::Value, name);
    if (id != kNone) return id;
    std::vector<std::string> choices = Spellcheck(env_->Names(Namespace::Value), std::string(name));
    Doc message = WithSpellcheck(Text("Unbound value " + std::string(name)), choices);
    // A function that calls itself without `rec`: OCaml's hint.
    for (auto it = ghost_recs_.rbegin(); it != ghost_recs_.rend(); ++it) {
      if (it->name != name) continue;
      uint32_t line = source_.Locate(it->let_loc.begin).line;
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
      break;
    }
    Raise(MakeError(DiagKind::UnboundValue, l.span, std::move(message)));
  }
  const ModuleDesc* m = LookupModulePath(longident, static_cast<uint32_t>(parts.size() - 1));
  if (m->outside_subset) {
    Raise(MakeError(DiagKind::Unsupported, l.span,
                    Text("The module " + JoinParts(parts, parts.size() - 1) + " is not supported by mlhint")));
  }
  if (const auto* ids = m->Find(Namespace::Value, name)) return ids->front();
  std::vector<std::string> choices = Spellcheck(m->order[static_cast<int>(Namespace::Value)], std::string(name));
  Raise(MakeError(DiagKind::UnboundValue, l.span, WithSpellcheck(Text("Unbound value " + LongidentText(parts)), choices)));
}

DeclId Typer::LookupType(ast::Id longident) {
  std::vector<std::string_view> parts = PartsOf(ast_, longident);
  const ast::LongIdent& l = ast_.longidents[longident];
  std::string_view name = parts.back();
  if (parts.size() == 1) {
    uint32_t id = env_->Find(Namespace::Type, name);
    if (id != kNone) return id;
    Raise(MakeError(DiagKind::UnboundType, l.span,
                    WithSpellcheck(Text("Unbound type constructor " + std::string(name)),
                                   Spellcheck(env_->Names(Namespace::Type), std::string(name)))));
  }
  const ModuleDesc* m = LookupModulePath(longident, static_cast<uint32_t>(parts.size() - 1));
  if (const auto* ids = m->Find(Namespace::Type, name)) return ids->front();
  Raise(MakeError(DiagKind::UnboundType, l.span,
                  WithSpellcheck(Text("Unbound type constructor " + LongidentText(parts)),
                                 Spellcheck(m->order[static_cast<int>(Namespace::Type)], std::string(name)))));
}

std::vector<ConstrId> Typer::LookupAllConstructors(ast::Id longident, bool in_pattern) {
  (void)in_pattern;
  std::vector<std::string_view> parts = PartsOf(ast_, longident);
  const ast::LongIdent& l = ast_.longidents[longident];
  std::string_view name = parts.back();
  if (parts.size() == 1) {
    std::vector<ConstrId> all = env_->FindAll(Namespace::Constructor, name);
    if (!all.empty()) return all;
    Raise(MakeError(DiagKind::UnboundConstructor, l.span,
                    WithSpellcheck(Text("Unbound constructor " + std::string(name)),
                                   Spellcheck(env_->Names(Namespace::Constructor), std::string(name)))));
  }
  const ModuleDesc* m = LookupModulePath(longident, static_cast<uint32_t>(parts.size() - 1));
  if (const auto* ids = m->Find(Namespace::Constructor, name)) return *ids;
  Raise(MakeError(DiagKind::UnboundConstructor, l.span,
                  WithSpellcheck(Text("Unbound constructor " + LongidentText(parts)),
                                 Spellcheck(m->order[static_cast<int>(Namespace::Constructor)], std::string(name)))));
}

std::vector<LabelId> Typer::LookupAllLabels(ast::Id longident) {
  std::vector<std::string_view> parts = PartsOf(ast_, longident);
  const ast::LongIdent& l = ast_.longidents[longident];
  std::string_view name = parts.back();
  if (parts.size() == 1) {
    std::vector<LabelId> all = env_->FindAll(Namespace::Label, name);
    if (!all.empty()) return all;
    Raise(MakeError(DiagKind::UnboundLabel, l.span,
                    WithSpellcheck(Text("Unbound record field " + std::string(name)),
                                   Spellcheck(env_->Names(Namespace::Label), std::string(name)))));
  }
  const ModuleDesc* m = LookupModulePath(longident, static_cast<uint32_t>(parts.size() - 1));
  if (const auto* ids = m->Find(Namespace::Label, name)) return *ids;
  Raise(MakeError(DiagKind::UnboundLabel, l.span,
                  WithSpellcheck(Text("Unbound record field " + LongidentText(parts)),
                                 Spellcheck(m->order[static_cast<int>(Namespace::Label)], std::string(name)))));
}

// ---------------------------------------------------------------- structure

CheckOutput Typer::Check() {
  for (uint32_t i = 0; i < ast_.structure.size; ++i) {
    if (Stopped()) break;
    ResetTypeVariables();
    ast::Id item = ast_.at(ast_.structure, i);
    ctype_->ResetBudget();
    depth_ = 0;
    bool failed = true;
    try {
      TypeItem(item);
      failed = false;
    } catch (TypeErrorThrow& t) {
      Report(TypeError{std::move(t.diagnostic), std::move(t.clash)});
    } catch (TypesTooLarge&) {
      Report(TypeError{MakeError(DiagKind::NestingTooDeep, ast_.items[item].span,
                                 Text("The types of this definition grow too large for mlhint to check them")),
                       std::nullopt});
    } catch (NestingTooDeep& n) {
      Report(TypeError{MakeError(DiagKind::NestingTooDeep, n.span,
                                 Text("This expression is nested too deeply for mlhint (more than " +
                                      std::to_string(kMaxDepth) + " levels)")),
                       std::nullopt});
    }
    if (failed) BindFailedItem(ast_.items[item]);
  }
  if (!out_.has_error) {
    if (options_.signature) {
      // Typecore.force_delayed_checks: unused variables, in order.
      for (size_t i = 0; i < delayed_.size(); ++i) delayed_[i]();
      std::vector<OutSigItem> items;
      printer_->BeginSignature();
      for (size_t i = 0; i < sig_.size(); ++i) {
        const SigEntry& s = sig_[i];
        switch (s.kind) {
          case OutSigItem::Kind::Value:
            items.push_back(printer_->ValueItem(s.name, s.type));
            break;
          case OutSigItem::Kind::Type: {
            // A group of type declarations: a `nonrec` one is printed
            // before its names exist; a recursive one with its own names
            // not counted as hiding anything.
            size_t end = i + 1;
            while (end < sig_.size() && sig_[end].kind == OutSigItem::Kind::Type && !sig_[end].first) ++end;
            std::vector<std::string> names;
            for (size_t k = i; k < end; ++k) names.push_back(env_->types[sig_[k].decl].name);
            printer_->SetSignatureGroup(s.nonrec ? std::vector<std::string>{} : names);
            for (size_t k = i; k < end; ++k) {
              OutSigItem item = printer_->TypeItem(sig_[k].decl, sig_[k].first);
              if (sig_[k].nonrec && sig_[k].first) item.type_kw = "type nonrec";
              items.push_back(std::move(item));
            }
            printer_->SetSignatureGroup({});
            for (size_t k = i; k < end; ++k) printer_->AddSignatureType(names[k - i], sig_[k].decl);
            i = end - 1;
            break;
          }
          case OutSigItem::Kind::Exception:
            items.push_back(printer_->ExceptionItem(s.exn));
            break;
        }
      }
      WarnNameCollisions(printer_->EndSignature());
      std::string text;
      fmt::Formatter ppf(text);
      PrintSignature(ppf, items);
      ppf.print_newline();
      out_.signature = std::move(text);
    } else {
      // Typemod.type_implementation without an interface file: warning 70,
      // then the weak-variable check, then the delayed unused checks.
      if (WarningActive(70)) {
        Diagnostic d = MakeWarning(70, Span{0, 0}, "Cannot find interface file.");
        d.span.reset();
        d.whole_file = true;
        PushWarning(std::move(d));
      }
      // Typemod.check_nongen_schemes over the final signature.
      for (const SigEntry& s : sig_) {
        if (s.kind != OutSigItem::Kind::Value || ctype_->FreeVariables(s.type).empty()) continue;
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
        Report(TypeError{MakeError(DiagKind::NonGeneralizable, s.loc, std::move(message)), std::nullopt});
        break;
      }
      if (!out_.has_error)
        for (size_t i = 0; i < delayed_.size(); ++i) delayed_[i]();
    }
  }
  return std::move(out_);
}

void Typer::TypeItem(ast::Id item_id) {
  const ast::Item& item = ast_.items[item_id];
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
    case ast::ItemKind::Unsupported: {
      const ast::UnsupportedConstruct& u = ast_.unsupported[item.a];
      Raise(MakeError(DiagKind::Unsupported, u.span, Text(UnsupportedText(u.what))));
    }
    case ast::ItemKind::ValDecl:
    case ast::ItemKind::ModuleDecl:
      Raise(MakeError(DiagKind::Unsupported, item.span, Text("Signatures are not supported by mlhint")));
  }
}

std::string UnsupportedText(std::string_view what) {
  std::string text(what);
  if (!text.empty() && text[0] >= 'a' && text[0] <= 'z') text[0] = static_cast<char>(text[0] - 'a' + 'A');
  return text + " are not supported by mlhint";
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
    LineColumn start = source_.Locate(decl.loc.begin), end = source_.Locate(decl.loc.end);
    std::string where = "File \"" + source_.name() + "\", ";
    where += start.line == end.line ? "line " + std::to_string(start.line)
                                    : "lines " + std::to_string(start.line) + "-" + std::to_string(end.line);
    where += ", characters " + std::to_string(start.column) + "-" + std::to_string(end.column);
    message += "\n" + where + ":\n  Definition of type " + c.name + "/1";
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
  if (item.kind != ast::ItemKind::Value) return;
  std::vector<ast::Id> work;
  for (ast::Id b : ListOf(item.list)) work.push_back(ast_.bindings[b].pat);
  while (!work.empty()) {
    ast::Id p = work.back();
    work.pop_back();
    const ast::Pat& x = ast_.pats[p];
    switch (x.kind) {
      case ast::PatKind::Var:
      case ast::PatKind::Alias:
        AddValue(source_.Slice(x.name), store_->NewError(), x.name, false, 0);
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
        for (ast::Id f : ListOf(x.list)) work.push_back(ast_.record_pat_fields[f].pat);
        break;
      case ast::PatKind::Or:
        work.push_back(x.a);
        break;
      case ast::PatKind::Constraint:
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
  std::vector<ast::Id> bindings(ast_.begin(item.list), ast_.end(item.list));
  LetResult result = TypeLetBindings((item.flags & ast::kRec) != 0, bindings, true);
  // The signature keeps the last definition of each name (Signature_names).
  for (const PatVar& v : result.vars) {
    std::string name(v.name);
    sig_.erase(std::remove_if(sig_.begin(), sig_.end(),
                              [&](const SigEntry& s) { return s.kind == OutSigItem::Kind::Value && s.name == name; }),
               sig_.end());
    SigEntry s;
    s.kind = OutSigItem::Kind::Value;
    s.name = name;
    s.type = v.type;
    s.loc = v.loc;
    sig_.push_back(std::move(s));
  }
}

}  // namespace mlhint::typing
