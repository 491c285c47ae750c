#include "driver/expect.h"

#include <dtl/dtl.hpp>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <memory>
#include <optional>
#include <sstream>

#include "diagnostics/render.h"
#include "diagnostics/render_formats.h"
#include "diagnostics/warnings.h"
#include "hints/hints.h"
#include "lexer/lexer.h"
#include "parser/parse.h"
#include "support/large_stack.h"
#include "support/source.h"
#include "typing/prelude.h"
#include "typing/typer.h"

namespace mlhint {
namespace {

constexpr std::string_view kOpen = "[%%expect";
constexpr std::string_view kClose = "|}]";

bool IsBlank(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

// The next `[%%expect' at or after pos. One at the start of a line always
// opens a block, so that a chunk with an unterminated comment or string can
// show its lexical error; elsewhere, one inside a comment, a string, a quoted
// string or a character literal is text, as OCaml's parser sees it.
size_t FindExpectOpen(std::string_view text, size_t pos) {
  size_t line_start = pos;
  while (true) {
    line_start = text.find(kOpen, line_start);
    if (line_start == std::string_view::npos || line_start == 0 || text[line_start - 1] == '\n') break;
    ++line_start;
  }
  size_t n = line_start == std::string_view::npos ? text.size() : line_start;
  auto skip_string = [&](size_t i) {  // i after the opening quote
    while (i < n && text[i] != '"') i += text[i] == '\\' ? 2 : 1;
    return std::min(n, i + 1);
  };
  auto skip_quoted = [&](size_t i) -> size_t {  // i at '{'; npos if not a quoted string
    size_t j = i + 1;
    while (j < n && (text[j] == '_' || (text[j] >= 'a' && text[j] <= 'z'))) ++j;
    if (j >= n || text[j] != '|') return std::string_view::npos;
    std::string close = "|" + std::string(text.substr(i + 1, j - i - 1)) + "}";
    size_t end = text.find(close, j + 1);
    return end == std::string_view::npos ? n : end + close.size();
  };
  auto skip_char = [&](size_t i) -> size_t {  // i at '\''; npos if a type variable
    if (i + 2 < n && text[i + 1] != '\\' && text[i + 2] == '\'') return i + 3;
    if (i + 1 < n && text[i + 1] == '\\') {
      size_t end = text.find('\'', i + 3);
      return end == std::string_view::npos ? n : end + 1;
    }
    return std::string_view::npos;
  };
  size_t i = pos;
  while (i < n) {
    char c = text[i];
    if (c == '[' && text.substr(i, kOpen.size()) == kOpen) return i;
    if (c == '"') {
      i = skip_string(i + 1);
    } else if (c == '{') {
      size_t end = skip_quoted(i);
      i = end == std::string_view::npos ? i + 1 : end;
    } else if (c == '\'') {
      size_t end = skip_char(i);
      i = end == std::string_view::npos ? i + 1 : end;
    } else if (c == '(' && i + 1 < n && text[i + 1] == '*') {
      int depth = 1;
      i += 2;
      while (i < n && depth > 0) {
        if (text[i] == '(' && i + 1 < n && text[i + 1] == '*') {
          ++depth;
          i += 2;
        } else if (text[i] == '*' && i + 1 < n && text[i + 1] == ')') {
          --depth;
          i += 2;
        } else if (text[i] == '"') {
          i = skip_string(i + 1);
        } else if (text[i] == '{') {
          size_t end = skip_quoted(i);
          i = end == std::string_view::npos ? i + 1 : end;
        } else if (text[i] == '\'') {
          size_t end = skip_char(i);
          i = end == std::string_view::npos ? i + 1 : end;
        } else {
          ++i;
        }
      }
    } else {
      ++i;
    }
  }
  return line_start;
}

// The flags of a `(* TEST ... *)` header, one `key: value` per line.
bool ParseHeader(std::string_view body, std::vector<std::string>* flags, std::string* error) {
  std::istringstream lines{std::string(body)};
  for (std::string line; std::getline(lines, line);) {
    size_t start = line.find_first_not_of(" \t\r");
    if (start == std::string::npos) continue;
    size_t colon = line.find(':');
    if (colon == std::string::npos) {
      *error = "malformed line in the (* TEST *) header: " + line.substr(start);
      return false;
    }
    std::string key = line.substr(start, colon - start);
    while (!key.empty() && IsBlank(key.back())) key.pop_back();
    if (key != "flags") {
      *error = "unknown field '" + key + "' in the (* TEST *) header (only 'flags' is known)";
      return false;
    }
    std::istringstream words(line.substr(colon + 1));
    for (std::string w; words >> w;) flags->push_back(w);
  }
  return true;
}

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

bool Shown(const Diagnostic& d, const WarningSettings& warnings) {
  if (d.kind == DiagKind::Warning) return warnings.IsActive(d.warning_number);
  if (d.kind == DiagKind::Alert) return d.warning_name != "deprecated" || warnings.deprecated_alert();
  return true;
}

// clang's parseable fix-it form, with the toplevel's line numbers and
// OCaml's 0-based columns: fix-it:{2:21-2:21}:"l" machine-applicable
std::string FixItLines(const Diagnostic& d, const SourceBuffer& source, int line_offset) {
  std::string out;
  auto position = [&](uint32_t offset) {
    LineColumn lc = source.Locate(offset);
    return std::to_string(static_cast<int64_t>(lc.line) + line_offset) + ":" + std::to_string(lc.column);
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
      out += "fix-it:{" + position(e.span.begin) + "-" + position(e.span.end) + "}:\"" + quoted + "\" " +
             std::string(ApplicabilityName(c.fix->applicability)) + "\n";
    }
  }
  return out;
}

struct Flags {
  WarningSettings warnings;
  bool json = false;
  bool fixits = false;
};

std::optional<Flags> ReadFlags(const std::vector<std::string>& flags, std::string* error) {
  Flags f;
  for (size_t i = 0; i < flags.size(); ++i) {
    const std::string& flag = flags[i];
    if (flag == "-w" && i + 1 < flags.size()) {
      if (!f.warnings.Apply(flags[++i])) {
        *error = "bad warning specification '" + flags[i] + "' in the (* TEST *) header";
        return std::nullopt;
      }
    } else if (flag.rfind("-w", 0) == 0 && flag.size() > 2) {
      if (!f.warnings.Apply(flag.substr(2))) {
        *error = "bad warning specification '" + flag.substr(2) + "' in the (* TEST *) header";
        return std::nullopt;
      }
    } else if (flag == "--format=json") {
      f.json = true;
    } else if (flag == "--format=human") {
      f.json = false;
    } else if (flag == "--fixits") {
      f.fixits = true;
    } else {
      *error = "unknown flag '" + flag + "' in the (* TEST *) header";
      return std::nullopt;
    }
  }
  return f;
}

std::optional<std::string> ReadFile(const std::string& path, std::string* error) {
  std::optional<SourceBuffer> source = SourceBuffer::FromFile(path, error);
  if (!source) return std::nullopt;
  return std::string(source->text());
}

bool WriteFileAtomically(const std::string& path, const std::string& text, std::string* error) {
  std::string temp = path + ".mlhint-tmp";
  {
    std::ofstream out(temp, std::ios::binary | std::ios::trunc);
    out << text;
    if (!out) {
      *error = "cannot write " + temp;
      return false;
    }
  }
  std::error_code ec;
  std::filesystem::rename(temp, path, ec);
  if (ec) {
    *error = "cannot replace " + path + ": " + ec.message();
    return false;
  }
  return true;
}

}  // namespace

bool ParseExpectFile(std::string_view text, ExpectFile* file, std::string* error) {
  size_t pos = 0;
  size_t first = text.find_first_not_of(" \t\r\n");
  if (first != std::string_view::npos && text.substr(first, 7) == "(* TEST") {
    size_t close = text.find("*)", first + 7);
    if (close == std::string_view::npos) {
      *error = "the (* TEST header is not closed";
      return false;
    }
    if (!ParseHeader(text.substr(first + 7, close - first - 7), &file->flags, error)) return false;
  }
  while (true) {
    size_t open = FindExpectOpen(text, pos);
    if (open == std::string_view::npos) break;
    size_t brace = open + kOpen.size();
    while (brace < text.size() && (text[brace] == ' ' || text[brace] == '\t')) ++brace;
    if (text.substr(brace, 2) != "{|") {
      *error = "[%%expect is not followed by {| at byte " + std::to_string(open);
      return false;
    }
    size_t close = text.find(kClose, brace + 2);
    if (close == std::string_view::npos) {
      *error = "the [%%expect block at byte " + std::to_string(open) + " is not closed by |}]";
      return false;
    }
    ExpectFile::Chunk chunk;
    chunk.begin = pos;
    chunk.end = open;
    chunk.block = ExpectBlock{open, close + kClose.size(), brace + 2, close, true};
    file->chunks.push_back(chunk);
    pos = close + kClose.size();
  }
  // Code after the last block: a chunk whose block is still to be written.
  ExpectFile::Chunk rest;
  rest.begin = pos;
  rest.end = text.size();
  rest.block = ExpectBlock{text.size(), text.size(), text.size(), text.size(), false};
  file->chunks.push_back(rest);
  return true;
}

ExpectRun RunExpectChunks(const std::string& name, const std::string& text, const ExpectFile& file) {
  ExpectRun run;
  std::optional<Flags> flags = ReadFlags(file.flags, &run.error);
  if (!flags) return run;
  const typing::Prelude& prelude = typing::Prelude::Get();
  hints::HintEngine hint_engine;
  typing::CheckOptions options;
  options.warnings = flags->warnings;
  options.max_errors = 1;  // per phrase: the toplevel stops at the first error
  options.observer = &hint_engine;
  std::unique_ptr<typing::Typer> typer;
  // Every chunk's text and tree stay alive as long as the typer.
  struct ChunkState {
    SourceBuffer source;
    ParseResult parsed;
  };
  std::vector<std::unique_ptr<ChunkState>> states;
  for (const ExpectFile::Chunk& chunk : file.chunks) {
    auto state = std::make_unique<ChunkState>(
        ChunkState{SourceBuffer(name, Blanked(text, chunk.begin, chunk.end)), ParseResult{}});
    const SourceBuffer& source = state->source;
    std::string output;
    LexedBuffer tokens = Lex(source);
    if (tokens.tokens.empty() || tokens.tokens[0].kind == TokenKind::EOI) {
      run.outputs.push_back("");
      states.push_back(std::move(state));
      continue;
    }
    // Lines are numbered from the chunk's first token.
    int line_offset = 1 - static_cast<int>(source.Locate(tokens.tokens[0].span.begin).line);
    RenderOptions render;
    render.toplevel = true;
    render.line_offset = line_offset;
    std::vector<Diagnostic> shown;
    auto emit = [&](Diagnostic d) {
      run.codes.insert(d.Code());
      for (const Child& c : d.children)
        if (!c.hint_id.empty()) run.codes.insert(c.hint_id);
      if (!flags->json) {
        RenderOcaml(d, source, render, output);
        if (flags->fixits) output += FixItLines(d, source, line_offset);
      }
      shown.push_back(std::move(d));
    };
    state->parsed = Parse(source);
    ParseResult& parsed = state->parsed;
    for (Diagnostic& w : parsed.warnings)
      if (Shown(w, flags->warnings)) emit(std::move(w));
    if (parsed.error) {
      emit(std::move(*parsed.error));
    } else {
      if (!typer)
        typer = std::make_unique<typing::Typer>(source, parsed.ast, prelude, options);
      typer->BeginUnit(source, parsed.ast, line_offset);
      for (uint32_t i = 0; i < parsed.ast.structure.size; ++i) {
        typing::Typer::Phrase phrase = typer->CheckToplevelItem(parsed.ast.at(parsed.ast.structure, i));
        for (Diagnostic& d : phrase.diagnostics) emit(std::move(d));
        if (phrase.error) break;
        if (!flags->json) output += phrase.signature;
      }
    }
    if (flags->json && !shown.empty()) {
      std::vector<FileReport> report;
      report.push_back(FileReport{source, std::move(shown), false, std::nullopt, false, std::nullopt, {}, 0});
      output = RenderJson(report, "");
    }
    run.outputs.push_back(WithoutTrailingSpaces(output));
    states.push_back(std::move(state));
  }
  return run;
}

std::string CorrectedText(std::string_view text, const ExpectFile& file, const std::vector<std::string>& outputs) {
  std::string out;
  size_t at = 0;
  for (size_t i = 0; i < file.chunks.size() && i < outputs.size(); ++i) {
    const ExpectBlock& block = file.chunks[i].block;
    std::string rendered = outputs[i].empty() ? "[%%expect{||}]" : "[%%expect{|\n" + outputs[i] + "|}]";
    if (!block.present) {
      if (outputs[i].empty()) continue;
      // A chunk at the end with no block yet gets one.
      out.append(text.substr(at));
      at = text.size();
      if (!out.empty() && out.back() != '\n') out += '\n';
      out += rendered + "\n";
      continue;
    }
    out.append(text.substr(at, block.begin - at));
    out += rendered;
    at = block.end;
  }
  out.append(text.substr(at));
  return out;
}

std::string UnifiedDiff(std::string_view before, std::string_view after, const std::string& before_name,
                        const std::string& after_name) {
  auto lines = [](std::string_view s) {
    std::vector<std::string> out;
    size_t start = 0;
    while (start < s.size()) {
      size_t nl = s.find('\n', start);
      if (nl == std::string_view::npos) nl = s.size();
      out.emplace_back(s.substr(start, nl - start));
      start = nl + 1;
    }
    return out;
  };
  std::vector<std::string> a = lines(before), b = lines(after);
  dtl::Diff<std::string> diff(a, b);
  diff.compose();
  diff.composeUnifiedHunks();
  std::ostringstream out;
  out << "--- " << before_name << "\n+++ " << after_name << "\n";
  diff.printUnifiedFormat(out);
  return out.str();
}

int RunExpect(const std::vector<std::string>& files, bool promote) {
  if (files.empty()) {
    std::fputs("mlhint: expect: no input file.\nTry 'mlhint --help' for more information.\n", stderr);
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
    bool ran = RunWithLargeStack([&] { run = RunExpectChunks(path, *text, file); });
    if (!ran) run = RunExpectChunks(path, *text, file);
    if (!run.error.empty()) {
      std::fprintf(stderr, "mlhint: %s: %s\n", path.c_str(), run.error.c_str());
      status = 2;
      continue;
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
        std::fprintf(stderr, "mlhint: %s\n", error.c_str());
        status = 2;
        continue;
      }
      std::filesystem::remove(corrected_path, ec);
      std::fprintf(stderr, "mlhint: promoted %s\n", path.c_str());
      continue;
    }
    if (!WriteFileAtomically(corrected_path, corrected, &error)) {
      std::fprintf(stderr, "mlhint: %s\n", error.c_str());
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
