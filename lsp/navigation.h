// What an editor asks about a checked program beyond its diagnostics,
// answered from what the checker already has (the tree, the type of each
// node, the value each identifier resolved to, the declarations in the
// environment, the type clashes): the type under the cursor, where a name
// is defined and where it is used, an outline of the file, and the
// inferred types shown inline. Every span is a byte span of the text the
// Typer checked.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "support/span.h"

namespace mlhint::ast {
struct Ast;
}
namespace mlhint::typing {
class Typer;
struct TypeClash;
}  // namespace mlhint::typing

namespace mlhint::lsp {

// A program as the checker left it.
struct TypedProgram {
  typing::Typer& typer;
  const ast::Ast& tree;
  const std::vector<typing::TypeClash>& clashes;
};

// A hover: the text of an OCaml code block (a type; on an error, the type
// the expression has and the one its context expected; on a constructor
// or a field, its type's declaration) and the span it is about.
struct HoverText {
  Span span;
  std::string code;
};
std::optional<HoverText> HoverAt(const TypedProgram& program, uint32_t offset);

// Where the value, constructor, field or type named at `offset` is
// defined in the program (nothing for the prelude's).
std::optional<Span> DefinitionAt(const TypedProgram& program, uint32_t offset);
// The name of the constructor, field or type declared at `decl` in `tree`
// (nullopt if none is): a definition's place when the program asked is not
// the tree that declares it.
std::optional<Span> DeclaredName(const ast::Ast& tree, Span decl);
// Every use of it, in text order, and its definition when asked.
std::vector<Span> ReferencesAt(const TypedProgram& program, uint32_t offset,
                               bool include_declaration);
// The same in parts, for a program whose items are typed in pieces (an
// editor's item typed again alone, in the environment the others made):
// the value, constructor, field or type named at `offset` (its ids hold in
// every piece typed in that environment), its uses in one piece (in no
// order), and its definition.
struct NameAt {
  int kind = 0;
  uint32_t id = 0;
  bool value = false;  // a value (`id` is its ValueId)
};
std::optional<NameAt> NameAtOffset(const TypedProgram& program, uint32_t offset);
std::vector<Span> UsesOf(const TypedProgram& program, const NameAt& name);
std::optional<Span> DefinitionOfName(const TypedProgram& program, const NameAt& name);

// LSP's SymbolKind numbers, for the kinds an outline shows.
enum class SymbolKind : int {
  Constructor = 9,
  Enum = 10,
  Function = 12,
  Variable = 13,
  Field = 8,
  EnumMember = 22,
  Struct = 23,
  Event = 24,
  TypeParameter = 26,
};
struct OutlineSymbol {
  std::string name;
  SymbolKind kind = SymbolKind::Variable;
  Span range;                           // the whole binding or declaration
  Span selection;                       // its name
  std::string detail;                   // the type, on one line
  std::vector<OutlineSymbol> children;  // a type's constructors or fields
};
// The top-level values, types (with their constructors and fields) and
// exceptions, in text order.
std::vector<OutlineSymbol> Outline(const TypedProgram& program);

// Which inferred types are shown inline (textDocument/inlayHint).
struct InlayHintSettings {
  bool enabled = true;
  bool bindings = true;    // after a let-bound name
  bool parameters = true;  // after an unannotated parameter
};
struct TypeHint {
  uint32_t offset;    // where it is shown: right after the name
  std::string label;  // ": int list"
};
// The hints whose place is in `range`, in text order: the type of each name
// a `let` binds (not a function with parameters, whose parameters get
// their own, and not a name whose type its literal says) and of each
// parameter without an annotation.
std::vector<TypeHint> TypeHints(const TypedProgram& program, Span range,
                                const InlayHintSettings& settings);

}  // namespace mlhint::lsp
