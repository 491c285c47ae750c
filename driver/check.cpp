#include "driver/check.h"

#include "driver/pipeline.h"
#include "support/format.h"
#include "support/large_stack.h"
#include "typing/prelude.h"
#include "typing/printtyp.h"
#include "typing/typer.h"

namespace mlhint {

struct Analysis::State {
  pipeline::Parsed parsed;
  std::optional<pipeline::Parsed> interface;   // the .mli's, when given
  std::unique_ptr<pipeline::Checker> checker;  // absent when parsing failed
  std::vector<typing::TypeClash> clashes;
};

Analysis::Analysis(const SourceBuffer& source)
    : source_(source), state_(std::make_unique<State>()) {}
Analysis::~Analysis() = default;

std::unique_ptr<Analysis> Analysis::Run(const SourceBuffer& input, const CheckOptions& options) {
  std::unique_ptr<Analysis> analysis(new Analysis(input));
  const SourceBuffer& source = analysis->source_;
  CheckResult& result = analysis->result_;
  State& state = *analysis->state_;
  state.parsed = pipeline::ParseStep(source, options.warnings);
  pipeline::Parsed& parsed = state.parsed;
  result.diagnostics = std::move(parsed.lexical);
  result.warning_error = parsed.warning_error;
  if (parsed.tree.error) {
    result.diagnostics.push_back(std::move(*parsed.tree.error));
    result.has_error = true;
    return analysis;
  }
  typing::CheckOptions typing_options;
  typing_options.warnings = options.warnings;
  typing_options.signature = options.want_signature;
  typing_options.max_errors = options.max_errors;
  typing_options.strict_sequence = options.strict_sequence;
  typing_options.interface = pipeline::IsInterfacePath(source.name());
  if (options.interface_file) {
    state.interface = pipeline::ParseStep(*options.interface_file, options.warnings);
    if (!state.interface->tree.error) {
      typing_options.interface_source = options.interface_file;
      typing_options.interface_ast = &state.interface->tree.ast;
    }
  }
  // The library's modules the file and its interface name (the typer sees
  // no other names than the trees'), and those the hints may name.
  std::vector<std::string_view> names = hints::ModulesNamedByRepairs();
  for (const ast::Ast* tree :
       {static_cast<const ast::Ast*>(&parsed.tree.ast), typing_options.interface_ast})
    if (tree)
      for (std::string_view name : tree->names)
        if (!name.empty() && name[0] >= 'A' && name[0] <= 'Z') names.push_back(name);
  const typing::Prelude& prelude =
      options.prelude ? *options.prelude : typing::Prelude::ForProgram(names);
  if (std::optional<Diagnostic> broken = pipeline::PreludeProblem(prelude)) {
    result.diagnostics.push_back(std::move(*broken));
    result.has_error = true;
    return analysis;
  }
  state.checker = std::make_unique<pipeline::Checker>(source, parsed.tree.ast, prelude,
                                                      typing_options, options.hints);
  typing::CheckOutput out = state.checker->typer().Check();
  if (!out.has_error && options.want_interface)
    result.interface = options.want_signature && !state.checker->typer().DefinesModuleTypes()
                           ? out.signature
                           : state.checker->typer().InterfaceText();
  for (Diagnostic& d : out.diagnostics) result.diagnostics.push_back(std::move(d));
  result.has_error = out.has_error;
  result.warning_error |= out.warning_error;
  result.signature = std::move(out.signature);
  state.clashes = std::move(out.clashes);
  pipeline::PresentStep(result.diagnostics, options.hints);
  return analysis;
}

std::optional<Analysis::Typed> Analysis::TypeAt(uint32_t offset) const {
  if (!state_->checker) return std::nullopt;
  return TypeAtOffset(state_->checker->typer(), state_->parsed.tree.ast, offset);
}

typing::Typer* Analysis::typer() const {
  return state_->checker ? &state_->checker->typer() : nullptr;
}
const ast::Ast& Analysis::tree() const {
  return state_->parsed.tree.ast;
}
const std::vector<typing::TypeClash>& Analysis::clashes() const {
  return state_->clashes;
}

std::optional<Analysis::Typed> TypeAtOffset(typing::Typer& typer, const ast::Ast& tree,
                                            uint32_t offset) {
  // The smallest typed node whose span holds the offset (a ghost node, made
  // by desugaring, is not something the user can point at).
  std::optional<Span> best;
  typing::TypeId best_type = typing::kNoType;
  auto consider = [&](Span span, bool ghost, typing::TypeId type) {
    if (ghost || type == typing::kNoType || offset < span.begin || offset >= span.end) return;
    if (!best || span.size() < best->size()) {
      best = span;
      best_type = type;
    }
  };
  for (ast::Id e = 0; e < tree.exprs.size(); ++e)
    consider(tree.exprs[e].span, (tree.exprs[e].flags & ast::kGhost) != 0, typer.ExprType(e));
  for (ast::Id p = 0; p < tree.pats.size(); ++p)
    consider(tree.pats[p].span, (tree.pats[p].flags & ast::kGhost) != 0, typer.PatType(p));
  if (!best || typer.store().tag(typer.store().Repr(best_type)) == typing::TypeTag::Error)
    return std::nullopt;
  typing::OutType tree_of_type = typer.printer().TreeFresh(best_type);
  std::string text;
  fmt::Formatter ppf(text);
  typing::PrintOutType(ppf, tree_of_type);
  ppf.print_flush();
  return Analysis::Typed{*best, std::move(text)};
}

CheckResult CheckSource(const SourceBuffer& source, const CheckOptions& options) {
  CheckResult result;
  bool ran = RunWithLargeStack([&] { result = Analysis::Run(source, options)->TakeResult(); });
  if (!ran) result = Analysis::Run(source, options)->TakeResult();
  return result;
}

}  // namespace mlhint
