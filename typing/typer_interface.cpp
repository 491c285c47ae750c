// An implementation with an interface file (Typemod.type_implementation
// when the .mli exists): the interface's signature is typed before the
// implementation, from the .mli's own tree, and the implementation's items
// are then checked against it (Includemod.compunit), with the matching the
// module constraint uses (typer_modtype.cpp).

#include "diagnostics/render.h"
#include "typing/typer.h"
#include "typing/typer_internal.h"

namespace mlhint::typing {

std::optional<InterfaceFile> Typer::TypeInterfaceFile() {
  bool in_signature = in_signature_;
  int errors = errors_;
  size_t diagnostics = out_.diagnostics.size();
  // The interface is another unit typed in this environment: its tree and
  // the tables indexed by its nodes are swapped in, then out.
  Unit unit = NewUnit(*options_.interface_source, *options_.interface_ast);
  SwapUnit(unit);
  in_signature_ = true;
  InterfaceFile file;
  TypeStructure(ast_->structure, {}, file.entries);
  file.where = SignatureLocations(file.entries, options_.interface_source);
  SwapUnit(unit);
  in_signature_ = in_signature;
  printer_->SetModulePath(module_path_);
  // The interface was checked on its own first, and what it said then is
  // not said again here, in the implementation's file (the alerts of a
  // deprecated module it names). Should it not type here, the
  // implementation is checked as one without an interface.
  out_.diagnostics.resize(diagnostics);
  if (errors_ != errors) {
    errors_ = errors;
    out_.has_error = errors_ > 0;
    return std::nullopt;
  }
  return file;
}

void Typer::CheckAgainstInterface(InterfaceFile& interface, ModuleDesc got) {
  auto raise_whole_file = [&](DiagKind kind, Doc message) {
    Diagnostic d = MakeError(kind, Span{0, 0}, std::move(message));
    d.span.reset();
    d.whole_file = true;
    Raise(std::move(d));
  };
  auto refuse = [&](const std::string& what) {
    raise_whole_file(DiagKind::Unsupported, Text(UnsupportedText(what)));
  };
  try {
    for (const SigEntry& e : interface.entries)
      if (e.kind == OutSigItem::Kind::ModuleType) refuse("interfaces with module types");
    // The implementation's signature is the file's; the interface's
    // declarations are in its file.
    IncludeContext context;
    context.got_entries = std::span<const SigEntry>(sig_.data(), sig_.size());
    context.declared_in = options_.interface_source;
    SignatureMatch match =
        MatchSignature(got, interface.entries, interface.where, {}, refuse, context);
    if (!match.missing.empty() || match.mismatch) {
      std::vector<Doc> subs =
          match.missing.empty() ? std::vector<Doc>{*match.mismatch} : std::move(match.missing);
      std::string implementation = source_->shown_name();
      std::string compiled = options_.interface_source->shown_name();
      compiled = compiled.substr(0, compiled.size() - 4) + ".cmi";
      // Includemod_errorprinter.interface_mismatch, then the items' messages
      // (In_Compilation_unit), all separated by "@ ".
      raise_whole_file(DiagKind::ModuleMismatch,
                       [implementation, compiled, subs](fmt::Formatter& ppf) {
                         ppf.open_box(0);
                         ppf.print_string("The implementation " + implementation);
                         ppf.print_space();
                         ppf.print_string("does not match the interface " + compiled + ":");
                         ppf.print_space();
                         for (const Doc& sub : subs) {
                           ppf.print_space();
                           sub(ppf);
                         }
                         ppf.close_box();
                       });
    }
    if (HidesFromUnusedWarnings(ast_->structure, got, interface.entries, match.paired))
      refuse(
          "implementations whose interface hides items while the unused-item warnings are "
          "enabled");
  } catch (TypeErrorThrow& t) {
    if (!t.silent) Report(TypeError{std::move(t.diagnostic), std::move(t.clash)});
  }
}

}  // namespace mlhint::typing
