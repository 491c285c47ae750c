// Internal to the editor's questions (navigation.cpp, outline.cpp): the
// one-line text of types and declarations, and the value a pattern
// variable binds.
#pragma once

#include <functional>
#include <string>
#include <string_view>

#include "support/format.h"
#include "support/span.h"
#include "typing/printtyp.h"
#include "typing/typer.h"

namespace mlhint::lsp::nav {

using typing::ConstrId;
using typing::DeclId;
using typing::LabelId;
using typing::TypeId;
using typing::ValueId;

std::string Laid(const std::function<void(fmt::Formatter&)>& print);
// One line: the printer's line breaks and their indentation become a space.
std::string OneLine(std::string_view text);
bool Usable(typing::Typer& typer, TypeId t);
std::string TypeText(typing::Typer& typer, TypeId t);
std::string ItemText(const typing::OutSigItem& item);
std::string DeclText(typing::Typer& typer, DeclId decl);
// The program's value `name` bound by the pattern variable at `span`. The
// name is compared too: values typed for a moment (a hint's re-typing, an
// item repaired by its fix-it) stay in the table, with offsets of another
// text.
ValueId ValueBoundAt(typing::Typer& typer, Span span, std::string_view name);

}  // namespace mlhint::lsp::nav
