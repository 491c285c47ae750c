// The language server's documents and the requests that wait for their
// checks: opening, changing and closing a document, scheduling its check
// and publishing its diagnostics; a request queued until the check of its
// text is done, cancelled, or answered ContentModified when the text moves.
// The protocol itself (messages, lifecycle, settings) is in server.cpp.

#include <string>

#include "lsp/server_internal.h"

namespace mlhint::lsp::protocol {

DocumentView Server::View(const std::string& uri, const OpenDocument& open) const {
  return DocumentView{uri, open.doc.version(), open.doc.lines(), client_};
}

void Server::Schedule(const std::string& uri, OpenDocument& open) {
  open.generation = next_generation_++;
  worker_->Check(CheckJob{uri, open.generation, open.doc.snapshot()});
}

void Server::DidOpen(const json& params) {
  const json& item = Field(params, "textDocument");
  const std::string& uri = StringField(item, "uri");
  int64_t version = IntegerField(item, "version");
  const std::string& text = StringField(item, "text");
  std::string language =
      item.is_object() && item.contains("languageId") && item["languageId"].is_string()
          ? item["languageId"].get<std::string>()
          : std::string();
  if (!IsCheckedDocument(uri, language)) {
    // Kept out: a lexer or parser specification, another language. Nothing is published for it, and
    // questions about it get empty answers.
    if (documents_.count(uri)) {
      Moved(uri, /*closed=*/true);
      documents_.erase(uri);
      worker_->Close(uri);
    }
    ignored_.insert(uri);
    return;
  }
  ignored_.erase(uri);
  if (documents_.count(uri)) Moved(uri, /*closed=*/false);
  documents_.insert_or_assign(uri, OpenDocument{Document(version, text), 0, 0, {}, 0, {}});
  Schedule(uri, documents_.at(uri));
}

void Server::DidChange(const json& params) {
  const json& item = Field(params, "textDocument");
  const std::string& uri = StringField(item, "uri");
  int64_t version = IntegerField(item, "version");
  const json& list = Field(params, "contentChanges");
  if (!list.is_array()) throw InvalidParams("`contentChanges' must be an array");
  // Every change is read before any is applied: a malformed one leaves the
  // document as it was.
  std::vector<TextChange> changes;
  for (const json& change : list) {
    TextChange c;
    if (change.is_object() && change.contains("range")) c.range = RangeField(change, "range");
    c.text = StringField(change, "text");
    changes.push_back(std::move(c));
  }
  auto it = documents_.find(uri);
  if (it == documents_.end() && ignored_.count(uri)) return;
  if (it == documents_.end())
    throw InvalidParams("a change to a document that is not open: " + uri);
  it->second.doc.Apply(changes, client_.encoding, version);
  Moved(uri, /*closed=*/false);
  Schedule(uri, it->second);
}

void Server::DidClose(const json& params) {
  const std::string& uri = DocumentUri(params);
  ignored_.erase(uri);
  auto it = documents_.find(uri);
  if (it == documents_.end()) return;
  Moved(uri, /*closed=*/true);
  documents_.erase(it);
  worker_->Close(uri);
  // Its diagnostics go away with it.
  Send(json{{"jsonrpc", "2.0"},
            {"method", "textDocument/publishDiagnostics"},
            {"params", json{{"uri", uri}, {"diagnostics", json::array()}}}});
}

// The text of `uri` changed or went away: the requests made on the old text
// are answered ContentModified, except pulls for diagnostics, which wait for
// the new text's check (they name no position in the old one).
void Server::Moved(const std::string& uri, bool closed) {
  for (auto it = pending_.begin(); it != pending_.end();) {
    PendingRequest& request = it->second;
    if (request.uri != uri) {
      ++it;
    } else if (request.what == Waits::Diagnostic && !closed) {
      request.generation = 0;  // re-read in TryAnswer: the newest text
      ++it;
    } else {
      ReplyError(request.id, kContentModified,
                 "The document changed before the request could be answered");
      it = pending_.erase(it);
    }
  }
}

void Server::Cancel(const json& params) {
  const json& id = Field(params, "id");
  for (auto it = pending_.begin(); it != pending_.end(); ++it) {
    if (it->second.id == id) {
      ReplyError(id, kRequestCancelled, "Request cancelled");
      pending_.erase(it);
      return;
    }
  }
  // Already answered: nothing to do.
}

void Server::Enqueue(const json& id, const json& params, Waits what, QueryKind query) {
  const std::string& uri = DocumentUri(params);
  PendingRequest request;
  request.what = what;
  request.query = query;
  switch (what) {
    case Waits::Query:
      switch (query) {
        case QueryKind::Hover:
        case QueryKind::Definition:
          request.position = PositionField(params, "position");
          break;
        case QueryKind::References: {
          request.position = PositionField(params, "position");
          const json& context = Field(params, "context");
          const json& include = Field(context, "includeDeclaration");
          if (!include.is_boolean()) throw InvalidParams("`includeDeclaration' must be a boolean");
          request.include_declaration = include.get<bool>();
          break;
        }
        case QueryKind::Outline:
          break;
        case QueryKind::InlayHints:
          request.range = RangeField(params, "range");
          break;
      }
      break;
    case Waits::CodeAction: {
      request.range = RangeField(params, "range");
      // Only what the answer reads is kept: `only`, and the `data` of the
      // diagnostics it names. (Nothing the client sent is copied whole:
      // copying a json recurses, and a client chooses how deep it nests.)
      static const json kNone;
      const json& context =
          params.is_object() && params.contains("context") ? params["context"] : kNone;
      json kept = json::object();
      if (context.is_object()) {
        if (auto only = context.find("only"); only != context.end() && only->is_array()) {
          kept["only"] = json::array();
          for (const json& kind : *only)
            if (kind.is_string()) kept["only"].push_back(kind);
        }
        if (auto named = context.find("diagnostics"); named != context.end() && named->is_array()) {
          kept["diagnostics"] = json::array();
          for (const json& d : *named) {
            if (!d.is_object() || !d.contains("data") || !d["data"].is_object()) continue;
            const json& data = d["data"];
            json small = json::object();
            for (const char* key : {"index", "version"})
              if (data.contains(key) && data[key].is_number_integer()) small[key] = data[key];
            kept["diagnostics"].push_back(json{{"data", std::move(small)}});
          }
        }
      }
      request.context = std::move(kept);
      break;
    }
    case Waits::Diagnostic:
      if (params.is_object() && params.contains("previousResultId") &&
          params["previousResultId"].is_string())
        request.previous_result = params["previousResultId"].get<std::string>();
      break;
  }
  auto doc = documents_.find(uri);
  if (doc == documents_.end()) {
    // Not open: nothing is known about it.
    if (what == Waits::Query)
      Reply(id, query == QueryKind::Hover || query == QueryKind::Definition ? json(nullptr)
                                                                            : json::array());
    if (what == Waits::CodeAction) Reply(id, json::array());
    if (what == Waits::Diagnostic) Reply(id, json{{"kind", "full"}, {"items", json::array()}});
    return;
  }
  request.id = id;
  request.uri = uri;
  request.generation = doc->second.generation;
  uint64_t token = next_token_++;
  pending_.emplace(token, std::move(request));
  TryAnswer(token);
}

void Server::TryAnswer(uint64_t token) {
  auto it = pending_.find(token);
  if (it == pending_.end()) return;
  PendingRequest& request = it->second;
  OpenDocument& open = documents_.at(request.uri);
  if (request.generation == 0) request.generation = open.generation;
  if (request.at_worker || open.checked != request.generation) return;  // still waiting
  DocumentView view = View(request.uri, open);
  switch (request.what) {
    case Waits::Query: {
      if (request.query == QueryKind::Outline && open.outline_generation == request.generation) {
        ReplyText(request.id, open.outline_json);
        break;
      }
      Query q;
      q.token = token;
      q.uri = request.uri;
      q.generation = request.generation;
      q.kind = request.query;
      q.offset = open.doc.lines().ToOffset(request.position, client_.encoding);
      q.include_declaration = request.include_declaration;
      q.range = open.doc.lines().ToSpan(request.range, client_.encoding);
      q.hints = settings_.inlay;
      request.at_worker = true;
      worker_->Ask(std::move(q));
      return;
    }
    case Waits::CodeAction: {
      Span range = open.doc.lines().ToSpan(request.range, client_.encoding);
      Reply(request.id, CodeActionsJson(open.diagnostics, range, request.context, view));
      break;
    }
    case Waits::Diagnostic: {
      std::string result_id = std::to_string(open.generation);
      if (request.previous_result == result_id)
        Reply(request.id, json{{"kind", "unchanged"}, {"resultId", result_id}});
      else
        Reply(request.id, json{{"kind", "full"},
                               {"resultId", result_id},
                               {"items", DiagnosticsJson(open.diagnostics, view)}});
      break;
    }
  }
  pending_.erase(it);
}

void Server::OnWorkerResults() {
  Worker::Results results = worker_->Take();
  for (CheckOutcome& outcome : results.checks) {
    auto doc = documents_.find(outcome.uri);
    // A result about a text that has since changed (or been closed) is stale.
    if (doc == documents_.end() || doc->second.generation != outcome.generation) continue;
    OpenDocument& open = doc->second;
    open.checked = outcome.generation;
    open.diagnostics = std::move(outcome.diagnostics);
    Publish(outcome.uri, open);
    std::vector<uint64_t> ready;
    for (const auto& [token, request] : pending_)
      if (request.uri == outcome.uri) ready.push_back(token);
    for (uint64_t token : ready) TryAnswer(token);
  }
  for (const QueryAnswer& answer : results.answers) {
    auto it = pending_.find(answer.token);
    if (it == pending_.end()) continue;  // cancelled, or the text changed
    PendingRequest& request = it->second;
    auto doc = documents_.find(request.uri);
    if (!answer.found_analysis || doc == documents_.end() ||
        doc->second.generation != request.generation) {
      ReplyError(request.id, kContentModified,
                 "The document changed before the request could be answered");
      pending_.erase(it);
      continue;
    }
    DocumentView view = View(request.uri, doc->second);
    switch (request.query) {
      case QueryKind::Hover:
        Reply(request.id, answer.hover ? HoverJson(answer.hover->code, answer.hover->span, view)
                                       : json(nullptr));
        break;
      case QueryKind::Definition:
        Reply(request.id,
              answer.spans.empty() ? json(nullptr) : LocationJson(answer.spans.front(), view));
        break;
      case QueryKind::References: {
        json locations = json::array();
        for (Span s : answer.spans) locations.push_back(LocationJson(s, view));
        Reply(request.id, std::move(locations));
        break;
      }
      case QueryKind::Outline:
        doc->second.outline_json = SymbolsJsonText(answer.symbols, view);
        doc->second.outline_generation = request.generation;
        ReplyText(request.id, doc->second.outline_json);
        break;
      case QueryKind::InlayHints:
        Reply(request.id, InlayHintsJson(answer.hints, view));
        break;
    }
    pending_.erase(it);
  }
}

void Server::Publish(const std::string& uri, const OpenDocument& open) {
  DocumentView view = View(uri, open);
  Send(json{{"jsonrpc", "2.0"},
            {"method", "textDocument/publishDiagnostics"},
            {"params", json{{"uri", uri},
                            {"version", open.doc.version()},
                            {"diagnostics", DiagnosticsJson(open.diagnostics, view)}}}});
}

}  // namespace mlhint::lsp::protocol
