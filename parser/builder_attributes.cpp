// The AST builder's attributes: the warning attributes it notes, the
// representation and optimisation attributes, and those it refuses
// (parser/builder.h).

#include "parser/builder.h"

#include <cctype>
#include <optional>
#include <unordered_set>

#include "diagnostics/warnings.h"
#include "lexer/lexer.h"
#include "lexer/literals.h"
#include "support/text_chars.h"

namespace mlhint {

using ast::Id;
using ast::kNone;

namespace {

std::string_view Trimmed(std::string_view text) {
  size_t first = text.find_first_not_of(" \t\r\n");
  if (first == std::string_view::npos) return {};
  return text.substr(first, text.find_last_not_of(" \t\r\n") - first + 1);
}

// An attribute's name as written, without the blanks it may hold
// (`ocaml . alert` is `ocaml.alert`).
std::string WrittenName(std::string_view id) {
  std::string name;
  for (char c : id)
    if (c != ' ' && c != '\t' && c != '\n' && c != '\r') name += c;
  return name;
}

// The contents of `text` when it is one string literal and nothing else
// (Builtin_attributes.string_of_payload).
std::optional<std::string> OneStringLiteral(std::string_view text) {
  text = Trimmed(text);
  if (text.size() >= 2 && text[0] == '"') {
    size_t i = 1;
    while (i < text.size() && text[i] != '"') i += text[i] == '\\' ? 2 : 1;
    if (i != text.size() - 1) return std::nullopt;
    return DecodeStringLiteral(text);
  }
  if (text.size() >= 2 && text[0] == '{') {
    size_t bar = text.find('|');
    if (bar == std::string_view::npos) return std::nullopt;
    std::string close = "|" + std::string(text.substr(1, bar - 1)) + "}";
    size_t end = text.find(close, bar + 1);
    if (end == std::string_view::npos || end + close.size() != text.size()) return std::nullopt;
    return DecodeStringLiteral(text);
  }
  return std::nullopt;
}

// What an `[@alert ...]` payload is, as Builtin_attributes reads it: one
// string (alert settings), `kind` or `kind "message"` (an alert), or else
// OCaml's "Invalid payload" (warning 47). Payloads of words, numbers and
// strings are told apart; any other (parentheses, operators, comments)
// is Unread, and refused.
enum class AlertPayload : uint8_t { Settings, Alert, Invalid, Unread };

AlertPayload AlertPayloadShape(std::string_view p) {
  enum class Token : uint8_t { Ident, String, Other };
  std::vector<Token> tokens;
  size_t i = 0;
  auto word_char = [](char c) {
    return std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '\'';
  };
  while (i < p.size()) {
    char c = p[i];
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
      ++i;
    } else if (c == '"' || c == '{') {
      size_t end = i + 1;
      if (c == '"') {
        while (end < p.size() && p[end] != '"') end += p[end] == '\\' ? 2 : 1;
        if (end >= p.size()) return AlertPayload::Unread;
        ++end;
      } else {
        size_t bar = p.find('|', i);
        if (bar == std::string_view::npos) return AlertPayload::Unread;
        for (size_t k = i + 1; k < bar; ++k)
          if (!((p[k] >= 'a' && p[k] <= 'z') || p[k] == '_')) return AlertPayload::Unread;
        std::string close = "|" + std::string(p.substr(i + 1, bar - i - 1)) + "}";
        size_t at = p.find(close, bar + 1);
        if (at == std::string_view::npos) return AlertPayload::Unread;
        end = at + close.size();
      }
      tokens.push_back(Token::String);
      i = end;
    } else if (word_char(c) && c != '\'') {
      size_t end = i;
      while (end < p.size() && word_char(p[end])) ++end;
      std::string_view w = p.substr(i, end - i);
      bool ident = ((c >= 'a' && c <= 'z') || c == '_') && !KeywordKind(w);
      tokens.push_back(ident ? Token::Ident : Token::Other);
      i = end;
    } else {
      return AlertPayload::Unread;
    }
  }
  if (tokens.size() == 1 && tokens[0] == Token::String) return AlertPayload::Settings;
  if (!tokens.empty() && tokens[0] == Token::Ident &&
      (tokens.size() == 1 || (tokens.size() == 2 && tokens[1] == Token::String)))
    return AlertPayload::Alert;
  return AlertPayload::Invalid;
}

}  // namespace

std::string AstBuilder::AttributeName(Span id) const {
  std::string name = WrittenName(Text(id));
  return name.starts_with("ocaml.") ? name.substr(6) : name;
}

bool AstBuilder::NoteWarningAttribute(Span id, Span whole, ast::WarningAttribute::Kind kind) {
  std::string n = AttributeName(id);
  if (n != "warning" && n != "warnerror" && n != "alert" && n != "ppwarning") return false;
  ast::WarningAttribute a;
  a.kind = kind;
  a.span = whole;
  // The payload: what is between the name and the closing bracket, and
  // that without its blanks (where it is one string literal, its span).
  Span payload{id.end, whole.end > 0 ? whole.end - 1 : whole.end};
  std::string_view text = Text(payload);
  std::string_view literal = Trimmed(text);
  auto literal_begin =
      payload.begin + (literal.empty() ? 0 : static_cast<uint32_t>(literal.data() - text.data()));
  Span literal_span{literal_begin, literal_begin + static_cast<uint32_t>(literal.size())};
  if (n == "ppwarning") {
    // Warning 22 at its string when the scope is entered; any other
    // payload means nothing (Builtin_attributes.warning_attribute).
    a.ppwarning = true;
    if (OneStringLiteral(literal)) a.payload = literal_span;
    ast_.warning_attributes.push_back(a);
    return true;
  }
  a.warn_error = n == "warnerror";
  a.alert = n == "alert";
  if (a.alert) {
    // An ill-formed payload is OCaml's warning 47 where the scope is
    // entered (Builtin_attributes.warning_attribute's process_alert).
    std::string illegal = "illegal payload for attribute '" + WrittenName(Text(id)) + "'.\n";
    switch (AlertPayloadShape(text)) {
      case AlertPayload::Unread:
      case AlertPayload::Alert:
        return false;
      case AlertPayload::Invalid:
        a.payload_error = illegal + "Invalid payload";
        ast_.warning_attributes.push_back(std::move(a));
        return true;
      case AlertPayload::Settings: {
        a.payload = literal_span;
        WarningSettings check;
        if (!check.ApplyAlerts(DecodeStringLiteral(literal)))
          a.payload_error = illegal + "Ill-formed list of alert settings";
        ast_.warning_attributes.push_back(std::move(a));
        return true;
      }
    }
  }
  // A string literal for the attribute to mean anything (a `{|...|}`
  // string is one too).
  if (literal.empty() || (literal.front() != '"' && literal.front() != '{') ||
      (literal.back() != '"' && literal.back() != '}'))
    return false;
  a.payload = literal_span;
  // An ill-formed payload is refused with the other interpreted attributes
  // (OCaml warns about it each time the attribute's scope is entered).
  WarningSettings check;
  std::string spec = DecodeStringLiteral(Text(a.payload));
  if (!(a.alert        ? check.ApplyAlerts(spec)
        : a.warn_error ? check.ApplyWarnError(spec)
                       : check.Apply(spec)))
    return false;
  ast_.warning_attributes.push_back(a);
  return true;
}

ast::Id AstBuilder::WithAttribute(ast::Id expr, Span attribute) {
  if (ast_.warning_attributes.empty() || !(ast_.warning_attributes.back().span == attribute) ||
      expr == ast::kNone)
    return expr;
  ast_.warning_attributes.back().expr = expr;
  ast_.exprs[expr].flags |= ast::kWarningScope;
  return expr;
}

// `[%extension_constructor P]` (Typecore interprets it): marked, with P's
// path when the payload is one.
void AstBuilder::ReadExtensionConstructor(Span span) {
  std::string_view text = Text(span);
  if (!text.starts_with("[%") || !text.ends_with("]")) return;
  auto [start, end] = ExtensionNameIn(text);
  std::string_view name = text.substr(start, end - start);
  if (name != "extension_constructor" && name != "ocaml.extension_constructor") return;
  ast::UnsupportedConstruct& u = ast_.unsupported.back();
  u.extension_constructor = true;
  u.extension_name =
      Span{span.begin + static_cast<uint32_t>(start), span.begin + static_cast<uint32_t>(end)};
  Span payload{span.begin + static_cast<uint32_t>(end), span.end - 1};
  if (!Text(payload).empty()) u.constructor = ModulePathAt(payload);
}

ast::Id AstBuilder::WithAttributes(ast::Id expr, Span attributes) {
  if (expr == ast::kNone || attributes.empty()) return expr;
  // Those of `expr` itself were noted after them.
  for (auto a = ast_.warning_attributes.rbegin(); a != ast_.warning_attributes.rend(); ++a) {
    if (a->span.begin >= attributes.end) continue;
    if (a->span.end <= attributes.begin) break;
    if (a->kind != ast::WarningAttribute::Kind::Expr || a->expr != ast::kNone) continue;
    a->expr = expr;
    ast_.exprs[expr].flags |= ast::kWarningScope;
  }
  return expr;
}

ast::Id AstBuilder::WarningsOn(Span attributes, WarningTarget target, ast::Id id) {
  if (id == ast::kNone) return id;
  using A = ast::WarningAttribute;
  ast::Id A::*field = target == WarningTarget::Type          ? &A::type
                      : target == WarningTarget::Pat         ? &A::pat
                      : target == WarningTarget::Constructor ? &A::constructor
                      : target == WarningTarget::Label       ? &A::label
                      : target == WarningTarget::TypeDecl    ? &A::type_decl
                                                             : &A::item;
  // Noted in source order: those of this list are the last ones.
  for (size_t k = ast_.warning_attributes.size(); k-- > 0;) {
    A& a = ast_.warning_attributes[k];
    if (a.span.begin < attributes.begin) break;
    if (a.span.end <= attributes.end && a.*field == ast::kNone) a.*field = id;
  }
  return id;
}

ast::Id AstBuilder::FloatingAttributeItem(Span span) {
  if (ast_.warning_attributes.empty() || !(ast_.warning_attributes.back().span == span))
    return ast::kNone;
  return Item(ast::ItemKind::Attribute, span,
              static_cast<ast::Id>(ast_.warning_attributes.size() - 1));
}

bool AstBuilder::NoteAlertAttribute(Span id, Span payload, Span whole, bool post) {
  std::string n = AttributeName(id);
  if (n != "deprecated" && n != "alert") return false;
  std::string_view p = payload.empty() ? std::string_view() : Trimmed(Text(payload));
  ast::Alert alert;
  if (n == "deprecated") {
    // Any payload but a string says nothing (string_of_opt_payload).
    alert.kind = "deprecated";
    alert.message = OneStringLiteral(p).value_or("");
  } else {
    // Builtin_attributes.kind_and_message: `kind "message"` or `kind`.
    size_t i = 0;
    while (i < p.size() && ((p[i] >= 'a' && p[i] <= 'z') || (p[i] >= 'A' && p[i] <= 'Z') ||
                            (p[i] >= '0' && p[i] <= '9') || p[i] == '_' || p[i] == '\''))
      ++i;
    bool ident = i > 0 && ((p[0] >= 'a' && p[0] <= 'z') || p[0] == '_');
    std::string_view rest = Trimmed(p.substr(i));
    std::optional<std::string> message =
        rest.empty() ? std::optional<std::string>("") : OneStringLiteral(rest);
    // `all` is reserved (a warning 47 mlhint does not give): refused.
    if (!ident || !message || p.substr(0, i) == "all") return false;
    alert.kind = std::string(p.substr(0, i));
    alert.message = std::move(*message);
  }
  alerts_pending_.push_back(PendingAlert{whole, post, std::move(alert)});
  return true;
}

void AstBuilder::AttachAlerts(Span name, Span attributes, bool post) {
  std::vector<ast::Alert> taken;
  std::erase_if(alerts_pending_, [&](PendingAlert& a) {
    if (a.post != post || a.span.begin < attributes.begin || a.span.end > attributes.end)
      return false;
    taken.push_back(std::move(a.alert));
    return true;
  });
  if (taken.empty()) return;
  std::vector<ast::Alert>& to = ast_.alerts[name.begin];
  for (ast::Alert& a : taken) to.push_back(std::move(a));
}

void AstBuilder::DropAlerts(Span attributes) {
  std::erase_if(alerts_pending_, [&](const PendingAlert& a) {
    return a.span.begin >= attributes.begin && a.span.end <= attributes.end;
  });
}

bool AstBuilder::NoteLiteralPatternAttribute(Span id, Span whole) {
  if (AttributeName(id) != "warn_on_literal_pattern") return false;
  literal_pattern_attributes_.push_back(whole);
  return true;
}

ast::Id AstBuilder::PatternAlerts(ast::Id pat, Span attribute) {
  if (pat != ast::kNone && ast_.pats[pat].kind == ast::PatKind::Var)
    AttachAlerts(ast_.pats[pat].name, attribute, false);
  else
    DropAlerts(attribute);
  return pat;
}

void AstBuilder::CheckAlertAttributes() {
  for (const PendingAlert& a : alerts_pending_) RefuseItemAt(a.span);
  alerts_pending_.clear();
  // A `[@ppwarning]` on what has no warning scope in mlhint (a module
  // expression, an open...) would lose OCaml's warning 22: refused.
  for (const ast::WarningAttribute& a : ast_.warning_attributes)
    if (a.ppwarning && a.kind != ast::WarningAttribute::Kind::Floating && a.expr == kNone &&
        a.binding == kNone && a.item == kNone && a.type == kNone && a.pat == kNone &&
        a.constructor == kNone && a.label == kNone && a.type_decl == kNone)
      RefuseItemAt(a.span);
  // OCaml enters some scopes more than once (a binding's, a type
  // declaration's), giving an ill-formed `[@alert]` its warning 47 each
  // time: it is said where the scope is entered once, floating, on an
  // expression or after a `val` of a signature, and refused elsewhere.
  for (const ast::WarningAttribute& a : ast_.warning_attributes)
    if (!a.payload_error.empty() && a.kind != ast::WarningAttribute::Kind::Floating &&
        !(a.kind == ast::WarningAttribute::Kind::Expr && a.expr != kNone) &&
        !(a.kind == ast::WarningAttribute::Kind::Post && a.binding == kNone &&
          a.type_decl == kNone && a.item != kNone &&
          ast_.items[a.item].kind == ast::ItemKind::ValDecl))
      RefuseItemAt(a.span);
}

bool AstBuilder::NoteTypeAttribute(Span id, Span whole) {
  std::string n = AttributeName(id);
  uint8_t flag = n == "unboxed"       ? ast::kUnboxedAttribute
                 : n == "boxed"       ? ast::kBoxedAttribute
                 : n == "immediate"   ? ast::kImmediateAttribute
                 : n == "immediate64" ? ast::kImmediate64Attribute
                                      : 0;
  if (flag == 0) return false;
  // One on another item stays here, below the later ones: OCaml 4.13
  // ignores it.
  type_attributes_.push_back(TypeAttribute{whole, flag});
  return true;
}

uint8_t AstBuilder::NoteOptimisationAttribute(Span id, Span payload, Span whole) {
  std::string n = AttributeName(id);
  // `[@specialised]` is left out: ocamlc's translation warns (53) about it
  // on any application.
  uint8_t kind = n == "inline"       ? Mark::kOptimisationInline
                 : n == "specialise" ? Mark::kOptimisationSpecialise
                 : n == "inlined"    ? Mark::kOptimisationInlined
                 : n == "tailcall"   ? Mark::kOptimisationTailcall
                                     : 0;
  if (kind == 0) return 0;
  // Translattribute reads `always` and `never` (`true` and `false` for
  // `tailcall`), and no payload; any other payload is its warning 47.
  std::string_view p = payload.empty() ? std::string_view() : Trimmed(Text(payload));
  if (kind == Mark::kOptimisationTailcall) {
    // Another payload is warning 47, and no expectation.
    if (p.empty() || p == "true" || p == "false")
      tailcall_expected_[whole.begin] = p != "false";
    else
      tailcall_bad_payload_[whole.begin] = id;
  } else if (!p.empty() && p != "always" && p != "never") {
    return 0;
  }
  optimisation_kinds_[whole.begin] = kind;
  return kind;
}

Mark AstBuilder::AttributeMark(Span whole) const {
  auto it = optimisation_kinds_.find(whole.begin);
  return it != optimisation_kinds_.end() ? Mark::Optimisation(whole, it->second)
                                         : Mark::At(whole, "attributes");
}

ast::Id AstBuilder::WithOptimisationAttribute(ast::Id expr, Span whole) {
  expr_optimisations_.push_back(ExprAttribute{expr, whole, AttributeMark(whole).optimisation});
  return expr;
}

bool AstBuilder::BindsFunction(ast::Id binding) const {
  if (binding == ast::kNone) return false;
  ast::Id e = ast_.bindings[binding].expr;
  while (e != ast::kNone && ast_.exprs[e].kind == ast::ExprKind::Constraint) e = ast_.exprs[e].a;
  return e != ast::kNone && (ast_.exprs[e].kind == ast::ExprKind::Fun ||
                             ast_.exprs[e].kind == ast::ExprKind::Function);
}

void AstBuilder::CheckOptimisationAttributes() {
  if (expr_optimisations_.empty()) return;
  std::unordered_map<ast::Id, ast::Id> heads;  // the function of an application -> it
  for (ast::Id e = 0; e < ast_.exprs.size(); ++e)
    if (ast_.exprs[e].kind == ast::ExprKind::Apply) heads.emplace(ast_.exprs[e].a, e);
  std::unordered_map<ast::Id, uint8_t> seen;
  for (const ExprAttribute& a : expr_optimisations_) {
    bool on_function = a.expr != ast::kNone && (ast_.exprs[a.expr].kind == ast::ExprKind::Fun ||
                                                ast_.exprs[a.expr].kind == ast::ExprKind::Function);
    bool fits = (a.kind & (Mark::kOptimisationInline | Mark::kOptimisationSpecialise))
                    ? on_function
                    : a.expr != ast::kNone && heads.count(a.expr) != 0;
    uint8_t& kinds = seen[a.expr];
    fits = fits && !(kinds & a.kind);
    kinds |= a.kind;
    if (!fits) RefuseItemAt(a.span);
    if (fits && a.kind == Mark::kOptimisationTailcall) {
      if (auto bad = tailcall_bad_payload_.find(a.span.begin); bad != tailcall_bad_payload_.end())
        ast_.tail_payload_errors[heads.at(a.expr)] = bad->second;
      else
        ast_.tail_expectations[heads.at(a.expr)] = tailcall_expected_.at(a.span.begin);
    }
  }
}

void AstBuilder::RefuseItemAt(Span attribute) {
  // The top-level item that holds it is refused, at the attribute.
  for (uint32_t i = 0; i < ast_.structure.size; ++i) {
    ast::Item& item = ast_.items[ast_.at(ast_.structure, i)];
    if (item.span.begin > attribute.begin || attribute.end > item.span.end ||
        item.kind == ast::ItemKind::Unsupported)
      continue;
    // A refused module's name stays bound (BindRefusedModule).
    uint8_t flags = 0;
    if (item.kind == ast::ItemKind::Module && Text(item.name) != "_") flags = ast::kRefusedModule;
    if (item.kind == ast::ItemKind::ModuleType) flags = ast::kRefusedModuleType;
    item.flags = flags;
    item.kind = ast::ItemKind::Unsupported;
    item.a = UnsupportedIndex(attribute, "attributes");
    return;
  }
}

bool AstBuilder::InterpretedAttribute(Span id) const {
  std::string n = AttributeName(id);
  static constexpr std::string_view kInterpreted[] = {"warning",
                                                      "warnerror",
                                                      "deprecated",
                                                      "deprecated_mutable",
                                                      "alert",
                                                      "ppwarning",
                                                      "error",
                                                      "explicit_arity",
                                                      "warn_on_literal_pattern",
                                                      "unboxed",
                                                      "boxed",
                                                      "immediate",
                                                      "immediate64",
                                                      "inline",
                                                      "inlined",
                                                      "specialise",
                                                      "specialised",
                                                      "local",
                                                      "tailcall",
                                                      "noalloc",
                                                      "untagged",
                                                      "unrolled",
                                                      "poll",
                                                      "afl_inst_ratio",
                                                      "only_generative_effects",
                                                      "tail_mod_cons",
                                                      "principal",
                                                      "noprincipal",
                                                      "nolabels",
                                                      "labels",
                                                      "rectypes",
                                                      "ppx.context"};
  for (std::string_view k : kInterpreted)
    if (n == k) return true;
  return n.empty() || n[0] == '#';
}

// Primitive.parse_declaration reads `[@@noalloc]`, and
// Typedecl.transl_value_decl `[@@unboxed]` and `[@@untagged]` (or with
// `ocaml.`), of an external; its other attributes keep their mark.
Mark AstBuilder::ExternalAttributes(const Mark& post, Span attributes) const {
  std::string_view text = Text(attributes);
  bool known = true;
  ForEachItemAttributeName(text, [&](size_t begin, size_t end) {
    std::string_view name = text.substr(begin, end - begin);
    if (name.starts_with("ocaml.")) name.remove_prefix(6);
    known &= name == "noalloc" || name == "unboxed" || name == "untagged";
  });
  return known ? Mark{} : post;
}

bool AstBuilder::NoteNativeReprAttribute(ast::Id type, Span whole) {
  std::string_view text = Text(whole);  // `[@ name payload ]`
  if (!text.starts_with("[@")) return false;
  auto [begin, end] = DottedNameAt(text, 2);
  std::string_view name = text.substr(begin, end - begin);
  std::string_view bare = name.starts_with("ocaml.") ? name.substr(6) : name;
  if (bare != "unboxed" && bare != "untagged") return false;
  bool payload = Trimmed(text.substr(end, text.size() - 1 - end)).size() > 0;
  Span name_span{whole.begin + static_cast<uint32_t>(begin),
                 whole.begin + static_cast<uint32_t>(end)};
  ast_.native_repr_attributes.push_back(
      ast::NativeReprAttribute{type, bare == "untagged", payload, name_span});
  return true;
}

}  // namespace mlhint
