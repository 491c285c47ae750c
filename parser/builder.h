// What the grammar's semantic actions call to build the tree: one small
// function per kind of node, so that actions stay one line and carry the
// OCaml desugarings (mkuminus, mkinfix, list sugar) in one place.
//
// The semantic values of the grammar (parser/semantic_values.h) are
// trivially copyable: the parser copies them on every shift and reduction,
// and a value that owns memory (a std::vector) made each of those a call
// through a switch on the symbol's type, plus an allocation per list.
#pragma once

#include <cstring>
#include <initializer_list>
#include <iterator>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <unordered_map>
#include <vector>

#include "diagnostics/diagnostic.h"
#include "lexer/lexer.h"
#include "parser/ast.h"
#include "parser/semantic_values.h"
#include "support/source.h"

namespace mlhint {

class AstBuilder {
 public:
  AstBuilder(const SourceBuffer& source, ast::Ast& ast) : source_(source), ast_(ast) {}

  ast::Ast& tree() { return ast_; }
  std::string_view Text(Span span) const { return source_.Slice(span); }

  // Lists under construction (see IdList). The cells of a list copied into
  // the tree are reused.
  void Push(IdList& list, ast::Id id) {
    uint32_t cell = NewCell(id, IdList::kNoCell);
    if (list.empty())
      list.head = cell;
    else
      cells_[list.tail].next = cell;
    list.tail = cell;
  }
  void Prepend(IdList& list, ast::Id id) {
    uint32_t cell = NewCell(id, list.head);
    if (list.empty()) list.tail = cell;
    list.head = cell;
  }
  IdList Single(ast::Id id) {
    IdList list;
    Push(list, id);
    return list;
  }
  IdList Appended(IdList list, ast::Id id) {
    Push(list, id);
    return list;
  }
  IdList Prepended(ast::Id id, IdList list) {
    Prepend(list, id);
    return list;
  }
  // `front` then `back`.
  IdList Concat(IdList front, IdList back);
  void ReserveListCells(size_t n) { cells_.reserve(n); }

  // Copies into the tree's ids.
  ast::ListRef List(IdList items);
  ast::ListRef List(std::initializer_list<ast::Id> items);
  ast::ListRef ReversedList(IdList items);

  // Names.
  ast::Id Name(std::string_view part, Span span) {
    ast::ListRef parts{static_cast<uint32_t>(ast_.names.size()), 1};
    ast_.names.push_back(part);
    ast_.longidents.push_back(ast::LongIdent{parts, span});
    return static_cast<ast::Id>(ast_.longidents.size() - 1);
  }
  ast::Id Qualify(ast::Id prefix, std::string_view last, Span span);
  ast::Id NameOf(Span span) { return Name(Text(span), span); }
  // The name of a constructor written `[]`, `()`, `(::)`, `true`, `false` or
  // `C`: the first three may have blanks or comments inside.
  std::string_view ConstructorText(Span span) const;
  ast::Id QualifyWith(ast::Id prefix, Span last, Span whole) {
    ast::Id path = Qualify(prefix, Text(last), whole);
    if (!applied_modules_.empty() || !ast_.applied_paths.empty()) NoteApplied(prefix, path);
    return path;
  }
  // `F(A)` in a path (F and A paths): F's LongIdent, noted as applied to A
  // for the paths that go through it (Ast::applied_paths).
  ast::Id ApplyPath(ast::Id functor, ast::Id arg, Span span);

  // Expressions.
  ast::Id Expr(ast::ExprKind kind, Span span, ast::Id a = ast::kNone, ast::Id b = ast::kNone,
               ast::Id c = ast::kNone, ast::ListRef list = {}, uint8_t flags = 0) {
    ast_.exprs.push_back(ast::Expr{kind, flags, span, a, b, c, list});
    return static_cast<ast::Id>(ast_.exprs.size() - 1);
  }
  ast::Id For(Span span, ast::Id index, ast::Id start, ast::Id stop, ast::Id body, bool downto) {
    ast_.ids.push_back(body);
    ast::ListRef just_body{static_cast<uint32_t>(ast_.ids.size() - 1), 1};
    return Expr(ast::ExprKind::For, span, index, start, stop, just_body, downto ? ast::kDownto : 0);
  }
  ast::Id Ident(ast::Id longident, Span span) {
    return Expr(ast::ExprKind::Ident, span, longident);
  }
  ast::Id IdentNamed(std::string_view name, Span span, uint8_t flags = 0);
  ast::Id Constant(ast::ConstKind kind, Span token) {
    ast_.constants.push_back(ast::Constant{kind, false, token});
    return static_cast<ast::Id>(ast_.constants.size() - 1);
  }
  ast::Id ConstantExpr(ast::ConstKind kind, Span token) {
    return Expr(ast::ExprKind::Constant, token, Constant(kind, token));
  }
  ast::Id Infix(ast::Id lhs, Span op, ast::Id rhs, Span whole);
  ast::Id Prefix(std::string_view op_name, Span op, ast::Id arg, Span whole);
  // `- e` and `-. e` (OCaml's mkuminus), `+ e` and `+. e` (mkuplus).
  ast::Id UnaryMinus(Span op, ast::Id arg, Span whole);
  ast::Id UnaryPlus(Span op, ast::Id arg, Span whole);
  ast::Id Apply(ast::Id fn, IdList args, Span whole);
  ast::Id Cons(ast::Id head, Span op, ast::Id tail, Span whole);
  // [e1; ...; en] with `]` at `close`.
  ast::Id ListExpr(IdList elements, Span close, Span whole);
  ast::Id Tuple(IdList items, Span whole);
  ast::Id Sequence(ast::Id a, ast::Id b, Span whole) {
    return Expr(ast::ExprKind::Sequence, whole, a, b);
  }
  // a.(i), s.[i] and their assignments: applications of Array.get & co.
  ast::Id IndexGet(std::string_view fn, ast::Id target, ast::Id index, Span whole);
  ast::Id IndexSet(std::string_view fn, ast::Id target, ast::Id index, ast::Id value, Span whole);
  ast::Id Fun(ast::Id pat, ast::Id body, Span span, bool ghost);
  // `(type a b)` before `body`: a NewType for each name of `names` (the
  // text of the names between the parentheses), the first outermost, each
  // spanning `span` (as Parser.mk_newtypes places them).
  ast::Id NewTypes(Span names, ast::Id body, Span span, uint8_t flags = 0);
  // A labelled parameter or argument: the pattern or expression, noted with
  // its label until Fun or Apply takes it (the grammar's values carry one id).
  ast::Id LabelledPat(ast::ArgLabelKind kind, Span name, ast::Id pat, ast::Id default_expr) {
    param_labels_[pat] = ast::ArgLabel{kind, name, default_expr};
    return pat;
  }
  // Whether OCaml gives the attribute named at `id` a meaning (warnings,
  // alerts, representation, inlining, arity: Builtin_attributes and the
  // attributes of typing and translation). mlhint ignores every other
  // attribute, as OCaml does, and refuses these.
  bool InterpretedAttribute(Span id) const;
  // An item attribute that a type declaration interprets (`[@@unboxed]`,
  // `[@@boxed]`, `[@@immediate]`, `[@@immediate64]`), named at `id`, the
  // whole at `whole`: noted for the declaration it ends (TypeDecl takes
  // the ones inside its span). On any other item OCaml 4.13 ignores them.
  bool NoteTypeAttribute(Span id, Span whole);
  // An alert a definition may carry (`[@@deprecated "..."]`, `[@@alert kind
  // "..."]`, `[@deprecated]`), named at `id`: noted until the rule of what
  // it follows attaches it to a definition (AttachAlerts) or drops it where
  // OCaml gives it no meaning (DropAlerts). False for an `alert` whose
  // payload OCaml warns about (47): refused with the other interpreted
  // attributes.
  bool NoteAlertAttribute(Span id, Span payload, Span whole, bool post);
  // The noted alerts inside `attributes` (a list of them, `post` or not)
  // become the alerts of the definition whose name is at `name`.
  void AttachAlerts(Span name, Span attributes, bool post);
  // The noted alerts inside `attributes` mean nothing there: dropped.
  void DropAlerts(Span attributes);
  // `pattern [@deprecated]`: a variable takes the alert, any other pattern
  // drops it.
  ast::Id PatternAlerts(ast::Id pat, Span attribute);
  // `[@warn_on_literal_pattern]`, named at `id`: noted for the constructor
  // declaration it follows (ConstructorDecl takes those inside its span);
  // anywhere else OCaml reads nothing from it.
  bool NoteLiteralPatternAttribute(Span id, Span whole);
  // An alert left unattached is where OCaml gives it a meaning mlhint does
  // not check (`exception E [@@deprecated]`, `[@@@deprecated]`): its
  // top-level item is refused, at the attribute; so is a `[@ppwarning]`
  // that no scope holds. (After AttachPostAttributes.)
  void CheckAlertAttributes();
  // An optimisation attribute OCaml's translation reads and typing ignores
  // (`[@inline]`, `[@inline never]`, `[@specialise]`, `[@inlined]`, also
  // `ocaml.`), named at `id`, its payload at
  // `payload`: its kind (Mark::kOptimisation...), 0 for any other attribute
  // or a payload OCaml warns about. Noted by the span of the whole.
  uint8_t NoteOptimisationAttribute(Span id, Span payload, Span whole);
  // The mark of one attribute (`[@...]`) the grammar has read.
  Mark AttributeMark(Span whole) const;
  // `e [@inlined]`, `(fun x -> e) [@inline]`: the expression, with the
  // attribute noted for CheckOptimisationAttributes.
  ast::Id WithOptimisationAttribute(ast::Id expr, Span whole);
  // After the parse: an `[@inlined]` that is not on the function of an
  // application, or an `[@inline]`/`[@specialise]` that is
  // not on a function (where OCaml's translation warns, 53), refuses the
  // top-level item that holds it.
  void CheckOptimisationAttributes();
  // Refuses the top-level item that holds this attribute ("attributes").
  void RefuseItemAt(Span attribute);
  // A binding's expression is a function (under type constraints).
  bool BindsFunction(ast::Id binding) const;
  // The attribute named at `id`, blanks and an `ocaml.` prefix left out.
  std::string AttributeName(Span id) const;
  // A `warning` or `warnerror` attribute (also `ocaml.`-prefixed), named
  // at `id`, the whole at `whole`: noted in the tree (WarningAttribute) and
  // true; false for any other attribute.
  bool NoteWarningAttribute(Span id, Span whole, ast::WarningAttribute::Kind kind);
  // `expr [@...]`: when the attribute at `attribute` was noted as a warning
  // attribute, it applies to `expr`.
  ast::Id WithAttribute(ast::Id expr, Span attribute);
  // `begin[@...] expr end`: the warning attributes inside `attributes`
  // apply to `expr`, as OCaml's parser gives them to it.
  ast::Id WithAttributes(ast::Id expr, Span attributes);
  // The warning attributes inside `attributes` apply to this node
  // (Builtin_attributes.warning_scope around its typing).
  enum class WarningTarget : uint8_t { Type, Pat, Constructor, Label, TypeDecl, Item };
  ast::Id WarningsOn(Span attributes, WarningTarget target, ast::Id id);
  // A floating attribute at `span`: the item of a warning attribute, else
  // kNone (an ignored attribute).
  ast::Id FloatingAttributeItem(Span span);
  // The variable of `x` or `x : t` (label_let_pattern), the label's name.
  Span PatLabelName(ast::Id pat) const {
    const ast::Pat& p = ast_.pats[pat];
    return p.kind == ast::PatKind::Constraint ? ast_.pats[p.a].name : p.name;
  }
  ast::Id LabelledExpr(ast::ArgLabelKind kind, Span name, ast::Id expr) {
    arg_labels_[expr] = ast::ArgLabel{kind, name, ast::kNone};
    return expr;
  }
  ast::Id Let(const LetBindingsValue& bindings, ast::Id body, Span whole);
  ast::Id Binding(ast::Id pat, ast::Id expr, Span span);
  // `LETOP bindings IN body` (Pexp_letop), the let operator at `op`.
  ast::Id LetOp(Span op, IdList bindings, ast::Id body, Span whole);
  ast::Id Case(ast::Id pat, ast::Id guard, ast::Id body, Span span);
  ast::Id RecordField(ast::Id label, ast::Id type_constraint, ast::Id expr, Span span);
  ast::Id Record(const RecordContentValue& content, Span whole);
  ast::Id Relocate(ast::Id expr, Span span, bool parens);
  ast::Id ExprConstraint(ast::Id expr, ast::Id type, Span span);

  // Patterns.
  ast::Id Pat(ast::PatKind kind, Span span, ast::Id a = ast::kNone, ast::Id b = ast::kNone,
              ast::ListRef list = {}, Span name = {}, uint8_t flags = 0) {
    ast_.pats.push_back(ast::Pat{kind, flags, span, a, b, list, name});
    return static_cast<ast::Id>(ast_.pats.size() - 1);
  }
  ast::Id PatVar(Span name, Span span) {
    return Pat(ast::PatKind::Var, span, ast::kNone, ast::kNone, {}, name);
  }
  ast::Id PatConstant(ast::Id constant, Span span) {
    return Pat(ast::PatKind::Constant, span, constant);
  }
  ast::Id SignedConstant(ast::ConstKind kind, Span token, bool negative, Span whole);
  ast::Id PatCons(ast::Id head, Span op, ast::Id tail, Span whole);
  ast::Id PatList(IdList elements, Span close, Span whole);
  ast::Id PatTuple(IdList items, Span whole);
  ast::Id RelocatePat(ast::Id pat, Span span);
  ast::Id RecordPatField(ast::Id label, ast::Id type, ast::Id pat, Span span);

  // Types.
  ast::Id Type(ast::TypeKind kind, Span span, ast::Id a = ast::kNone, ast::Id b = ast::kNone,
               ast::ListRef list = {}, Span name = {}, uint8_t flags = 0);
  ast::Id TypeConstr(ast::Id longident, IdList args, Span span);

  // Declarations and items.
  ast::Id Item(ast::ItemKind kind, Span span, ast::Id a = ast::kNone, ast::ListRef list = {},
               Span name = {}, uint8_t flags = 0);
  ast::Id TypeParam(Span name, Span span);
  ast::Id TypeDecl(Span name, IdList params, TypeKindValue kind, Span span);
  ast::Id ConstructorDecl(Span name, ConstructorArgsValue args, Span span);
  ast::Id LabelDecl(bool is_mutable, Span name, ast::Id type, Span span);

  // The module path written at `span` (`M`, `M.N`), as a LongIdent, or
  // kNone when the module expression there is not a path (a structure, a
  // functor application): the subset opens only paths.
  ast::Id ModulePathAt(Span span);
  // `open M`, `let open M in e`, `M.(e)`.
  ast::Id OpenItem(Span span, Span module, const ModuleExprValue& value);
  // `open P` or `open F(X)` in a signature (P, F, X paths; `path` is P's,
  // or F's noted by ApplyPath).
  ast::Id OpenDescription(Span span, ast::Id path);
  ast::Id LocalOpen(Span span, Span module, const ModuleExprValue& value, ast::Id body);

  // A construct of OCaml outside the subset, reported when checked.
  ast::Id UnsupportedExpr(Span span, std::string what);
  ast::Id UnsupportedPat(Span span, std::string what);
  ast::Id UnsupportedType(Span span, std::string what);
  ast::Id UnsupportedItem(Span span, std::string what);
  ast::Id UnsupportedIndex(Span span, std::string what);
  // A refused type extension's constructors (ItemKind::Unsupported).
  void SetItemList(ast::Id item, ast::ListRef list) { ast_.items[item].list = list; }
  // The last unsupported construct is an extension named at `name`.
  void NameExtension(Span name) { ast_.unsupported.back().extension_name = name; }
  // The last refused construct, an expression `[%extension_constructor P]`:
  // marked so, with P's path if it is one.
  void ReadExtensionConstructor(Span span);
  // The node, or an Unsupported node at the mark when there is one.
  ast::Id MarkedExpr(const Mark& mark, ast::Id expr) {
    return mark.present ? UnsupportedExpr(mark.span, mark.what.c_str()) : expr;
  }
  ast::Id MarkedPat(const Mark& mark, ast::Id pat) {
    return mark.present ? UnsupportedPat(mark.span, mark.what.c_str()) : pat;
  }
  // `module NAME = BODY`: a structure is a Module item; another body (or
  // a decorated one) is refused, with the name kept so that its uses are
  // not errors again.
  ast::Id ModuleItem(const Mark& mark, Span span, Span name, const ModuleExprValue& body);
  // `include ME` in a structure: of a path, a structure or a functor's
  // application (module: where ME is); another is refused.
  ast::Id IncludeItem(const Mark& mark, Span span, Span module, const ModuleExprValue& m);
  // First-class modules. `(module ME)` (`module`: where ME is), and with
  // `type`, `(module ME : S)`, a Constraint of it to that package type.
  ast::Id Pack(Span span, Span module, const ModuleExprValue& value, ast::Id type);
  // `(module M)` in a pattern, and `(module M : S)`.
  ast::Id UnpackPat(Span span, Span name, ast::Id type);
  // The package type `(module S)` written at `span`, or a refusal of a
  // module type the checker does not read as one.
  ast::Id PackageType(Span span, const ModuleTypeValue& mty);
  // `module type NAME = sig ... end` (or `= NAME2`), a ModuleType item;
  // another shape is refused.
  ast::Id ModuleTypeItem(const Mark& mark, Span span, Span name, const ModuleTypeValue& body);
  // The unnamed ModuleType item of a module type the checker reads (a
  // signature, a name, one of those with constraints), or kNone.
  ast::Id ModuleTypeBody(const ModuleTypeValue& mty);
  // `module N : MT` in a signature: N's signature's items, or (in `b`)
  // the named module type, with or without `with` constraints.
  ast::Id ModuleDeclItem(Mark mark, Span span, Span name, const ModuleTypeValue& body);
  // `functor (X : S) ... -> MT`: a ModuleType item (kFunctorType), or
  // kNone if a parameter or MT is not read.
  ast::Id FunctorType(Span span, IdList params, const ModuleTypeValue& result);
  // `(X : S)`: S's ModuleType item named X, or kNone.
  ast::Id FunctorParam(Span name, const ModuleTypeValue& mty);
  // `with type params name = manifest` (or `:=`, a substitution; `whole`:
  // the constraint), or kNone
  // when the name is not a simple one.
  ast::Id WithTypeDecl(ast::Id longident, IdList params, ast::Id manifest, Span whole,
                       bool substitution = false);
  // `base with constraints`: its ModuleType item, or kNone.
  ast::Id WithModuleType(const ModuleTypeValue& base, const WithConstraintsValue& with, Span span);
  // `val x : t` or `external x : t = "prim" ...`: a ValDecl item (kExternal).
  ast::Id ValueDescItem(const ValueDescValue& v, Span span);
  // The mark of an external's attributes: none when they are only
  // `[@@noalloc]` (the checker reads those from the item), else `post`.
  Mark ExternalAttributes(const Mark& post, Span attributes) const;
  // `type [@unboxed]` or `[@untagged]` (`whole`: the attribute): noted for
  // an external's check; false for another attribute.
  bool NoteNativeReprAttribute(ast::Id type, Span whole);
  ast::Id MarkedItem(const Mark& mark, ast::Id item) {
    return mark.present ? UnsupportedItem(mark.span, mark.what.c_str()) : item;
  }

 private:
  void NoteApplied(ast::Id prefix, ast::Id path);
  std::unordered_map<ast::Id, ast::Id> applied_modules_;  // ApplyPath: F's path -> its item
  struct Cell {
    ast::Id id;
    uint32_t next;
  };
  uint32_t NewCell(ast::Id id, uint32_t next) {
    if (free_cells_ == IdList::kNoCell) return NewCellSlow(id, next);
    uint32_t cell = free_cells_;
    free_cells_ = cells_[cell].next;
    cells_[cell] = Cell{id, next};
    return cell;
  }
  uint32_t NewCellSlow(ast::Id id, uint32_t next);
  ast::Id PushArgLabel(const ast::ArgLabel& label) {
    ast_.arg_labels.push_back(label);
    return static_cast<ast::Id>(ast_.arg_labels.size() - 1);
  }
  std::unordered_map<ast::Id, ast::ArgLabel> param_labels_, arg_labels_;
  struct TypeAttribute {
    Span span;
    uint8_t flag;
  };
  std::vector<TypeAttribute> type_attributes_;  // noted, not yet taken
  struct PendingAlert {
    Span span;  // the whole attribute
    bool post;  // `[@@...]`
    ast::Alert alert;
  };
  std::vector<PendingAlert> alerts_pending_;      // noted, not yet attached or dropped
  std::vector<Span> literal_pattern_attributes_;  // `[@warn_on_literal_pattern]`, not yet taken
  std::unordered_map<uint32_t, uint8_t> optimisation_kinds_;  // by the whole's begin
  std::unordered_map<uint32_t, bool> tailcall_expected_;      // `[@tailcall false]`: false
  std::unordered_map<uint32_t, Span> tailcall_bad_payload_;   // its name, when warning 47
  struct ExprAttribute {
    ast::Id expr;
    Span span;
    uint8_t kind;
  };
  std::vector<ExprAttribute> expr_optimisations_;
  // The list's cells become free: the list must not be used again.
  void Release(IdList list) {
    if (list.empty()) return;
    cells_[list.tail].next = free_cells_;
    free_cells_ = list.head;
  }
  // The elements of a list, in order, in scratch_ (valid until the next
  // call); the list is released.
  const std::vector<ast::Id>& Elements(IdList list);

  const SourceBuffer& source_;
  ast::Ast& ast_;
  std::vector<Cell> cells_;
  uint32_t free_cells_ = IdList::kNoCell;  // a chain through Cell::next
  std::vector<ast::Id> scratch_;
};

}  // namespace mlhint
