#include "support/edit_distance.h"

#include <algorithm>
#include <cstdlib>

namespace mlhint {

std::optional<int> EditDistance(std::string_view a, std::string_view b, int cutoff,
                                std::vector<int>& scratch) {
  int la = static_cast<int>(a.size()), lb = static_cast<int>(b.size());
  cutoff = std::min(std::max(la, lb), cutoff);
  if (std::abs(la - lb) > cutoff) return std::nullopt;
  // Rows i-2, i-1 and i of OCaml's matrix; a cell outside the band that is
  // computed stays cutoff+1.
  const size_t width = static_cast<size_t>(lb) + 1;
  scratch.assign(3 * width, cutoff + 1);
  int* before = scratch.data();
  int* above = before + width;
  int* row = above + width;
  for (int j = 0; j <= lb; ++j) above[j] = j;
  for (int i = 1; i <= la; ++i) {
    std::fill(row, row + width, cutoff + 1);
    row[0] = i;
    for (int j = std::max(1, i - cutoff - 1); j <= std::min(lb, i + cutoff + 1); ++j) {
      int cost = a[i - 1] == b[j - 1] ? 0 : 1;
      int best = std::min(1 + std::min(above[j], row[j - 1]), above[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
        best = std::min(best, before[j - 2] + cost);
      row[j] = best;
    }
    int* oldest = before;
    before = above;
    above = row;
    row = oldest;
  }
  int result = above[lb];
  if (result > cutoff) return std::nullopt;
  return result;
}

std::optional<int> EditDistance(std::string_view a, std::string_view b, int cutoff) {
  std::vector<int> scratch;
  return EditDistance(a, b, cutoff, scratch);
}

}  // namespace mlhint
