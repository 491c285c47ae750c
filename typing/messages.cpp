#include "typing/messages.h"

#include <algorithm>
#include <optional>

#include "support/edit_distance.h"
#include "support/format.h"

namespace mlhint::typing {

std::string ExplanationText(Explanation e) {
  switch (e) {
    case Explanation::None:
      return "";
    case Explanation::IfConditional:
      return "the condition of an if-statement";
    case Explanation::IfNoElseBranch:
      return "the result of a conditional with no else branch";
    case Explanation::WhileLoopConditional:
      return "the condition of a while-loop";
    case Explanation::WhileLoopBody:
      return "the body of a while-loop";
    case Explanation::ForLoopStartIndex:
      return "a for-loop start index";
    case Explanation::ForLoopStopIndex:
      return "a for-loop stop index";
    case Explanation::ForLoopBody:
      return "the body of a for-loop";
    case Explanation::AssertCondition:
      return "the condition of an assertion";
    case Explanation::SequenceLeftHandSide:
      return "the left-hand side of a sequence";
    case Explanation::WhenGuard:
      return "a when-guard";
  }
  return "";
}

OutType FreshTree(TypePrinter& printer, TypeId t) {
  return printer.TreeFresh(t);
}

namespace {

// Printtyp.trees_of_type_expansion: a type, and its expansion when the
// expansion prints differently ("Int64.t = int64").
struct Expansion {
  OutType type;
  std::optional<OutType> expanded;
};

bool SamePath(TypeStore& ts, TypeId t, TypeId tx) {
  t = ts.Repr(t);
  tx = ts.Repr(tx);
  if (t == tx) return true;
  if (ts.tag(t) != TypeTag::Constr || ts.tag(tx) != TypeTag::Constr) return false;
  if (ts.constr_decl(t) != ts.constr_decl(tx) || ts.arg_count(t) != ts.arg_count(tx)) return false;
  for (uint32_t i = 0; i < ts.arg_count(t); ++i)
    if (ts.Repr(ts.arg(t, i)) != ts.Repr(ts.arg(tx, i))) return false;
  return true;
}

Expansion TreeOfExpansion(TypePrinter& printer, TypeStore& ts, TypeId t, TypeId tx) {
  bool same = SamePath(ts, t, tx);
  if (ts.may_have_rows()) {
    printer.ResetLoopMarks();
    printer.Prepare(t);
    if (same)
      printer.Delay(t);
    else
      printer.Prepare(tx);
  }
  Expansion e;
  e.type = printer.Tree(t);
  if (same) return e;
  OutType second = printer.Tree(tx);
  if (!(second == e.type)) e.expanded = std::move(second);
  return e;
}

void PrintExpansion(fmt::Formatter& ppf, const Expansion& e) {
  if (!e.expanded) {
    PrintOutType(ppf, e.type);
    return;
  }
  ppf.open_box(2);
  PrintOutType(ppf, e.type);
  ppf.print_space();
  ppf.print_string("=");
  ppf.print_space();
  PrintOutType(ppf, *e.expanded);
  ppf.close_box();
}

enum class Status { Keep, OptionalRefinement };

Status PrintingStatus(TypeStore& ts, const TraceElement& e) {
  if (e.kind != TraceElement::Kind::Diff) return Status::Keep;
  if (SamePath(ts, e.got, e.got_expanded) && SamePath(ts, e.expected, e.expected_expanded))
    return Status::OptionalRefinement;
  return Status::Keep;
}

bool IsUnit(Ctype& ct, TypeId t) {
  return ct.IsConstr(t, ct.env().predef.unit_);
}

// What Printtyp.explanation finds for one trace element.
struct Mismatch {
  enum class Kind {
    None,
    ForgotUnitArgument,
    ForgotFunUnit,
    Occurs,
    Escape,
    Variant,
    Silent
  } kind = Kind::None;
  OutType var, type;                                          // Occurs
  std::string path;                                           // Escape: the type constructor
  TraceElement::Row row = TraceElement::Row::NoIntersection;  // Variant
  std::vector<std::string> tags;                              // Variant
};

Mismatch ExplainElement(TypePrinter& printer, Ctype& ct, const TraceElement& e) {
  TypeStore& ts = ct.store();
  Mismatch m;
  if (e.kind == TraceElement::Kind::RecOccur) {
    TypeId x = ts.Repr(e.got);
    if (ts.tag(x) == TypeTag::Var) {
      // reset_and_mark_loops y: the names restart for this line.
      printer.ResetNames();
      m.kind = Mismatch::Kind::Occurs;
      m.var = printer.Tree(x);
      m.type = printer.Tree(e.expected);
      // type_expr resets again when it prints: the variable is printed
      // first, then the type, from fresh names.
      printer.ResetNames();
      m.var = printer.Tree(x);
      printer.ResetNames();
      m.type = printer.Tree(e.expected);
    } else {
      m.kind = Mismatch::Kind::Silent;
    }
    return m;
  }
  if (e.kind == TraceElement::Kind::Escape) {
    m.kind = Mismatch::Kind::Escape;
    m.path = printer.PathOf(ts.constr_decl(e.got));
    return m;
  }
  if (e.kind == TraceElement::Kind::Variant) {
    m.kind = Mismatch::Kind::Variant;
    m.row = e.row;
    for (uint32_t t : e.tags) m.tags.push_back(ts.Name(t));
    return m;
  }
  TypeId t3 = ts.Repr(e.got_expanded), t4 = ts.Repr(e.expected_expanded);
  if (ts.tag(t3) == TypeTag::Arrow && IsUnit(ct, ts.arrow_arg(t3)) &&
      ct.Unifiable(ts.arrow_res(t3), t4)) {
    m.kind = Mismatch::Kind::ForgotUnitArgument;
  } else if (ts.tag(t4) == TypeTag::Arrow && IsUnit(ct, ts.arrow_arg(t4)) &&
             ct.Unifiable(t3, ts.arrow_res(t4))) {
    m.kind = Mismatch::Kind::ForgotFunUnit;
  }
  return m;
}

}  // namespace

Doc UnificationErrorDoc(TypePrinter& printer, Ctype& ct, const Trace& trace, std::string got_intro,
                        std::string expected_intro, Explanation explanation, UnitHint* unit_hint) {
  if (unit_hint) *unit_hint = UnitHint::None;
  TypeStore& ts = ct.store();
  printer.ResetNames();
  if (trace.empty()) return Text(got_intro);
  for (const TraceElement& e : trace)
    if (e.kind == TraceElement::Kind::Variant && e.row == TraceElement::Row::Tags) {
      // Typetexp's Variant_tags, said instead of the clash.
      std::string a = ts.Name(e.tags[0]), b = ts.Name(e.tags[1]);
      return [a, b](fmt::Formatter& ppf) {
        ppf.open_box(0);
        ppf.print_string("Variant tags `" + a);
        ppf.print_space();
        ppf.print_string("and `" + b + " have the same hash value.");
        ppf.print_space();
        ppf.print_string("Change one of them.");
        ppf.close_box();
      };
    }
  // prepare_any_trace: the head, then the elements worth printing.
  std::vector<TraceElement> prepared{trace[0]};
  {
    std::vector<TraceElement> kept;
    for (size_t i = trace.size(); i-- > 1;) {
      Status s = PrintingStatus(ts, trace[i]);
      if (s == Status::Keep)
        kept.insert(kept.begin(), trace[i]);
      else if (kept.empty())
        kept.push_back(trace[i]);
    }
    prepared.insert(prepared.end(), kept.begin(), kept.end());
  }
  // The explanation, from the innermost element outwards. (Computed before
  // the types are named; its own types are named on their own.)
  Mismatch mis;
  for (size_t i = prepared.size(); i-- > 0;) {
    mis = ExplainElement(printer, ct, prepared[i]);
    if (mis.kind != Mismatch::Kind::None) break;
  }
  if (unit_hint && mis.kind == Mismatch::Kind::ForgotUnitArgument)
    *unit_hint = UnitHint::ProvideUnitArgument;
  if (unit_hint && mis.kind == Mismatch::Kind::ForgotFunUnit) *unit_hint = UnitHint::WrapInFunUnit;
  printer.ResetNames();
  // filter_trace: Diff elements; the last one only if it refines and there
  // is no explanation.
  std::vector<TraceElement> rest;
  for (size_t i = 1; i < prepared.size(); ++i) {
    const TraceElement& e = prepared[i];
    if (e.kind != TraceElement::Kind::Diff) continue;
    if (i + 1 == prepared.size() && PrintingStatus(ts, e) == Status::OptionalRefinement) {
      if (mis.kind == Mismatch::Kind::None) rest.push_back(e);
    } else {
      rest.push_back(e);
    }
  }
  const TraceElement& head = prepared[0];
  // prepare_expansion_head and prepare_expansion: every type of the message
  // is marked before any is named.
  // (An expansion is marked only when it differs: a row met twice is
  // named.)
  auto prepare = [&](TypeId t, TypeId tx) {
    printer.Prepare(t);
    if (!SamePath(ts, t, tx)) printer.Prepare(tx);
  };
  prepare(head.got, head.got_expanded);
  prepare(head.expected, head.expected_expanded);
  for (const TraceElement& e : rest) {
    prepare(e.got, e.got_expanded);
    prepare(e.expected, e.expected_expanded);
  }
  printer.BeginNaming();
  Expansion got = TreeOfExpansion(printer, ts, head.got, head.got_expanded);
  Expansion expected = TreeOfExpansion(printer, ts, head.expected, head.expected_expanded);
  std::vector<std::pair<Expansion, Expansion>> lines;
  for (const TraceElement& e : rest) {
    Expansion a = TreeOfExpansion(printer, ts, e.got, e.got_expanded);
    Expansion b = TreeOfExpansion(printer, ts, e.expected, e.expected_expanded);
    lines.emplace_back(std::move(a), std::move(b));
  }
  // Names met in several meanings become t/1, t/2 (Printtyp's
  // Naming_context), in every type of the message.
  auto rename = [&](Expansion& x) {
    printer.ApplyNaming(x.type);
    if (x.expanded) printer.ApplyNaming(*x.expanded);
  };
  rename(got);
  rename(expected);
  for (auto& [a, b] : lines) {
    rename(a);
    rename(b);
  }
  if (mis.kind == Mismatch::Kind::Occurs) {
    printer.ApplyNaming(mis.var);
    printer.ApplyNaming(mis.type);
  }
  std::vector<TypePrinter::Conflict> conflicts = printer.EndNaming();
  std::string because = ExplanationText(explanation);
  return [=](fmt::Formatter& ppf) {
    ppf.open_vbox(0);
    ppf.open_box(0);
    ppf.print_string(got_intro);
    ppf.print_break(1, 2);
    PrintExpansion(ppf, got);
    ppf.print_space();
    ppf.print_string(expected_intro);
    ppf.print_break(1, 2);
    PrintExpansion(ppf, expected);
    if (!because.empty()) {
      ppf.print_space();
      ppf.print_string("because it is in " + because);
    }
    ppf.close_box();
    for (const auto& [a, b] : lines) {
      ppf.print_cut();
      ppf.open_box(0);
      ppf.print_string("Type");
      ppf.print_break(1, 2);
      PrintExpansion(ppf, a);
      ppf.print_space();
      ppf.print_string("is not compatible with type");
      ppf.print_break(1, 2);
      PrintExpansion(ppf, b);
      ppf.close_box();
      ppf.print_string(" ");
    }
    switch (mis.kind) {
      case Mismatch::Kind::ForgotUnitArgument:
        ppf.print_cut();
        ppf.open_box(0);
        ppf.print_string(kProvideUnitArgumentHint);
        ppf.close_box();
        break;
      case Mismatch::Kind::ForgotFunUnit:
        ppf.print_cut();
        ppf.open_box(0);
        ppf.print_string(kWrapInFunUnitHint);
        ppf.close_box();
        break;
      case Mismatch::Kind::Occurs:
        ppf.print_cut();
        ppf.open_hovbox(0);
        ppf.print_string("The type variable ");
        PrintOutType(ppf, mis.var);
        ppf.print_string(" occurs inside");
        ppf.print_space();
        PrintOutType(ppf, mis.type);
        ppf.close_box();
        break;
      case Mismatch::Kind::Escape:
        // Printtyp.explain_escape.
        ppf.print_cut();
        ppf.open_box(0);
        ppf.print_string("The type constructor");
        ppf.print_break(1, 2);
        ppf.print_string(mis.path);
        ppf.print_space();
        ppf.print_string("would escape its scope");
        ppf.close_box();
        break;
      case Mismatch::Kind::Variant:
        // Printtyp.explain_variant.
        ppf.print_cut();
        if (mis.row == TraceElement::Row::IncompatibleTypesFor) {
          ppf.print_string("Types for tag `" + mis.tags.front() + " are incompatible");
        } else if (mis.row == TraceElement::Row::NoIntersection) {
          ppf.print_string("These two variant types have no intersection");
        } else {
          ppf.open_box(0);
          ppf.print_string(mis.row == TraceElement::Row::NoTagsFirst ? "The first" : "The second");
          ppf.print_string(" variant type does not allow tag(s)");
          ppf.print_space();
          ppf.open_hovbox(0);
          for (size_t i = 0; i < mis.tags.size(); ++i) {
            if (i > 0) {
              ppf.print_string(",");
              ppf.print_space();
            }
            ppf.print_string("`" + mis.tags[i]);
          }
          ppf.close_box();
          ppf.close_box();
        }
        break;
      case Mismatch::Kind::None:
      case Mismatch::Kind::Silent:
        break;
    }
    PrintConflictExplanations(ppf, conflicts);
    ppf.close_box();
  };
}

void PrintConflictExplanations(fmt::Formatter& ppf,
                               const std::vector<TypePrinter::Conflict>& conflicts) {
  if (conflicts.empty()) return;
  ppf.print_cut();
  ppf.open_vbox(0);
  for (size_t i = 0; i < conflicts.size(); ++i) {
    if (i > 0) ppf.print_cut();
    ppf.open_vbox(2);
    ppf.print_string(conflicts[i].location + ":");
    ppf.print_cut();
    ppf.print_string("Definition of " + conflicts[i].what);
    ppf.close_box();
  }
  ppf.close_box();
}

Spellchecker::Spellchecker(std::string_view name) : name_(name), best_distance_(INT32_MAX) {
  switch (name.size()) {
    case 1:
    case 2:
      cutoff_ = 0;
      break;
    case 3:
    case 4:
      cutoff_ = 1;
      break;
    case 5:
    case 6:
      cutoff_ = 2;
      break;
    default:
      cutoff_ = 3;
      break;
  }
}

void Spellchecker::Consider(std::string_view candidate) {
  // Cheap rejections first: most candidates differ in length by more than
  // the cutoff, or are further than the best found so far.
  int la = static_cast<int>(name_.size()), lb = static_cast<int>(candidate.size());
  if (std::abs(la - lb) > std::min(std::max(la, lb), cutoff_) || std::abs(la - lb) > best_distance_)
    return;
  std::optional<int> d = EditDistance(name_, candidate, cutoff_, scratch_);
  if (!d || *d > best_distance_) return;
  if (*d < best_distance_) {
    best_.clear();
    best_distance_ = *d;
  }
  best_.emplace_back(candidate);
}

std::vector<std::string> Spellchecker::Choices() {
  // OCaml folds over the names sorted in decreasing order, putting each tie
  // in front: the closest names in increasing order, once each.
  std::sort(best_.begin(), best_.end());
  best_.erase(std::unique(best_.begin(), best_.end()), best_.end());
  return std::move(best_);
}

std::vector<std::string> Spellcheck(const std::vector<std::string>& candidates,
                                    const std::string& name) {
  Spellchecker speller(name);
  for (const std::string& c : candidates) speller.Consider(c);
  return speller.Choices();
}

Doc WithSpellcheck(Doc message, std::vector<std::string> choices) {
  return [message = std::move(message), choices = std::move(choices)](fmt::Formatter& ppf) {
    message(ppf);
    // Misc.did_you_mean: "@?" (which closes every box), then the hint on
    // a line of its own.
    ppf.print_flush();
    if (choices.empty()) return;
    std::string text = "Hint: Did you mean ";
    for (size_t i = 0; i + 1 < choices.size(); ++i) {
      if (i) text += ", ";
      text += choices[i];
    }
    if (choices.size() > 1) text += " or ";
    text += choices.back() + "?";
    ppf.force_newline();
    ppf.print_string(text);
    ppf.print_flush();
  };
}

}  // namespace mlhint::typing
