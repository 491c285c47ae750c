// Internal to the core hints (hints/core_hints.h): the attempt at them for
// one type clash, whose pieces are in three files. core_hints.cpp holds the
// order they are tried in and what they share (the kind of number a type
// is, the origin of a type, verifying an edit, a name's binding);
// core_hints_numbers.cpp the literal suffix and the numeric operator;
// core_hints_refs.cpp the reference to read (`!r`) or to create.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "diagnostics/diagnostic.h"
#include "hints/hints.h"
#include "hints/sandbox.h"
#include "hints/syntax.h"
#include "parser/ast.h"
#include "support/source.h"
#include "typing/env.h"
#include "typing/review.h"
#include "typing/typer.h"

namespace mlhint::hints::core {

enum class Num { Int, Float, Int32, Int64, Nativeint, Other };

class Attempt {
 public:
  Attempt(typing::Typer& typer, const typing::TypeClash& clash, const typing::ItemErrors& item,
          const std::vector<ast::Id>& parents,
          const std::unordered_map<uint32_t, ast::Id>& let_names, ItemSandbox& box)
      : box_(box),
        typer_(typer),
        tree_(typer.tree()),
        source_(typer.source()),
        clash_(clash),
        item_(item),
        parents_(parents),
        let_names_(let_names) {}

  std::vector<Child> Run();

 private:
  static std::vector<Child> Add(std::vector<Child>& out, Child c);

  // --- types, origins, verification, bindings (core_hints.cpp)
  Num KindOf(typing::TypeId t);
  bool IsRef(typing::TypeId t);
  bool IsPrelude(std::string_view name, std::string_view path);
  bool IsPreludeOperator(std::string_view name);
  std::string Text(Span s) const;
  bool Atomic(ast::Id e) const;
  ast::Id Origin();
  bool Verifies(std::vector<Edit> edits, std::optional<Span> from = std::nullopt);
  bool FewerErrorsToTheEnd(const std::vector<Edit>& a, const std::vector<Edit>& b);
  static constexpr uint32_t kLookaheadBytes = kLaterItemsBytes;
  struct Bound {
    const ast::Binding* binding;
    std::optional<Span> from;  // the earlier item that holds it, if not this one
  };
  std::optional<Bound> BindingOf(const typing::ValueDesc& value);

  // --- literals and operators (core_hints_numbers.cpp)
  using Literal = SuffixedLiteral;
  Num LiteralKind(const ast::Constant& constant) const;
  std::optional<Literal> Converted(const ast::Constant& constant, Num target);
  std::optional<Child> LiteralHint(ast::Id node, bool in_pattern);
  std::optional<Child> BoundLiteralHint(ast::Id site);
  std::optional<Child> OperatorHintAt(ast::Id site, bool at_origin);
  bool IsOperatorApply(ast::Id e) const;
  std::optional<Child> OperatorHint(ast::Id apply, Num target);

  // --- references (core_hints_refs.cpp)
  std::optional<Child> RefHint(ast::Id site, bool located);
  std::optional<Child> MakeRefHint(ast::Id site);

  ItemSandbox& box_;
  typing::Typer& typer_;
  const ast::Ast& tree_;
  const SourceBuffer& source_;
  const typing::TypeClash& clash_;
  const typing::ItemErrors& item_;
  const std::vector<ast::Id>& parents_;
  const std::unordered_map<uint32_t, ast::Id>& let_names_;
  int tries_ = 0;
};

}  // namespace mlhint::hints::core
