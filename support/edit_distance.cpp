#include "support/edit_distance.h"

#include <algorithm>
#include <cstdlib>
#include <vector>

namespace mlhint {

std::optional<int> EditDistance(std::string_view a, std::string_view b, int cutoff) {
  int la = static_cast<int>(a.size()), lb = static_cast<int>(b.size());
  cutoff = std::min(std::max(la, lb), cutoff);
  if (std::abs(la - lb) > cutoff) return std::nullopt;
  // Rows i-2, i-1 and i of OCaml's matrix; a cell outside the band that is
  // computed stays cutoff+1.
  std::vector<int> before(lb + 1, cutoff + 1), above(lb + 1), row(lb + 1);
  for (int j = 0; j <= lb; ++j) above[j] = j;
  for (int i = 1; i <= la; ++i) {
    std::fill(row.begin(), row.end(), cutoff + 1);
    row[0] = i;
    for (int j = std::max(1, i - cutoff - 1); j <= std::min(lb, i + cutoff + 1); ++j) {
      int cost = a[i - 1] == b[j - 1] ? 0 : 1;
      int best = std::min(1 + std::min(above[j], row[j - 1]), above[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) best = std::min(best, before[j - 2] + cost);
      row[j] = best;
    }
    std::swap(before, above);
    std::swap(above, row);
  }
  int result = above[lb];
  if (result > cutoff) return std::nullopt;
  return result;
}

}  // namespace mlhint
