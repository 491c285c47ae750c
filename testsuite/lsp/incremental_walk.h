// The random walk the tests of incremental checking share: random edits
// of a program, after each of which the kept check must give what a whole
// check of the new text gives (incremental_test.cpp, and the edits of
// particular cases in incremental_cases_test.cpp).
#pragma once

#include <gtest/gtest.h>

#include <map>
#include <memory>
#include <optional>
#include <random>
#include <string>
#include <vector>

#include "lsp/incremental.h"
#include "support/large_stack.h"
#include "typing/prelude.h"

namespace mlhint::lsp {

inline std::string Describe(const std::vector<CheckedDiagnostic>& ds) {
  std::ostringstream out;
  for (const CheckedDiagnostic& d : ds) {
    out << "[" << d.code << (d.is_error ? " error" : " warning") << "]";
    if (d.span) out << " " << d.span->begin << "-" << d.span->end;
    out << " " << d.message << "\n";
    for (const CheckedChild& c : d.children) {
      out << "  child" << (c.is_hint ? " hint " + c.hint_id : "");
      if (c.span) out << " " << c.span->begin << "-" << c.span->end;
      out << " " << c.text << "\n";
      if (c.fix)
        for (const Edit& e : c.fix->edits)
          out << "    edit " << e.span.begin << "-" << e.span.end << " '" << e.replacement << "' "
              << static_cast<int>(c.fix->applicability) << "\n";
    }
  }
  return out.str();
}

inline std::string Describe(const std::optional<Analysis::Typed>& t) {
  if (!t) return "none";
  return std::to_string(t->span.begin) + "-" + std::to_string(t->span.end) + " " + t->type;
}

inline std::string Describe(const std::optional<Span>& s) {
  return s ? std::to_string(s->begin) + "-" + std::to_string(s->end) : "none";
}

inline std::string Describe(const std::vector<Span>& spans) {
  std::string out;
  for (Span s : spans) out += Describe(std::optional<Span>(s)) + " ";
  return out;
}

inline std::string Describe(const std::optional<HoverText>& h) {
  return h ? Describe(std::optional<Span>(h->span)) + " " + h->code : "none";
}

inline std::string Describe(const std::vector<OutlineSymbol>& symbols) {
  std::string out;
  for (const OutlineSymbol& s : symbols) {
    out += s.name + " " + Describe(std::optional<Span>(s.range)) + " " +
           Describe(std::optional<Span>(s.selection)) + " " + s.detail + " {" +
           Describe(s.children) + "}\n";
  }
  return out;
}

inline std::string Describe(const std::vector<TypeHint>& hints) {
  std::string out;
  for (const TypeHint& h : hints) out += std::to_string(h.offset) + h.label + "\n";
  return out;
}

// What an editor asks of the kept check, where it can answer, must be what
// a whole check answers: the type, the hover, the definition and the
// references at `offset`, the outline and the inlay hints.
inline void CompareQuestions(const IncrementalCheck& kept, const IncrementalCheck& whole,
                             uint32_t offset, const std::string& where, bool with_outline = true) {
  bool stale = false, whole_stale = false;
  std::optional<Analysis::Typed> mine = kept.TypeAt(offset, &stale);
  if (!stale) {
    ASSERT_EQ(Describe(mine), Describe(whole.TypeAt(offset, &whole_stale))) << "type at " << where;
  }
  std::optional<HoverText> hover = kept.Hover(offset, &stale);
  if (!stale) {
    ASSERT_EQ(Describe(hover), Describe(whole.Hover(offset, &whole_stale))) << "hover at " << where;
  }
  std::optional<Span> def = kept.Definition(offset, &stale);
  if (!stale) {
    ASSERT_EQ(Describe(def), Describe(whole.Definition(offset, &whole_stale)))
        << "definition at " << where;
  }
  std::vector<Span> refs = kept.References(offset, true, &stale);
  if (!stale) {
    ASSERT_EQ(Describe(refs), Describe(whole.References(offset, true, &whole_stale)))
        << "references at " << where;
  }
  std::vector<OutlineSymbol> outline =
      with_outline ? kept.Outline(&stale) : std::vector<OutlineSymbol>();
  if (with_outline && !stale) {
    ASSERT_EQ(Describe(outline), Describe(whole.Outline(&whole_stale))) << "outline, " << where;
  }
  Span range{offset > 200 ? offset - 200 : 0, offset + 200};
  std::vector<TypeHint> hints = kept.InlayHints(range, InlayHintSettings{}, &stale);
  if (!stale) {
    ASSERT_EQ(Describe(hints), Describe(whole.InlayHints(range, InlayHintSettings{})))
        << "inlay hints, " << where;
  }
}

// Edits a programmer makes while typing, and some that break things.
inline std::string RandomEdit(const std::string& text, std::mt19937& rng) {
  static const char* const kInserts[] = {" ",  "x",      "1",    ".",    "+",   "!",           ";",
                                         "(",  ")",      "\"",   "*",    "\n",  "let y = 2\n", "l",
                                         "2.", " +. 1.", " + 1", "ref ", "(* ", " *)",         "_"};
  std::string out = text;
  size_t n = out.size();
  std::uniform_int_distribution<size_t> at(0, n);
  size_t pos = at(rng);
  switch (rng() % 4) {
    case 0:
    case 1: {
      out.insert(pos, kInserts[rng() % std::size(kInserts)]);
      break;
    }
    case 2:
      if (pos < n) out.erase(pos, 1 + rng() % 3);
      break;
    default: {
      // A digit becomes another, or an operator its float twin: type errors
      // inside an item, the edits incremental checking is for.
      for (size_t k = 0; k < n; ++k) {
        size_t i = (pos + k) % n;
        if (out[i] >= '0' && out[i] <= '9') {
          out[i] = static_cast<char>('0' + rng() % 10);
          break;
        }
        if (out[i] == '+' || out[i] == '*') {
          if (i + 1 < n && out[i + 1] == '.')
            out.erase(i + 1, 1);
          else
            out.insert(i + 1, ".");
          break;
        }
      }
      break;
    }
  }
  return out;
}

struct Stats {
  int steps = 0;
  int incremental = 0;
  std::map<std::string, int> refusals;
  std::string Summary() const {
    std::string out =
        std::to_string(incremental) + " of " + std::to_string(steps) + " checked alone; refused:";
    for (const auto& [why, n] : refusals) out += "\n  " + std::to_string(n) + " " + why;
    return out;
  }
};

// Edits `text` `steps` times, checking after each step that the kept check
// agrees with a whole check.
// With `from_original`, each edit is made to the original text (and the
// next step goes back to it): one edit at a time, as when typing in a
// working program; otherwise the edits pile up.
inline void EditAndCompare(const std::string& name, std::string text, int steps, unsigned seed,
                           Stats* stats, bool from_original = false, CheckOptions options = {}) {
  std::mt19937 rng(seed);
  const std::string original = text;
  std::unique_ptr<IncrementalCheck> kept = IncrementalCheck::Full(name, text, options);
  for (int step = 0; step < steps; ++step) {
    std::string next = from_original && step % 2 == 1 ? original : RandomEdit(text, rng);
    std::string before = text;
    text = next;
    ++stats->steps;
    if (kept->Update(text)) {
      ++stats->incremental;
    } else {
      ++stats->refusals[kept->refusal() ? kept->refusal() : "?"];
      kept = IncrementalCheck::Full(name, text, options);
    }
    std::unique_ptr<IncrementalCheck> whole = IncrementalCheck::Full(name, text, options);
    // A first check item by item is the command line's check (with the
    // whole library, as the server keeps it).
    CheckOptions library = options;
    library.prelude = &typing::Prelude::Get();
    ASSERT_EQ(
        Describe(whole->diagnostics()),
        Describe(Flatten(Analysis::Run(SourceBuffer(name, text), library)->result().diagnostics)))
        << name << ", step " << step << "\n"
        << text;
    ASSERT_EQ(Describe(kept->diagnostics()), Describe(whole->diagnostics()))
        << name << ", step " << step << ", seed " << seed << "\n--- before:\n"
        << before << "\n--- after:\n"
        << text;
    // A syntax error is undone, as a programmer soon does: the walk goes on
    // from the text before it.
    if (whole->item_count() == 0 && step + 1 < steps) {
      text = before;
      if (!kept->Update(text)) kept = IncrementalCheck::Full(name, text, options);
      ASSERT_EQ(Describe(kept->diagnostics()),
                Describe(IncrementalCheck::Full(name, text, options)->diagnostics()))
          << name << ", undoing step " << step << "\n"
          << text;
      continue;
    }
    // The questions under a few cursors, where the kept check can answer.
    for (int k = 0; k < 2 && !text.empty(); ++k) {
      uint32_t offset = static_cast<uint32_t>(rng() % text.size());
      CompareQuestions(*kept, *whole, offset,
                       name + ", step " + std::to_string(step) + ", offset " +
                           std::to_string(offset) + "\n" + text,
                       /*with_outline=*/k == 0);
      if (::testing::Test::HasFatalFailure()) return;
    }
  }
}

// A program of many small items, as most files are.
inline std::string ManyItems(int blocks) {
  std::string out;
  for (int i = 0; i < blocks; ++i) {
    std::string n = std::to_string(i);
    out += "(* block " + n + " *)\n";
    out += "let rec sum" + n + " l = match l with [] -> 0 | x :: rest -> x + sum" + n + " rest\n";
    out += "let scale" + n + " k l = List.map (fun x -> x * k) l\n";
    out += "let total" + n + " = sum" + n + " (scale" + n + " 3 [1; 2; 3])\n";
    out += "let mean" + n + " a b = (a +. b) /. 2.0\n";
    out += "let count" + n + " = ref 0\n";
    out += "let tick" + n + " () = incr count" + n + "; !count" + n + " * 2\n";
    out += "let label" + n + " x = if x > 10 then \"big\" else \"small\"\n";
    out += "let unused" + n + " () = let t = 1 in 2\n";
    out += ";; print_int total" + n + "\n";
  }
  return out;
}

// A program of type declarations and the functions that use them.
inline std::string ManyTypes(int blocks) {
  std::string out;
  for (int i = 0; i < blocks; ++i) {
    std::string n = std::to_string(i);
    out += "type shape" + n + " = Circle" + n + " of float | Rect" + n + " of float * float\n";
    out += "let area" + n + " s = match s with Circle" + n + " r -> r *. r | Rect" + n +
           " (w, h) -> w *. h\n";
    out += "type point" + n + " = { px" + n + " : int; py" + n + " : int }\n";
    out += "let origin" + n + " = { px" + n + " = 0; py" + n + " = 0 }\n";
    out += "let norm" + n + " p = abs p.px" + n + " + abs p.py" + n + "\n";
    out += "let total" + n + " = area" + n + " (Circle" + n + " 1.0) +. float (norm" + n +
           " origin" + n + ")\n";
  }
  return out;
}

template <typename F>
inline void OnLargeStack(F f) {
  if (!RunWithLargeStack(f)) f();
}

}  // namespace mlhint::lsp
