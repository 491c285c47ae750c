// Edit distance between two names: OCaml's Misc.edit_distance (insertions,
// deletions, substitutions and transpositions of adjacent characters each
// cost 1), used for "Did you mean ...?" suggestions.
#pragma once

#include <optional>
#include <string_view>

namespace mlhint {

// The distance between `a` and `b`, or nullopt when it is over `cutoff`.
std::optional<int> EditDistance(std::string_view a, std::string_view b, int cutoff);

}  // namespace mlhint
