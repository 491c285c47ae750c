// Edit distance between two names: OCaml's Misc.edit_distance (insertions,
// deletions, substitutions and transpositions of adjacent characters each
// cost 1), used for "Did you mean ...?" suggestions.
#pragma once

#include <optional>
#include <string_view>
#include <vector>

namespace mlhint {

// The distance between `a` and `b`, or nullopt when it is over `cutoff`.
std::optional<int> EditDistance(std::string_view a, std::string_view b, int cutoff);
// The same, with the rows kept in `scratch` (no allocation once it is large
// enough): for comparing one name with many candidates.
std::optional<int> EditDistance(std::string_view a, std::string_view b, int cutoff,
                                std::vector<int>& scratch);

}  // namespace mlhint
