#include "lsp/worker.h"

#include <algorithm>
#include <exception>
#include <functional>
#include <utility>

#include "support/large_stack.h"

namespace mlhint::lsp {

Worker::Worker(CheckOptions options, std::function<void()> wake)
    : options_(std::move(options)), wake_(std::move(wake)) {
  thread_ = std::thread([this] {
    if (!RunWithLargeStack([this] { Loop(); }))
      Loop();  // no large stack to be had: deep inputs fail cleanly
  });
}

Worker::~Worker() {
  {
    std::lock_guard<std::mutex> lock(mutex_);
    stop_ = true;
  }
  work_.notify_one();
  thread_.join();
}

void Worker::Check(CheckJob job) {
  {
    std::lock_guard<std::mutex> lock(mutex_);
    auto [it, inserted] = pending_.insert_or_assign(job.uri, std::move(job));
    if (inserted) order_.push_back(it->first);
  }
  work_.notify_one();
}

void Worker::Close(const std::string& uri) {
  {
    std::lock_guard<std::mutex> lock(mutex_);
    if (pending_.erase(uri) > 0) std::erase(order_, uri);
    closed_.push_back(uri);
  }
  work_.notify_one();
}

void Worker::Ask(Query query) {
  {
    std::lock_guard<std::mutex> lock(mutex_);
    queries_.push_back(std::move(query));
  }
  work_.notify_one();
}

void Worker::SetOptions(CheckOptions options) {
  {
    std::lock_guard<std::mutex> lock(mutex_);
    new_options_ = std::move(options);
  }
  work_.notify_one();
}

Worker::Results Worker::Take() {
  std::lock_guard<std::mutex> lock(mutex_);
  return std::exchange(results_, Results{});
}

void Worker::Loop() {
  for (;;) {
    std::vector<std::string> closed;
    std::deque<Query> queries;
    std::optional<CheckJob> job;
    std::optional<CheckOptions> options;
    {
      std::unique_lock<std::mutex> lock(mutex_);
      work_.wait(lock, [this] {
        return stop_ || !closed_.empty() || !queries_.empty() || !order_.empty() || new_options_;
      });
      if (stop_) return;
      closed.swap(closed_);
      options.swap(new_options_);
      // Questions about a checked text first: they are quick, and a check
      // would make them wait for as long as it runs.
      queries.swap(queries_);
      if (closed.empty() && queries.empty() && !options) {
        auto it = pending_.find(order_.front());
        order_.pop_front();
        job = std::move(it->second);
        pending_.erase(it);
      }
    }
    for (const std::string& uri : closed) {
      analyses_.erase(uri);
      workspace_.Close(uri);
    }
    if (options) {
      options_ = std::move(*options);
      analyses_.clear();  // checked with the old settings
      workspace_.Forget();
    }
    if (!queries.empty()) {
      std::vector<QueryAnswer> answers;
      for (const Query& q : queries) answers.push_back(Answer(q));
      {
        std::lock_guard<std::mutex> lock(mutex_);
        for (QueryAnswer& a : answers) results_.answers.push_back(std::move(a));
      }
      wake_();
    }
    if (job) RunCheck(std::move(*job));
  }
}

QueryAnswer Worker::Answer(const Query& q) {
  QueryAnswer answer;
  answer.token = q.token;
  auto it = analyses_.find(q.uri);
  if (it == analyses_.end() || !it->second.check || it->second.generation != q.generation)
    return answer;
  answer.found_analysis = true;
  std::unique_ptr<IncrementalCheck>& check = it->second.check;
  const CheckOptions options = OptionsOf(it->second);
  try {
    bool stale = false;
    if (q.kind == QueryKind::Hover) {
      answer.hover = check->Hover(q.offset, &stale);
      if (stale) {
        // In an item checked alone: only a whole check knows its types.
        check = IncrementalCheck::Full(q.uri, check->text(), options);
        answer.hover = check->Hover(q.offset, &stale);
      }
      return answer;
    }
    if (q.kind == QueryKind::InlayHints) {
      answer.hints = check->InlayHints(q.range, q.hints, &stale);
      if (stale) {
        check = IncrementalCheck::Full(q.uri, check->text(), options);
        answer.hints = check->InlayHints(q.range, q.hints);
      }
      return answer;
    }
    auto ask = [&] {
      switch (q.kind) {
        case QueryKind::Definition:
          if (std::optional<Span> def = check->Definition(q.offset, &stale))
            answer.spans.push_back(*def);
          break;
        case QueryKind::References:
          answer.spans = check->References(q.offset, q.include_declaration, &stale);
          break;
        case QueryKind::Outline:
          answer.symbols = check->Outline(&stale);
          break;
        default:
          break;
      }
    };
    ask();
    if (stale) {
      // Only a whole check knows the items checked again alone.
      check = IncrementalCheck::Full(q.uri, check->text(), options);
      answer.spans.clear();
      answer.symbols.clear();
      ask();
    }
    return answer;
  } catch (const std::exception&) {
    // Nothing to show is the honest answer.
    answer.hover.reset();
    answer.spans.clear();
    answer.symbols.clear();
    answer.hints.clear();
  }
  return answer;
}

void Worker::RunCheck(CheckJob job) {
  CheckOutcome outcome;
  outcome.uri = job.uri;
  outcome.generation = job.generation;
  Kept& kept = analyses_[job.uri];
  std::unique_ptr<IncrementalCheck> check;
  bool keep_base = false;
  Workspace::Environment environment;
  try {
    workspace_.SetOpen(job.uri, job.text);
    environment = workspace_.For(job.uri, *job.text, options_);
    bool same_environment = environment.key == kept.environment.key;
    if (kept.check && same_environment && kept.check->Update(*job.text)) {
      outcome.diagnostics = kept.check->diagnostics();
    } else {
      CheckOptions options = options_;
      options.prelude = environment.prelude.get();
      options.interface_file = environment.interface.get();
      check = IncrementalCheck::Full(job.uri, *job.text, options);
      outcome.diagnostics = check->diagnostics();
      if (check->syntax_error() && kept.check && !kept.check->syntax_error()) {
        // Typing through a syntax error: the other items keep the
        // diagnostics of the last text that parsed (moved with each edit
        // since), which stays the base of the next edits (and answers no
        // question about this text).
        std::vector<CheckedDiagnostic> others =
            kept.shown_text && *kept.shown_text != kept.check->text()
                ? MovedThroughEdit(kept.shown, *kept.shown_text, *job.text, nullptr)
                : kept.check->KeptThrough(*job.text);
        kept.shown = others;
        for (CheckedDiagnostic& d : others) outcome.diagnostics.push_back(std::move(d));
        check.reset();
        keep_base = true;
      }
    }
    if (!keep_base) {
      kept.shown.clear();
      for (const CheckedDiagnostic& d : outcome.diagnostics)
        if (d.kind != DiagKind::SyntaxError) kept.shown.push_back(d);
    }
    kept.shown_text = job.text;
  } catch (const std::exception& e) {
    // The kept check may be half updated: it is dropped.
    kept.check.reset();
    check.reset();
    outcome.diagnostics.clear();
    outcome.diagnostics.push_back(InternalError(e.what()));
  }
  {
    std::lock_guard<std::mutex> lock(mutex_);
    results_.checks.push_back(std::move(outcome));
  }
  wake_();
  kept.generation = keep_base ? 0 : job.generation;
  // A replaced check is freed after the result is on its way: for a large
  // file that takes milliseconds nobody needs to wait for.
  if (check) {
    kept.environment = std::move(environment);
    std::exchange(kept.check, std::move(check)).reset();
  }
  CheckDependents(job.uri);
}

CheckOptions Worker::OptionsOf(const Kept& kept) const {
  CheckOptions options = options_;
  options.prelude = kept.environment.prelude.get();
  options.interface_file = kept.environment.interface.get();
  return options;
}

void Worker::CheckDependents(const std::string& uri) {
  std::optional<std::string> path = PathOfUri(uri);
  if (!path) return;
  for (auto& [other, kept] : analyses_) {
    if (other == uri || !kept.check || kept.generation == 0) continue;
    const std::vector<std::string>& units = kept.environment.units;
    if (std::find(units.begin(), units.end(), *path) == units.end()) continue;
    CheckOutcome outcome;
    outcome.uri = other;
    outcome.generation = kept.generation;
    try {
      Workspace::Environment environment = workspace_.For(other, kept.check->text(), options_);
      if (environment.key == kept.environment.key) continue;
      kept.environment = std::move(environment);
      kept.check = IncrementalCheck::Full(other, kept.check->text(), OptionsOf(kept));
      outcome.diagnostics = kept.check->diagnostics();
    } catch (const std::exception& e) {
      kept.check.reset();
      outcome.diagnostics.push_back(InternalError(e.what()));
    }
    kept.shown.clear();
    for (const CheckedDiagnostic& d : outcome.diagnostics)
      if (d.kind != DiagKind::SyntaxError) kept.shown.push_back(d);
    {
      std::lock_guard<std::mutex> lock(mutex_);
      results_.checks.push_back(std::move(outcome));
    }
    wake_();
  }
}

}  // namespace mlhint::lsp
