// Which blame candidate is likeliest the mistake, and what the hint says of
// it when no repair verifies there.
#pragma once

#include <string>
#include <vector>

#include "hints/blame_search.h"
#include "hints/sandbox.h"

namespace mlhint::hints {

struct RankedCandidate {
  Candidate candidate;
  double decisive = 0;   // the strong features' score
  double score = 0;      // the fine features', for ties
  std::string features;  // for studying the ranking (MLHINT_BLAME_DUMP)
};

// The best candidates get the repair rules (a repair verified at a
// lesser one would point away from the likeliest place).
inline constexpr size_t kRepairedCandidates = 1;
// How far down the ranking a one-token repair that verifies is still taken
// (Repair::anywhere).
inline constexpr size_t kAnywhereCandidates = 8;

// A candidate whose strong features score below this is less likely than
// OCaml's own location: no blame hint then.
inline constexpr double kBelowOcamlsLocation = 0.0;

// The candidates, best first.
std::vector<RankedCandidate> Rank(const ast::Ast& tree, const typing::TypeClash& error,
                                  const std::vector<ast::Id>& parents,
                                  std::vector<Candidate> candidates);

// The type of the expression at `span`, typed on its own where it stands
// (its context's demands aside); "" if it has none there.
std::string OwnType(ItemSandbox& box, const SourceBuffer& source, Span span);

// "Hint: This is likely the mistake: ..." for a candidate without a repair:
// what the expression is (its type, typed on its own where it stands) and
// what its context needs.
std::string BlameMessage(ItemSandbox& box, const ast::Ast& tree, const SourceBuffer& source,
                         const Candidate& candidate);

}  // namespace mlhint::hints
