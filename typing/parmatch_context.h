// Internal to the exhaustiveness checks (parmatch*.cpp, printpat.cpp): the
// typed patterns of one check in the Matcher's form.
#pragma once

#include <algorithm>
#include <optional>
#include <string>
#include <vector>

#include "support/format.h"
#include "typing/parmatch.h"
#include "typing/typer.h"

namespace mlhint::typing {

using parmatch::ConstKind;
using parmatch::Matrix;
using parmatch::PatId;
using parmatch::PKind;
using parmatch::Row;

// Work allowed to one check, and to all the checks of a file: far more than
// any real match needs, small enough that a hostile one is given up quickly.
inline constexpr int64_t kCheckBudget = 10'000'000;

// A pattern the typer did not resolve (it reported an error there): thrown
// by the conversion, caught by each check.
struct Untyped {};

// The typed patterns of one check, in the Matcher's form, and the printing
// of its counter-examples.
class Typer::MatchContext {
 public:
  explicit MatchContext(Typer& typer)
      : t_(typer), m_(*typer.env_, *typer.store_, std::min(kCheckBudget, typer.match_budget_)) {
    m_.SetCtype(typer.ctype_.get());
  }
  ~MatchContext() {
    t_.match_budget_ -= std::min(kCheckBudget, t_.match_budget_) - m_.budget_left();
  }

  parmatch::Matcher& matcher() { return m_; }

  PatId Convert(ast::Id p);
  // A case's pattern, or its part that Typer::case_part_ asks for.
  PatId ConvertCase(ast::Id p);
  // The counter-example as OCaml's re-typing leaves it (see Explode).
  // The counter-example as re-typing shows it; nullopt if it matches no
  // value (the next one is tried, as OCaml filters its sequence).
  std::optional<PatId> Retype(PatId witness, TypeId scrutinee, int fuel);
  struct EmptyBranch {};
  std::string Print(PatId p);
  bool ContainsExtension(PatId p);
  // The types whose constructors a pattern names, for warning 4.
  void CollectTypes(PatId p, std::vector<DeclId>& out);
  std::string TypeName(DeclId d) const;

 private:
  PatId ConvertConstant(const ast::Constant& c, Span span);
  std::optional<PatId> ConvertPart(ast::Id p, CasePart part);
  PatId Explode(PatId p, TypeId ty, int fuel);
  TypeId Substitute(TypeId scheme, const std::vector<TypeId>& params,
                    const std::vector<TypeId>& args);
  std::optional<std::vector<TypeId>> InstanceArgs(DeclId owner, TypeId ty);
  std::vector<TypeId> ArgumentTypes(ConstrId c, TypeId ty);
  TypeId LabelType(LabelId l, TypeId ty);
  void PrettyVal(fmt::Formatter& ppf, PatId p);
  void PrettyArg(fmt::Formatter& ppf, PatId p);
  void PrettyCar(fmt::Formatter& ppf, PatId p);
  void PrettyCdr(fmt::Formatter& ppf, PatId p);
  void PrettyOr(fmt::Formatter& ppf, PatId p);
  void PrettyVals(fmt::Formatter& ppf, PatId p, const char* sep);
  bool IsCons(PatId p) const;

  Typer& t_;
  parmatch::Matcher m_;
};

}  // namespace mlhint::typing
