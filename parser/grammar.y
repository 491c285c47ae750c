// The grammar of OCaml 4.13's `implementation` and `interface` entry points,
// transcribed production by production from OCaml 4.13's parsing/parser.mly.
//
// Menhir's parameterized and %inline rules are expanded by hand exactly the
// way Menhir expands them (`menhir --only-preprocess-u parser.mly` prints the
// result): list(X) and the other standard rules are right- or left-recursive
// as Menhir defines them, option(X) is a real nonterminal, and %inline rules
// (ext_attributes, preceded, terminated, ioption, override_flag, ...) are
// substituted in place, multiplying the productions that use them. The
// nonterminals keep Menhir's names for the instances it creates:
// list(attribute) is list_attribute_, mk_longident(mod_longident,LIDENT) is
// mk_longident_mod_longident_LIDENT_, and so on. With OCaml's precedence
// declarations, the LALR(1) automaton is then OCaml's, state for state and
// action for action (without conflicts; parser/tools/check_automaton.sh
// compares it with Menhir's), so a syntax error is detected at the same
// token, in a state with the same items, as OCaml's. That is what makes
// the messages match: OCaml's parser uses Menhir's "simplified" error
// strategy, which yyreport_syntax_error replays on bison's tables
// (syntax_error_replay.inc).
//
// The productions of the mlhint subset build the tree of ast.h. Everything
// else is recognised and becomes an Unsupported node at the construct (an
// Unsupported item, expression, pattern or type), reported by the checker.
// An attribute, an extension `%id` or another decoration on a construct of
// the subset makes that construct an Unsupported node located at the first
// decoration (see Mark in builder.h). The errors that OCaml's semantic
// actions raise (the `let x` pun check, `type_variance`, `nonrec flag` and
// `extension` not expected, invalid package types, ...) are raised here in
// the same actions.

// The parser is bison's yacc.c skeleton compiled as C++: its stacks are
// plain arrays and its semantic values (SemanticValue in builder.h) plain
// structs, so a shift or a reduction is a few stores. The stacks belong to
// the ParseContext (yyoverflow below), where the error replay reads them.
%require "3.8"
%define api.prefix {mlhint_yy}
%define api.pure full
%define api.value.type {mlhint::SemanticValue}
%define api.location.type {mlhint::Span}
%define api.token.raw
%define api.token.prefix {TOK_}
%define parse.error custom
%define lr.default-reduction consistent
%locations
%parse-param {mlhint::ParseContext& ctx}
%lex-param {mlhint::ParseContext& ctx}

%code requires {
#include "parser/builder.h"
namespace mlhint { class ParseContext; }
}

%code {
#include <algorithm>

#include "parser/parse_context.h"

// A nonterminal's span starts at its first non-empty symbol (Menhir's
// $symbolstartpos, which OCaml's $sloc uses) and ends with its last one.
#define YYLLOC_DEFAULT(Current, Rhs, N)                                      \
  do {                                                                        \
    if (N) {                                                                  \
      int yyi_ = 1;                                                           \
      while (yyi_ < (N) && YYRHSLOC(Rhs, yyi_).empty()) ++yyi_;               \
      (Current).begin = YYRHSLOC(Rhs, yyi_).begin;                            \
      (Current).end = YYRHSLOC(Rhs, N).end;                                   \
    } else {                                                                  \
      (Current).begin = (Current).end = YYRHSLOC(Rhs, 0).end;                 \
    }                                                                         \
  } while (false)

// The stacks start empty and are grown by the ParseContext, which owns them.
#define YYINITDEPTH 1
#define yyoverflow(message, states, state_bytes, values, value_bytes, locations, location_bytes, capacity) \
  ctx.stacks().Grow(states, state_bytes, values, locations, capacity)

// The bison token of each lexer token (with api.token.raw, its symbol kind).
static constexpr int kBisonToken[] = {
#define X(name, spelling) TOK_##name,
#include "lexer/token_kinds.def"
#undef X
};

// The start token selects the entry point; the parse then reads the file.
// Tokens carry no semantic value, only their span.
static inline int yylex(YYSTYPE*, YYLTYPE* location, mlhint::ParseContext& ctx) {
  if (int start = ctx.TakeStartToken()) {
    *location = mlhint::Span{0, 0};
    return start;
  }
  const mlhint::Token& t = ctx.Next();
  *location = t.span;
  return kBisonToken[static_cast<size_t>(t.kind)];
}

// Bison reports memory exhaustion this way; syntax errors go through
// yyreport_syntax_error (parser/syntax_error_replay.inc).
static void yyerror(YYLTYPE* location, mlhint::ParseContext& ctx, const char* message);
#define B (ctx.builder())
// The span from the start of one symbol to the end of another.
#define SPAN(a, b) (mlhint::Span{(a).begin, (b).end})
/* The name in a LABEL or OPTLABEL token: `~name:`, `?name:`. */
#define LABEL_NAME(tok) (mlhint::Span{(tok).begin + 1, (tok).end - 1})
using mlhint::ast::kNone;
using mlhint::ast::ExprKind;
using mlhint::ast::PatKind;
using LabelKind = mlhint::ast::ArgLabelKind;
using mlhint::ast::TypeKind;
using mlhint::ast::ItemKind;
using mlhint::ast::ConstKind;
using mlhint::Mark;
}

%token EOI 0
%token AMPERAMPER AMPERSAND AND AS ASSERT BACKQUOTE BANG BAR BARBAR BARRBRACKET
%token BEGIN CHAR CLASS COLON COLONCOLON COLONEQUAL COLONGREATER COMMA
%token CONSTRAINT DO DONE DOT DOTDOT DOWNTO ELSE END EQUAL EXCEPTION EXTERNAL
%token FALSE FLOAT FOR FUN FUNCTION FUNCTOR GREATER GREATERRBRACE
%token GREATERRBRACKET IF IN INCLUDE INFIXOP0 INFIXOP1 INFIXOP2 INFIXOP3
%token INFIXOP4 DOTOP LETOP ANDOP INHERIT INITIALIZER INT LABEL LAZY LBRACE
%token LBRACELESS LBRACKET LBRACKETBAR LBRACKETLESS LBRACKETGREATER
%token LBRACKETPERCENT LBRACKETPERCENTPERCENT LESS LESSMINUS LET LIDENT
%token LPAREN LBRACKETAT LBRACKETATAT LBRACKETATATAT MATCH METHOD MINUS
%token MINUSDOT MINUSGREATER MODULE MUTABLE NEW NONREC OBJECT OF OPEN OPTLABEL
%token OR PERCENT PLUS PLUSDOT PLUSEQ PREFIXOP PRIVATE QUESTION QUOTE RBRACE
%token RBRACKET REC RPAREN SEMI SEMISEMI HASH HASHOP SIG STAR STRING
%token QUOTED_STRING_EXPR QUOTED_STRING_ITEM STRUCT THEN TILDE TO TRUE TRY
%token TYPE UIDENT UNDERSCORE VAL VIRTUAL WHEN WHILE WITH
%token LEXERROR
%token START_IMPLEMENTATION START_INTERFACE
/* OCaml's other entry points, never used: they are part of the grammar
   because they are part of OCaml's automaton (LALR merges the states they
   share with the implementation's, with their lookaheads). */
%token START_TOPLEVEL_PHRASE START_USE_FILE START_PARSE_CORE_TYPE START_PARSE_EXPRESSION
%token START_PARSE_PATTERN START_PARSE_MTY_LONGIDENT START_PARSE_VAL_LONGIDENT
%token START_PARSE_CONSTR_LONGIDENT START_PARSE_MOD_EXT_LONGIDENT START_PARSE_MOD_LONGIDENT
%token START_PARSE_ANY_LONGIDENT

/* OCaml's precedences, in OCaml's order (low to high). */
%nonassoc IN
%nonassoc below_SEMI
%nonassoc SEMI
%nonassoc LET
%nonassoc below_WITH
%nonassoc FUNCTION WITH
%nonassoc AND
%nonassoc THEN
%nonassoc ELSE
%nonassoc LESSMINUS
%right    COLONEQUAL
%nonassoc AS
%left     BAR
%nonassoc below_COMMA
%left     COMMA
%right    MINUSGREATER
%right    OR BARBAR
%right    AMPERSAND AMPERAMPER
%nonassoc below_EQUAL
%left     INFIXOP0 EQUAL LESS GREATER
%right    INFIXOP1
%nonassoc below_LBRACKETAT
%nonassoc LBRACKETAT
%right    COLONCOLON
%left     INFIXOP2 PLUS PLUSDOT MINUS MINUSDOT PLUSEQ
%left     PERCENT INFIXOP3 STAR
%right    INFIXOP4
%nonassoc prec_unary_minus prec_unary_plus
%nonassoc prec_constant_constructor
%nonassoc prec_constr_appl
%nonassoc below_HASH
%nonassoc HASH
%left     HASHOP
%nonassoc below_DOT
%nonassoc DOT DOTOP
%nonassoc BACKQUOTE BANG BEGIN CHAR FALSE FLOAT INT
          LBRACE LBRACELESS LBRACKET LBRACKETBAR LIDENT LPAREN
          NEW PREFIXOP STRING TRUE UIDENT
          LBRACKETPERCENT QUOTED_STRING_EXPR

%type <ids> structure list_structure_element_ signature list_signature_element_
%type <ids> reversed_nonempty_llist_functor_arg_
%type <id> functor_arg
%type <id> structure_item signature_item open_description
%type <value_desc> value_description primitive_declaration
%type <module_type> module_type module_declaration_body option_preceded_EQUAL_module_type__
%type <id> module_type_declaration
%type <module_expr> module_expr paren_module_expr module_binding_body open_declaration
%type <span> module_name
%type <mark> list_attribute_ list_post_item_attribute_ ext
%type <mark> reversed_llist_preceded_CONSTRAINT_constrain__
%type <span> attribute post_item_attribute floating_attribute
%type <let_bindings> let_bindings_ext_ let_bindings_no_ext_
%type <binding_body> let_binding_body and_let_binding
%type <id> let_binding_body_no_punning strict_binding fun_binding fun_def type_constraint
%type <id> letop_binding_body
%type <ids> letop_bindings
%type <id> seq_expr expr simple_expr labeled_simple_expr constant signed_constant
%type <id> match_case option_type_constraint_ option_preceded_EQUAL_expr__
%type <ids> reversed_nonempty_llist_labeled_simple_expr_
%type <ids> reversed_separated_nontrivial_llist_COMMA_expr_
%type <ids> separated_or_terminated_nonempty_list_SEMI_expr_
%type <ids> reversed_preceded_or_separated_nonempty_llist_BAR_match_case_
%type <ids> separated_or_terminated_nonempty_list_SEMI_record_expr_field_
%type <record_content> record_expr_content
%type <id> labeled_simple_pattern pattern pattern_no_exn pattern_gen
%type <id> pattern_var label_let_pattern let_pattern option_preceded_EQUAL_seq_expr__
%type <id> simple_pattern simple_pattern_not_ident simple_delimited_pattern
%type <id> option_preceded_COLON_core_type__ option_preceded_EQUAL_pattern__
%type <ids> pattern_comma_list_pattern_ pattern_comma_list_pattern_no_exn_
%type <ids> separated_or_terminated_nonempty_list_SEMI_pattern_
%type <record_pat_content> listx_SEMI_record_pat_field_UNDERSCORE_
%type <id> core_type alias_type function_type tuple_type atomic_type
%type <id> possibly_poly_core_type_no_attr_
%type <ids> reversed_separated_nontrivial_llist_STAR_atomic_type_
%type <ids> reversed_separated_nontrivial_llist_COMMA_core_type_
%type <id> val_longident label_longident type_longident mod_longident
%type <id> mod_ext_longident constr_longident name_tag
%type <id> mk_longident_mod_longident_val_ident_ mk_longident_mod_longident_LIDENT_
%type <id> mk_longident_mod_ext_longident_LIDENT_ mk_longident_mod_longident_UIDENT_
%type <id> mk_longident_mod_ext_longident_UIDENT_
%type <span> ident val_ident val_extra_ident operator constr_ident constr_extra_nonprefix_ident
%type <span> subtractive additive optlabel
%type <type_decls> generic_type_declaration_nonrec_flag_type_kind_
%type <marked_list> list_generic_and_type_declaration_type_kind__
%type <type_kind> type_kind nonempty_type_kind
%type <ids> type_parameters reversed_separated_nonempty_llist_COMMA_type_parameter_
%type <id> type_parameter type_variable
%type <marked_list> constructor_declarations reversed_bar_llist_constructor_declaration_
%type <marked_list> reversed_bar_llist_extension_constructor_
%type <id> extension_constructor_rebind_BAR_ extension_constructor_rebind_epsilon_
%type <marked_id> generic_constructor_declaration_epsilon_ generic_constructor_declaration_BAR_
%type <constructor_args> generalized_constructor_arguments
%type <ids> constructor_arguments reversed_separated_nonempty_llist_STAR_atomic_type_
%type <marked_list> label_declarations
%type <marked_id> label_declaration label_declaration_semi
%type <marked_id> str_exception_declaration sig_exception_declaration
%type <flag> rec_flag mutable_flag direction_flag with_type_binder
%type <with_constraints> with_constraint reversed_separated_nonempty_llist_AND_with_constraint_
%type <count> reversed_nonempty_llist_typevar_ nonempty_list_mkrhs_LIDENT__

%start start

%%

start:
    START_IMPLEMENTATION implementation
      { }
  | START_INTERFACE interface
      { }
  | START_TOPLEVEL_PHRASE toplevel_phrase
      { }
  | START_USE_FILE use_file
      { }
  | START_PARSE_CORE_TYPE parse_core_type
      { }
  | START_PARSE_EXPRESSION parse_expression
      { }
  | START_PARSE_PATTERN parse_pattern
      { }
  | START_PARSE_MTY_LONGIDENT parse_mty_longident
      { }
  | START_PARSE_VAL_LONGIDENT parse_val_longident
      { }
  | START_PARSE_CONSTR_LONGIDENT parse_constr_longident
      { }
  | START_PARSE_MOD_EXT_LONGIDENT parse_mod_ext_longident
      { }
  | START_PARSE_MOD_LONGIDENT parse_mod_longident
      { }
  | START_PARSE_ANY_LONGIDENT parse_any_longident
      { }
;

/* ------------------------------------------------------------ generic lists
   The instances of Menhir's standard and parser.mly's generic rules that
   the grammar uses, as Menhir expands them. */

option_BAR_:
    %empty
      { }
  | BAR
      { }
;

option_SEMI_:
    %empty
      { }
  | SEMI
      { }
;

option_preceded_AS_mkrhs_LIDENT___:
    %empty
      { }
  | AS LIDENT
      { }
;

option_preceded_COLON_core_type__:
    %empty
      { $$ = kNone; }
  | COLON core_type
      { $$ = $2; }
;

option_preceded_EQUAL_expr__:
    %empty
      { $$ = kNone; }
  | EQUAL expr
      { $$ = $2; }
;

option_preceded_EQUAL_module_type__:
    %empty
      { $$ = {}; }
  | EQUAL module_type
      { $$ = $2; }
;

option_preceded_EQUAL_pattern__:
    %empty
      { $$ = kNone; }
  | EQUAL pattern
      { $$ = $2; }
;

option_preceded_EQUAL_seq_expr__:
    %empty
      { $$ = kNone; }
  | EQUAL seq_expr
      { $$ = $2; }
;

option_type_constraint_:
    %empty
      { $$ = kNone; }
  | type_constraint
      { $$ = $1; }
;

list_and_class_declaration_:
    %empty
      { }
  | AND list_attribute_ virtual_flag formal_class_parameters LIDENT class_fun_binding list_post_item_attribute_ list_and_class_declaration_
      { }
;

list_and_class_description_:
    %empty
      { }
  | AND list_attribute_ virtual_flag formal_class_parameters LIDENT COLON class_type list_post_item_attribute_ list_and_class_description_
      { }
;

list_and_class_type_declaration_:
    %empty
      { }
  | AND list_attribute_ virtual_flag formal_class_parameters LIDENT EQUAL class_signature list_post_item_attribute_ list_and_class_type_declaration_
      { }
;

list_and_module_binding_:
    %empty
      { }
  | AND list_attribute_ module_name module_binding_body list_post_item_attribute_ list_and_module_binding_
      { }
;

list_and_module_declaration_:
    %empty
      { }
  | AND list_attribute_ module_name COLON module_type list_post_item_attribute_ list_and_module_declaration_
      { }
;

/* attribute*: the first attribute, if any. */
list_attribute_:
    %empty
      { $$ = mlhint::Mark{}; }
  | attribute list_attribute_
      { mlhint::Mark m = $2; if (!$1.get().empty()) m.Add(B.AttributeMark($1)); $$ = m; }
;

/* The `and` declarations of a type group, last first; each declaration is
   an %inline generic_and_type_declaration(type_kind). */
list_generic_and_type_declaration_type_kind__:
    %empty
      { $$ = {}; }
  | AND list_attribute_ type_parameters LIDENT type_kind reversed_llist_preceded_CONSTRAINT_constrain__ list_post_item_attribute_ list_generic_and_type_declaration_type_kind__
      { mlhint::Mark mark = $2; mlhint::TypeKindValue kind = $5; mark.Add(kind.mark).Add($6).Add($7);
        $$ = $8;
        B.AttachAlerts(@4, @7, true);
        B.Push($$.ids, B.WarningsOn(@7, mlhint::AstBuilder::WarningTarget::TypeDecl, B.TypeDecl(@4, $3, kind, SPAN(@1, @7))));
        $$.mark.Add(mark); }
;

list_generic_and_type_declaration_type_subst_kind__:
    %empty
      { }
  | AND list_attribute_ type_parameters LIDENT COLONEQUAL nonempty_type_kind reversed_llist_preceded_CONSTRAINT_constrain__ list_post_item_attribute_ list_generic_and_type_declaration_type_subst_kind__
      { }
;

/* post_item_attribute*: the first one, if any. */
list_post_item_attribute_:
    %empty
      { $$ = mlhint::Mark{}; }
  | post_item_attribute list_post_item_attribute_
      { mlhint::Mark m = $2; if (!$1.get().empty()) m.Add(B.AttributeMark($1)); $$ = m; }
;

list_signature_element_:
    %empty
      { $$ = mlhint::IdList{}; }
  | SEMISEMI list_signature_element_
      { $$ = $2; }
  | signature_item list_signature_element_
      { $$ = B.Appended($2, $1); }
;

/* list(structure_element), with the %inline structure_element; the items
   are accumulated in reverse. */
list_structure_element_:
    %empty
      { $$ = mlhint::IdList{}; }
  | SEMISEMI list_structure_element_
      { $$ = $2; }
  | SEMISEMI seq_expr list_post_item_attribute_ list_structure_element_
      { $$ = B.Appended($4, B.MarkedItem($3, B.WarningsOn(@3, mlhint::AstBuilder::WarningTarget::Item, B.Item(ItemKind::Eval, @2, $2)))); }
  | structure_item list_structure_element_
      { $$ = $1 == kNone ? $2 : B.Appended($2, $1); }
;

list_text_csig_class_sig_field__:
    %empty
      { }
  | class_sig_field list_text_csig_class_sig_field__
      { }
;

list_text_cstr_class_field__:
    %empty
      { }
  | class_field list_text_cstr_class_field__
      { }
;

/* lident_list: the number of names. */
nonempty_list_mkrhs_LIDENT__:
    LIDENT
      { $$ = 1; }
  | LIDENT nonempty_list_mkrhs_LIDENT__
      { $$ = $2 + 1; }
;

nonempty_list_raw_string_:
    STRING
      { }
  | STRING nonempty_list_raw_string_
      { }
;

/* constraints: the first `constraint`, if any. */
reversed_llist_preceded_CONSTRAINT_constrain__:
    %empty
      { $$ = mlhint::Mark{}; }
  | reversed_llist_preceded_CONSTRAINT_constrain__ CONSTRAINT core_type EQUAL core_type
      { mlhint::Mark mark = $1; $$ = mark.Add(Mark::At(SPAN(@2, @5), "type constraints")); }
;

reversed_nonempty_llist_functor_arg_:
    functor_arg
      { $$ = B.Single($1); }
  | reversed_nonempty_llist_functor_arg_ functor_arg
      { $$ = B.Appended($1, $2); }
;

/* The arguments of an application, in source order. */
reversed_nonempty_llist_labeled_simple_expr_:
    labeled_simple_expr
      { $$ = B.Single($1); }
  | reversed_nonempty_llist_labeled_simple_expr_ labeled_simple_expr
      { $$ = B.Appended($1, $2); }
;

reversed_nonempty_llist_name_tag_:
    name_tag
      { }
  | reversed_nonempty_llist_name_tag_ name_tag
      { }
;

/* typevar_list: the number of variables. */
reversed_nonempty_llist_typevar_:
    QUOTE ident
      { $$ = 1; }
  | reversed_nonempty_llist_typevar_ QUOTE ident
      { $$ = $1 + 1; }
;

reversed_separated_nonempty_llist_AMPERSAND_core_type_no_attr_:
    alias_type
      { }
  | reversed_separated_nonempty_llist_AMPERSAND_core_type_no_attr_ AMPERSAND alias_type
      { }
;

/* with constraints: the first one a package type refuses. */
reversed_separated_nonempty_llist_AND_with_constraint_:
    with_constraint
      { $$ = $1; if ($$.decl != kNone) B.Push($$.decls, $$.decl); }
  | reversed_separated_nonempty_llist_AND_with_constraint_ AND with_constraint
      { mlhint::WithConstraintsValue next = $3; $$ = $1;
        if ($$.check.ok) $$.check = next.check;
        $$.supported = $$.supported && next.supported;
        if (next.decl != kNone) B.Push($$.decls, next.decl); }
;

reversed_separated_nonempty_llist_BAR_row_field_:
    row_field
      { }
  | reversed_separated_nonempty_llist_BAR_row_field_ BAR row_field
      { }
;

reversed_separated_nonempty_llist_COMMA_core_type_:
    core_type
      { }
  | reversed_separated_nonempty_llist_COMMA_core_type_ COMMA core_type
      { }
;

reversed_separated_nonempty_llist_COMMA_type_parameter_:
    type_parameter
      { $$ = B.Single($1); }
  | reversed_separated_nonempty_llist_COMMA_type_parameter_ COMMA type_parameter
      { $$ = B.Appended($1, $3); }
;

reversed_separated_nonempty_llist_STAR_atomic_type_:
    atomic_type
      { $$ = B.Single($1); }
  | reversed_separated_nonempty_llist_STAR_atomic_type_ STAR atomic_type
      { $$ = B.Appended($1, $3); }
;

reversed_separated_nontrivial_llist_COMMA_core_type_:
    reversed_separated_nontrivial_llist_COMMA_core_type_ COMMA core_type
      { $$ = B.Appended($1, $3); }
  | core_type COMMA core_type
      { $$ = B.Appended(B.Single($1), $3); }
;

reversed_separated_nontrivial_llist_COMMA_expr_:
    reversed_separated_nontrivial_llist_COMMA_expr_ COMMA expr
      { $$ = B.Appended($1, $3); }
  | expr COMMA expr
      { $$ = B.Appended(B.Single($1), $3); }
;

reversed_separated_nontrivial_llist_STAR_atomic_type_:
    reversed_separated_nontrivial_llist_STAR_atomic_type_ STAR atomic_type
      { $$ = B.Appended($1, $3); }
  | atomic_type STAR atomic_type
      { $$ = B.Appended(B.Single($1), $3); }
;

/* expr_semi_list */
separated_or_terminated_nonempty_list_SEMI_expr_:
    expr
      { $$ = B.Single($1); }
  | expr SEMI
      { $$ = B.Single($1); }
  | expr SEMI separated_or_terminated_nonempty_list_SEMI_expr_
      { $$ = B.Prepended($1, $3); }
;

/* object_expr_content */
separated_or_terminated_nonempty_list_SEMI_object_expr_field_:
    LIDENT option_preceded_EQUAL_expr__
      { }
  | LIDENT option_preceded_EQUAL_expr__ SEMI
      { }
  | LIDENT option_preceded_EQUAL_expr__ SEMI separated_or_terminated_nonempty_list_SEMI_object_expr_field_
      { }
;

/* pattern_semi_list */
separated_or_terminated_nonempty_list_SEMI_pattern_:
    pattern
      { $$ = B.Single($1); }
  | pattern SEMI
      { $$ = B.Single($1); }
  | pattern SEMI separated_or_terminated_nonempty_list_SEMI_pattern_
      { $$ = B.Prepended($1, $3); }
;

/* The fields of a record expression, with the %inline record_expr_field. */
separated_or_terminated_nonempty_list_SEMI_record_expr_field_:
    label_longident option_type_constraint_ option_preceded_EQUAL_expr__
      { $$ = B.Single(B.RecordField($1, $2, $3, @$)); }
  | label_longident option_type_constraint_ option_preceded_EQUAL_expr__ SEMI
      { $$ = B.Single(B.RecordField($1, $2, $3, SPAN(@1, @3))); }
  | label_longident option_type_constraint_ option_preceded_EQUAL_expr__ SEMI separated_or_terminated_nonempty_list_SEMI_record_expr_field_
      { $$ = B.Prepended(B.RecordField($1, $2, $3, SPAN(@1, @3)), $5); }
;

/* match_cases, in source order. */
reversed_preceded_or_separated_nonempty_llist_BAR_match_case_:
    match_case
      { $$ = B.Single($1); }
  | BAR match_case
      { $$ = B.Single($2); }
  | reversed_preceded_or_separated_nonempty_llist_BAR_match_case_ BAR match_case
      { $$ = B.Appended($1, $3); }
;

/* bar_llist(constructor_declaration), in source order. */
reversed_bar_llist_constructor_declaration_:
    generic_constructor_declaration_epsilon_
      { $$ = {}; mlhint::MarkedId d = $1; B.Push($$.ids, d.id); $$.mark = d.mark; }
  | generic_constructor_declaration_BAR_
      { $$ = {}; mlhint::MarkedId d = $1; B.Push($$.ids, d.id); $$.mark = d.mark; }
  | reversed_bar_llist_constructor_declaration_ generic_constructor_declaration_BAR_
      { mlhint::MarkedId d = $2; $$ = $1; B.Push($$.ids, d.id); $$.mark.Add(d.mark); }
;

/* The constructors a type extension defines (its rebinds `C = D` as
   constructors without arguments): bound, refused, where it is refused. */
reversed_bar_llist_extension_constructor_:
    generic_constructor_declaration_epsilon_
      { $$ = {}; mlhint::MarkedId d = $1; B.Push($$.ids, d.id); }
  | extension_constructor_rebind_epsilon_
      { $$ = {}; B.Push($$.ids, $1); }
  | generic_constructor_declaration_BAR_
      { $$ = {}; mlhint::MarkedId d = $1; B.Push($$.ids, d.id); }
  | extension_constructor_rebind_BAR_
      { $$ = {}; B.Push($$.ids, $1); }
  | reversed_bar_llist_extension_constructor_ generic_constructor_declaration_BAR_
      { mlhint::MarkedId d = $2; $$ = $1; B.Push($$.ids, d.id); }
  | reversed_bar_llist_extension_constructor_ extension_constructor_rebind_BAR_
      { $$ = $1; B.Push($$.ids, $2); }
;

reversed_bar_llist_extension_constructor_declaration_:
    generic_constructor_declaration_epsilon_
      { }
  | generic_constructor_declaration_BAR_
      { }
  | reversed_bar_llist_extension_constructor_declaration_ generic_constructor_declaration_BAR_
      { }
;

/* record_pat_content: listx(SEMI, record_pat_field, UNDERSCORE) with the
   %inline record_pat_field. */
listx_SEMI_record_pat_field_UNDERSCORE_:
    label_longident option_preceded_COLON_core_type__ option_preceded_EQUAL_pattern__
      { $$ = {}; B.Push($$.fields, B.RecordPatField($1, $2, $3, @$)); }
  | label_longident option_preceded_COLON_core_type__ option_preceded_EQUAL_pattern__ SEMI
      { $$ = {}; B.Push($$.fields, B.RecordPatField($1, $2, $3, SPAN(@1, @3))); }
  | label_longident option_preceded_COLON_core_type__ option_preceded_EQUAL_pattern__ SEMI UNDERSCORE option_SEMI_
      { $$ = {}; B.Push($$.fields, B.RecordPatField($1, $2, $3, SPAN(@1, @3))); $$.open = true; }
  | label_longident option_preceded_COLON_core_type__ option_preceded_EQUAL_pattern__ SEMI listx_SEMI_record_pat_field_UNDERSCORE_
      { $$ = $5; B.Prepend($$.fields, B.RecordPatField($1, $2, $3, SPAN(@1, @3))); }
;

/* ------------------------------------------------------------ entry points */

implementation:
    structure EOI
      { ctx.SetStructure(B.ReversedList($1)); }
;

interface:
    signature EOI
      { ctx.SetStructure(B.ReversedList($1)); }
;

/* ------------------------------------------------------------ module expressions */

functor_arg:
    LPAREN RPAREN
      { $$ = kNone; }
  | LPAREN module_name COLON module_type RPAREN
      { $$ = B.Text(@2) == "_" ? kNone : B.FunctorParam($2, $4); }
;

module_name:
    UIDENT
      { $$ = @1; }
  | UNDERSCORE
      { $$ = @1; }
;

module_expr:
    STRUCT list_attribute_ structure END
      { $$ = {}; mlhint::Mark attrs = $2; $$.items = $3;
        $$.shape = attrs.present ? mlhint::ModuleExprValue::Shape::Other : mlhint::ModuleExprValue::Shape::Struct; }
  | STRUCT list_attribute_ structure error
      { ctx.ErrorProductionReached(); YYABORT; }
  | FUNCTOR list_attribute_ reversed_nonempty_llist_functor_arg_ MINUSGREATER module_expr
      { mlhint::ModuleExprValue body = $5; mlhint::Mark attrs = $2;
        if (body.functor || body.constrained || attrs.present || body.shape != mlhint::ModuleExprValue::Shape::Struct) {
          $$ = {}; $$.shape = mlhint::ModuleExprValue::Shape::Functor; }
        else { $$ = body; $$.params = $3; $$.functor = true; $$.unparenthesized = {}; } }
  | paren_module_expr
      { $$ = $1; }
  | module_expr attribute
      { B.DropAlerts(@2); $$ = {}; }
  | mod_longident
      { $$ = {}; $$.path = $1; $$.shape = mlhint::ModuleExprValue::Shape::Ident; }
  | module_expr paren_module_expr
      { $$ = {}; mlhint::ModuleExprValue f = $1, x = $2;
        if (x.functor) x.shape = mlhint::ModuleExprValue::Shape::Functor;
        if (f.shape == mlhint::ModuleExprValue::Shape::Ident && x.shape == mlhint::ModuleExprValue::Shape::Ident) {
          $$.path = f.path; $$.arg = x.path; }
        if (f.shape == mlhint::ModuleExprValue::Shape::Ident && x.shape == mlhint::ModuleExprValue::Shape::Struct) {
          $$.path = f.path; $$.items = x.items; $$.arg_struct = true; }
        $$.shape = mlhint::ModuleExprValue::Shape::Apply; }
  | module_expr LPAREN RPAREN
      { $$ = {}; $$.shape = mlhint::ModuleExprValue::Shape::Apply; }
  | extension
      { $$ = {}; }
;

paren_module_expr:
    LPAREN module_expr COLON module_type RPAREN
      { mlhint::ModuleExprValue m = $2; $$ = {};
        bool readable = !m.constrained && !m.functor && m.params.empty() &&
            (m.shape == mlhint::ModuleExprValue::Shape::Struct ||
             (m.shape == mlhint::ModuleExprValue::Shape::Ident && m.path != mlhint::ast::kNone));
        if (readable) { $$ = m; $$.constrained = true; $$.mty = $4; $$.under = m.shape; $$.under_span = @2;
                        $$.unparenthesized = {}; }
        $$.shape = mlhint::ModuleExprValue::Shape::Constraint; }
  | LPAREN module_expr COLON module_type error
      { ctx.ErrorProductionReached(); YYABORT; }
  | LPAREN module_expr RPAREN
      { $$ = $2; if ($$.unparenthesized.empty()) $$.unparenthesized = @2; }
  | LPAREN module_expr error
      { ctx.ErrorProductionReached(); YYABORT; }
  | LPAREN VAL list_attribute_ expr RPAREN
      { $$ = {}; mlhint::Mark attrs = $3;
        if (!attrs.present) { $$.shape = mlhint::ModuleExprValue::Shape::Unpack; $$.unpack = $4; $$.span = @$; } }
  | LPAREN VAL list_attribute_ expr COLON module_type RPAREN
      { $$ = {}; if (!ctx.CheckPackageType($6, @$)) YYABORT;
        mlhint::Mark attrs = $3;
        if (!attrs.present) {
          $$.shape = mlhint::ModuleExprValue::Shape::Unpack; $$.span = @$;
          $$.unpack = B.Expr(ExprKind::Constraint, SPAN(@4, @6), $4, B.PackageType(@6, $6)); } }
  | LPAREN VAL list_attribute_ expr COLON module_type COLONGREATER module_type RPAREN
      { $$ = {}; mlhint::ModuleTypeValue t1 = $6, t2 = $8;
        if (!ctx.CheckPackageType(t1, @$) || !ctx.CheckPackageType(t2, @$)) YYABORT; }
  | LPAREN VAL list_attribute_ expr COLONGREATER module_type RPAREN
      { $$ = {}; if (!ctx.CheckPackageType($6, @$)) YYABORT; }
  | LPAREN VAL list_attribute_ expr COLON error
      { ctx.ErrorProductionReached(); YYABORT; }
  | LPAREN VAL list_attribute_ expr COLONGREATER error
      { ctx.ErrorProductionReached(); YYABORT; }
  | LPAREN VAL list_attribute_ expr error
      { ctx.ErrorProductionReached(); YYABORT; }
;

/* ------------------------------------------------------------ structures */

/* A structure: an optional standalone expression (str_exp), then the
   elements; the items are accumulated in reverse. */
structure:
    list_structure_element_
      { $$ = $1; }
  | seq_expr list_post_item_attribute_ list_structure_element_
      { $$ = B.Appended($3, B.MarkedItem($2, B.WarningsOn(@2, mlhint::AstBuilder::WarningTarget::Item, B.Item(ItemKind::Eval, @1, $1)))); }
;

structure_item:
    let_bindings_ext_
      { mlhint::LetBindingsValue v = $1;
        $$ = B.MarkedItem(v.mark, B.Item(ItemKind::Value, @$, kNone, B.List(v.bindings), {}, v.is_rec ? mlhint::ast::kRec : 0)); }
  | item_extension list_post_item_attribute_
      { $$ = B.UnsupportedItem(@1, "extension nodes"); }
  | floating_attribute
      { $$ = $1.get().empty() ? B.FloatingAttributeItem(@$) : B.UnsupportedItem(@$, "attributes"); }
  | primitive_declaration
      { $$ = B.ValueDescItem($1, @$); }
  | value_description
      { $$ = B.UnsupportedItem(@$, "value declarations"); }
  | generic_type_declaration_nonrec_flag_type_kind_ list_generic_and_type_declaration_type_kind__
      { mlhint::TypeDeclsValue v = $1; mlhint::MarkedList rest = $2;
        v.decls = B.Concat(rest.ids, v.decls);
        v.mark.Add(rest.mark);
        $$ = B.MarkedItem(v.mark, B.Item(ItemKind::Type, @$, kNone, B.ReversedList(v.decls), {}, v.nonrec ? mlhint::ast::kNonrec : 0)); }
  | TYPE ext list_attribute_ type_parameters type_longident PLUSEQ private_flag reversed_bar_llist_extension_constructor_ list_post_item_attribute_
      { mlhint::MarkedList cs = $8; $$ = B.UnsupportedItem(@$, "type extensions");
        B.SetItemList($$, B.ReversedList(cs.ids)); }
  | TYPE ext list_attribute_ NONREC type_parameters type_longident PLUSEQ private_flag reversed_bar_llist_extension_constructor_ list_post_item_attribute_
      {
        ctx.NotExpecting(@4, "nonrec flag", @$); YYABORT; }
  | str_exception_declaration
      { mlhint::MarkedId d = $1; $$ = B.MarkedItem(d.mark, B.Item(ItemKind::Exception, @$, d.id)); }
  | MODULE ext list_attribute_ module_name module_binding_body list_post_item_attribute_
      { B.AttachAlerts($4, @6, true);
        mlhint::Mark mark = $2; mark.Add($3).Add($6);
        $$ = B.ModuleItem(mark, @$, $4, $5); }
  | MODULE ext list_attribute_ REC module_name module_binding_body list_post_item_attribute_ list_and_module_binding_
      { $$ = B.UnsupportedItem(@$, "recursive modules"); }
  | module_type_declaration
      { $$ = $1; }
  | open_declaration
      { mlhint::ModuleExprValue m = $1; $$ = B.OpenItem(@$, m.span, m); }
  | CLASS ext list_attribute_ virtual_flag formal_class_parameters LIDENT class_fun_binding list_post_item_attribute_ list_and_class_declaration_
      { $$ = B.UnsupportedItem(@$, "classes"); }
  | class_type_declarations
      { $$ = B.UnsupportedItem(@$, "class types"); }
  | INCLUDE ext list_attribute_ module_expr list_post_item_attribute_
      { mlhint::Mark mark = $2; mark.Add($3).Add($5);
        $$ = B.IncludeItem(mark, @$, @4, $4); }
;

module_binding_body:
    EQUAL module_expr
      { $$ = $2; }
  | COLON module_type EQUAL module_expr
      { $$ = $4; $$.constrained = true; $$.mty = $2;
        $$.span = $$.unparenthesized.empty() ? @4 : $$.unparenthesized;
        $$.under = mlhint::ModuleExprValue::Shape::Other;
        if ($$.functor) { $$.functor_constrained = true; } }
  | functor_arg module_binding_body
      { mlhint::ModuleExprValue body = $2;
        if (body.functor_constrained) { $$ = {}; $$.shape = mlhint::ModuleExprValue::Shape::Functor; }
        else { $$ = body; $$.params = B.Prepended($1, body.params); $$.functor = true; } }
;

module_type_declaration:
    MODULE TYPE ext list_attribute_ ident option_preceded_EQUAL_module_type__ list_post_item_attribute_
      { B.AttachAlerts(@5, @7, true);
        mlhint::Mark mark = $3; mark.Add($4).Add($7);
        $$ = B.ModuleTypeItem(mark, @$, @5, $6); }
;

open_declaration:
    OPEN ext list_attribute_ module_expr list_post_item_attribute_
      { $$ = $4; $$.span = @4; }
  | OPEN BANG ext list_attribute_ module_expr list_post_item_attribute_
      { $$ = $5; $$.span = @5; }
;

open_description:
    OPEN ext list_attribute_ mod_ext_longident list_post_item_attribute_
      { $$ = B.OpenDescription(@$, $4); }
  | OPEN BANG ext list_attribute_ mod_ext_longident list_post_item_attribute_
      { $$ = B.OpenDescription(@$, $5); }
;

/* ------------------------------------------------------------ module types */

/* The shape of each module type is kept for package types. */
module_type:
    SIG list_attribute_ signature END
      { $$ = {}; mlhint::Mark attrs = $2; $$.is_signature = !attrs.present; $$.items = $3; $$.span = @$; }
  | SIG list_attribute_ signature error
      { ctx.ErrorProductionReached(); YYABORT; }
  | FUNCTOR list_attribute_ reversed_nonempty_llist_functor_arg_ MINUSGREATER module_type %prec below_WITH
      { $$ = {}; $$.span = SPAN(@3, @5); /* the outermost functor starts at its argument */ $$.functor = true;
        mlhint::Mark attrs = $2;
        if (!attrs.present) $$.functor_item = B.FunctorType($$.span, $3, $5); }
  | MODULE TYPE OF list_attribute_ module_expr %prec below_LBRACKETAT
      { $$ = {}; $$.span = @$; }
  | LPAREN module_type RPAREN
      { $$ = $2; $$.is_signature = false; }
  | LPAREN module_type error
      { ctx.ErrorProductionReached(); YYABORT; }
  | module_type attribute
      { B.DropAlerts(@2); $$ = $1; $$.is_signature = false; }
  | mty_longident
      { $$ = {}; $$.shape = mlhint::ModuleTypeValue::Shape::Ident; $$.span = @$; }
  | module_type MINUSGREATER module_type %prec below_WITH
      { $$ = {}; $$.span = @$; $$.functor = true; }
  | module_type WITH reversed_separated_nonempty_llist_AND_with_constraint_
      { $$ = {}; mlhint::ModuleTypeValue base = $1; mlhint::WithConstraintsValue with = $3;
        $$.shape = base.shape == mlhint::ModuleTypeValue::Shape::Ident ? mlhint::ModuleTypeValue::Shape::With
                                                                        : mlhint::ModuleTypeValue::Shape::Other;
        $$.constraints = with.check; $$.span = @$;
        $$.with_item = B.WithModuleType(base, with, @$); $$.has_with = true; }
  | extension
      { $$ = {}; $$.span = @$; }
;

/* ------------------------------------------------------------ signatures */

signature:
    list_signature_element_
      { $$ = $1; }
;

signature_item:
    item_extension list_post_item_attribute_
      { $$ = B.UnsupportedItem(@1, "extension nodes"); }
  | floating_attribute
      { $$ = B.UnsupportedItem(@$, "attributes"); }
  | value_description
      { $$ = B.ValueDescItem($1, @$); }
  | primitive_declaration
      { $$ = B.ValueDescItem($1, @$); }
  | generic_type_declaration_nonrec_flag_type_kind_ list_generic_and_type_declaration_type_kind__
      { mlhint::TypeDeclsValue v = $1; mlhint::MarkedList rest = $2;
        v.decls = B.Concat(rest.ids, v.decls);
        v.mark.Add(rest.mark);
        $$ = B.MarkedItem(v.mark, B.Item(ItemKind::Type, @$, kNone, B.ReversedList(v.decls), {}, v.nonrec ? mlhint::ast::kNonrec : 0)); }
  | generic_type_declaration_no_nonrec_flag_type_subst_kind_ list_generic_and_type_declaration_type_subst_kind__
      { $$ = B.UnsupportedItem(@$, "type substitutions"); }
  | TYPE ext list_attribute_ type_parameters type_longident PLUSEQ private_flag reversed_bar_llist_extension_constructor_declaration_ list_post_item_attribute_
      { $$ = B.UnsupportedItem(@$, "type extensions"); }
  | TYPE ext list_attribute_ NONREC type_parameters type_longident PLUSEQ private_flag reversed_bar_llist_extension_constructor_declaration_ list_post_item_attribute_
      {
        ctx.NotExpecting(@4, "nonrec flag", @$); YYABORT; }
  | sig_exception_declaration
      { mlhint::MarkedId d = $1; $$ = B.MarkedItem(d.mark, B.Item(ItemKind::Exception, @$, d.id)); }
  | MODULE ext list_attribute_ module_name module_declaration_body list_post_item_attribute_
      { B.AttachAlerts($4, @6, true);
        $$ = {}; mlhint::Mark mark = $2; mark.Add($3).Add($6);
        $$ = B.ModuleDeclItem(mark, @$, $4, $5); }
  | MODULE ext list_attribute_ module_name EQUAL mod_longident list_post_item_attribute_
      { B.AttachAlerts($4, @7, true);
        mlhint::Mark mark = $2; mark.Add($3).Add($7);
        mlhint::ModuleExprValue body; body.shape = mlhint::ModuleExprValue::Shape::Ident; body.path = B.ModulePathAt(@6);
        $$ = B.ModuleItem(mark, @$, $4, body); }
  | module_subst
      { $$ = B.UnsupportedItem(@$, "module substitutions"); }
  | MODULE ext list_attribute_ REC module_name COLON module_type list_post_item_attribute_ list_and_module_declaration_
      { $$ = B.UnsupportedItem(@$, "recursive modules"); }
  | module_type_declaration
      { $$ = $1; }
  | module_type_subst
      { $$ = B.UnsupportedItem(@$, "module type substitutions"); }
  | open_description
      { $$ = $1; }
  | INCLUDE ext list_attribute_ module_type list_post_item_attribute_
      { mlhint::Mark mark = $2; mark.Add($3).Add($5); mlhint::ModuleTypeValue mty = $4;
        mlhint::ast::Id body = mty.functor ? kNone : B.ModuleTypeBody(mty);
        $$ = body != kNone
                 ? B.MarkedItem(mark, B.Item(ItemKind::Include, @$, body, {}, {}, mlhint::ast::kIncludeModuleType))
                 : B.UnsupportedItem(@$, "include statements"); }
  | CLASS ext list_attribute_ virtual_flag formal_class_parameters LIDENT COLON class_type list_post_item_attribute_ list_and_class_description_
      { $$ = B.UnsupportedItem(@$, "classes"); }
  | class_type_declarations
      { $$ = B.UnsupportedItem(@$, "class types"); }
;

/* `: sig ... end`, or a functor's type. */
module_declaration_body:
    COLON module_type
      { $$ = $2; }
  | functor_arg module_declaration_body
      { $$ = {}; $$.functor = true; }
;

module_subst:
    MODULE ext list_attribute_ UIDENT COLONEQUAL mod_ext_longident list_post_item_attribute_
      { }
  | MODULE ext list_attribute_ UIDENT COLONEQUAL error
      { ctx.ErrorProductionReached(); YYABORT; }
;

module_type_subst:
    MODULE TYPE ext list_attribute_ ident COLONEQUAL module_type list_post_item_attribute_
      { }
;

/* ------------------------------------------------------------ classes */

class_fun_binding:
    EQUAL class_expr
      { }
  | COLON class_type EQUAL class_expr
      { }
  | labeled_simple_pattern class_fun_binding
      { }
;

formal_class_parameters:
    %empty
      { }
  | LBRACKET reversed_separated_nonempty_llist_COMMA_type_parameter_ RBRACKET
      { }
;

class_expr:
    class_simple_expr
      { }
  | FUN list_attribute_ class_fun_def
      { }
  | let_bindings_no_ext_ IN class_expr
      { }
  | LET OPEN list_attribute_ mod_longident IN class_expr
      { }
  | LET OPEN BANG list_attribute_ mod_longident IN class_expr
      { }
  | class_expr attribute
      { }
  | class_simple_expr reversed_nonempty_llist_labeled_simple_expr_
      { }
  | extension
      { }
;

class_simple_expr:
    LPAREN class_expr RPAREN
      { }
  | LPAREN class_expr error
      { ctx.ErrorProductionReached(); YYABORT; }
  | class_longident
      { }
  | LBRACKET reversed_separated_nonempty_llist_COMMA_core_type_ RBRACKET class_longident
      { }
  | OBJECT list_attribute_ class_self_pattern list_text_cstr_class_field__ error
      { ctx.ErrorProductionReached(); YYABORT; }
  | LPAREN class_expr COLON class_type RPAREN
      { }
  | LPAREN class_expr COLON class_type error
      { ctx.ErrorProductionReached(); YYABORT; }
  | OBJECT list_attribute_ class_self_pattern list_text_cstr_class_field__ END
      { }
;

class_fun_def:
    labeled_simple_pattern MINUSGREATER class_expr
      { }
  | labeled_simple_pattern class_fun_def
      { }
;

class_self_pattern:
    LPAREN pattern RPAREN
      { }
  | LPAREN pattern COLON core_type RPAREN
      { }
  | %empty
      { }
;

class_field:
    INHERIT list_attribute_ class_expr option_preceded_AS_mkrhs_LIDENT___ list_post_item_attribute_
      { }
  | INHERIT BANG list_attribute_ class_expr option_preceded_AS_mkrhs_LIDENT___ list_post_item_attribute_
      { }
  | VAL value list_post_item_attribute_
      { }
  | METHOD method_ list_post_item_attribute_
      { }
  | CONSTRAINT list_attribute_ constrain_field list_post_item_attribute_
      { }
  | INITIALIZER list_attribute_ seq_expr list_post_item_attribute_
      { }
  | item_extension list_post_item_attribute_
      { }
  | floating_attribute
      { }
;

value:
    list_attribute_ virtual_with_mutable_flag LIDENT COLON core_type
      { }
  | list_attribute_ mutable_flag LIDENT EQUAL seq_expr
      { }
  | BANG list_attribute_ mutable_flag LIDENT EQUAL seq_expr
      { }
  | list_attribute_ mutable_flag LIDENT type_constraint EQUAL seq_expr
      { }
  | BANG list_attribute_ mutable_flag LIDENT type_constraint EQUAL seq_expr
      { }
;

method_:
    list_attribute_ virtual_with_private_flag LIDENT COLON possibly_poly_core_type_
      { }
  | list_attribute_ private_flag LIDENT strict_binding
      { }
  | BANG list_attribute_ private_flag LIDENT strict_binding
      { }
  | list_attribute_ private_flag LIDENT COLON possibly_poly_core_type_ EQUAL seq_expr
      { }
  | BANG list_attribute_ private_flag LIDENT COLON possibly_poly_core_type_ EQUAL seq_expr
      { }
  | list_attribute_ private_flag LIDENT COLON TYPE nonempty_list_mkrhs_LIDENT__ DOT core_type EQUAL seq_expr
      {
        if (!ctx.CheckScopedTypeVariables(@6, $8, @8, @$)) YYABORT; }
  | BANG list_attribute_ private_flag LIDENT COLON TYPE nonempty_list_mkrhs_LIDENT__ DOT core_type EQUAL seq_expr
      {
        if (!ctx.CheckScopedTypeVariables(@7, $9, @9, @$)) YYABORT; }
;

class_type:
    class_signature
      { }
  | optlabel tuple_type MINUSGREATER class_type
      { }
  | LIDENT COLON tuple_type MINUSGREATER class_type
      { }
  | tuple_type MINUSGREATER class_type
      { }
;

class_signature:
    clty_longident
      { }
  | LBRACKET reversed_separated_nonempty_llist_COMMA_core_type_ RBRACKET clty_longident
      { }
  | extension
      { }
  | OBJECT list_attribute_ class_self_type list_text_csig_class_sig_field__ END
      { }
  | OBJECT list_attribute_ class_self_type list_text_csig_class_sig_field__ error
      { ctx.ErrorProductionReached(); YYABORT; }
  | class_signature attribute
      { }
  | LET OPEN list_attribute_ mod_longident IN class_signature
      { }
  | LET OPEN BANG list_attribute_ mod_longident IN class_signature
      { }
;

class_self_type:
    LPAREN core_type RPAREN
      { }
  | %empty
      { }
;

class_sig_field:
    INHERIT list_attribute_ class_signature list_post_item_attribute_
      { }
  | VAL list_attribute_ mutable_virtual_flags LIDENT COLON core_type list_post_item_attribute_
      { }
  | METHOD list_attribute_ private_virtual_flags LIDENT COLON possibly_poly_core_type_ list_post_item_attribute_
      { }
  | CONSTRAINT list_attribute_ constrain_field list_post_item_attribute_
      { }
  | item_extension list_post_item_attribute_
      { }
  | floating_attribute
      { }
;

constrain_field:
    core_type EQUAL core_type
      { }
;

class_type_declarations:
    CLASS TYPE ext list_attribute_ virtual_flag formal_class_parameters LIDENT EQUAL class_signature list_post_item_attribute_ list_and_class_type_declaration_
      { }
;

/* ------------------------------------------------------------ expressions */

seq_expr:
    expr %prec below_SEMI
      { $$ = $1; }
  | expr SEMI
      { $$ = $1; }
  | expr SEMI seq_expr
      { $$ = B.Sequence($1, $3, @$); }
  | expr SEMI PERCENT attr_id seq_expr
      { $$ = B.UnsupportedExpr(@$, "extension nodes"); B.NameExtension(@4); }
;

/* A parameter: a pattern, or a labelled or optional one (Parser's
   labeled_simple_pattern); the label goes to the Fun built around it. */
labeled_simple_pattern:
    QUESTION LPAREN label_let_pattern option_preceded_EQUAL_seq_expr__ RPAREN
      { $$ = B.LabelledPat(LabelKind::Optional, B.PatLabelName($3), $3, $4); }
  | QUESTION LIDENT
      { $$ = B.LabelledPat(LabelKind::Optional, @2, B.PatVar(@2, @2), kNone); }
  | OPTLABEL LPAREN let_pattern option_preceded_EQUAL_seq_expr__ RPAREN
      { $$ = B.LabelledPat(LabelKind::Optional, LABEL_NAME(@1), $3, $4); }
  | OPTLABEL pattern_var
      { $$ = B.LabelledPat(LabelKind::Optional, LABEL_NAME(@1), $2, kNone); }
  | TILDE LPAREN label_let_pattern RPAREN
      { $$ = B.LabelledPat(LabelKind::Labelled, B.PatLabelName($3), $3, kNone); }
  | TILDE LIDENT
      { $$ = B.LabelledPat(LabelKind::Labelled, @2, B.PatVar(@2, @2), kNone); }
  | LABEL simple_pattern
      { $$ = B.LabelledPat(LabelKind::Labelled, LABEL_NAME(@1), $2, kNone); }
  | simple_pattern
      { $$ = $1; }
;

pattern_var:
    LIDENT
      { $$ = B.PatVar(@1, @1); }
  | UNDERSCORE
      { $$ = B.Pat(PatKind::Any, @1); }
;

label_let_pattern:
    LIDENT
      { $$ = B.PatVar(@1, @1); }
  | LIDENT COLON core_type
      { $$ = B.Pat(PatKind::Constraint, @$, B.PatVar(@1, @1), $3); }
;

let_pattern:
    pattern
      { $$ = $1; }
  | pattern COLON core_type
      { $$ = B.Pat(PatKind::Constraint, @$, $1, $3); }
;

expr:
    simple_expr %prec below_HASH
      { $$ = $1; }
  | LET MODULE ext list_attribute_ module_name module_binding_body IN seq_expr
      { mlhint::Mark mark = $3; mark.Add($4);
        mlhint::ast::Id binding = B.ModuleItem(mlhint::Mark{}, SPAN(@5, @6), $5, $6);
        $$ = B.MarkedExpr(mark, B.Expr(ExprKind::LetModule, @$, binding, $8)); }
  | LET EXCEPTION ext list_attribute_ constr_ident generalized_constructor_arguments list_attribute_ IN seq_expr
      { mlhint::Mark mark = $3; mark.Add($4).Add($7);
        $$ = B.MarkedExpr(mark, B.Expr(ExprKind::LetException, @$, B.ConstructorDecl($5, $6, SPAN(@5, @6)), $9)); }
  | LET OPEN ext list_attribute_ module_expr IN seq_expr
      { $$ = B.LocalOpen(@$, @5, $5, $7); }
  | LET OPEN BANG ext list_attribute_ module_expr IN seq_expr
      { $$ = B.LocalOpen(@$, @6, $6, $8); }
  | FUNCTION ext list_attribute_ reversed_preceded_or_separated_nonempty_llist_BAR_match_case_
      { mlhint::Mark mark = $2; mlhint::Mark attrs = $3;
        if (!attrs.OnlyFunctionAttributes()) mark.Add(attrs);
        $$ = B.MarkedExpr(mark, B.Expr(ExprKind::Function, @$, kNone, kNone, kNone, B.List($4))); }
  | FUN ext list_attribute_ labeled_simple_pattern fun_def
      { mlhint::Mark mark = $2; mlhint::Mark attrs = $3;
        if (!attrs.OnlyFunctionAttributes()) mark.Add(attrs);
        $$ = B.MarkedExpr(mark, B.Fun($4, $5, @$, false)); }
  | FUN ext list_attribute_ LPAREN TYPE nonempty_list_mkrhs_LIDENT__ RPAREN fun_def
      { mlhint::Mark mark = $2; mlhint::Mark attrs = $3;
        if (!attrs.OnlyFunctionAttributes()) mark.Add(attrs);
        $$ = B.MarkedExpr(mark, B.NewTypes(@6, $8, @$)); }
  | MATCH ext list_attribute_ seq_expr WITH reversed_preceded_or_separated_nonempty_llist_BAR_match_case_
      { mlhint::Mark mark = $2; mark.Add($3);
        $$ = B.MarkedExpr(mark, B.Expr(ExprKind::Match, @$, $4, kNone, kNone, B.List($6))); }
  | TRY ext list_attribute_ seq_expr WITH reversed_preceded_or_separated_nonempty_llist_BAR_match_case_
      { mlhint::Mark mark = $2; mark.Add($3);
        $$ = B.MarkedExpr(mark, B.Expr(ExprKind::Try, @$, $4, kNone, kNone, B.List($6))); }
  | TRY ext list_attribute_ seq_expr WITH error
      { ctx.ErrorProductionReached(); YYABORT; }
  | IF ext list_attribute_ seq_expr THEN expr ELSE expr
      { mlhint::Mark mark = $2; mark.Add($3); $$ = B.MarkedExpr(mark, B.Expr(ExprKind::IfThenElse, @$, $4, $6, $8)); }
  | IF ext list_attribute_ seq_expr THEN expr
      { mlhint::Mark mark = $2; mark.Add($3); $$ = B.MarkedExpr(mark, B.Expr(ExprKind::IfThenElse, @$, $4, $6)); }
  | WHILE ext list_attribute_ seq_expr DO seq_expr DONE
      { mlhint::Mark mark = $2; mark.Add($3); $$ = B.MarkedExpr(mark, B.Expr(ExprKind::While, @$, $4, $6)); }
  | FOR ext list_attribute_ pattern EQUAL seq_expr direction_flag seq_expr DO seq_expr DONE
      { mlhint::Mark mark = $2; mark.Add($3);
        $$ = B.MarkedExpr(mark, B.For(@$, $4, $6, $8, $10, $7)); }
  | ASSERT ext list_attribute_ simple_expr %prec below_HASH
      { mlhint::Mark mark = $2; mark.Add($3); $$ = B.MarkedExpr(mark, B.Expr(ExprKind::Assert, @$, $4)); }
  | LAZY ext list_attribute_ simple_expr %prec below_HASH
      { mlhint::Mark mark = $2; mark.Add($3); $$ = B.MarkedExpr(mark, B.Expr(ExprKind::Lazy, @$, $4)); }
  | OBJECT ext list_attribute_ class_self_pattern list_text_cstr_class_field__ END
      { $$ = B.UnsupportedExpr(@$, "objects"); }
  | OBJECT ext list_attribute_ class_self_pattern list_text_cstr_class_field__ error
      { ctx.ErrorProductionReached(); YYABORT; }
  | simple_expr reversed_nonempty_llist_labeled_simple_expr_
      { $$ = B.Apply($1, $2, @$); }
  | reversed_separated_nontrivial_llist_COMMA_expr_ %prec below_COMMA
      { $$ = B.Tuple($1, @$); }
  | constr_longident simple_expr %prec below_HASH
      { $$ = B.Expr(ExprKind::Construct, @$, $1, $2); }
  | name_tag simple_expr %prec below_HASH
      { $$ = B.Expr(ExprKind::Variant, @$, $1, $2); }
  | expr INFIXOP0 expr    { $$ = B.Infix($1, @2, $3, @$); }
  | expr INFIXOP1 expr    { $$ = B.Infix($1, @2, $3, @$); }
  | expr INFIXOP2 expr    { $$ = B.Infix($1, @2, $3, @$); }
  | expr INFIXOP3 expr    { $$ = B.Infix($1, @2, $3, @$); }
  | expr INFIXOP4 expr    { $$ = B.Infix($1, @2, $3, @$); }
  | expr PLUS expr        { $$ = B.Infix($1, @2, $3, @$); }
  | expr PLUSDOT expr     { $$ = B.Infix($1, @2, $3, @$); }
  | expr PLUSEQ expr      { $$ = B.Infix($1, @2, $3, @$); }
  | expr MINUS expr       { $$ = B.Infix($1, @2, $3, @$); }
  | expr MINUSDOT expr    { $$ = B.Infix($1, @2, $3, @$); }
  | expr STAR expr        { $$ = B.Infix($1, @2, $3, @$); }
  | expr PERCENT expr     { $$ = B.Infix($1, @2, $3, @$); }
  | expr EQUAL expr       { $$ = B.Infix($1, @2, $3, @$); }
  | expr LESS expr        { $$ = B.Infix($1, @2, $3, @$); }
  | expr GREATER expr     { $$ = B.Infix($1, @2, $3, @$); }
  | expr OR expr          { $$ = B.Infix($1, @2, $3, @$); }
  | expr BARBAR expr      { $$ = B.Infix($1, @2, $3, @$); }
  | expr AMPERSAND expr   { $$ = B.Infix($1, @2, $3, @$); }
  | expr AMPERAMPER expr  { $$ = B.Infix($1, @2, $3, @$); }
  | expr COLONEQUAL expr  { $$ = B.Infix($1, @2, $3, @$); }
  | subtractive expr %prec prec_unary_minus
      { $$ = B.UnaryMinus($1, $2, @$); }
  | additive expr %prec prec_unary_plus
      { $$ = B.UnaryPlus($1, $2, @$); }
  | let_bindings_ext_ IN seq_expr
      { mlhint::LetBindingsValue v = $1; mlhint::Mark mark = v.mark;
        $$ = B.MarkedExpr(mark, ctx.LetExpr(v, $3, @$)); }
  | LETOP letop_bindings IN seq_expr
      { $$ = B.LetOp(@1, $2, $4, @$); }
  | expr COLONCOLON expr
      { $$ = B.Cons($1, @2, $3, @$); }
  | LIDENT LESSMINUS expr
      { $$ = B.UnsupportedExpr(@$, "instance variables");
        B.tree().unsupported.back().instance_variable = @1; }
  | simple_expr DOT label_longident LESSMINUS expr
      { $$ = B.Expr(ExprKind::SetField, @$, $1, $3, $5); }
  | simple_expr DOT LPAREN seq_expr RPAREN LESSMINUS expr
      { $$ = B.IndexSet("Array.set", $1, $4, $7, @$); }
  | simple_expr DOT LBRACE seq_expr RBRACE LESSMINUS expr
      { $$ = B.UnsupportedExpr(@$, "Bigarray indexing"); }
  | simple_expr DOT LBRACKET seq_expr RBRACKET LESSMINUS expr
      { $$ = B.IndexSet("String.set", $1, $4, $7, @$); }
  | simple_expr DOTOP LPAREN separated_or_terminated_nonempty_list_SEMI_expr_ RPAREN LESSMINUS expr
      { $$ = B.UnsupportedExpr(@$, "user-defined indexing operators"); }
  | simple_expr DOT mod_longident DOTOP LPAREN separated_or_terminated_nonempty_list_SEMI_expr_ RPAREN LESSMINUS expr
      { $$ = B.UnsupportedExpr(@$, "user-defined indexing operators"); }
  | simple_expr DOTOP LBRACE separated_or_terminated_nonempty_list_SEMI_expr_ RBRACE LESSMINUS expr
      { $$ = B.UnsupportedExpr(@$, "user-defined indexing operators"); }
  | simple_expr DOT mod_longident DOTOP LBRACE separated_or_terminated_nonempty_list_SEMI_expr_ RBRACE LESSMINUS expr
      { $$ = B.UnsupportedExpr(@$, "user-defined indexing operators"); }
  | simple_expr DOTOP LBRACKET separated_or_terminated_nonempty_list_SEMI_expr_ RBRACKET LESSMINUS expr
      { $$ = B.UnsupportedExpr(@$, "user-defined indexing operators"); }
  | simple_expr DOT mod_longident DOTOP LBRACKET separated_or_terminated_nonempty_list_SEMI_expr_ RBRACKET LESSMINUS expr
      { $$ = B.UnsupportedExpr(@$, "user-defined indexing operators"); }
  | expr attribute
      { B.DropAlerts(@2);
        $$ = $2.get().empty()                    ? B.WithAttribute($1, @2)
             : B.AttributeMark($2).optimisation ? B.WithOptimisationAttribute($1, $2)
                                                : B.UnsupportedExpr($2, "attributes"); }
  | UNDERSCORE
      { ctx.NotExpecting(@1, "wildcard \"_\"", @$); YYABORT; }
;

simple_expr:
    LPAREN seq_expr RPAREN
      { $$ = B.Relocate($2, @$, true); }
  | LPAREN seq_expr error
      { ctx.ErrorProductionReached(); YYABORT; }
  | LPAREN seq_expr type_constraint RPAREN
      /* A ghost node in OCaml (mkexp_constraint): a type clash found on it
         is not explained ("because it is in the condition of ..."). */
      { $$ = B.ExprConstraint($2, $3, @$); B.tree().exprs[$$].flags |= mlhint::ast::kGhost; }
  | simple_expr DOT LPAREN seq_expr RPAREN
      { $$ = B.IndexGet("Array.get", $1, $4, @$); }
  | simple_expr DOT LBRACE seq_expr RBRACE
      { $$ = B.UnsupportedExpr(@$, "Bigarray indexing"); }
  | simple_expr DOT LBRACKET seq_expr RBRACKET
      { $$ = B.IndexGet("String.get", $1, $4, @$); }
  | simple_expr DOTOP LPAREN separated_or_terminated_nonempty_list_SEMI_expr_ RPAREN
      { $$ = B.UnsupportedExpr(@$, "user-defined indexing operators"); }
  | simple_expr DOT mod_longident DOTOP LPAREN separated_or_terminated_nonempty_list_SEMI_expr_ RPAREN
      { $$ = B.UnsupportedExpr(@$, "user-defined indexing operators"); }
  | simple_expr DOTOP LBRACE separated_or_terminated_nonempty_list_SEMI_expr_ RBRACE
      { $$ = B.UnsupportedExpr(@$, "user-defined indexing operators"); }
  | simple_expr DOT mod_longident DOTOP LBRACE separated_or_terminated_nonempty_list_SEMI_expr_ RBRACE
      { $$ = B.UnsupportedExpr(@$, "user-defined indexing operators"); }
  | simple_expr DOTOP LBRACKET separated_or_terminated_nonempty_list_SEMI_expr_ RBRACKET
      { $$ = B.UnsupportedExpr(@$, "user-defined indexing operators"); }
  | simple_expr DOT mod_longident DOTOP LBRACKET separated_or_terminated_nonempty_list_SEMI_expr_ RBRACKET
      { $$ = B.UnsupportedExpr(@$, "user-defined indexing operators"); }
  | simple_expr DOT LPAREN seq_expr error
      { ctx.ErrorProductionReached(); YYABORT; }
  | simple_expr DOT LBRACE seq_expr error
      { ctx.ErrorProductionReached(); YYABORT; }
  | simple_expr DOT LBRACKET seq_expr error
      { ctx.ErrorProductionReached(); YYABORT; }
  | simple_expr DOTOP LPAREN separated_or_terminated_nonempty_list_SEMI_expr_ error
      { ctx.ErrorProductionReached(); YYABORT; }
  | simple_expr DOT mod_longident DOTOP LPAREN separated_or_terminated_nonempty_list_SEMI_expr_ error
      { ctx.ErrorProductionReached(); YYABORT; }
  | simple_expr DOTOP LBRACE separated_or_terminated_nonempty_list_SEMI_expr_ error
      { ctx.ErrorProductionReached(); YYABORT; }
  | simple_expr DOT mod_longident DOTOP LBRACE separated_or_terminated_nonempty_list_SEMI_expr_ error
      { ctx.ErrorProductionReached(); YYABORT; }
  | simple_expr DOTOP LBRACKET separated_or_terminated_nonempty_list_SEMI_expr_ error
      { ctx.ErrorProductionReached(); YYABORT; }
  | simple_expr DOT mod_longident DOTOP LBRACKET separated_or_terminated_nonempty_list_SEMI_expr_ error
      { ctx.ErrorProductionReached(); YYABORT; }
  | BEGIN ext list_attribute_ seq_expr END
      { mlhint::Mark mark = $2; mark.Add($3);
        $$ = B.MarkedExpr(mark, B.WithAttributes(B.Relocate($4, @$, true), @3)); }
  | BEGIN ext list_attribute_ END
      { mlhint::Mark mark = $2; mark.Add($3);
        $$ = B.MarkedExpr(mark, B.Expr(ExprKind::Construct, @$, B.Name("()", @$))); }
  | BEGIN ext list_attribute_ seq_expr error
      { ctx.ErrorProductionReached(); YYABORT; }
  | NEW ext list_attribute_ class_longident
      { $$ = B.UnsupportedExpr(@$, "objects"); }
  | LPAREN MODULE ext list_attribute_ module_expr RPAREN
      { mlhint::Mark mark = $3; mark.Add($4);
        $$ = B.MarkedExpr(mark, B.Pack(@$, @5, $5, kNone)); }
  | LPAREN MODULE ext list_attribute_ module_expr COLON module_type RPAREN
      { $$ = {}; if (!ctx.CheckPackageType($7, @$)) YYABORT;
        mlhint::Mark mark = $3; mark.Add($4);
        $$ = B.MarkedExpr(mark, B.Pack(@$, @5, $5, B.PackageType(@7, $7))); }
  | LPAREN MODULE ext list_attribute_ module_expr COLON error
      { ctx.ErrorProductionReached(); YYABORT; }
  | val_longident
      { $$ = B.Ident($1, @$); }
  | constant
      { $$ = B.Expr(ExprKind::Constant, @$, $1); }
  | constr_longident %prec prec_constant_constructor
      { $$ = B.Expr(ExprKind::Construct, @$, $1); }
  | name_tag %prec prec_constant_constructor
      { $$ = B.Expr(ExprKind::Variant, @$, $1); }
  | PREFIXOP simple_expr
      { $$ = B.Prefix(B.Text(@1), @1, $2, @$); }
  | BANG simple_expr
      { $$ = B.Prefix("!", @1, $2, @$); }
  | LBRACELESS separated_or_terminated_nonempty_list_SEMI_object_expr_field_ GREATERRBRACE
      { $$ = B.UnsupportedExpr(@$, "objects"); }
  | LBRACELESS separated_or_terminated_nonempty_list_SEMI_object_expr_field_ error
      { ctx.ErrorProductionReached(); YYABORT; }
  | LBRACELESS GREATERRBRACE
      { $$ = B.UnsupportedExpr(@$, "objects"); }
  | simple_expr DOT label_longident
      { $$ = B.Expr(ExprKind::Field, @$, $1, $3); }
  | mod_longident DOT LPAREN seq_expr RPAREN
      { $$ = B.Expr(ExprKind::LocalOpen, @$, $1, $4); }
  | mod_longident DOT LBRACELESS separated_or_terminated_nonempty_list_SEMI_object_expr_field_ GREATERRBRACE
      { $$ = B.UnsupportedExpr(@$, "local opens"); }
  | mod_longident DOT LBRACELESS separated_or_terminated_nonempty_list_SEMI_object_expr_field_ error
      { ctx.ErrorProductionReached(); YYABORT; }
  | simple_expr HASH LIDENT
      { $$ = B.UnsupportedExpr(@$, "objects"); }
  | simple_expr HASHOP simple_expr
      { $$ = B.Infix($1, @2, $3, @$); }
  | extension
      { $$ = B.UnsupportedExpr(@$, "extension nodes"); B.ReadExtensionConstructor(@$); }
  | mod_longident DOT LPAREN RPAREN
      { $$ = B.Expr(ExprKind::LocalOpen, @$, $1,
                    B.Expr(ExprKind::Construct, SPAN(@3, @4), B.Name("()", SPAN(@3, @4)))); }
  | mod_longident DOT LPAREN seq_expr error
      { ctx.ErrorProductionReached(); YYABORT; }
  | LBRACE record_expr_content RBRACE
      { $$ = B.Record($2, @$); }
  | LBRACE record_expr_content error
      { ctx.ErrorProductionReached(); YYABORT; }
  | mod_longident DOT LBRACE record_expr_content RBRACE
      { $$ = B.Expr(ExprKind::LocalOpen, @$, $1, B.Record($4, SPAN(@3, @5))); }
  | mod_longident DOT LBRACE record_expr_content error
      { ctx.ErrorProductionReached(); YYABORT; }
  | LBRACKETBAR separated_or_terminated_nonempty_list_SEMI_expr_ BARRBRACKET
      { $$ = B.Expr(ExprKind::Array, @$, kNone, kNone, kNone, B.List($2)); }
  | LBRACKETBAR separated_or_terminated_nonempty_list_SEMI_expr_ error
      { ctx.ErrorProductionReached(); YYABORT; }
  | LBRACKETBAR BARRBRACKET
      { $$ = B.Expr(ExprKind::Array, @$); }
  | mod_longident DOT LBRACKETBAR separated_or_terminated_nonempty_list_SEMI_expr_ BARRBRACKET
      { $$ = B.Expr(ExprKind::LocalOpen, @$, $1,
                    B.Expr(ExprKind::Array, SPAN(@3, @5), kNone, kNone, kNone, B.List($4))); }
  | mod_longident DOT LBRACKETBAR BARRBRACKET
      { $$ = B.Expr(ExprKind::LocalOpen, @$, $1, B.Expr(ExprKind::Array, SPAN(@3, @4))); }
  | mod_longident DOT LBRACKETBAR separated_or_terminated_nonempty_list_SEMI_expr_ error
      { ctx.ErrorProductionReached(); YYABORT; }
  | LBRACKET separated_or_terminated_nonempty_list_SEMI_expr_ RBRACKET
      { $$ = B.ListExpr($2, @3, @$); }
  | LBRACKET separated_or_terminated_nonempty_list_SEMI_expr_ error
      { ctx.ErrorProductionReached(); YYABORT; }
  | mod_longident DOT LBRACKET separated_or_terminated_nonempty_list_SEMI_expr_ RBRACKET
      { $$ = B.Expr(ExprKind::LocalOpen, @$, $1, B.ListExpr($4, @5, SPAN(@3, @5))); }
  | mod_longident DOT LBRACKET RBRACKET
      { $$ = B.Expr(ExprKind::LocalOpen, @$, $1,
                    B.Expr(ExprKind::Construct, SPAN(@3, @4), B.Name("[]", SPAN(@3, @4)))); }
  | mod_longident DOT LBRACKET separated_or_terminated_nonempty_list_SEMI_expr_ error
      { ctx.ErrorProductionReached(); YYABORT; }
  | mod_longident DOT LPAREN MODULE ext list_attribute_ module_expr COLON module_type RPAREN
      { $$ = {}; if (!ctx.CheckPackageType($9, @$)) YYABORT;
        $$ = B.UnsupportedExpr(@$, "local opens"); }
  | mod_longident DOT LPAREN MODULE ext list_attribute_ module_expr COLON error
      { ctx.ErrorProductionReached(); YYABORT; }
;

labeled_simple_expr:
    simple_expr %prec below_HASH
      { $$ = $1; }
  | LABEL simple_expr %prec below_HASH
      { $$ = B.LabelledExpr(LabelKind::Labelled, LABEL_NAME(@1), $2); }
  | TILDE LIDENT
      { $$ = B.LabelledExpr(LabelKind::Labelled, @2, B.IdentNamed(B.Text(@2), @2)); }
  | QUESTION LIDENT
      { $$ = B.LabelledExpr(LabelKind::Optional, @2, B.IdentNamed(B.Text(@2), @2)); }
  | OPTLABEL simple_expr %prec below_HASH
      { $$ = B.LabelledExpr(LabelKind::Optional, LABEL_NAME(@1), $2); }
;

let_binding_body_no_punning:
    val_ident strict_binding
      { $$ = B.Binding(B.PatVar($1, @1), $2, @$); }
  | val_ident type_constraint EQUAL seq_expr
      { mlhint::ast::Id t = $2;
        mlhint::Span patloc = SPAN(@1, @2);
        mlhint::ast::Id pat = B.Pat(PatKind::Constraint, patloc, B.PatVar($1, @1), t);
        B.tree().pats[pat].flags |= mlhint::ast::kGhost;
        mlhint::ast::Id e = B.ExprConstraint($4, t, @$);
        B.tree().exprs[e].flags |= mlhint::ast::kGhost;
        $$ = B.Binding(pat, e, @$); }
  | val_ident COLON reversed_nonempty_llist_typevar_ DOT core_type EQUAL seq_expr
      {
        $$ = B.Binding(B.PatVar($1, @1), B.UnsupportedExpr(SPAN(@2, @5), "polymorphic type annotations"), @$); }
  | val_ident COLON TYPE nonempty_list_mkrhs_LIDENT__ DOT core_type EQUAL seq_expr
      { $$ = {};
        if (!ctx.CheckScopedTypeVariables(@4, $6, @6, @$)) YYABORT;
        /* Parser.wrap_type_annotation: fun (type t) -> (e : T), at the
           binding's place; the pattern's polymorphic annotation is not
           kept (a non-recursive binding generalizes to it). */
        mlhint::ast::Id constrained = B.ExprConstraint($8, $6, @$);
        $$ = B.Binding(B.PatVar($1, @1), B.NewTypes(@4, constrained, @$, mlhint::ast::kPolyAnnotation), @$); }
  | pattern_no_exn EQUAL seq_expr
      { $$ = B.Binding($1, $3, @$); }
  | simple_pattern_not_ident COLON core_type EQUAL seq_expr
      { mlhint::ast::Id pat = B.Pat(PatKind::Constraint, SPAN(@1, @3), $1, $3);
        B.tree().pats[pat].flags |= mlhint::ast::kGhost;
        $$ = B.Binding(pat, $5, @$); }
;

let_binding_body:
    let_binding_body_no_punning
      { $$ = {}; $$.binding = $1; }
  | val_ident %prec below_HASH
      { $$ = {}; $$.pun = true; }
;

/* OCaml checks for a pun (`let x` without `=`) when it adds a binding to the
   group (addlb): a syntax error on the last token read, unless the group
   has an extension (`let%ext x`). */
let_bindings_ext_:
    LET ext list_attribute_ rec_flag let_binding_body list_post_item_attribute_
      { $$ = {}; mlhint::Mark ext = $2; mlhint::BindingBodyValue body = $5;
        B.DropAlerts(@3); B.DropAlerts(@6);
        $$.has_ext = ext.present;
        if (body.pun && !$$.has_ext) { ctx.SyntaxErrorAtLookahead(@$); YYABORT; }
        $$.mark = ext;
        // The binding's attributes: a function takes [@inline] and
        // [@specialise] (Translattribute.add_function_attributes).
        mlhint::Mark attrs = $3; attrs.Add($6);
        if (!(attrs.OnlyFunctionAttributes() && !body.pun && B.BindsFunction(body.binding)))
          $$.mark.Add(attrs);
        if (body.pun) $$.mark.Add(Mark::At(@5, "let punning"));
        $$.is_rec = $4;
        B.Push($$.bindings, body.pun ? B.Binding(B.UnsupportedPat(@5, "let punning"), kNone, @$)
                                       : ctx.SetBindingSpan(body.binding, @$)); }
  | let_bindings_ext_ and_let_binding
      { mlhint::BindingBodyValue body = $2;
        $$ = $1;
        if (body.pun && !$$.has_ext) { ctx.SyntaxErrorAtLookahead(@$); YYABORT; }
        $$.mark.Add(body.mark);
        B.Push($$.bindings, body.binding); }
;

let_bindings_no_ext_:
    LET list_attribute_ rec_flag let_binding_body list_post_item_attribute_
      { $$ = {}; mlhint::BindingBodyValue body = $4;
        if (body.pun) { ctx.SyntaxErrorAtLookahead(@$); YYABORT; } }
  | LET PERCENT attr_id list_attribute_ rec_flag let_binding_body list_post_item_attribute_
      { ctx.NotExpecting(SPAN(@2, @3), "extension", @$); YYABORT; }
  | let_bindings_no_ext_ and_let_binding
      { $$ = {}; mlhint::BindingBodyValue body = $2;
        if (body.pun) { ctx.SyntaxErrorAtLookahead(@$); YYABORT; } }
;

and_let_binding:
    AND list_attribute_ let_binding_body list_post_item_attribute_
      { $$ = {}; mlhint::BindingBodyValue body = $3;
        B.DropAlerts(@2); B.DropAlerts(@4);
        $$.pun = body.pun;
        mlhint::Mark attrs = $2; attrs.Add($4);
        if (!(attrs.OnlyFunctionAttributes() && !body.pun && B.BindsFunction(body.binding)))
          $$.mark.Add(attrs);
        if (body.pun) $$.mark.Add(Mark::At(@3, "let punning"));
        $$.binding = body.pun ? B.Binding(B.UnsupportedPat(@3, "let punning"), kNone, @$)
                              : ctx.SetBindingSpan(body.binding, @$); }
;

/* Parser.letop_binding_body: a pattern and an expression (a pun `let* x`
   is `let* x = x`). */
letop_binding_body:
    val_ident strict_binding
      { $$ = B.Binding(B.PatVar($1, @1), $2, @$); }
  | val_ident
      { $$ = B.Binding(B.PatVar($1, @1), B.IdentNamed(B.Text($1), $1), @$); }
  | simple_pattern COLON core_type EQUAL seq_expr
      { mlhint::ast::Id pat = B.Pat(PatKind::Constraint, SPAN(@1, @3), $1, $3);
        B.tree().pats[pat].flags |= mlhint::ast::kGhost;
        $$ = B.Binding(pat, $5, @$); }
  | pattern_no_exn EQUAL seq_expr
      { $$ = B.Binding($1, $3, @$); }
;

/* The `let` binding first, then each `and`, its operator noted in it. */
letop_bindings:
    letop_binding_body
      { $$ = B.Single($1); }
  | letop_bindings ANDOP letop_binding_body
      { B.tree().bindings[$3].op = B.IdentNamed(B.Text(@2), @2);
        $$ = B.Appended($1, $3); }
;

fun_binding:
    strict_binding
      { $$ = $1; }
  | type_constraint EQUAL seq_expr
      { $$ = B.ExprConstraint($3, $1, @$); B.tree().exprs[$$].flags |= mlhint::ast::kGhost; }
;

strict_binding:
    EQUAL seq_expr
      { $$ = $2; }
  | labeled_simple_pattern fun_binding
      { $$ = B.Fun($1, $2, @$, true); }
  | LPAREN TYPE nonempty_list_mkrhs_LIDENT__ RPAREN fun_binding
      { $$ = B.NewTypes(@3, $5, @$); }
;

match_case:
    pattern MINUSGREATER seq_expr
      { $$ = B.Case($1, kNone, $3, @$); }
  | pattern WHEN seq_expr MINUSGREATER seq_expr
      { $$ = B.Case($1, $3, $5, @$); }
  | pattern MINUSGREATER DOT
      { $$ = B.Case($1, kNone, B.Expr(mlhint::ast::ExprKind::Unreachable, @3), @$); }
;

fun_def:
    MINUSGREATER seq_expr
      { $$ = $2; }
  | COLON atomic_type MINUSGREATER seq_expr
      { $$ = B.ExprConstraint($4, $2, @$); }
  | labeled_simple_pattern fun_def
      { $$ = B.Fun($1, $2, @$, true); }
  | LPAREN TYPE nonempty_list_mkrhs_LIDENT__ RPAREN fun_def
      { $$ = B.NewTypes(@3, $5, @$); }
;

/* ioption(terminated(simple_expr, WITH)) followed by the fields. */
record_expr_content:
    separated_or_terminated_nonempty_list_SEMI_record_expr_field_
      { $$ = {}; $$.fields = $1; }
  | simple_expr WITH separated_or_terminated_nonempty_list_SEMI_record_expr_field_
      { $$ = {}; $$.with = $1; $$.fields = $3; }
;

type_constraint:
    COLON core_type
      { $$ = $2; }
  | COLON core_type COLONGREATER core_type
      { $$ = B.UnsupportedType(@$, "coercions"); }
  | COLONGREATER core_type
      { $$ = B.UnsupportedType(@$, "coercions"); }
  | COLON error
      { ctx.ErrorProductionReached(); YYABORT; }
  | COLONGREATER error
      { ctx.ErrorProductionReached(); YYABORT; }
;

/* ------------------------------------------------------------ patterns */

pattern:
    pattern COLONCOLON pattern
      { $$ = B.PatCons($1, @2, $3, @$); }
  | pattern attribute
      { $$ = $2.get().empty() ? B.WarningsOn(@2, mlhint::AstBuilder::WarningTarget::Pat, B.PatternAlerts($1, @2)) : B.UnsupportedPat($2, "attributes"); }
  | pattern_gen
      { $$ = $1; }
  | pattern AS val_ident
      { $$ = B.Pat(PatKind::Alias, @$, $1, kNone, {}, $3); }
  | pattern AS error
      { ctx.ErrorProductionReached(); YYABORT; }
  | pattern_comma_list_pattern_ %prec below_COMMA
      { $$ = B.PatTuple($1, @$); }
  | pattern COLONCOLON error
      { ctx.ErrorProductionReached(); YYABORT; }
  | pattern BAR pattern
      { $$ = B.Pat(PatKind::Or, @$, $1, $3); }
  | pattern BAR error
      { ctx.ErrorProductionReached(); YYABORT; }
  | EXCEPTION ext list_attribute_ pattern %prec prec_constr_appl
      { mlhint::Mark mark = $2; mark.Add($3);
        $$ = B.MarkedPat(mark, B.Pat(PatKind::Exception, @$, $4)); }
;

pattern_no_exn:
    pattern_no_exn COLONCOLON pattern
      { $$ = B.PatCons($1, @2, $3, @$); }
  | pattern_no_exn attribute
      { $$ = $2.get().empty() ? B.WarningsOn(@2, mlhint::AstBuilder::WarningTarget::Pat, B.PatternAlerts($1, @2)) : B.UnsupportedPat($2, "attributes"); }
  | pattern_gen
      { $$ = $1; }
  | pattern_no_exn AS val_ident
      { $$ = B.Pat(PatKind::Alias, @$, $1, kNone, {}, $3); }
  | pattern_no_exn AS error
      { ctx.ErrorProductionReached(); YYABORT; }
  | pattern_comma_list_pattern_no_exn_ %prec below_COMMA
      { $$ = B.PatTuple($1, @$); }
  | pattern_no_exn COLONCOLON error
      { ctx.ErrorProductionReached(); YYABORT; }
  | pattern_no_exn BAR pattern
      { $$ = B.Pat(PatKind::Or, @$, $1, $3); }
  | pattern_no_exn BAR error
      { ctx.ErrorProductionReached(); YYABORT; }
;

pattern_gen:
    simple_pattern
      { $$ = $1; }
  | constr_longident pattern %prec prec_constr_appl
      { $$ = B.Pat(PatKind::Construct, @$, $1, $2); }
  | constr_longident LPAREN TYPE nonempty_list_mkrhs_LIDENT__ RPAREN simple_pattern
      { $$ = B.UnsupportedPat(@$, "locally abstract types"); }
  | name_tag pattern %prec prec_constr_appl
      { $$ = B.Pat(PatKind::Variant, @$, $1, $2); }
  | LAZY ext list_attribute_ simple_pattern
      { mlhint::Mark mark = $2; mark.Add($3);
        $$ = B.MarkedPat(mark, B.Pat(PatKind::Lazy, @$, $4)); }
;

simple_pattern:
    val_ident %prec below_EQUAL
      { $$ = B.PatVar($1, @$); }
  | simple_pattern_not_ident
      { $$ = $1; }
;

simple_pattern_not_ident:
    LPAREN pattern RPAREN
      { $$ = B.RelocatePat($2, @$); }
  | simple_delimited_pattern
      { $$ = $1; }
  | LPAREN MODULE ext list_attribute_ module_name RPAREN
      { mlhint::Mark mark = $3; mark.Add($4);
        $$ = B.MarkedPat(mark, B.UnpackPat(@$, $5, kNone)); }
  | LPAREN MODULE ext list_attribute_ module_name COLON module_type RPAREN
      { $$ = {}; if (!ctx.CheckPackageType($7, @$)) YYABORT;
        mlhint::Mark mark = $3; mark.Add($4);
        $$ = B.MarkedPat(mark, B.UnpackPat(@$, $5, B.PackageType(@7, $7))); }
  | UNDERSCORE
      { $$ = B.Pat(PatKind::Any, @$); }
  | signed_constant
      { $$ = B.PatConstant($1, @$); }
  | signed_constant DOTDOT signed_constant
      { $$ = B.Pat(PatKind::Interval, @$, $1, $3); }
  | constr_longident
      { $$ = B.Pat(PatKind::Construct, @$, $1); }
  | name_tag
      { $$ = B.Pat(PatKind::Variant, @$, $1); }
  | HASH type_longident
      { $$ = B.UnsupportedPat(@$, "polymorphic variant types"); }
  | mod_longident DOT simple_delimited_pattern
      { $$ = B.Pat(PatKind::LocalOpen, @$, $3, $1); }
  | mod_longident DOT LBRACKET RBRACKET
      { $$ = B.Pat(PatKind::LocalOpen, @$,
                   B.Pat(PatKind::Construct, @$, B.Name("[]", SPAN(@3, @4))), $1); }
  | mod_longident DOT LPAREN RPAREN
      { $$ = B.Pat(PatKind::LocalOpen, @$,
                   B.Pat(PatKind::Construct, @$, B.Name("()", SPAN(@3, @4))), $1); }
  | mod_longident DOT LPAREN pattern RPAREN
      { $$ = B.Pat(PatKind::LocalOpen, @$, $4, $1); }
  | mod_longident DOT LPAREN pattern error
      { ctx.ErrorProductionReached(); YYABORT; }
  | mod_longident DOT LPAREN error
      { ctx.ErrorProductionReached(); YYABORT; }
  | LPAREN pattern error
      { ctx.ErrorProductionReached(); YYABORT; }
  | LPAREN pattern COLON core_type RPAREN
      { $$ = B.Pat(PatKind::Constraint, @$, $2, $4); }
  | LPAREN pattern COLON core_type error
      { ctx.ErrorProductionReached(); YYABORT; }
  | LPAREN pattern COLON error
      { ctx.ErrorProductionReached(); YYABORT; }
  | LPAREN MODULE ext list_attribute_ module_name COLON module_type error
      { ctx.ErrorProductionReached(); YYABORT; }
  | extension
      { $$ = B.UnsupportedPat(@$, "extension nodes"); }
;

simple_delimited_pattern:
    LBRACE listx_SEMI_record_pat_field_UNDERSCORE_ RBRACE
      { mlhint::RecordPatContentValue c = $2;
        $$ = B.Pat(PatKind::Record, @$, kNone, kNone, B.List(c.fields), {}, c.open ? mlhint::ast::kOpenRecord : 0); }
  | LBRACE listx_SEMI_record_pat_field_UNDERSCORE_ error
      { ctx.ErrorProductionReached(); YYABORT; }
  | LBRACKET separated_or_terminated_nonempty_list_SEMI_pattern_ RBRACKET
      { $$ = B.PatList($2, @3, @$); }
  | LBRACKET separated_or_terminated_nonempty_list_SEMI_pattern_ error
      { ctx.ErrorProductionReached(); YYABORT; }
  | LBRACKETBAR separated_or_terminated_nonempty_list_SEMI_pattern_ BARRBRACKET
      { $$ = B.Pat(PatKind::Array, @$, kNone, kNone, B.List($2)); }
  | LBRACKETBAR BARRBRACKET
      { $$ = B.Pat(PatKind::Array, @$); }
  | LBRACKETBAR separated_or_terminated_nonempty_list_SEMI_pattern_ error
      { ctx.ErrorProductionReached(); YYABORT; }
;

pattern_comma_list_pattern_:
    pattern_comma_list_pattern_ COMMA pattern
      { $$ = B.Appended($1, $3); }
  | pattern COMMA pattern
      { $$ = B.Appended(B.Single($1), $3); }
  | pattern COMMA error
      { ctx.ErrorProductionReached(); YYABORT; }
;

pattern_comma_list_pattern_no_exn_:
    pattern_comma_list_pattern_no_exn_ COMMA pattern
      { $$ = B.Appended($1, $3); }
  | pattern_no_exn COMMA pattern
      { $$ = B.Appended(B.Single($1), $3); }
  | pattern_no_exn COMMA error
      { ctx.ErrorProductionReached(); YYABORT; }
;

/* ------------------------------------------------------------ value descriptions */

value_description:
    VAL ext list_attribute_ val_ident COLON core_type list_post_item_attribute_
      { B.AttachAlerts($4, @7, true); $$ = {}; $$.mark = $2; $$.mark.Add($3).Add($7); $$.name = $4; $$.type = $6; }
;

primitive_declaration:
    EXTERNAL ext list_attribute_ val_ident COLON core_type EQUAL nonempty_list_raw_string_ list_post_item_attribute_
      { B.AttachAlerts($4, @9, true); $$ = {}; $$.mark = $2; $$.mark.Add($3).Add(B.ExternalAttributes($9, @9)); $$.name = $4; $$.type = $6;
        $$.prims = mlhint::Span{@8.begin, @9.end > @8.end ? @9.end : @8.end}; $$.external = true; }
;

/* ------------------------------------------------------------ type declarations */

generic_type_declaration_no_nonrec_flag_type_subst_kind_:
    TYPE ext list_attribute_ type_parameters LIDENT COLONEQUAL nonempty_type_kind reversed_llist_preceded_CONSTRAINT_constrain__ list_post_item_attribute_
      { }
  | TYPE ext list_attribute_ NONREC type_parameters LIDENT COLONEQUAL nonempty_type_kind reversed_llist_preceded_CONSTRAINT_constrain__ list_post_item_attribute_
      {
        ctx.NotExpecting(@4, "nonrec flag", @$); YYABORT; }
;

generic_type_declaration_nonrec_flag_type_kind_:
    TYPE ext list_attribute_ type_parameters LIDENT type_kind reversed_llist_preceded_CONSTRAINT_constrain__ list_post_item_attribute_
      { $$ = {}; mlhint::TypeKindValue kind = $6;
        $$.mark = $2; $$.mark.Add($3).Add(kind.mark).Add($7).Add($8);
        B.AttachAlerts(@5, @8, true);
        B.Push($$.decls, B.WarningsOn(@8, mlhint::AstBuilder::WarningTarget::TypeDecl, B.TypeDecl(@5, $4, kind, @$))); }
  | TYPE ext list_attribute_ NONREC type_parameters LIDENT type_kind reversed_llist_preceded_CONSTRAINT_constrain__ list_post_item_attribute_
      { $$ = {}; mlhint::TypeKindValue kind = $7;
        $$.mark = $2; $$.mark.Add($3).Add(kind.mark).Add($8).Add($9);
        B.AttachAlerts(@6, @9, true);
        B.Push($$.decls, B.WarningsOn(@9, mlhint::AstBuilder::WarningTarget::TypeDecl, B.TypeDecl(@6, $5, kind, @$))); $$.nonrec = true; }
;

nonempty_type_kind:
    core_type
      { $$ = {}; $$.manifest = $1; }
  | PRIVATE core_type
      { $$ = {}; $$.manifest = $2; $$.mark = Mark::At(@1, "private types"); }
  | constructor_declarations
      { $$ = {}; mlhint::MarkedList cs = $1; $$.kind = mlhint::ast::TypeDeclKind::Variant; $$.members = cs.ids; $$.mark = cs.mark; }
  | PRIVATE constructor_declarations
      { $$ = {}; mlhint::MarkedList cs = $2; $$.kind = mlhint::ast::TypeDeclKind::Variant; $$.members = cs.ids;
        $$.mark = Mark::At(@1, "private types"); }
  | core_type EQUAL constructor_declarations
      { $$ = {}; mlhint::MarkedList cs = $3; $$.kind = mlhint::ast::TypeDeclKind::Variant; $$.manifest = $1; $$.members = cs.ids; $$.mark = cs.mark; }
  | core_type EQUAL PRIVATE constructor_declarations
      { $$ = {}; mlhint::MarkedList cs = $4; $$.kind = mlhint::ast::TypeDeclKind::Variant; $$.manifest = $1; $$.members = cs.ids;
        $$.mark = Mark::At(@3, "private types"); }
  | DOTDOT
      { $$ = {}; $$.kind = mlhint::ast::TypeDeclKind::Open; }
  | PRIVATE DOTDOT
      { $$ = {}; $$.kind = mlhint::ast::TypeDeclKind::Open; $$.mark = Mark::At(@1, "private types"); }
  | core_type EQUAL DOTDOT
      { $$ = {}; $$.kind = mlhint::ast::TypeDeclKind::Open; $$.manifest = $1; }
  | core_type EQUAL PRIVATE DOTDOT
      { $$ = {}; $$.kind = mlhint::ast::TypeDeclKind::Open; $$.manifest = $1; $$.mark = Mark::At(@3, "private types"); }
  | LBRACE label_declarations RBRACE
      { $$ = {}; mlhint::MarkedList ls = $2; $$.kind = mlhint::ast::TypeDeclKind::Record; $$.members = ls.ids; $$.mark = ls.mark; }
  | PRIVATE LBRACE label_declarations RBRACE
      { $$ = {}; mlhint::MarkedList ls = $3; $$.kind = mlhint::ast::TypeDeclKind::Record; $$.members = ls.ids;
        $$.mark = Mark::At(@1, "private types"); }
  | core_type EQUAL LBRACE label_declarations RBRACE
      { $$ = {}; mlhint::MarkedList ls = $4; $$.kind = mlhint::ast::TypeDeclKind::Record; $$.manifest = $1; $$.members = ls.ids; $$.mark = ls.mark; }
  | core_type EQUAL PRIVATE LBRACE label_declarations RBRACE
      { $$ = {}; mlhint::MarkedList ls = $5; $$.kind = mlhint::ast::TypeDeclKind::Record; $$.manifest = $1; $$.members = ls.ids;
        $$.mark = Mark::At(@3, "private types"); }
;

type_kind:
    %empty
      { $$ = {}; }
  | EQUAL nonempty_type_kind
      { $$ = $2; }
;

type_parameters:
    %empty
      { $$ = mlhint::IdList{}; }
  | type_parameter
      { $$ = B.Single($1); }
  | LPAREN reversed_separated_nonempty_llist_COMMA_type_parameter_ RPAREN
      { $$ = $2; }
;

/* Variance and injectivity annotations are accepted and not recorded. */
type_parameter:
    type_variance type_variable
      { $$ = $2; }
;

type_variable:
    QUOTE ident
      { $$ = B.TypeParam($2, @$); }
  | UNDERSCORE
      { $$ = B.TypeParam(mlhint::Span{@1.begin, @1.begin}, @$); }
;

type_variance:
    %empty
      { }
  | PLUS
      { }
  | MINUS
      { }
  | BANG
      { }
  | PLUS BANG
      { }
  | BANG PLUS
      { }
  | MINUS BANG
      { }
  | BANG MINUS
      { }
  | INFIXOP2
      { if (!ctx.CheckVariance(@1, "+!", "-!", @$)) YYABORT; }
  | PREFIXOP
      { if (!ctx.CheckVariance(@1, "!+", "!-", @$)) YYABORT; }
;

/* A single BAR is the empty variant; otherwise bar_llist. */
constructor_declarations:
    BAR
      { $$ = {}; }
  | reversed_bar_llist_constructor_declaration_
      { $$ = $1; }
;

generic_constructor_declaration_BAR_:
    BAR constr_ident generalized_constructor_arguments list_attribute_
      { B.AttachAlerts($2, @4, false); $$ = {}; $$.id = B.WarningsOn(@4, mlhint::AstBuilder::WarningTarget::Constructor, B.ConstructorDecl($2, $3, @$)); $$.mark = $4; }
;

generic_constructor_declaration_epsilon_:
    constr_ident generalized_constructor_arguments list_attribute_
      { B.AttachAlerts($1, @3, false); $$ = {}; $$.id = B.WarningsOn(@3, mlhint::AstBuilder::WarningTarget::Constructor, B.ConstructorDecl($1, $2, @$)); $$.mark = $3; }
;

str_exception_declaration:
    sig_exception_declaration
      { $$ = $1; }
  | EXCEPTION ext list_attribute_ constr_ident EQUAL constr_longident list_attribute_ list_post_item_attribute_
      { $$ = {}; mlhint::ConstructorArgsValue none;
        none.result = B.UnsupportedType(SPAN(@5, @6), "exception aliases");
        $$.mark = $2; $$.mark.Add($3).Add($7).Add($8);
        $$.id = B.ConstructorDecl($4, none, @$); }
;

sig_exception_declaration:
    EXCEPTION ext list_attribute_ constr_ident generalized_constructor_arguments list_attribute_ list_post_item_attribute_
      { B.AttachAlerts($4, @6, false);
        $$ = {}; $$.mark = $2; $$.mark.Add($3).Add($6).Add($7);
        $$.id = B.WarningsOn(@6, mlhint::AstBuilder::WarningTarget::Constructor, B.ConstructorDecl($4, $5, SPAN(@1, @6))); }
;

generalized_constructor_arguments:
    %empty
      { $$ = {}; }
  | OF constructor_arguments
      { $$ = {}; $$.args = $2; }
  | COLON constructor_arguments MINUSGREATER atomic_type %prec below_HASH
      { $$ = {}; $$.args = $2; $$.result = B.UnsupportedType(@$, "generalized algebraic data types"); }
  | COLON atomic_type %prec below_HASH
      { $$ = {}; $$.result = B.UnsupportedType(@$, "generalized algebraic data types"); }
;

constructor_arguments:
    atomic_type %prec below_HASH
      { $$ = B.Single($1); }
  | reversed_separated_nonempty_llist_STAR_atomic_type_ STAR atomic_type %prec below_HASH
      { $$ = B.Appended($1, $3); }
  | LBRACE label_declarations RBRACE
      { mlhint::MarkedList ls = $2;
        $$ = B.Single(ls.mark.present ? B.UnsupportedType(ls.mark.span, ls.mark.what.c_str())
                                      : B.Type(TypeKind::InlineRecord, @$, mlhint::ast::kNone, mlhint::ast::kNone, B.List(ls.ids))); }
;

label_declarations:
    label_declaration
      { $$ = {}; mlhint::MarkedId l = $1; B.Push($$.ids, l.id); $$.mark = l.mark; }
  | label_declaration_semi
      { $$ = {}; mlhint::MarkedId l = $1; B.Push($$.ids, l.id); $$.mark = l.mark; }
  | label_declaration_semi label_declarations
      { $$ = {}; mlhint::MarkedId l = $1; mlhint::MarkedList rest = $2;
        $$.ids = rest.ids; B.Prepend($$.ids, l.id);
        $$.mark = l.mark; $$.mark.Add(rest.mark); }
;

label_declaration:
    mutable_flag LIDENT COLON possibly_poly_core_type_no_attr_ list_attribute_
      { B.AttachAlerts(@2, @5, false); $$ = {}; $$.id = B.WarningsOn(@5, mlhint::AstBuilder::WarningTarget::Label, B.LabelDecl($1, @2, $4, @$)); $$.mark = $5; }
;

label_declaration_semi:
    mutable_flag LIDENT COLON possibly_poly_core_type_no_attr_ list_attribute_ SEMI list_attribute_
      { B.AttachAlerts(@2, @5, false); B.AttachAlerts(@2, @7, false);
        $$ = {}; $$.id = B.LabelDecl($1, @2, $4, SPAN(@$, @5)); $$.mark = $5; $$.mark.Add($7);
        B.WarningsOn(@5, mlhint::AstBuilder::WarningTarget::Label, $$.id); B.WarningsOn(@7, mlhint::AstBuilder::WarningTarget::Label, $$.id); }
;

extension_constructor_rebind_BAR_:
    BAR constr_ident EQUAL constr_longident list_attribute_
      { $$ = B.ConstructorDecl($2, {}, @$); }
;

extension_constructor_rebind_epsilon_:
    constr_ident EQUAL constr_longident list_attribute_
      { $$ = B.ConstructorDecl($1, {}, @$); }
;

/* ------------------------------------------------------------ with constraints */

with_constraint:
    TYPE type_parameters label_longident with_type_binder alias_type reversed_llist_preceded_CONSTRAINT_constrain__
      { $$ = {}; mlhint::IdList params = $2; mlhint::Mark cstrs = $6; bool is_private = $4;
        if (!params.empty()) $$.check = mlhint::PackageCheck::Refused(@$, "parametrized types are not supported", false);
        else if (cstrs.present) $$.check = mlhint::PackageCheck::Refused(@$, "constrained types are not supported", false);
        else if (is_private) $$.check = mlhint::PackageCheck::Refused(@$, "private types are not supported", false);
        if (!cstrs.present && !is_private) $$.decl = B.WithTypeDecl($3, params, $5, @$);
        $$.supported = $$.decl != kNone; }
  | TYPE type_parameters label_longident COLONEQUAL alias_type
      { $$ = {}; mlhint::IdList params = $2;
        $$.check = mlhint::PackageCheck::Refused(@$, "only 'with type t =' constraints are supported", true);
        $$.decl = B.WithTypeDecl($3, params, $5, @$, true);
        $$.supported = $$.decl != kNone; }
  | MODULE mod_longident EQUAL mod_ext_longident
      { $$ = {}; $$.supported = false;
        $$.check = mlhint::PackageCheck::Refused(@$, "only 'with type t =' constraints are supported", true); }
  | MODULE mod_longident COLONEQUAL mod_ext_longident
      { $$ = {}; $$.supported = false;
        $$.check = mlhint::PackageCheck::Refused(@$, "only 'with type t =' constraints are supported", true); }
  | MODULE TYPE mty_longident EQUAL module_type
      { $$ = {}; $$.supported = false;
        $$.check = mlhint::PackageCheck::Refused(@$, "only 'with type t =' constraints are supported", true); }
  | MODULE TYPE mty_longident COLONEQUAL module_type
      { $$ = {}; $$.supported = false;
        $$.check = mlhint::PackageCheck::Refused(@$, "only 'with type t =' constraints are supported", true); }
;

with_type_binder:
    EQUAL
      { $$ = false; }
  | EQUAL PRIVATE
      { $$ = true; }
;

/* ------------------------------------------------------------ core types */

possibly_poly_core_type_:
    core_type
      { }
  | reversed_nonempty_llist_typevar_ DOT core_type
      { }
;

possibly_poly_core_type_no_attr_:
    alias_type
      { $$ = $1; }
  | reversed_nonempty_llist_typevar_ DOT alias_type
      { $$ = B.UnsupportedType(@$, "polymorphic record fields"); }
;

core_type:
    alias_type
      { $$ = $1; }
  | core_type attribute
      { B.DropAlerts(@2); $$ = $2.get().empty() ? B.WarningsOn(@2, mlhint::AstBuilder::WarningTarget::Type, $1)
                             : B.NoteNativeReprAttribute($1, @2) ? $1 : B.UnsupportedType($2, "attributes"); }
;

alias_type:
    function_type
      { $$ = $1; }
  | alias_type AS QUOTE ident
      { $$ = B.UnsupportedType(@$, "type aliases with `as'"); }
;

/* `label:t -> u` and `?label:t -> u` are arrows with a label (the prelude
   has labelled arguments). */
function_type:
    tuple_type %prec MINUSGREATER
      { $$ = $1; }
  | optlabel tuple_type MINUSGREATER function_type
      { $$ = B.Type(TypeKind::Arrow, @$, $2, $4, {}, $1, mlhint::ast::kOptional); }
  | LIDENT COLON tuple_type MINUSGREATER function_type
      { $$ = B.Type(TypeKind::Arrow, @$, $3, $5, {}, @1, mlhint::ast::kLabelled); }
  | tuple_type MINUSGREATER function_type
      { $$ = B.Type(TypeKind::Arrow, @$, $1, $3); }
;

tuple_type:
    atomic_type %prec below_HASH
      { $$ = $1; }
  | reversed_separated_nontrivial_llist_STAR_atomic_type_
      { $$ = B.Type(TypeKind::Tuple, @$, kNone, kNone, B.List($1)); }
;

atomic_type:
    LPAREN core_type RPAREN
      { $$ = $2; }
  | LPAREN MODULE ext list_attribute_ module_type RPAREN
      { $$ = {}; if (!ctx.CheckPackageType($5, @$)) YYABORT;
        mlhint::Mark mark = $3; mark.Add($4);
        $$ = mark.present ? B.UnsupportedType(mark.span, mark.what.c_str()) : B.PackageType(@$, $5); }
  | QUOTE ident
      { $$ = B.Type(TypeKind::Var, @$, kNone, kNone, {}, $2); }
  | UNDERSCORE
      { $$ = B.Type(TypeKind::Any, @$); }
  | type_longident
      { $$ = B.TypeConstr($1, {}, @$); }
  | atomic_type type_longident
      { $$ = B.TypeConstr($2, B.Single($1), @$); }
  | LPAREN reversed_separated_nontrivial_llist_COMMA_core_type_ RPAREN type_longident
      { $$ = B.TypeConstr($4, $2, @$); }
  | LESS meth_list GREATER
      { $$ = B.UnsupportedType(@$, "object types"); }
  | LESS GREATER
      { $$ = B.UnsupportedType(@$, "object types"); }
  | HASH clty_longident
      { $$ = B.UnsupportedType(@$, "object types"); }
  | atomic_type HASH clty_longident
      { $$ = B.UnsupportedType(@$, "object types"); }
  | LPAREN reversed_separated_nontrivial_llist_COMMA_core_type_ RPAREN HASH clty_longident
      { $$ = B.UnsupportedType(@$, "object types"); }
  | LBRACKET tag_field RBRACKET
      { $$ = B.UnsupportedType(@$, "polymorphic variant types"); }
  | LBRACKET BAR reversed_separated_nonempty_llist_BAR_row_field_ RBRACKET
      { $$ = B.UnsupportedType(@$, "polymorphic variant types"); }
  | LBRACKET row_field BAR reversed_separated_nonempty_llist_BAR_row_field_ RBRACKET
      { $$ = B.UnsupportedType(@$, "polymorphic variant types"); }
  | LBRACKETGREATER option_BAR_ reversed_separated_nonempty_llist_BAR_row_field_ RBRACKET
      { $$ = B.UnsupportedType(@$, "polymorphic variant types"); }
  | LBRACKETGREATER RBRACKET
      { $$ = B.UnsupportedType(@$, "polymorphic variant types"); }
  | LBRACKETLESS option_BAR_ reversed_separated_nonempty_llist_BAR_row_field_ RBRACKET
      { $$ = B.UnsupportedType(@$, "polymorphic variant types"); }
  | LBRACKETLESS option_BAR_ reversed_separated_nonempty_llist_BAR_row_field_ GREATER reversed_nonempty_llist_name_tag_ RBRACKET
      { $$ = B.UnsupportedType(@$, "polymorphic variant types"); }
  | extension
      { $$ = B.UnsupportedType(@$, "extension nodes"); }
;

row_field:
    tag_field
      { }
  | core_type
      { }
;

tag_field:
    name_tag OF opt_ampersand reversed_separated_nonempty_llist_AMPERSAND_core_type_no_attr_ list_attribute_
      { }
  | name_tag list_attribute_
      { }
;

opt_ampersand:
    AMPERSAND
      { }
  | %empty
      { }
;

meth_list:
    LIDENT COLON possibly_poly_core_type_no_attr_ list_attribute_ SEMI list_attribute_ meth_list
      { }
  | atomic_type SEMI meth_list
      { }
  | LIDENT COLON possibly_poly_core_type_no_attr_ list_attribute_ SEMI list_attribute_
      { }
  | atomic_type SEMI
      { }
  | LIDENT COLON possibly_poly_core_type_no_attr_ list_attribute_
      { }
  | atomic_type
      { }
  | DOTDOT
      { }
;

/* ------------------------------------------------------------ constants */

constant:
    INT     { $$ = B.Constant(ConstKind::Int, @1); }
  | CHAR    { $$ = B.Constant(ConstKind::Char, @1); }
  | STRING  { $$ = B.Constant(ConstKind::String, @1); }
  | FLOAT   { $$ = B.Constant(ConstKind::Float, @1); }
;

signed_constant:
    constant     { $$ = $1; }
  | MINUS INT    { $$ = B.SignedConstant(ConstKind::Int, @2, true, @$); }
  | MINUS FLOAT  { $$ = B.SignedConstant(ConstKind::Float, @2, true, @$); }
  | PLUS INT     { $$ = B.SignedConstant(ConstKind::Int, @2, false, @$); }
  | PLUS FLOAT   { $$ = B.SignedConstant(ConstKind::Float, @2, false, @$); }
;

/* ------------------------------------------------------------ identifiers */

ident:
    UIDENT  { $$ = @1; }
  | LIDENT  { $$ = @1; }
;

val_extra_ident:
    LPAREN operator RPAREN   { $$ = $2; }
  | LPAREN operator error    { ctx.ErrorProductionReached(); YYABORT; }
  | LPAREN error             { ctx.ErrorProductionReached(); YYABORT; }
  | LPAREN MODULE error      { ctx.ErrorProductionReached(); YYABORT; }
;

val_ident:
    LIDENT           { $$ = @1; }
  | val_extra_ident  { $$ = $1; }
;

/* The operator's name is its text (for the indexing operators, which are
   not in the subset, the span of the whole name). */
operator:
    PREFIXOP    { $$ = @1; }
  | LETOP       { $$ = @1; }
  | ANDOP       { $$ = @1; }
  | DOTOP LPAREN index_mod RPAREN               { $$ = @$; }
  | DOTOP LPAREN index_mod RPAREN LESSMINUS     { $$ = @$; }
  | DOTOP LBRACKET index_mod RBRACKET           { $$ = @$; }
  | DOTOP LBRACKET index_mod RBRACKET LESSMINUS { $$ = @$; }
  | DOTOP LBRACE index_mod RBRACE               { $$ = @$; }
  | DOTOP LBRACE index_mod RBRACE LESSMINUS     { $$ = @$; }
  | HASHOP      { $$ = @1; }
  | BANG        { $$ = @1; }
  | INFIXOP0    { $$ = @1; }
  | INFIXOP1    { $$ = @1; }
  | INFIXOP2    { $$ = @1; }
  | INFIXOP3    { $$ = @1; }
  | INFIXOP4    { $$ = @1; }
  | PLUS        { $$ = @1; }
  | PLUSDOT     { $$ = @1; }
  | PLUSEQ      { $$ = @1; }
  | MINUS       { $$ = @1; }
  | MINUSDOT    { $$ = @1; }
  | STAR        { $$ = @1; }
  | PERCENT     { $$ = @1; }
  | EQUAL       { $$ = @1; }
  | LESS        { $$ = @1; }
  | GREATER     { $$ = @1; }
  | OR          { $$ = @1; }
  | BARBAR      { $$ = @1; }
  | AMPERSAND   { $$ = @1; }
  | AMPERAMPER  { $$ = @1; }
  | COLONEQUAL  { $$ = @1; }
;

index_mod:
    %empty
      { }
  | SEMI DOTDOT
      { }
;

constr_extra_nonprefix_ident:
    LBRACKET RBRACKET  { $$ = @$; }
  | LPAREN RPAREN      { $$ = @$; }
  | FALSE              { $$ = @1; }
  | TRUE               { $$ = @1; }
;

constr_ident:
    UIDENT                        { $$ = @1; }
  | LPAREN COLONCOLON RPAREN      { $$ = @$; }
  | constr_extra_nonprefix_ident  { $$ = $1; }
;

constr_longident:
    mod_longident %prec below_DOT
      { $$ = $1; }
  | mod_longident DOT LPAREN COLONCOLON RPAREN
      { $$ = B.Qualify($1, "::", @$); }
  | LPAREN COLONCOLON RPAREN
      { $$ = B.Name("::", @$); }
  | constr_extra_nonprefix_ident
      { mlhint::Span name = $1; $$ = B.Name(B.ConstructorText(name), @$); }
;

mk_longident_mod_ext_longident_LIDENT_:
    LIDENT                          { $$ = B.NameOf(@1); }
  | mod_ext_longident DOT LIDENT    { $$ = B.QualifyWith($1, @3, @$); }
;

mk_longident_mod_ext_longident_UIDENT_:
    UIDENT                          { $$ = B.NameOf(@1); }
  | mod_ext_longident DOT UIDENT    { $$ = B.QualifyWith($1, @3, @$); }
;

mk_longident_mod_ext_longident_ident_:
    ident                           { }
  | mod_ext_longident DOT ident     { }
;

mk_longident_mod_longident_LIDENT_:
    LIDENT                          { $$ = B.NameOf(@1); }
  | mod_longident DOT LIDENT        { $$ = B.QualifyWith($1, @3, @$); }
;

mk_longident_mod_longident_UIDENT_:
    UIDENT                          { $$ = B.NameOf(@1); }
  | mod_longident DOT UIDENT        { $$ = B.QualifyWith($1, @3, @$); }
;

mk_longident_mod_longident_val_ident_:
    val_ident                       { $$ = B.NameOf($1); B.tree().longidents[$$].span = @$; }
  | mod_longident DOT val_ident     { $$ = B.QualifyWith($1, $3, @$); }
;

val_longident:
    mk_longident_mod_longident_val_ident_   { $$ = $1; }
;

label_longident:
    mk_longident_mod_longident_LIDENT_      { $$ = $1; }
;

type_longident:
    mk_longident_mod_ext_longident_LIDENT_  { $$ = $1; }
;

mod_longident:
    mk_longident_mod_longident_UIDENT_      { $$ = $1; }
;

mod_ext_longident:
    mk_longident_mod_ext_longident_UIDENT_  { $$ = $1; }
  | mod_ext_longident LPAREN mod_ext_longident RPAREN
      { $$ = B.ApplyPath($1, $3, @$); }
  | mod_ext_longident LPAREN error
      { ctx.ErrorProductionReached(); YYABORT; }
;

mty_longident:
    mk_longident_mod_ext_longident_ident_   { }
;

clty_longident:
    mk_longident_mod_ext_longident_LIDENT_  { }
;

class_longident:
    mk_longident_mod_longident_LIDENT_      { }
;

/* ------------------------------------------------------------ miscellaneous */

name_tag:
    BACKQUOTE ident
      { $$ = B.NameOf($2); }
;

rec_flag:
    %empty  { $$ = false; }
  | REC     { $$ = true; }
;

direction_flag:
    TO      { $$ = false; }
  | DOWNTO  { $$ = true; }
;

private_flag:
    %empty
      { }
  | PRIVATE
      { }
;

mutable_flag:
    %empty    { $$ = false; }
  | MUTABLE   { $$ = true; }
;

virtual_flag:
    %empty
      { }
  | VIRTUAL
      { }
;

mutable_virtual_flags:
    %empty
      { }
  | MUTABLE
      { }
  | VIRTUAL
      { }
  | MUTABLE VIRTUAL
      { }
  | VIRTUAL MUTABLE
      { }
;

private_virtual_flags:
    %empty
      { }
  | PRIVATE
      { }
  | VIRTUAL
      { }
  | PRIVATE VIRTUAL
      { }
  | VIRTUAL PRIVATE
      { }
;

virtual_with_mutable_flag:
    VIRTUAL
      { }
  | MUTABLE VIRTUAL
      { }
  | VIRTUAL MUTABLE
      { }
;

virtual_with_private_flag:
    VIRTUAL
      { }
  | PRIVATE VIRTUAL
      { }
  | VIRTUAL PRIVATE
      { }
;

subtractive:
    MINUS     { $$ = @1; }
  | MINUSDOT  { $$ = @1; }
;

additive:
    PLUS      { $$ = @1; }
  | PLUSDOT   { $$ = @1; }
;

/* The label's name. */
optlabel:
    OPTLABEL
      { $$ = mlhint::Span{@1.begin + 1, @1.end - 1}; }
  | QUESTION LIDENT COLON
      { $$ = @2; }
;

/* ------------------------------------------------------------ attributes and extensions */

single_attr_id:
    LIDENT { } | UIDENT { } | AND { } | AS { } | ASSERT { } | BEGIN { } | CLASS { }
  | CONSTRAINT { } | DO { } | DONE { } | DOWNTO { } | ELSE { } | END { } | EXCEPTION { }
  | EXTERNAL { } | FALSE { } | FOR { } | FUN { } | FUNCTION { } | FUNCTOR { } | IF { }
  | IN { } | INCLUDE { } | INHERIT { } | INITIALIZER { } | LAZY { } | LET { } | MATCH { }
  | METHOD { } | MODULE { } | MUTABLE { } | NEW { } | NONREC { } | OBJECT { } | OF { }
  | OPEN { } | OR { } | PRIVATE { } | REC { } | SIG { } | STRUCT { } | THEN { } | TO { }
  | TRUE { } | TRY { } | TYPE { } | VAL { } | VIRTUAL { } | WHEN { } | WHILE { } | WITH { }
;

attr_id:
    single_attr_id
      { }
  | single_attr_id DOT attr_id
      { }
;

attribute:
    LBRACKETAT attr_id payload RBRACKET
      { $$ = !B.NoteWarningAttribute(@2, @$, mlhint::ast::WarningAttribute::Kind::Expr) &&
             !B.NoteAlertAttribute(@2, @3, @$, false) && !B.NoteLiteralPatternAttribute(@2, @$) &&
             (B.NoteOptimisationAttribute(@2, @3, @$) || B.InterpretedAttribute(@2)) ? @$ : mlhint::Span{}; }
;

post_item_attribute:
    LBRACKETATAT attr_id payload RBRACKET
      { $$ = !B.NoteWarningAttribute(@2, @$, mlhint::ast::WarningAttribute::Kind::Post) &&
             !B.NoteTypeAttribute(@2, @$) && !B.NoteAlertAttribute(@2, @3, @$, true) &&
             (B.NoteOptimisationAttribute(@2, @3, @$) || B.InterpretedAttribute(@2)) ? @$ : mlhint::Span{}; }
;

floating_attribute:
    LBRACKETATATAT attr_id payload RBRACKET
      { $$ = !B.NoteWarningAttribute(@2, @$, mlhint::ast::WarningAttribute::Kind::Floating) &&
             B.InterpretedAttribute(@2) ? @$ : mlhint::Span{}; }
;

/* `%id` after a keyword: the extension, if any. */
ext:
    %empty
      { $$ = mlhint::Mark{}; }
  | PERCENT attr_id
      { $$ = Mark::At(@$, "extension nodes"); }
;

extension:
    LBRACKETPERCENT attr_id payload RBRACKET
      { }
  | QUOTED_STRING_EXPR
      { }
;

item_extension:
    LBRACKETPERCENTPERCENT attr_id payload RBRACKET
      { }
  | QUOTED_STRING_ITEM
      { }
;

payload:
    structure
      { }
  | COLON signature
      { }
  | COLON core_type
      { }
  | QUESTION pattern
      { }
  | QUESTION pattern WHEN seq_expr
      { }
;


/* ------------------------------------------------------------ OCaml's other entry points
   Never used by mlhint (see START_TOPLEVEL_PHRASE). */

list_text_str_structure_item__:
    %empty
      { }
  | structure_item list_text_str_structure_item__
      { }
;

list_use_file_element_:
    %empty
      { }
  | SEMISEMI list_use_file_element_
      { }
  | SEMISEMI seq_expr list_post_item_attribute_ list_use_file_element_
      { }
  | structure_item list_use_file_element_
      { }
  | toplevel_directive list_use_file_element_
      { }
;

toplevel_phrase:
    seq_expr list_post_item_attribute_ SEMISEMI
      { }
  | list_text_str_structure_item__ SEMISEMI
      { }
  | toplevel_directive SEMISEMI
      { }
  | EOI
      { }
;

use_file:
    list_use_file_element_ EOI
      { }
  | seq_expr list_post_item_attribute_ list_use_file_element_ EOI
      { }
;

parse_core_type:
    core_type EOI
      { }
;

parse_expression:
    seq_expr EOI
      { }
;

parse_pattern:
    pattern EOI
      { }
;

parse_mty_longident:
    mty_longident EOI
      { }
;

parse_val_longident:
    val_longident EOI
      { }
;

parse_constr_longident:
    constr_longident EOI
      { }
;

parse_mod_ext_longident:
    mod_ext_longident EOI
      { }
;

parse_mod_longident:
    mod_longident EOI
      { }
;

parse_any_longident:
    any_longident EOI
      { }
;

mk_longident_mod_ext_longident___anonymous_41_:
    ident
      { }
  | LPAREN COLONCOLON RPAREN
      { }
  | val_extra_ident
      { }
  | mod_ext_longident DOT ident
      { }
  | mod_ext_longident DOT LPAREN COLONCOLON RPAREN
      { }
  | mod_ext_longident DOT val_extra_ident
      { }
;

any_longident:
    mk_longident_mod_ext_longident___anonymous_41_
      { }
  | constr_extra_nonprefix_ident
      { }
;

toplevel_directive:
    HASH ident
      { }
  | HASH ident STRING
      { }
  | HASH ident INT
      { }
  | HASH ident val_longident
      { }
  | HASH ident mod_longident
      { }
  | HASH ident FALSE
      { }
  | HASH ident TRUE
      { }
;

%%

// The replay of Menhir's error strategy on the tables above.
#include "parser/syntax_error_replay.inc"
