// Constructors and record fields: type-directed disambiguation (Typecore's
// NameChoice), and the typing of constructor applications, records, field
// access and field assignment.

#include <algorithm>

#include "typing/typer.h"
#include "typing/typer_internal.h"

namespace mlhint::typing {

using ast::ExprKind;

std::optional<DeclId> Typer::ConcreteDecl(TypeId t, DeclKind kind) {
  // extract_concrete_typedecl: through abbreviations to a defined type.
  t = store_->Repr(t);
  for (int guard = 0; guard < 1000; ++guard) {
    if (store_->tag(t) != TypeTag::Constr) return std::nullopt;
    DeclId d = store_->constr_decl(t);
    const TypeDecl& decl = env_->types[d];
    if (decl.kind != DeclKind::Abstract) {
      bool ok = decl.kind == kind || (kind == DeclKind::Variant && decl.kind == DeclKind::Open);
      return ok ? std::optional<DeclId>(d) : std::nullopt;
    }
    TypeId x = ctype_->TryExpandOnce(t);
    if (x == kNoType) return std::nullopt;
    t = store_->Repr(x);
  }
  return std::nullopt;
}

DeclId Typer::ExpandDeclPath(DeclId d) {
  for (int guard = 0; guard < 1000; ++guard) {
    TypeId m = env_->types[d].manifest;
    if (m == kNoType) return d;
    m = store_->Repr(m);
    if (store_->tag(m) != TypeTag::Constr) return d;
    d = store_->constr_decl(m);
  }
  return d;
}

namespace {
std::string TypePathOf(TypePrinter& printer, DeclId d) {
  return printer.PathOf(d);
}
}  // namespace

Diagnostic Typer::WrongNameError(Span span, std::string_view msg, TypeId expected,
                                 Explanation explanation, bool is_label, std::string_view name,
                                 DeclId decl, const std::vector<std::string>& valid) {
  OutType tree = printer_->TreeFresh(expected);
  std::string because = ExplanationText(explanation);
  std::string text1 = std::string(msg) + " type";
  std::string text2 = "There is no " + std::string(is_label ? "field" : "constructor") + " " +
                      std::string(name) + " within type " + TypePathOf(*printer_, decl);
  Doc message = [tree, because, text1, text2](fmt::Formatter& ppf) {
    ppf.open_box(0);
    ppf.open_box(2);
    ppf.print_string(text1);
    ppf.print_space();
    PrintOutType(ppf, tree);
    if (!because.empty()) {
      ppf.print_space();
      ppf.print_string("because it is in " + because);
    }
    ppf.close_box();
    ppf.print_space();
    ppf.print_string(text2);
    ppf.close_box();
  };
  if (env_->types[decl].inline_of != kNone)  // Path.is_constructor_typath
    message = InlineRecords::NotAFieldText(*this, name, decl);
  std::vector<std::string> choices = SpellcheckAmong(valid, name);
  Diagnostic d = MakeError(is_label ? DiagKind::UnboundLabel : DiagKind::UnboundConstructor, span,
                           WithSpellcheck(std::move(message), choices));
  AddSpellingFixes(d, name, choices);
  return d;
}

Diagnostic Typer::ConstructorArityError(ast::Id longident, Span span, uint32_t expected,
                                        uint32_t given) {
  std::string name = ast_->FullName(longident);
  Doc message = [name, expected, given](fmt::Formatter& ppf) {
    ppf.open_box(0);
    ppf.print_string("The constructor " + name);
    ppf.print_space();
    ppf.print_string("expects " + std::to_string(expected) + " argument(s),");
    ppf.print_space();
    ppf.print_string("but is applied here to " + std::to_string(given) + " argument(s)");
    ppf.close_box();
  };
  return MakeError(DiagKind::ConstructorArity, span, std::move(message));
}

Diagnostic Typer::LabelMismatchError(ast::Id label_longident, Trace trace) {
  std::string name = ast_->FullName(label_longident);
  Doc message = UnificationErrorDoc(*printer_, *ctype_, trace,
                                    "The record field " + name + " belongs to the type",
                                    "but is mixed here with fields of type", Explanation::None);
  // "The record field %a@ belongs to the type": OCaml has a break after the
  // name; UnificationErrorDoc prints the intro as one token.
  return MakeError(DiagKind::LabelMismatch, ast_->longidents[label_longident].span,
                   std::move(message));
}

// The types a name could belong to, the chosen one first (ambiguous_types).
std::vector<std::string> Typer::AmbiguousPaths(DeclId chosen, const std::vector<DeclId>& others) {
  std::vector<std::string> paths{printer_->PathOf(chosen)};
  for (DeclId d : others) {
    std::string p = printer_->PathOf(d);
    if (std::find(paths.begin(), paths.end(), p) == paths.end() && d != chosen) paths.push_back(p);
  }
  return paths;
}

void Typer::WarnAmbiguous(Span span, std::string_view name, DeclId chosen,
                          const std::vector<DeclId>& others) {
  std::vector<std::string> paths = AmbiguousPaths(chosen, others);
  if (paths.size() < 2) return;
  Warn(41, span,
       std::string(name) + " belongs to several types: " + Join(paths, " ") +
           "\nThe first one was selected. Please disambiguate if this is wrong.");
}

std::string Typer::OutOfScopeText(std::string_view name, DeclId decl) {
  return std::string(name) + " was selected from type " + printer_->PathOf(decl) +
         ".\nIt is not visible in the current scope, and will not \nbe selected if the type "
         "becomes unknown.";
}

// Warning 42: the name chosen is not the latest one in scope, so only its
// type made the choice.
void Typer::WarnDisambiguated(Span span, std::string_view name, bool first_in_scope) {
  if (first_in_scope) return;
  Warn(42, span,
       "this use of " + std::string(name) +
           " relies on type-directed disambiguation,\nit will not compile with OCaml 4.00 or "
           "earlier.");
}

ConstrId Typer::DisambiguateConstructor(ast::Id longident, const std::vector<ConstrId>& candidates,
                                        TypeId expected, bool in_pattern, std::string_view msg,
                                        Explanation explanation) {
  (void)in_pattern;
  const ast::LongIdent& lid = ast_->longidents[longident];
  std::string name(ast_->LastName(longident));
  std::optional<DeclId> decl = ConcreteDecl(expected, DeclKind::Variant);
  if (!decl) {
    if (candidates.empty()) RaiseUnboundConstructor(longident);
    ConstrId c = candidates[0];
    std::vector<DeclId> others;
    for (size_t i = 1; i < candidates.size(); ++i)
      others.push_back(env_->constructors[candidates[i]].owner);
    WarnAmbiguous(lid.span, name, env_->constructors[c].owner, others);
    return c;
  }
  DeclId expanded = ExpandDeclPath(*decl);
  for (ConstrId c : candidates)
    if (ExpandDeclPath(env_->constructors[c].owner) == expanded) {
      WarnDisambiguated(lid.span, name, c == candidates[0]);
      return c;
    }
  // Out of the lexical scope: look in the expected type.
  if (lid.parts.size == 1) {
    const TypeDecl& d = env_->types[*decl];
    std::vector<std::string> valid;
    if (d.kind == DeclKind::Open) {
      for (const ConstructorDesc& cd : env_->constructors)
        if (cd.owner == *decl && env_->Find(Namespace::Constructor, cd.name) != kNone)
          valid.push_back(cd.name);
    } else {
      for (ConstrId c : d.constructors) {
        if (env_->constructors[c].name == name) {
          Warn(40, lid.span, OutOfScopeText(name, *decl));
          WarnDisambiguated(lid.span, name, false);
          return c;
        }
        valid.push_back(env_->constructors[c].name);
      }
    }
    Raise(WrongNameError(lid.span, msg, expected, explanation, false, ast_->LastName(longident),
                         *decl, valid));
  }
  if (candidates.empty()) RaiseUnboundConstructor(longident);
  Raise(NameTypeMismatchError(lid.span, false, longident, *decl,
                              env_->constructors[candidates[0]].owner));
}

Diagnostic Typer::NameTypeMismatchError(Span span, bool is_label, ast::Id longident,
                                        DeclId expected, DeclId found) {
  std::string kind = is_label ? "field" : "constructor";
  std::string type_kind = is_label ? "record" : "variant";
  std::string name = ast_->FullName(longident);
  std::string found_path = printer_->PathOf(found);
  std::string expected_path = printer_->PathOf(expected);
  Doc message = [=](fmt::Formatter& ppf) {
    ppf.open_vbox(0);
    ppf.open_box(0);
    ppf.print_string("The " + kind + " " + name);
    ppf.print_space();
    ppf.print_string("belongs to the " + type_kind + " type");
    ppf.print_break(1, 2);
    ppf.print_string(found_path);
    ppf.print_space();
    ppf.print_string("but a " + kind + " was expected belonging to the " + type_kind + " type");
    ppf.print_break(1, 2);
    ppf.print_string(expected_path);
    ppf.close_box();
    ppf.close_box();
  };
  return MakeError(DiagKind::TypeMismatch, span, std::move(message));
}

std::vector<std::pair<ast::Id, LabelId>> Typer::DisambiguateLabels(
    Span record_loc, const std::vector<ast::Id>& fields, bool in_pattern, bool closed,
    std::optional<DeclId> expected_decl, TypeId expected, std::string_view msg) {
  auto label_of = [&](ast::Id f) {
    return in_pattern ? ast_->record_pat_fields[f].label : ast_->record_fields[f].label;
  };
  std::vector<std::string_view> ids;
  for (ast::Id f : fields) ids.push_back(ast_->LastName(label_of(f)));
  std::vector<std::pair<ast::Id, LabelId>> out;
  // Warnings 40 and 41 are collected over the labels and given once for
  // the whole record (Typecore.disambiguate_lid_a_list); 42 is immediate.
  struct Ambiguous {
    std::string name;
    DeclId chosen;
    std::vector<std::string> paths;
  };
  std::vector<Ambiguous> ambiguous;
  std::vector<std::string> out_of_scope;
  // find_record_qual: the module of the first qualified label qualifies the
  // labels written without one (`{ M.x = 1; y = 2 }`). (Only its label is
  // looked up in OCaml: this lookup says nothing of a deprecated module.)
  ast::Id qualified = ast::kNone;
  for (ast::Id f : fields)
    if (ast_->longidents[label_of(f)].parts.size > 1) {
      qualified = label_of(f);
      break;
    }
  const ModuleDesc* qualifier =
      qualified == ast::kNone
          ? nullptr
          : LookupModulePath(qualified, ast_->longidents[qualified].parts.size - 1, false);
  for (ast::Id f : fields) {
    ast::Id lid = label_of(f);
    const ast::LongIdent& l = ast_->longidents[lid];
    std::string name(ast_->LastName(lid));
    bool implicit = qualifier && l.parts.size == 1;  // qualified by another label
    std::vector<LabelId> scope;
    if (implicit) {
      if (const auto* found = qualifier->Find(Namespace::Label, name)) scope = *found;
    } else {
      scope = LookupAllLabelsNoError(lid);
    }
    auto raise_unbound = [&] {
      if (!implicit) RaiseUnboundLabel(lid);
      const ast::LongIdent& q = ast_->longidents[qualified];
      std::string path;
      for (uint32_t i = 0; i + 1 < q.parts.size; ++i)
        path += std::string(ast_->names[q.parts.begin + i]) + ".";
      Raise(UnboundError(
          DiagKind::UnboundLabel, l.span, Text("Unbound record field " + path + name), name,
          SpellcheckAmong(qualifier->order[static_cast<int>(Namespace::Label)], name)));
    };
    if (expected_decl) {
      LabelId chosen = kNone;
      DeclId expanded = ExpandDeclPath(*expected_decl);
      for (LabelId c : scope)
        if (ExpandDeclPath(env_->labels[c].owner) == expanded) {
          chosen = c;
          break;
        }
      if (chosen == kNone && l.parts.size == 1 && !implicit) {
        std::vector<std::string> valid;
        for (LabelId c : env_->types[*expected_decl].labels) {
          if (env_->labels[c].name == name) chosen = c;
          valid.push_back(env_->labels[c].name);
        }
        if (chosen != kNone && env_->types[*expected_decl].inline_of != kNone) {
          out.emplace_back(f, chosen);  // never in scope: no warning (NameChoice.in_env)
          continue;
        }
        if (chosen != kNone) {
          out_of_scope.push_back(name);
        } else {
          Raise(WrongNameError(l.span, msg, expected, Explanation::None, true, ast_->LastName(lid),
                               *expected_decl, valid));
        }
      }
      if (chosen == kNone) {
        if (scope.empty()) raise_unbound();
        Raise(
            NameTypeMismatchError(l.span, true, lid, *expected_decl, env_->labels[scope[0]].owner));
      }
      WarnDisambiguated(l.span, name, !scope.empty() && chosen == scope[0]);
      out.emplace_back(f, chosen);
      continue;
    }
    if (scope.empty()) raise_unbound();
    // disambiguate_label_by_ids: candidates whose record has every field
    // mentioned (and only those, for a closed record expression).
    std::vector<LabelId> filtered;
    for (LabelId c : scope) {
      const TypeDecl& d = env_->types[env_->labels[c].owner];
      bool all = std::all_of(ids.begin(), ids.end(), [&](std::string_view id) {
        return std::any_of(d.labels.begin(), d.labels.end(),
                           [&](LabelId x) { return env_->labels[x].name == id; });
      });
      if (all) filtered.push_back(c);
    }
    std::vector<LabelId> candidates = filtered.empty() ? scope : filtered;
    if (!filtered.empty() && closed) {
      std::vector<LabelId> exact;
      for (LabelId c : filtered)
        if (env_->types[env_->labels[c].owner].labels.size() == ids.size()) exact.push_back(c);
      candidates = exact.empty() ? filtered : exact;
    }
    LabelId chosen = candidates[0];
    std::vector<DeclId> others;
    for (size_t i = 1; i < candidates.size(); ++i)
      others.push_back(env_->labels[candidates[i]].owner);
    std::vector<std::string> paths = AmbiguousPaths(env_->labels[chosen].owner, others);
    if (paths.size() > 1)
      ambiguous.push_back(Ambiguous{name, env_->labels[chosen].owner, std::move(paths)});
    WarnDisambiguated(l.span, name, chosen == scope[0]);
    out.emplace_back(f, chosen);
  }
  if (!ambiguous.empty()) {
    bool same_type = std::all_of(ambiguous.begin(), ambiguous.end(), [&](const Ambiguous& a) {
      return a.chosen == ambiguous[0].chosen;
    });
    const std::string tail = "\nThe first one was selected. Please disambiguate if this is wrong.";
    if (same_type) {
      Warn(41, record_loc,
           "these field labels belong to several types: " + Join(ambiguous[0].paths, " ") + tail);
    } else {
      for (const Ambiguous& a : ambiguous)
        Warn(41, record_loc, a.name + " belongs to several types: " + Join(a.paths, " ") + tail);
    }
  }
  // A record's fields are reported together, in the record's form even
  // for one field (Warnings.Name_out_of_scope (_, _, true)).
  if (!out_of_scope.empty()) {
    Warn(40, record_loc,
         "this record of type " + printer_->PathOf(*expected_decl) +
             " contains fields that are \n" + "not visible in the current scope: " +
             Join(out_of_scope, " ") + ".\nThey will not be selected if the type becomes unknown.");
  }
  return out;
}

std::vector<LabelId> Typer::LookupAllLabelsNoError(ast::Id longident) {
  const ast::LongIdent& l = ast_->longidents[longident];
  if (l.parts.size == 1) return env_->FindAll(Namespace::Label, ast_->LastName(longident));
  const ModuleDesc* m = LookupModulePath(longident, l.parts.size - 1);
  if (const auto* ids = m->Find(Namespace::Label, ast_->LastName(longident))) return *ids;
  return {};
}

std::vector<ConstrId> Typer::LookupAllConstructorsNoError(ast::Id longident) {
  const ast::LongIdent& l = ast_->longidents[longident];
  if (l.parts.size == 1) {
    std::vector<ConstrId> all = env_->FindAll(Namespace::Constructor, ast_->LastName(longident));
    // A constructor of a type definition that failed is not an error again.
    if (!all.empty() && env_->constructors[all.front()].refused) RaiseSilently(l.span);
    return all;
  }
  const ModuleDesc* m = LookupModulePath(longident, l.parts.size - 1);
  if (const auto* ids = m->Find(Namespace::Constructor, ast_->LastName(longident))) return *ids;
  return {};
}

void Typer::RaiseUnboundConstructor(ast::Id longident) {
  LookupAllConstructors(longident, false);  // raises the error with its hint
  Raise(MakeError(DiagKind::UnboundConstructor, ast_->longidents[longident].span,
                  Text("Unbound constructor")));
}

void Typer::RaiseUnboundLabel(ast::Id longident) {
  LookupAllLabels(longident);
  Raise(MakeError(DiagKind::UnboundLabel, ast_->longidents[longident].span,
                  Text("Unbound record field")));
}

// ---------------------------------------------------------------- expressions

TypeId Typer::TypeConstruct(ast::Id e, Expected expected) {
  Ctype& ct = *ctype_;
  const ast::Expr& x = ast_->exprs[e];
  std::vector<ConstrId> candidates = LookupAllConstructorsNoError(x.a);
  ConstrId c =
      DisambiguateConstructor(x.a, candidates, expected.type, false,
                              "This variant expression is expected to have", expected.explanation);
  RaiseAlerts(env_->constructors[c].alerts, ast_->longidents[x.a].span, env_->constructors[c].name);
  const ConstructorDesc& cd = env_->constructors[c];
  uint32_t arity = static_cast<uint32_t>(cd.args.size());
  std::vector<ast::Id> sargs;
  if (x.b != kNone) {
    const ast::Expr& arg = ast_->exprs[x.b];
    if (arg.kind == ExprKind::Tuple && arity > 1)
      sargs = ListOf(arg.list);
    else
      sargs.push_back(x.b);
  }
  if (sargs.size() != arity)
    Raise(ConstructorArityError(x.a, x.span, arity, static_cast<uint32_t>(sargs.size())));
  std::vector<TypeId> schemes{cd.result};
  schemes.insert(schemes.end(), cd.args.begin(), cd.args.end());
  std::vector<TypeId> inst = ct.InstanceList(schemes);
  TypeId ty_res = inst[0];
  UnifyExp(e, ty_res, ct.Instance(expected.type), expected.explanation);
  Recarg recarg = InlineRecords::ConstructArgument(*this, cd, sargs, x.span);
  for (size_t i = 0; i < sargs.size(); ++i) {
    pending_.recarg = recarg;
    TypeArgument(sargs[i], inst[i + 1], inst[i + 1]);
  }
  return ty_res;
}

TypeId Typer::TypeLabelExp(ast::Id label_longident, LabelId label, ast::Id sarg,
                           TypeId ty_expected) {
  Ctype& ct = *ctype_;
  return ct.AtNewLevel([&] {
    std::vector<TypeId> inst = ct.InstanceList({env_->labels[label].arg, env_->labels[label].res});
    if (auto trace = ct.Unify(ct.Instance(inst[1]), ct.Instance(ty_expected)))
      Raise(LabelMismatchError(label_longident, std::move(*trace)));
    TypeId ty_arg = ct.Instance(inst[0]);
    return TypeArgument(sarg, ty_arg, ct.Instance(ty_arg));
  });
}

TypeId Typer::TypeRecord(ast::Id e, Expected expected, Recarg recarg) {
  Ctype& ct = *ctype_;
  const ast::Expr& x = ast_->exprs[e];
  TypeId opt_exp = kNoType;
  if (x.a != kNone) {
    pending_.recarg = recarg;
    opt_exp = TypeExp(x.a);
    InlineRecords::CheckWithPart(*this, e, opt_exp);
  }
  std::optional<DeclId> opath = ConcreteDecl(expected.type, DeclKind::Record);
  TypeId ty_record;
  std::optional<DeclId> expected_decl = opath;
  if (!opath) {
    ty_record = ct.NewVar();
    if (opt_exp != kNoType) {
      if (std::optional<DeclId> p = ConcreteDecl(opt_exp, DeclKind::Record)) {
        TypeId t = ct.AtNewLevel(
            [&] { return ct.NewConstr(*p, ct.InstanceList(env_->types[*p].params)); });
        ct.GeneralizeStructure(t);
        ty_record = t;
        expected_decl = p;
      }
    }
  } else {
    ty_record = expected.type;
  }
  std::vector<ast::Id> fields = ListOf(x.list);
  std::vector<std::pair<ast::Id, LabelId>> labelled =
      DisambiguateLabels(x.span, fields, false, x.a == kNone, expected_decl, ty_record,
                         "This record expression is expected to have");
  for (const auto& [f, label] : labelled)
    RaiseAlerts(env_->labels[label].alerts, ast_->longidents[ast_->record_fields[f].label].span,
                env_->labels[label].name);
  std::stable_sort(labelled.begin(), labelled.end(), [&](const auto& a, const auto& b) {
    return env_->labels[a.second].pos < env_->labels[b.second].pos;
  });
  for (const auto& [f, l] : labelled) {
    record_field_labels_[f] = l;
    const ast::RecordField& rf = ast_->record_fields[f];
    TypeLabelExp(rf.label, l, rf.expr, ty_record);
  }
  if (auto trace = ct.Unify(ct.Instance(ty_record), ct.Instance(expected.type))) {
    Explanation ex = (x.flags & ast::kGhost) ? Explanation::None : expected.explanation;
    RaiseExprClash(e, x.span, std::move(*trace), ex);
  }
  for (size_t i = 0; i + 1 < labelled.size(); ++i)
    if (env_->labels[labelled[i].second].pos == env_->labels[labelled[i + 1].second].pos)
      Raise(MakeError(DiagKind::LabelMultiplyDefined, x.span,
                      Text("The record field label " + env_->labels[labelled[i].second].name +
                           " is defined several times")));
  if (labelled.empty()) return ct.Instance(expected.type);
  const TypeDecl& decl = env_->types[env_->labels[labelled[0].second].owner];
  auto given = [&](LabelId l) {
    return std::any_of(labelled.begin(), labelled.end(), [&](const auto& p) {
      return env_->labels[p.second].pos == env_->labels[l].pos;
    });
  };
  if (x.a == kNone) {
    std::vector<std::string> missing;
    for (LabelId l : decl.labels)
      if (!given(l)) missing.push_back(env_->labels[l].name);
    if (!missing.empty()) {
      Doc message = [missing](fmt::Formatter& ppf) {
        ppf.open_hovbox(0);
        ppf.print_string("Some record fields are undefined:");
        for (const std::string& m : missing) {
          ppf.print_space();
          ppf.print_string(m);
        }
        ppf.close_box();
      };
      Raise(MakeError(DiagKind::MissingRecordFields, x.span, std::move(message)));
    }
  } else {
    TypeId ty_exp = ct.Instance(opt_exp);
    for (LabelId l : decl.labels) {
      std::vector<TypeId> inst1 = ct.InstanceList({env_->labels[l].arg, env_->labels[l].res});
      if (auto trace = ct.Unify(ty_exp, inst1[1]))
        RaiseExprClash(x.a, ast_->exprs[x.a].span, std::move(*trace), Explanation::None);
      if (!given(l)) {
        std::vector<TypeId> inst2 = ct.InstanceList({env_->labels[l].arg, env_->labels[l].res});
        if (auto trace = ct.Unify(inst1[0], inst2[0]))
          RaiseExprClash(e, x.span, std::move(*trace), Explanation::None);
        if (auto trace = ct.Unify(ct.Instance(expected.type), inst2[1]))
          RaiseExprClash(e, x.span, std::move(*trace), expected.explanation);
      }
    }
    if (labelled.size() == decl.labels.size())
      Warn(23, x.span,
           "all the fields are explicitly listed in this record:\nthe 'with' clause is useless.");
  }
  return ct.Instance(expected.type);
}

Typer::LabelAccess Typer::TypeLabelAccess(const ast::Expr& x) {
  pending_.recarg = Recarg::Allowed;
  TypeId record = TypeExp(x.a);
  std::optional<DeclId> decl = ConcreteDecl(record, DeclKind::Record);
  std::vector<LabelId> labels = LookupAllLabelsNoError(x.b);
  LabelId label = DisambiguateFieldAccess(x.b, labels, decl, record);
  RaiseAlerts(env_->labels[label].alerts, ast_->longidents[x.b].span, env_->labels[label].name);
  return LabelAccess{record, decl, label};
}

TypeId Typer::TypeField(ast::Id e, Expected expected) {
  Ctype& ct = *ctype_;
  const ast::Expr& x = ast_->exprs[e];
  auto [record, decl, label] = TypeLabelAccess(x);
  std::vector<TypeId> inst = ct.InstanceList({env_->labels[label].arg, env_->labels[label].res});
  UnifyExp(x.a, record, inst[1]);
  TypeId ty_arg = inst[0];
  UnifyExp(e, ty_arg, ct.Instance(expected.type), expected.explanation);
  return ty_arg;
}

LabelId Typer::DisambiguateFieldAccess(ast::Id longident, const std::vector<LabelId>& labels,
                                       std::optional<DeclId> decl, TypeId record_type) {
  const ast::LongIdent& l = ast_->longidents[longident];
  std::string name(ast_->LastName(longident));
  if (!decl) {
    if (labels.empty()) RaiseUnboundLabel(longident);
    std::vector<DeclId> others;
    for (size_t i = 1; i < labels.size(); ++i) others.push_back(env_->labels[labels[i]].owner);
    WarnAmbiguous(l.span, name, env_->labels[labels[0]].owner, others);
    return labels[0];
  }
  DeclId expanded = ExpandDeclPath(*decl);
  for (LabelId c : labels)
    if (ExpandDeclPath(env_->labels[c].owner) == expanded) {
      WarnDisambiguated(l.span, name, c == labels[0]);
      return c;
    }
  if (l.parts.size == 1) {
    std::vector<std::string> valid;
    for (LabelId c : env_->types[*decl].labels) {
      if (env_->labels[c].name == name) {
        if (env_->types[*decl].inline_of != kNone) return c;  // NameChoice.in_env
        Warn(40, l.span, OutOfScopeText(name, *decl));
        WarnDisambiguated(l.span, name, false);
        return c;
      }
      valid.push_back(env_->labels[c].name);
    }
    Raise(WrongNameError(l.span, "This expression has", record_type, Explanation::None, true,
                         ast_->LastName(longident), *decl, valid));
  }
  if (labels.empty()) RaiseUnboundLabel(longident);
  Raise(NameTypeMismatchError(l.span, true, longident, *decl, env_->labels[labels[0]].owner));
}

TypeId Typer::TypeSetField(ast::Id e, Expected expected) {
  Ctype& ct = *ctype_;
  const ast::Expr& x = ast_->exprs[e];
  auto [record, decl, label] = TypeLabelAccess(x);
  TypeId ty_record = decl ? record : ct.NewVar();
  TypeLabelExp(x.b, label, x.c, ty_record);
  UnifyExp(x.a, record, ty_record);
  if (!env_->labels[label].is_mutable)
    Raise(MakeError(DiagKind::LabelNotMutable, x.span,
                    Text("The record field " + ast_->FullName(x.b) + " is not mutable")));
  TypeId unit = ct.Predef(env_->predef.unit_);
  UnifyExp(e, unit, ct.Instance(expected.type), expected.explanation);
  return unit;
}

}  // namespace mlhint::typing
