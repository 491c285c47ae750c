// The checking thread. The checker recurses as deep as the program nests,
// so it runs on one long-lived thread with a large stack, and everything
// that touches an Analysis (checking, the type under the cursor) happens
// there, in order.
//
// Work never queues up behind a fast typist: each document has one slot
// for a pending check, and a newer text replaces an older one that has not
// started. A check that has started runs to its end (the checker cannot be
// interrupted), and the protocol side drops its result if the document has
// moved on; the next check is then of the latest text only.
#pragma once

#include <condition_variable>
#include <cstdint>
#include <deque>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <thread>
#include <vector>

#include "driver/check.h"
#include "lsp/checked.h"
#include "lsp/incremental.h"
#include "lsp/workspace.h"

namespace mlhint::lsp {

struct CheckJob {
  std::string uri;
  uint64_t generation = 0;  // the server's number for this text of the document
  std::shared_ptr<const std::string> text;
};

struct CheckOutcome {
  std::string uri;
  uint64_t generation = 0;
  std::vector<CheckedDiagnostic> diagnostics;
};

// A question about a checked text (the answers are in byte offsets of it).
enum class QueryKind : uint8_t { Hover, Definition, References, Outline, InlayHints };
struct Query {
  uint64_t token = 0;  // the protocol side's handle for the request
  std::string uri;
  uint64_t generation = 0;
  QueryKind kind = QueryKind::Hover;
  uint32_t offset = 0;               // Hover, Definition, References
  bool include_declaration = false;  // References
  Span range;                        // InlayHints
  InlayHintSettings hints;           // InlayHints
};

struct QueryAnswer {
  uint64_t token = 0;
  bool found_analysis = false;  // false: that text is no longer the one checked
  std::optional<HoverText> hover;
  std::vector<Span> spans;  // Definition (at most one), References
  std::vector<OutlineSymbol> symbols;
  std::vector<TypeHint> hints;
};

class Worker {
 public:
  // `wake` is called from the worker thread whenever results are ready.
  Worker(CheckOptions options, std::function<void()> wake);
  ~Worker();  // finishes the check in progress, if any, and joins
  Worker(const Worker&) = delete;
  Worker& operator=(const Worker&) = delete;

  void Check(CheckJob job);  // replaces any check of that document not yet started
  void Close(const std::string& uri);
  void Ask(Query query);
  // New settings: every kept check is dropped (the caller checks its
  // documents again).
  void SetOptions(CheckOptions options);

  struct Results {
    std::vector<CheckOutcome> checks;
    std::vector<QueryAnswer> answers;
  };
  Results Take();

 private:
  void Loop();
  void RunCheck(CheckJob job);
  QueryAnswer Answer(const Query& query);

  CheckOptions options_;  // worker thread only, but for SetOptions (under the mutex)
  std::optional<CheckOptions> new_options_;
  const std::function<void()> wake_;

  std::mutex mutex_;
  std::condition_variable work_;
  bool stop_ = false;
  std::map<std::string, CheckJob> pending_;  // one slot per document
  std::deque<std::string> order_;            // documents in the order they became dirty
  std::vector<std::string> closed_;
  std::deque<Query> queries_;
  Results results_;

  // The latest check of each document (worker thread only): the next text
  // is checked again only where it differs, when that is sound.
  struct Kept {
    uint64_t generation = 0;
    std::unique_ptr<IncrementalCheck> check;
    // The last text checked and its diagnostics but a syntax error: what
    // stays while the next texts do not parse.
    std::shared_ptr<const std::string> shown_text;
    std::vector<CheckedDiagnostic> shown;
    // The environment `check` was made in: the units of the document's
    // directory that it uses (lsp/workspace.h).
    Workspace::Environment environment;
  };
  std::map<std::string, Kept> analyses_;
  Workspace workspace_;

  // The settings with the environment of a kept check.
  CheckOptions OptionsOf(const Kept& kept) const;
  // After `uri` was checked: the open documents that use its unit, checked
  // again when the unit's interface changed what they start from.
  void CheckDependents(const std::string& uri);

  std::thread thread_;
};

}  // namespace mlhint::lsp
