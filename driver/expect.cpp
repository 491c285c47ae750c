// `mlhint expect` (see expect.h): each chunk of a file checked in the
// environment its predecessors left, its output as the toplevel prints it,
// and the run over the files given. The blocks are read in expect_file.cpp;
// the comparison, the corrected file and the diff are in expect_output.cpp.

#include "driver/expect.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <memory>
#include <optional>
#include <unordered_set>

#include "diagnostics/render.h"
#include "diagnostics/render_formats.h"
#include "diagnostics/warnings.h"
#include "driver/expect_text.h"
#include "driver/pipeline.h"
#include "driver/toplevel.h"
#include "lexer/lexer.h"
#include "parser/parse.h"
#include "support/files.h"
#include "support/large_stack.h"
#include "support/source.h"
#include "typing/typer.h"

namespace mlhint {
namespace {

using namespace expect_text;

// The text of one chunk as a buffer that ends where the chunk ends:
// everything before the chunk is blanked (newlines kept), so that offsets,
// lines and columns are the file's own, and the end of the phrase is where
// its [%%expect block begins, as in OCaml's expect tool.
std::string Blanked(const std::string& text, size_t begin, size_t end) {
  std::string out(end, ' ');
  for (size_t i = 0; i < end; ++i) {
    if (i >= begin)
      out[i] = text[i];
    else if (text[i] == '\n')
      out[i] = '\n';
  }
  return out;
}

// OCaml's expect tool drops the spaces at the end of each line of output
// (OCaml's messages leave some, e.g. after "Type int is not compatible with
// type string").
std::string WithoutTrailingSpaces(const std::string& text) {
  std::string out;
  out.reserve(text.size());
  size_t start = 0;
  while (start < text.size()) {
    size_t nl = text.find('\n', start);
    size_t end = nl == std::string::npos ? text.size() : nl;
    size_t last = end;
    while (last > start && (text[last - 1] == ' ' || text[last - 1] == '\t')) --last;
    out.append(text, start, last - start);
    if (nl == std::string::npos) break;
    out += '\n';
    start = nl + 1;
  }
  return out;
}

// clang's parseable fix-it form, with the toplevel's line numbers and
// OCaml's 0-based columns: fix-it:{2:21-2:21}:"l" machine-applicable
std::string FixItLines(const Diagnostic& d, const SourceBuffer& source, int line_offset) {
  std::string out;
  auto position = [&](uint32_t offset) {
    LineColumn lc = source.Locate(offset);
    return std::to_string(static_cast<int64_t>(lc.line) + line_offset) + ":" +
           std::to_string(lc.column);
  };
  for (const Child& c : d.children) {
    if (!c.fix) continue;
    for (const Edit& e : c.fix->edits) {
      std::string quoted;
      for (char ch : e.replacement) {
        if (ch == '"' || ch == '\\') quoted += '\\';
        if (ch == '\n') {
          quoted += "\\n";
          continue;
        }
        quoted += ch;
      }
      out += "fix-it:{" + position(e.span.begin) + "-" + position(e.span.end) + "}:\"" + quoted +
             "\" " + std::string(ApplicabilityName(c.fix->applicability)) + "\n";
    }
  }
  return out;
}

bool IsUnbound(DiagKind kind) {
  return kind == DiagKind::UnboundValue || kind == DiagKind::UnboundConstructor ||
         kind == DiagKind::UnboundType || kind == DiagKind::UnboundLabel ||
         kind == DiagKind::UnboundModule;
}

// Adds the words (identifiers and keywords) of `text` to `words`.
void AddWords(std::string_view text, std::unordered_set<std::string>* words) {
  for (size_t i = 0; i < text.size();) {
    if (!IsIdentChar(text[i]) || (text[i] >= '0' && text[i] <= '9') || text[i] == '\'') {
      ++i;
      continue;
    }
    size_t start = i;
    while (i < text.size() && IsIdentChar(text[i])) ++i;
    words->emplace(text.substr(start, i - start));
  }
}

// Does the text at `span` (a long identifier, `M.t`) name one of `words`?
bool NamesAny(std::string_view text, Span span, const std::unordered_set<std::string>& words) {
  if (words.empty() || span.end > text.size() || span.begin > span.end) return false;
  std::unordered_set<std::string> named;
  AddWords(text.substr(span.begin, span.end - span.begin), &named);
  for (const std::string& w : named)
    if (words.count(w)) return true;
  return false;
}

// The token a defining keyword introduces (`let f`, `let rec f`,
// `type 'a t`, `and u`, `exception E`, `module M`, `class c`, `external f`,
// `val x`), type parameters skipped; the token count if none.
size_t DefinedAfter(const std::vector<Token>& t, size_t i) {
  TokenKind k = t[i].kind;
  if (k != TokenKind::LET && k != TokenKind::AND && k != TokenKind::TYPE &&
      k != TokenKind::EXCEPTION && k != TokenKind::MODULE && k != TokenKind::CLASS &&
      k != TokenKind::EXTERNAL && k != TokenKind::VAL)
    return t.size();
  size_t j = i + 1;
  while (j < t.size() && (t[j].kind == TokenKind::REC || t[j].kind == TokenKind::NONREC ||
                          t[j].kind == TokenKind::TYPE || t[j].kind == TokenKind::QUOTE ||
                          t[j].kind == TokenKind::LPAREN || t[j].kind == TokenKind::RPAREN ||
                          t[j].kind == TokenKind::COMMA || t[j].kind == TokenKind::UNDERSCORE ||
                          t[j].kind == TokenKind::PLUS || t[j].kind == TokenKind::MINUS ||
                          t[j].kind == TokenKind::BANG ||
                          (t[j].kind == TokenKind::LIDENT && t[j - 1].kind == TokenKind::QUOTE)))
    ++j;
  if (j < t.size() && (t[j].kind == TokenKind::LIDENT || t[j].kind == TokenKind::UIDENT)) return j;
  return t.size();
}

std::string TokenText(std::string_view text, const Token& t) {
  return std::string(text.substr(t.span.begin, t.span.end - t.span.begin));
}

// Which tokens of a chunk (from the one at offset `from` on) are names it
// defines: after a defining keyword, and in a type definition its
// constructors (`= A | B of t`, `= private A`, `+= A`) and labels
// (`{ l : t; m : u }`).
std::vector<bool> DefiningTokens(const std::vector<Token>& t, size_t from) {
  std::vector<bool> defining(t.size(), false);
  bool in_type = false;
  for (size_t i = 0; i < t.size(); ++i) {
    // (A refused part may start inside a type definition: `private`.)
    TokenKind k = t[i].kind;
    if (k == TokenKind::TYPE) in_type = true;
    if (k == TokenKind::LET || k == TokenKind::EXCEPTION || k == TokenKind::MODULE) in_type = false;
    if (t[i].span.begin < from) continue;
    if (size_t j = DefinedAfter(t, i); j < t.size()) defining[j] = true;
    if (!in_type || i == 0) continue;
    TokenKind before = t[i - 1].kind;
    bool constructor =
        k == TokenKind::UIDENT && (before == TokenKind::EQUAL || before == TokenKind::PLUSEQ ||
                                   before == TokenKind::BAR || before == TokenKind::PRIVATE);
    bool label =
        k == TokenKind::LIDENT && i + 1 < t.size() && t[i + 1].kind == TokenKind::COLON &&
        (before == TokenKind::LBRACE || before == TokenKind::SEMI || before == TokenKind::MUTABLE);
    if (constructor || label) defining[i] = true;
  }
  return defining;
}

// The names a refused part of a chunk (its tokens from `from` on) would
// have defined. Returns whether it opens or includes a module, whose names
// are not written.
bool AddDefinedNames(const LexedBuffer& tokens, std::string_view text, size_t from,
                     std::unordered_set<std::string>* names) {
  bool opens = false;
  const std::vector<Token>& t = tokens.tokens;
  std::vector<bool> defining = DefiningTokens(t, from);
  for (size_t i = 0; i < t.size(); ++i) {
    if (t[i].span.begin < from) continue;
    if (t[i].kind == TokenKind::OPEN || t[i].kind == TokenKind::INCLUDE) opens = true;
    if (defining[i]) names->insert(TokenText(text, t[i]));
  }
  return opens;
}

// Does a chunk use one of `names` (an identifier, not qualified by a
// module path, elsewhere than where the chunk defines it)? The names it
// defines are removed from `names`: from then on they are the chunk's own.
bool UsesAny(const LexedBuffer& tokens, std::string_view text,
             std::unordered_set<std::string>* names) {
  if (names->empty()) return false;
  const std::vector<Token>& t = tokens.tokens;
  std::vector<bool> defining = DefiningTokens(t, 0);
  bool uses = false;
  for (size_t i = 0; i < t.size(); ++i) {
    if (t[i].kind != TokenKind::LIDENT && t[i].kind != TokenKind::UIDENT) continue;
    if (i > 0 && t[i - 1].kind == TokenKind::DOT) continue;
    std::string name = TokenText(text, t[i]);
    if (defining[i])
      names->erase(name);
    else if (names->count(name))
      uses = true;
  }
  return uses;
}

// A toplevel directive (`#show x`, `#warnings "+A"`) where the parser
// stopped: `#` at the start of a line, then a lowercase name. Its span.
std::optional<Span> DirectiveAt(const LexedBuffer& tokens, std::string_view text, Span error) {
  for (size_t i = 0; i + 1 < tokens.tokens.size(); ++i) {
    const Token& t = tokens.tokens[i];
    if (t.span.begin != error.begin) continue;
    if (t.kind != TokenKind::HASH || tokens.tokens[i + 1].kind != TokenKind::LIDENT)
      return std::nullopt;
    if (t.span.begin > 0 && text[t.span.begin - 1] != '\n') return std::nullopt;
    return Span{t.span.begin, tokens.tokens[i + 1].span.end};
  }
  return std::nullopt;
}

struct Flags {
  WarningSettings warnings;
  bool strict_sequence = false;
  bool json = false;
  bool fixits = false;
};

// Why mlhint does not honour one of ocamlc's flags, or "" for a flag that
// changes nothing mlhint prints. `ocamltest`: the flag comes from
// ocamltest's `flags = "..."`, where any flag is one of OCaml's.
std::optional<std::string> Unsupported(const std::string& flag, bool ocamltest) {
  static const std::set<std::string, std::less<>> kNoEffect = {
      // OCaml's defaults, or about code generation and files only.
      "-no-principal",     "-labels", "-no-alias-deps",    "-alias-deps",
      "-safe-string",      "-g",      "-bin-annot",        "-keep-locs",
      "-no-keep-locs",     "-unsafe", "-no-unboxed-types", "-app-funct",
      "-no-strict-formats"};
  if (kNoEffect.count(flag)) return std::string();
  if (flag == "-principal")
    return "-principal is not supported by mlhint (it types as ocamlc does by default)";
  if (flag == "-rectypes") return "-rectypes (recursive types) is not supported by mlhint";
  if (flag == "-short-paths")
    return "-short-paths (the shortest type names in messages) is not supported by mlhint";
  if (flag == "-nolabels") return "-nolabels is not supported by mlhint";
  if (flag == "-nopervasives" || flag == "-nostdlib")
    return flag + " is not supported: mlhint always starts from the standard library's environment";
  if (flag == "-I" || flag == "-open")
    return flag + " is not supported: mlhint reads no compiled interface";
  if (flag.size() > 2 && flag[0] == '-' && flag[1] == 'd' && flag[2] != '-')
    return flag +
           " asks for one of the compiler's intermediate forms, which mlhint does not produce";
  if (ocamltest) return "OCaml's flag " + flag + " is not supported by mlhint";
  return std::nullopt;
}

// Reads one list of flags into `f`; false with `error` set on a bad flag,
// or with `skip` set on a flag mlhint cannot honour.
bool ReadFlags(const std::vector<std::string>& flags, bool ocamltest, Flags* f, std::string* error,
               std::string* skip) {
  for (size_t i = 0; i < flags.size(); ++i) {
    const std::string& flag = flags[i];
    bool takes_arg = flag == "-w" || flag == "-warn-error" || flag == "-I" || flag == "-open";
    if (takes_arg && i + 1 >= flags.size()) {
      *error = "flag " + flag + " needs an argument in the (* TEST *) header";
      return false;
    }
    bool glued = flag.rfind("-w", 0) == 0 && flag.size() > 2 && flag != "-warn-error";  // -w+27
    if (flag == "-w" || flag == "-warn-error" || glued) {
      std::string spec = flag == "-w" || flag == "-warn-error" ? flags[++i] : flag.substr(2);
      bool ok = flag == "-warn-error" ? f->warnings.ApplyWarnError(spec) : f->warnings.Apply(spec);
      if (!ok) {
        *error = "bad warning specification '" + spec + "' in the (* TEST *) header";
        return false;
      }
    } else if (flag == "-strict-sequence" || flag == "-no-strict-sequence") {
      f->strict_sequence = flag == "-strict-sequence";
    } else if (flag == "--format=json") {
      f->json = true;
    } else if (flag == "--format=human") {
      f->json = false;
    } else if (flag == "--fixits") {
      f->fixits = true;
    } else if (std::optional<std::string> why = Unsupported(flag, ocamltest)) {
      if (takes_arg) ++i;
      if (why->empty()) continue;
      *skip = *why;
      return false;
    } else {
      *error = "unknown flag '" + flag + "' in the (* TEST *) header";
      return false;
    }
  }
  return true;
}

std::optional<std::string> ReadFile(const std::string& path, std::string* error) {
  std::optional<SourceBuffer> source = SourceBuffer::FromFile(path, error);
  if (!source) return std::nullopt;
  return std::string(source->text());
}

}  // namespace

ExpectRun RunExpectChunks(const std::string& name, const std::string& text, const ExpectFile& file,
                          hints::HintLevel hints) {
  ExpectRun run;
  if (!file.skip.empty()) {
    run.skip = file.skip;
    return run;
  }
  std::optional<Flags> flags = Flags{};
  if (!ReadFlags(file.ocaml_flags, true, &*flags, &run.error, &run.skip) ||
      !ReadFlags(file.flags, false, &*flags, &run.error, &run.skip))
    return run;
  typing::CheckOptions options;
  options.warnings = flags->warnings;
  options.strict_sequence = flags->strict_sequence;
  options.max_errors = 1;  // per phrase: the toplevel stops at the first error
  std::unique_ptr<pipeline::Checker> checker;
  // Every chunk's text and tree stay alive as long as the checker.
  struct ChunkState {
    SourceBuffer source;
    pipeline::Parsed parsed;
  };
  std::vector<std::unique_ptr<ChunkState>> states;
  // The words of the chunks that show a construct mlhint refuses: a later
  // chunk's "Unbound" error on one of them is a consequence of the refusal
  // (the module, type or value it defines), so that chunk is not supported
  // either.
  std::unordered_set<std::string> refused;
  // What the refused parts of chunks would have defined, and whether one of
  // them opens or includes a module (any name may then be one of its).
  std::unordered_set<std::string> refused_defined;
  bool refused_open = false;
  for (const ExpectFile::Chunk& chunk : file.chunks) {
    auto state = std::make_unique<ChunkState>(
        ChunkState{SourceBuffer(name, Blanked(text, chunk.begin, chunk.end)), pipeline::Parsed{}});
    const SourceBuffer& source = state->source;
    std::string output;
    LexedBuffer tokens = Lex(source);
    // A `;;` ends the phrase before it: `|}];;` is the end of the previous
    // chunk, and lines are numbered from the chunk's first token after it
    // (OCaml's expect tool numbers them from the first structure item).
    size_t first = 0;
    while (first < tokens.tokens.size() && tokens.tokens[first].kind == TokenKind::SEMISEMI)
      ++first;
    if (first == tokens.tokens.size() || tokens.tokens[first].kind == TokenKind::EOI) {
      run.outputs.push_back("");
      run.supported.push_back(true);
      states.push_back(std::move(state));
      continue;
    }
    // A floating docstring before the first token is a structure item of
    // its own, and the first one.
    size_t gap = first > 0 ? tokens.tokens[first - 1].span.end : chunk.begin;
    size_t doc = FloatingDocstring(source.text(), gap, tokens.tokens[first].span.begin);
    size_t numbered_from = doc != kNpos ? doc : tokens.tokens[first].span.begin;
    int line_offset =
        1 - static_cast<int>(source.Locate(static_cast<uint32_t>(numbered_from)).line);
    RenderOptions render;
    render.toplevel = true;
    render.line_offset = line_offset;
    std::vector<Diagnostic> shown;
    std::vector<size_t> phrase_ends;  // the lines of the output once each phrase is printed
    bool supported = !UsesAny(tokens, source.text(), &refused_defined);
    std::optional<uint32_t> refused_at;  // where the first refused construct starts
    auto emit = [&](Diagnostic d) {
      if (d.kind == DiagKind::Unsupported) {
        supported = false;
        if (!refused_at) refused_at = d.span ? d.span->begin : static_cast<uint32_t>(chunk.begin);
      }
      if (IsUnbound(d.kind) && d.span &&
          (refused_open || NamesAny(source.text(), *d.span, refused)))
        supported = false;
      pipeline::PresentStep(d, hints);
      run.codes.insert(d.Code());
      for (const Child& c : d.children)
        if (!c.hint_id.empty()) run.codes.insert(c.hint_id);
      if (!flags->json) {
        RenderOcaml(d, source, render, output);
        if (flags->fixits) output += FixItLines(d, source, line_offset);
      }
      shown.push_back(std::move(d));
    };
    state->parsed = pipeline::ParseStep(source, flags->warnings);
    ParseResult& parsed = state->parsed.tree;
    for (Diagnostic& w : state->parsed.lexical) emit(std::move(w));
    if (parsed.error) {
      std::optional<Span> directive = parsed.error->span
                                          ? DirectiveAt(tokens, source.text(), *parsed.error->span)
                                          : std::nullopt;
      if (directive)  // a toplevel directive, not OCaml's syntax error in a file
        emit(MakeError(DiagKind::Unsupported, *directive,
                       Text("Toplevel directives are not supported by mlhint")));
      else
        emit(std::move(*parsed.error));
    } else {
      if (!checker)
        checker = std::make_unique<pipeline::Checker>(source, parsed.ast, options, hints);
      typing::Typer* typer = &checker->typer();
      typer->BeginUnit(source, parsed.ast, line_offset);
      for (uint32_t i = 0; i < parsed.ast.structure.size; ++i) {
        toplevel::Phrase phrase =
            toplevel::CheckPhrase(*typer, parsed.ast, parsed.ast.at(parsed.ast.structure, i));
        for (Diagnostic& d : phrase.diagnostics) emit(std::move(d));
        if (phrase.refused_use) supported = false;
        if (phrase.error) break;
        if (!flags->json) output += phrase.signature;
        phrase_ends.push_back(static_cast<size_t>(std::count(output.begin(), output.end(), '\n')));
      }
    }
    if (flags->json && !shown.empty()) {
      std::vector<FileReport> report;
      report.push_back(
          FileReport{source, std::move(shown), false, std::nullopt, false, std::nullopt, {}, 0});
      output = RenderJson(report, "");
    }
    output = WithoutTrailingSpaces(output);
    if (chunk.block.present) {
      std::string_view written = std::string_view(text).substr(
          chunk.block.content_begin, chunk.block.content_end - chunk.block.content_begin);
      if (!written.empty() && written[0] == '\n') written.remove_prefix(1);
      output = WithWrittenValues(written, output, phrase_ends);
    }
    run.outputs.push_back(std::move(output));
    run.supported.push_back(supported);
    if (!supported)
      AddWords(std::string_view(text).substr(chunk.begin, chunk.end - chunk.begin), &refused);
    if (refused_at) {
      // The items before the refused one were checked: the refused part
      // starts at the item that holds the construct.
      size_t from = chunk.begin;
      if (!parsed.error)
        for (uint32_t i = 0; i < parsed.ast.structure.size; ++i) {
          Span item = parsed.ast.items[parsed.ast.at(parsed.ast.structure, i)].span;
          if (item.begin <= *refused_at && *refused_at < item.end) from = item.begin;
        }
      refused_open |= AddDefinedNames(tokens, source.text(), from, &refused_defined);
    }
    states.push_back(std::move(state));
  }
  return run;
}

int RunExpect(const std::vector<std::string>& files, bool promote, hints::HintLevel hints) {
  if (files.empty()) {
    std::fputs("mlhint: expect: no input file.\nTry 'mlhint --help' for more information.\n",
               stderr);
    return 2;
  }
  int status = 0;
  for (const std::string& path : files) {
    std::string error;
    std::optional<std::string> text = ReadFile(path, &error);
    if (!text) {
      std::fprintf(stderr, "mlhint: %s: %s\n", path.c_str(), error.c_str());
      status = 2;
      continue;
    }
    ExpectFile file;
    if (!ParseExpectFile(*text, &file, &error)) {
      std::fprintf(stderr, "mlhint: %s: %s\n", path.c_str(), error.c_str());
      status = 2;
      continue;
    }
    ExpectRun run;
    bool ran = RunWithLargeStack([&] { run = RunExpectChunks(path, *text, file, hints); });
    if (!ran) run = RunExpectChunks(path, *text, file, hints);
    if (!run.error.empty()) {
      std::fprintf(stderr, "mlhint: %s: %s\n", path.c_str(), run.error.c_str());
      status = 2;
      continue;
    }
    if (!run.skip.empty()) {  // not checked: says why, and is no failure
      std::fprintf(stderr, "mlhint: %s: skipped: %s\n", path.c_str(), run.skip.c_str());
      continue;
    }
    if (std::getenv("MLHINT_EXPECT_SUMMARY")) {
      int blocks = 0, supported = 0, match = 0;
      for (size_t i = 0; i < file.chunks.size() && i < run.outputs.size(); ++i) {
        const ExpectBlock& block = file.chunks[i].block;
        if (!block.present) continue;
        ++blocks;
        if (!run.supported[i]) continue;
        ++supported;
        if (BlockMatches(*text, block, run.outputs[i]))
          ++match;
        else
          std::fprintf(stderr, "mlhint: mismatch: %s:%d\n", path.c_str(),
                       LineOf(*text, block.begin));
      }
      std::fprintf(stderr, "mlhint: summary: %s: %d blocks, %d supported, %d match\n", path.c_str(),
                   blocks, supported, match);
    }
    std::string corrected = CorrectedText(*text, file, run.outputs);
    std::string corrected_path = path + ".corrected";
    std::error_code ec;
    if (corrected == *text) {
      std::filesystem::remove(corrected_path, ec);
      continue;
    }
    if (promote) {
      if (!WriteFileAtomically(path, corrected, &error)) {
        std::fprintf(stderr, "mlhint: cannot write %s: %s\n", path.c_str(), error.c_str());
        status = 2;
        continue;
      }
      std::filesystem::remove(corrected_path, ec);
      std::fprintf(stderr, "mlhint: promoted %s\n", path.c_str());
      continue;
    }
    if (!WriteFileAtomically(corrected_path, corrected, &error)) {
      std::fprintf(stderr, "mlhint: cannot write %s: %s\n", corrected_path.c_str(), error.c_str());
      status = 2;
      continue;
    }
    std::string diff = UnifiedDiff(*text, corrected, path, corrected_path);
    std::fwrite(diff.data(), 1, diff.size(), stdout);
    std::fflush(stdout);
    if (status == 0) status = 1;
  }
  return status;
}

}  // namespace mlhint
