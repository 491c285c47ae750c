#include "lsp/worker.h"

#include <exception>
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

void Worker::QueryType(TypeQuery query) {
  {
    std::lock_guard<std::mutex> lock(mutex_);
    queries_.push_back(std::move(query));
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
    std::deque<TypeQuery> queries;
    std::optional<CheckJob> job;
    {
      std::unique_lock<std::mutex> lock(mutex_);
      work_.wait(lock, [this] {
        return stop_ || !closed_.empty() || !queries_.empty() || !order_.empty();
      });
      if (stop_) return;
      closed.swap(closed_);
      // Questions about a checked text first: they are quick, and a check
      // would make them wait for as long as it runs.
      queries.swap(queries_);
      if (closed.empty() && queries.empty()) {
        auto it = pending_.find(order_.front());
        order_.pop_front();
        job = std::move(it->second);
        pending_.erase(it);
      }
    }
    for (const std::string& uri : closed) analyses_.erase(uri);
    if (!queries.empty()) {
      std::vector<TypeAnswer> answers;
      for (const TypeQuery& q : queries) {
        TypeAnswer answer{q.token, false, std::nullopt};
        auto it = analyses_.find(q.uri);
        if (it != analyses_.end() && it->second.check && it->second.generation == q.generation) {
          answer.found_analysis = true;
          try {
            std::unique_ptr<IncrementalCheck>& check = it->second.check;
            bool stale = false;
            answer.typed = check->TypeAt(q.offset, &stale);
            if (stale) {
              // In an item checked alone: only a whole check knows its types.
              check = IncrementalCheck::Full(q.uri, check->text(), options_);
              answer.typed = check->TypeAt(q.offset, &stale);
            }
          } catch (const std::exception&) {
            answer.typed.reset();  // no type to show is the honest answer
          }
        }
        answers.push_back(std::move(answer));
      }
      {
        std::lock_guard<std::mutex> lock(mutex_);
        for (TypeAnswer& a : answers) results_.types.push_back(std::move(a));
      }
      wake_();
    }
    if (job) RunCheck(std::move(*job));
  }
}

void Worker::RunCheck(CheckJob job) {
  CheckOutcome outcome;
  outcome.uri = job.uri;
  outcome.generation = job.generation;
  Kept& kept = analyses_[job.uri];
  std::unique_ptr<IncrementalCheck> check;
  try {
    if (kept.check && kept.check->Update(*job.text)) {
      outcome.diagnostics = kept.check->diagnostics();
    } else {
      check = IncrementalCheck::Full(job.uri, *job.text, options_);
      outcome.diagnostics = check->diagnostics();
    }
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
  kept.generation = job.generation;
  // A replaced check is freed after the result is on its way: for a large
  // file that takes milliseconds nobody needs to wait for.
  if (check) std::exchange(kept.check, std::move(check)).reset();
}

}  // namespace mlhint::lsp
