// The pattern-matrix algorithms behind warnings 4, 8, 11 and 12, after
// OCaml 4.13's Parmatch (Maranget, "Warnings for pattern matching").
//
// The Matcher works on its own arena of simplified typed patterns: variables
// are wildcards, aliases and type constraints are gone, character intervals
// are or-patterns of their characters, constructors and labels are resolved.
// It knows nothing of the syntax tree; typing/parmatch_convert.cpp builds
// the patterns from the typed AST and typing/parmatch.cpp turns the results
// into warnings.
//
// The order in which the algorithms explore the matrices is OCaml's, step for
// step, because it decides which counter-example is reported first and which
// sub-pattern a warning points at.
//
// The checks are exponential in the worst case. Every step is charged to a
// budget; when it runs out the Matcher throws BudgetExceeded and the caller
// gives the check up (OCaml has no such limit, but a checker must not hang).
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "support/span.h"
#include "typing/ctype.h"
#include "typing/env.h"
#include "typing/types.h"

namespace mlhint::typing::parmatch {

using PatId = uint32_t;

enum class PKind : uint8_t {
  Any,        // `_`, and what variables, aliases and constraints leave
  Or,         // two children
  Constant,   // ref: index into the constants
  Tuple,      // children: the elements
  Construct,  // ref: the ConstrId; children: the arguments
  Record,     // children: the field patterns, with their labels (by position)
  Array,      // children: the elements
  Lazy,       // one child: the pattern under `lazy`
  Extension,  // the "*extension*" of a counter-example over an open type
  Variant,    // a polymorphic variant's tag: ref: its name id; children: the argument
};

enum class ConstKind : uint8_t { Int, Char, String, Float, Int32, Int64, Nativeint };

struct Constant {
  ConstKind kind = ConstKind::Int;
  int64_t integer = 0;  // Int, Char (the byte), Int32, Int64, Nativeint
  double real = 0;      // Float: the value, for comparisons
  std::string text;     // String: the bytes; Float: the literal as written
};

struct Node {
  PKind kind = PKind::Any;
  // An or-pattern branch made from a character interval: OCaml never
  // reports these as unused sub-patterns.
  bool ghost = false;
  Span span;
  uint32_t ref = 0;
  uint32_t first = 0;  // children in the arena
  uint32_t count = 0;
  TypeId type = kNoType;  // Variant: the pattern's type (a row once expanded)
};

// The head of a pattern: its outermost constructor, without the arguments
// (Patterns.Head in OCaml).
struct Head {
  PKind kind = PKind::Any;      // never Or or Extension
  uint32_t ref = 0;             // Construct: ConstrId; Constant: constant index
  uint32_t arity = 0;           // Tuple, Array: length; Construct, Variant: argument count
  TypeId type = kNoType;        // Variant: the pattern's type
  std::vector<LabelId> labels;  // Record: the labels it names
};

using Row = std::vector<PatId>;
using Matrix = std::vector<Row>;

// The usefulness of a match case: used, unused, or used with some unused
// or-pattern branches.
struct Usefulness {
  enum class Kind : uint8_t { Used, Unused, Partial } kind = Kind::Used;
  std::vector<PatId> unused;  // Partial: the unused branches, in source order
};

struct BudgetExceeded {};

class Matcher {
 public:
  Matcher(const Env& env, TypeStore& store, int64_t budget);
  // The rows of polymorphic variants are read (and closed) through it.
  void SetCtype(Ctype* ctype) { ctype_ = ctype; }
  // Parmatch.pressure_variants: closes the rows of the variant types the
  // rows' patterns cover without a wildcard (a row of `patterns` and a
  // wildcard per case).
  bool PressureVariants(const Matrix& rows, bool close);

  // --- the arena
  PatId Omega() const { return 0; }
  PatId Add(Node node, const std::vector<PatId>& children, const std::vector<LabelId>& labels = {});
  PatId AddConstant(Constant c, Span span);
  PatId MakeOr(PatId left, PatId right, Span span, bool ghost);
  void SetSpan(PatId p, Span span) { nodes_[p].span = span; }
  void SetGhost(PatId p, bool ghost) { nodes_[p].ghost = ghost; }
  const Node& node(PatId p) const { return nodes_[p]; }
  PatId Child(PatId p, uint32_t i) const { return children_[nodes_[p].first + i]; }
  LabelId ChildLabel(PatId p, uint32_t i) const { return labels_[nodes_[p].first + i]; }
  const Constant& constant(PatId p) const { return constants_[nodes_[p].ref]; }
  int64_t budget_left() const { return budget_; }

  // --- the checks
  // The first counter-example of an exhaustiveness check of the rows (each
  // one pattern wide), or nullopt when they are exhaustive. With `ext`, the
  // type `ext` is considered open (the fragile-match check, warning 4).
  std::optional<PatId> Exhaust(const Matrix& rows, std::optional<DeclId> ext = std::nullopt);
  // The counter-examples in OCaml's order (its lazy sequence), each given
  // to `take` until it returns true; whether one was taken.
  bool ExhaustEach(const Matrix& rows, const std::function<bool(PatId)>& take);
  // Does some row of `rows` match a value of the pattern row `values`?
  bool DoMatch(const Matrix& rows, const Row& values);
  // The rows that no other row makes redundant (Parmatch.get_mins le_pats).
  Matrix GetMins(const Matrix& rows);
  bool Compats(const Row& ps, const Row& qs);
  // What identifies the head of `p` among the heads of its type (two
  // patterns with different keys are neither compatible nor one more
  // general than the other); none for wildcards and or-patterns.
  std::optional<std::string> HeadKey(PatId p);
  // Is the case `q` useful after the `previous` unguarded cases, and which
  // of its or-pattern branches are not?
  Usefulness CheckUseful(const Matrix& previous, PatId q);

  // Records that `name` is bound at `p` (a variable, or an alias of p).
  void Bind(PatId p, std::string_view name);
  // Parmatch.pattern_stable_vars: the variables of `p` that every branch of
  // its or-patterns able to match a value binds to the same part of it,
  // given the previous unguarded cases; nullopt when no value reaches `p`.
  std::optional<std::vector<std::string_view>> StableVars(const Matrix& previous, PatId p);

  // The type a constructor pattern of this head belongs to, seen through
  // re-exports (`type u = t = A | B` is t).
  DeclId ConstructorTypeOf(ConstrId c) const;

 private:
  // A row whose first pattern is split into its head and the rest.
  struct Simple {
    PatId head;  // not an or-pattern
    Row rest;
  };
  template <class R>
  struct Groups {
    std::vector<R> default_rows;
    std::vector<std::pair<Head, std::vector<R>>> constrs;
  };
  // A row of the usefulness check: columns already handled (no_ors and
  // ors, most recent first) and the columns still to look at.
  struct URow {
    Row no_ors;
    Row ors;
    Row active;
  };
  struct USimple {
    PatId head;
    URow row;
  };

  using VarSet = std::vector<std::string_view>;  // sorted
  // A row of the ambiguity check: a positive row (the case examined) keeps
  // the variables bound at each head it went through (most recent first); a
  // negative row is a previous case.
  struct AmbRow {
    bool positive;
    Row row;
    std::vector<VarSet> varsets;
  };
  std::optional<VarSet> MatrixStableVars(const std::vector<AmbRow>& m);
  void SplitAmbHead(PatId p, VarSet head_vars, const AmbRow& rest,
                    std::vector<std::pair<PatId, AmbRow>>& out);

  void Spend(int64_t units);
  std::vector<PatId> Omegas(size_t n) const { return std::vector<PatId>(n, Omega()); }

  // --- constructors and labels
  struct ConstrInfo {
    bool constant;   // no argument
    uint32_t tag;    // index among the constant (or non-constant) constructors
    int32_t consts;  // constant and non-constant constructors of the type (-1 for exceptions)
    int32_t nonconsts;
  };
  const ConstrInfo& Info(ConstrId c);
  bool SameTag(ConstrId a, ConstrId b);
  uint32_t LabelPos(LabelId l) const { return env_.labels[l].pos; }
  size_t LabelCount(LabelId l) const { return env_.types[env_.labels[l].owner].labels.size(); }

  // --- heads
  Head HeadOf(PatId p) const;
  PatId OmegaPattern(const Head& h);
  bool SimpleMatch(const Head& discr, const Head& h);
  bool ConstEqual(const Constant& a, const Constant& b) const;
  Row MatchArgs(const Head& discr, PatId p);
  Head DiscrPat(const Head& q, const std::vector<Simple>& rows);
  bool AllCoherent(const Head* first, const std::vector<Simple>& rows);
  bool Coherent(const Head& a, const Head& b);
  template <class R>
  bool FullMatch(const std::vector<std::pair<Head, std::vector<R>>>& constrs);
  std::string GroupKey(const Head& h);

  // --- matrices
  std::vector<Simple> SimplifyFirstCol(const Matrix& rows);
  void SplitHead(PatId p, const Row& rest, std::vector<Simple>& out);
  Matrix SpecializedSubmatrix(const Head& discr, const std::vector<Simple>& rows);
  template <class R, class Extend>
  Groups<R> GroupRows(const Head& discr, const std::vector<std::pair<PatId, const R*>>& rows,
                      Extend extend);
  Groups<Row> SpecializedSubmatrices(const Head& discr, const std::vector<Simple>& rows);
  Row SetArgs(PatId q, const Row& r);

  bool Satisfiable(const Matrix& rows, const Row& qs);
  // Each gives the counter-example rows to `take` until it returns true.
  using TakeRow = std::function<bool(Row)>;
  bool ExhaustRows(const Matrix& rows, size_t n, const TakeRow& take);
  bool SpecializeAndExhaust(const Matrix& rows, size_t n, const TakeRow& take);
  PatId BuildOther(const std::vector<std::pair<Head, Matrix>>& constrs);
  PatId BuildOtherConstrs(const std::vector<std::pair<Head, Matrix>>& constrs);
  template <class R>
  bool FullVariantMatch(const std::vector<std::pair<Head, std::vector<R>>>& constrs, bool closing);
  PatId BuildOtherVariant(const std::vector<std::pair<Head, Matrix>>& constrs);
  bool ShouldExtend(const std::vector<std::pair<Head, Matrix>>& constrs);

  bool LePat(PatId p, PatId q);
  bool LePats(const Row& ps, const Row& qs);
  bool Compat(PatId p, PatId q);
  std::pair<Row, Row> RecordsArgs(PatId p, PatId q);

  bool HasOr(PatId p);
  Usefulness EverySatisfiables(const std::vector<URow>& rows, const URow& qs);
  Usefulness EveryBoth(const std::vector<URow>& rows, const URow& qs, PatId q1, PatId q2);
  std::vector<URow> ExtractElements(const URow& qs);
  std::vector<USimple> SimplifyFirstUsefulnessCol(const std::vector<URow>& rows);

  const Env& env_;
  TypeStore& store_;
  Ctype* ctype_ = nullptr;
  int64_t budget_;
  std::optional<DeclId> ext_;  // the type considered open, during Exhaust
  std::vector<Node> nodes_;
  std::vector<PatId> children_;
  std::vector<LabelId> labels_;  // parallel to children_ (records only)
  std::vector<Constant> constants_;
  // A map, not a vector by ConstrId: a matcher is made per match, and a
  // vector as large as the environment's constructors would make each
  // match cost the size of the file.
  std::unordered_map<ConstrId, ConstrInfo> constr_info_;
  std::unordered_map<PatId, VarSet> bound_;
};

}  // namespace mlhint::typing::parmatch
