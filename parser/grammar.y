// The grammar of the subset, modelled production by production on OCaml
// 4.13's parsing/parser.mly. Menhir's parameterized and %inline rules are
// expanded by hand the way Menhir expands them (list(X) is right-recursive,
// option(X) is a nonterminal, ioption/preceded/terminated are inlined), and
// the precedence declarations are OCaml's, so that this LALR(1) automaton
// detects a syntax error at the same token, in a state with the same items,
// as OCaml's. That is what makes the error messages match: OCaml's parser
// uses Menhir's "simplified" error strategy, which we replay on bison's
// tables in report_syntax_error (see parse.cpp).
//
// What is dropped: attributes, extension points, and the alternatives that
// begin with a token only unsupported constructs use (labels, objects,
// modules, polymorphic variants, ...). A syntax error on such a token is
// reported as "not supported by mlhint". Alternatives of the subset's own
// constructs that mlhint does not check (`fun (type t)`, local opens,
// coercions, ...) are kept and build an Unsupported node, reported when
// the checker reaches it.

%require "3.8"
%language "c++"
%skeleton "lalr1.cc"
%define api.namespace {mlhint::grammar}
%define api.parser.class {Parser}
%define api.value.type variant
%define api.value.automove
%define api.token.constructor
%define api.token.prefix {TOK_}
%define api.location.type {mlhint::Span}
%define parse.error custom
%define lr.default-reduction consistent
%locations
%parse-param {mlhint::ParseContext& ctx}

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

namespace mlhint::grammar {
Parser::symbol_type yylex(mlhint::ParseContext& ctx);
}
#define yylex() yylex(ctx)
#define B (ctx.builder())
using mlhint::ast::kNone;
using mlhint::ast::ExprKind;
using mlhint::ast::PatKind;
using mlhint::ast::TypeKind;
using mlhint::ast::ItemKind;
using mlhint::ast::ConstKind;
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

%type <mlhint::IdList> structure_elements signature_elements
%type <mlhint::ast::Id> structure_item signature_item
%type <mlhint::LetBindingsValue> let_bindings let_binding
%type <mlhint::BindingBodyValue> let_binding_body
%type <mlhint::ast::Id> and_let_binding let_binding_body_no_punning
%type <mlhint::ast::Id> strict_binding fun_binding fun_def type_constraint
%type <mlhint::ast::Id> seq_expr expr simple_expr labeled_simple_expr constant
%type <mlhint::IdList> labeled_simple_expr_list expr_comma_list expr_semi_list
%type <mlhint::IdList> match_cases
%type <mlhint::ast::Id> match_case
%type <mlhint::RecordContentValue> record_expr_content
%type <mlhint::IdList> record_expr_fields
%type <mlhint::ast::Id> option_type_constraint option_eq_expr
%type <mlhint::ast::Id> pattern pattern_no_exn pattern_gen simple_pattern simple_pattern_not_ident
%type <mlhint::ast::Id> simple_delimited_pattern labeled_simple_pattern
%type <mlhint::IdList> pattern_comma_list pattern_no_exn_comma_list pattern_semi_list
%type <mlhint::RecordPatContentValue> record_pat_content
%type <mlhint::ast::Id> option_colon_type option_eq_pattern signed_constant
%type <mlhint::ast::Id> core_type alias_type function_type tuple_type atomic_type
%type <mlhint::IdList> atomic_type_star_list core_type_comma_list
%type <mlhint::ast::Id> val_longident label_longident type_longident mod_longident
%type <mlhint::ast::Id> mod_ext_longident constr_longident
%type <mlhint::Span> val_ident val_extra_ident operator constr_ident constr_extra_nonprefix_ident ident
%type <mlhint::Span> subtractive additive
%type <mlhint::ast::Id> and_type_declaration
%type <mlhint::TypeDeclsValue> type_declarations type_declaration
%type <mlhint::IdList> and_type_declarations
%type <mlhint::IdList> type_parameters type_parameter_list
%type <mlhint::ast::Id> type_parameter type_variable
%type <mlhint::TypeKindValue> type_kind nonempty_type_kind
%type <mlhint::IdList> constructor_declarations constructor_declaration_list
%type <mlhint::ast::Id> constructor_declaration bar_constructor_declaration
%type <mlhint::ConstructorArgsValue> generalized_constructor_arguments
%type <mlhint::IdList> constructor_arguments atomic_type_star_list1
%type <mlhint::IdList> label_declarations
%type <mlhint::ast::Id> label_declaration label_declaration_semi poly_type_no_attr
%type <mlhint::ast::Id> exception_declaration sig_exception_declaration
%type <bool> rec_flag mutable_flag direction_flag
%type <int> typevar_list lident_list

%start start

%%

start:
    START_IMPLEMENTATION implementation
  | START_INTERFACE interface
;

implementation:
    structure EOI
;

interface:
    signature EOI
;

/* ------------------------------------------------------------ structures */

structure:
    structure_elements
      { ctx.SetStructure(B.ReversedList($1)); }
  | seq_expr structure_elements
      { IdList items = $2; items.push_back(B.Item(ItemKind::Eval, @1, $1));
        ctx.SetStructure(B.ReversedList(items)); }
;

/* list(structure_element), right-recursive as Menhir's list; the items are
   accumulated in reverse. */
structure_elements:
    %empty
      { }
  | SEMISEMI structure_elements
      { $$ = $2; }
  | SEMISEMI seq_expr structure_elements
      { $$ = $3; $$.push_back(B.Item(ItemKind::Eval, @2, $2)); }
  | structure_item structure_elements
      { $$ = $2; $$.push_back($1); }
;

structure_item:
    let_bindings
      { mlhint::LetBindingsValue v = $1;
        $$ = B.Item(ItemKind::Value, @$, kNone, B.ReversedList(v.bindings), {}, v.is_rec ? mlhint::ast::kRec : 0); }
  | type_declarations
      { mlhint::TypeDeclsValue v = $1;
        $$ = B.Item(ItemKind::Type, @$, kNone, B.ReversedList(v.decls), {}, v.nonrec ? mlhint::ast::kNonrec : 0); }
  | exception_declaration
      { $$ = B.Item(ItemKind::Exception, @$, $1); }
;

/* ------------------------------------------------------------ signatures
   Only what the prelude uses: `val`, `type`, `exception`, and
   `module M : sig ... end`. */

signature:
    signature_elements
      { ctx.SetStructure(B.ReversedList($1)); }
;

signature_elements:
    %empty
      { }
  | SEMISEMI signature_elements
      { $$ = $2; }
  | signature_item signature_elements
      { $$ = $2; $$.push_back($1); }
;

signature_item:
    VAL val_ident COLON core_type
      { $$ = B.Item(ItemKind::ValDecl, @$, $4, {}, $2); }
  | type_declarations
      { mlhint::TypeDeclsValue v = $1;
        $$ = B.Item(ItemKind::Type, @$, kNone, B.ReversedList(v.decls), {}, v.nonrec ? mlhint::ast::kNonrec : 0); }
  | sig_exception_declaration
      { $$ = B.Item(ItemKind::Exception, @$, $1); }
  | MODULE UIDENT COLON SIG signature_elements END
      { $$ = B.Item(ItemKind::ModuleDecl, @$, kNone, B.ReversedList($5), @2); }
;

/* ------------------------------------------------------------ let bindings */

let_bindings:
    let_binding
      { $$ = $1; }
  | let_bindings and_let_binding
      { $$ = $1; $$.bindings.push_back($2); }
;

/* OCaml checks for a pun (`let x` without `=`) when it adds the binding:
   a syntax error located on the last token read. */
let_binding:
    LET rec_flag let_binding_body
      { mlhint::BindingBodyValue body = $3;
        if (body.pun) { ctx.SyntaxErrorAtLastToken(); YYABORT; }
        $$.is_rec = $2; $$.bindings.push_back(ctx.SetBindingSpan(body.binding, @$)); }
;

and_let_binding:
    AND let_binding_body
      { mlhint::BindingBodyValue body = $2;
        if (body.pun) { ctx.SyntaxErrorAtLastToken(); YYABORT; }
        $$ = ctx.SetBindingSpan(body.binding, @$); }
;

rec_flag:
    %empty { $$ = false; }
  | REC    { $$ = true; }
;

let_binding_body:
    let_binding_body_no_punning
      { $$.binding = $1; }
  | val_ident %prec below_HASH
      { (void)$1; $$.pun = true; }
;

let_binding_body_no_punning:
    val_ident strict_binding
      { $$ = B.Binding(B.PatVar($1, @1), $2, @$); }
  | val_ident type_constraint EQUAL seq_expr
      { mlhint::ast::Id t = $2;
        mlhint::Span patloc{@1.begin, @2.end};
        mlhint::ast::Id pat = B.Pat(PatKind::Constraint, patloc, B.PatVar($1, @1), t);
        B.tree().pats[pat].flags |= mlhint::ast::kGhost;
        mlhint::ast::Id e = B.ExprConstraint($4, t, @$);
        B.tree().exprs[e].flags |= mlhint::ast::kGhost;
        $$ = B.Binding(pat, e, @$); }
  | val_ident COLON typevar_list DOT core_type EQUAL seq_expr
      { (void)$3; (void)$5; (void)$7;
        $$ = B.Binding(B.PatVar($1, @1), B.UnsupportedExpr(mlhint::Span{@2.begin, @5.end}, "polymorphic type annotations"), @$); }
  | val_ident COLON TYPE lident_list DOT core_type EQUAL seq_expr
      { (void)$4; (void)$6; (void)$8;
        $$ = B.Binding(B.PatVar($1, @1), B.UnsupportedExpr(mlhint::Span{@2.begin, @6.end}, "locally abstract types"), @$); }
  | pattern_no_exn EQUAL seq_expr
      { $$ = B.Binding($1, $3, @$); }
  | simple_pattern_not_ident COLON core_type EQUAL seq_expr
      { mlhint::ast::Id pat = B.Pat(PatKind::Constraint, mlhint::Span{@1.begin, @3.end}, $1, $3);
        B.tree().pats[pat].flags |= mlhint::ast::kGhost;
        $$ = B.Binding(pat, $5, @$); }
;

typevar_list:
    QUOTE ident                 { (void)$2; $$ = 1; }
  | typevar_list QUOTE ident    { (void)$3; $$ = $1 + 1; }
;

lident_list:
    LIDENT                      { $$ = 1; }
  | LIDENT lident_list          { $$ = $2 + 1; }
;

strict_binding:
    EQUAL seq_expr
      { $$ = $2; }
  | labeled_simple_pattern fun_binding
      { $$ = B.Fun($1, $2, @$, true); }
  | LPAREN TYPE lident_list RPAREN fun_binding
      { (void)$3; (void)$5; $$ = B.UnsupportedExpr(mlhint::Span{@1.begin, @4.end}, "locally abstract types"); }
;

fun_binding:
    strict_binding
      { $$ = $1; }
  | type_constraint EQUAL seq_expr
      { $$ = B.ExprConstraint($3, $1, @$); B.tree().exprs[$$].flags |= mlhint::ast::kGhost; }
;

type_constraint:
    COLON core_type
      { $$ = $2; }
  | COLON core_type COLONGREATER core_type
      { (void)$2; (void)$4; $$ = B.UnsupportedType(@$, "coercions"); }
  | COLONGREATER core_type
      { (void)$2; $$ = B.UnsupportedType(@$, "coercions"); }
  | COLON error
      { ctx.ErrorProductionReached(); YYABORT; }
  | COLONGREATER error
      { ctx.ErrorProductionReached(); YYABORT; }
;

/* ------------------------------------------------------------ expressions */

seq_expr:
    expr %prec below_SEMI
      { $$ = $1; }
  | expr SEMI
      { $$ = $1; }
  | expr SEMI seq_expr
      { $$ = B.Sequence($1, $3, @$); }
;

expr:
    simple_expr %prec below_HASH
      { $$ = $1; }
  | FUNCTION match_cases
      { $$ = B.Expr(ExprKind::Function, @$, kNone, kNone, kNone, kNone, B.ReversedList($2)); }
  | FUN labeled_simple_pattern fun_def
      { $$ = B.Fun($2, $3, @$, false); }
  | FUN LPAREN TYPE lident_list RPAREN fun_def
      { (void)$4; (void)$6; $$ = B.UnsupportedExpr(mlhint::Span{@2.begin, @5.end}, "locally abstract types"); }
  | MATCH seq_expr WITH match_cases
      { $$ = B.Expr(ExprKind::Match, @$, $2, kNone, kNone, kNone, B.ReversedList($4)); }
  | TRY seq_expr WITH match_cases
      { $$ = B.Expr(ExprKind::Try, @$, $2, kNone, kNone, kNone, B.ReversedList($4)); }
  | TRY seq_expr WITH error
      { (void)$2; ctx.ErrorProductionReached(); YYABORT; }
  | IF seq_expr THEN expr ELSE expr
      { $$ = B.Expr(ExprKind::IfThenElse, @$, $2, $4, $6); }
  | IF seq_expr THEN expr
      { $$ = B.Expr(ExprKind::IfThenElse, @$, $2, $4); }
  | WHILE seq_expr DO seq_expr DONE
      { $$ = B.Expr(ExprKind::While, @$, $2, $4); }
  | FOR pattern EQUAL seq_expr direction_flag seq_expr DO seq_expr DONE
      { $$ = B.Expr(ExprKind::For, @$, $2, $4, $6, $8, {}, $5 ? mlhint::ast::kDownto : 0); }
  | ASSERT simple_expr %prec below_HASH
      { $$ = B.Expr(ExprKind::Assert, @$, $2); }
  | simple_expr labeled_simple_expr_list
      { $$ = B.Apply($1, $2, @$); }
  | expr_comma_list %prec below_COMMA
      { $$ = B.Tuple($1, @$); }
  | constr_longident simple_expr %prec below_HASH
      { $$ = B.Expr(ExprKind::Construct, @$, $1, $2); }
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
  | let_bindings IN seq_expr
      { $$ = ctx.LetExpr($1, $3, @$); }
  | expr COLONCOLON expr
      { $$ = B.Cons($1, @2, $3, @$); }
  | LIDENT LESSMINUS expr
      { (void)$3; $$ = B.UnsupportedExpr(@$, "instance variables"); }
  | simple_expr DOT label_longident LESSMINUS expr
      { $$ = B.Expr(ExprKind::SetField, @$, $1, $3, $5); }
  | simple_expr DOT LPAREN seq_expr RPAREN LESSMINUS expr
      { $$ = B.IndexSet("Array.set", $1, $4, $7, @$); }
  | simple_expr DOT LBRACE seq_expr RBRACE LESSMINUS expr
      { (void)$1; (void)$4; (void)$7; $$ = B.UnsupportedExpr(@$, "Bigarray indexing"); }
  | simple_expr DOT LBRACKET seq_expr RBRACKET LESSMINUS expr
      { $$ = B.IndexSet("String.set", $1, $4, $7, @$); }
  | UNDERSCORE
      { ctx.NotExpecting(@1, "wildcard \"_\""); YYABORT; }
;

subtractive:
    MINUS     { $$ = @1; }
  | MINUSDOT  { $$ = @1; }
;

additive:
    PLUS      { $$ = @1; }
  | PLUSDOT   { $$ = @1; }
;

labeled_simple_expr_list:
    labeled_simple_expr
      { $$.push_back($1); }
  | labeled_simple_expr_list labeled_simple_expr
      { $$ = $1; $$.push_back($2); }
;

labeled_simple_expr:
    simple_expr %prec below_HASH
      { $$ = $1; }
;

expr_comma_list:
    expr_comma_list COMMA expr
      { $$ = $1; $$.push_back($3); }
  | expr COMMA expr
      { $$.push_back($1); $$.push_back($3); }
;

simple_expr:
    LPAREN seq_expr RPAREN
      { $$ = B.Relocate($2, @$, true); }
  | LPAREN seq_expr error
      { (void)$2; ctx.ErrorProductionReached(); YYABORT; }
  | LPAREN seq_expr type_constraint RPAREN
      { $$ = B.ExprConstraint($2, $3, @$); }
  | simple_expr DOT LPAREN seq_expr RPAREN
      { $$ = B.IndexGet("Array.get", $1, $4, @$); }
  | simple_expr DOT LBRACE seq_expr RBRACE
      { (void)$1; (void)$4; $$ = B.UnsupportedExpr(@$, "Bigarray indexing"); }
  | simple_expr DOT LBRACKET seq_expr RBRACKET
      { $$ = B.IndexGet("String.get", $1, $4, @$); }
  | simple_expr DOT LPAREN seq_expr error
      { (void)$1; (void)$4; ctx.ErrorProductionReached(); YYABORT; }
  | simple_expr DOT LBRACE seq_expr error
      { (void)$1; (void)$4; ctx.ErrorProductionReached(); YYABORT; }
  | simple_expr DOT LBRACKET seq_expr error
      { (void)$1; (void)$4; ctx.ErrorProductionReached(); YYABORT; }
  | BEGIN seq_expr END
      { $$ = B.Relocate($2, @$, true); }
  | BEGIN END
      { $$ = B.Expr(ExprKind::Construct, @$, B.Name("()", @$)); }
  | BEGIN seq_expr error
      { (void)$2; ctx.ErrorProductionReached(); YYABORT; }
  | val_longident
      { $$ = B.Ident($1, @$); }
  | constant
      { $$ = B.Expr(ExprKind::Constant, @$, $1); }
  | constr_longident %prec prec_constant_constructor
      { $$ = B.Expr(ExprKind::Construct, @$, $1); }
  | PREFIXOP simple_expr
      { $$ = B.Prefix(B.Text(@1), @1, $2, @$); }
  | BANG simple_expr
      { $$ = B.Prefix("!", @1, $2, @$); }
  | simple_expr DOT label_longident
      { $$ = B.Expr(ExprKind::Field, @$, $1, $3); }
  | mod_longident DOT LPAREN seq_expr RPAREN
      { (void)$1; (void)$4; $$ = B.UnsupportedExpr(@$, "local opens"); }
  | mod_longident DOT LPAREN RPAREN
      { (void)$1; $$ = B.UnsupportedExpr(@$, "local opens"); }
  | mod_longident DOT LPAREN seq_expr error
      { (void)$1; (void)$4; ctx.ErrorProductionReached(); YYABORT; }
  | LBRACE record_expr_content RBRACE
      { $$ = B.Record($2, @$); }
  | LBRACE record_expr_content error
      { (void)$2; ctx.ErrorProductionReached(); YYABORT; }
  | mod_longident DOT LBRACE record_expr_content RBRACE
      { (void)$1; (void)$4; $$ = B.UnsupportedExpr(@$, "local opens"); }
  | mod_longident DOT LBRACE record_expr_content error
      { (void)$1; (void)$4; ctx.ErrorProductionReached(); YYABORT; }
  | LBRACKETBAR expr_semi_list BARRBRACKET
      { $$ = B.Expr(ExprKind::Array, @$, kNone, kNone, kNone, kNone, B.List($2)); }
  | LBRACKETBAR expr_semi_list error
      { (void)$2; ctx.ErrorProductionReached(); YYABORT; }
  | LBRACKETBAR BARRBRACKET
      { $$ = B.Expr(ExprKind::Array, @$); }
  | mod_longident DOT LBRACKETBAR expr_semi_list BARRBRACKET
      { (void)$1; (void)$4; $$ = B.UnsupportedExpr(@$, "local opens"); }
  | mod_longident DOT LBRACKETBAR BARRBRACKET
      { (void)$1; $$ = B.UnsupportedExpr(@$, "local opens"); }
  | mod_longident DOT LBRACKETBAR expr_semi_list error
      { (void)$1; (void)$4; ctx.ErrorProductionReached(); YYABORT; }
  | LBRACKET expr_semi_list RBRACKET
      { $$ = B.ListExpr($2, @3, @$); }
  | LBRACKET expr_semi_list error
      { (void)$2; ctx.ErrorProductionReached(); YYABORT; }
  | mod_longident DOT LBRACKET expr_semi_list RBRACKET
      { (void)$1; (void)$4; $$ = B.UnsupportedExpr(@$, "local opens"); }
  | mod_longident DOT LBRACKET RBRACKET
      { (void)$1; $$ = B.UnsupportedExpr(@$, "local opens"); }
  | mod_longident DOT LBRACKET expr_semi_list error
      { (void)$1; (void)$4; ctx.ErrorProductionReached(); YYABORT; }
;

/* separated_or_terminated_nonempty_list(SEMI, expr) */
expr_semi_list:
    expr
      { $$.push_back($1); }
  | expr SEMI
      { $$.push_back($1); }
  | expr SEMI expr_semi_list
      { IdList rest = $3; $$.reserve(rest.size() + 1); $$.push_back($1);
        $$.insert($$.end(), rest.begin(), rest.end()); }
;

/* ioption(terminated(simple_expr, WITH)) followed by the field list. */
record_expr_content:
    record_expr_fields
      { $$.fields = $1; }
  | simple_expr WITH record_expr_fields
      { $$.with = $1; $$.fields = $3; }
;

/* separated_or_terminated_nonempty_list(SEMI, record_expr_field), with
   the %inline record_expr_field expanded in place. */
record_expr_fields:
    label_longident option_type_constraint option_eq_expr
      { $$.push_back(B.RecordField($1, $2, $3, @$)); }
  | label_longident option_type_constraint option_eq_expr SEMI
      { $$.push_back(B.RecordField($1, $2, $3, mlhint::Span{@1.begin, @3.end})); }
  | label_longident option_type_constraint option_eq_expr SEMI record_expr_fields
      { IdList rest = $5; $$.push_back(B.RecordField($1, $2, $3, mlhint::Span{@1.begin, @3.end}));
        $$.insert($$.end(), rest.begin(), rest.end()); }
;

option_type_constraint:
    %empty            { $$ = kNone; }
  | type_constraint   { $$ = $1; }
;

option_eq_expr:
    %empty            { $$ = kNone; }
  | EQUAL expr        { $$ = $2; }
;

/* preceded_or_separated_nonempty_llist(BAR, match_case), reversed. */
match_cases:
    match_case
      { $$.push_back($1); }
  | BAR match_case
      { $$.push_back($2); }
  | match_cases BAR match_case
      { $$ = $1; $$.push_back($3); }
;

match_case:
    pattern MINUSGREATER seq_expr
      { $$ = B.Case($1, kNone, $3, @$); }
  | pattern WHEN seq_expr MINUSGREATER seq_expr
      { $$ = B.Case($1, $3, $5, @$); }
  | pattern MINUSGREATER DOT
      { $$ = B.Case($1, kNone, B.UnsupportedExpr(@3, "refutation cases"), @$); }
;

fun_def:
    MINUSGREATER seq_expr
      { $$ = $2; }
  | COLON atomic_type MINUSGREATER seq_expr
      { $$ = B.ExprConstraint($4, $2, @$); }
  | labeled_simple_pattern fun_def
      { $$ = B.Fun($1, $2, @$, true); }
  | LPAREN TYPE lident_list RPAREN fun_def
      { (void)$3; (void)$5; $$ = B.UnsupportedExpr(mlhint::Span{@1.begin, @4.end}, "locally abstract types"); }
;

direction_flag:
    TO      { $$ = false; }
  | DOWNTO  { $$ = true; }
;

/* ------------------------------------------------------------ patterns */

labeled_simple_pattern:
    simple_pattern
      { $$ = $1; }
;

pattern:
    pattern COLONCOLON pattern
      { $$ = B.PatCons($1, @2, $3, @$); }
  | pattern_gen
      { $$ = $1; }
  | pattern AS val_ident
      { $$ = B.Pat(PatKind::Alias, @$, $1, kNone, {}, $3); }
  | pattern AS error
      { (void)$1; ctx.ErrorProductionReached(); YYABORT; }
  | pattern_comma_list %prec below_COMMA
      { $$ = B.PatTuple($1, @$); }
  | pattern COLONCOLON error
      { (void)$1; ctx.ErrorProductionReached(); YYABORT; }
  | pattern BAR pattern
      { $$ = B.Pat(PatKind::Or, @$, $1, $3); }
  | pattern BAR error
      { (void)$1; ctx.ErrorProductionReached(); YYABORT; }
  | EXCEPTION pattern %prec prec_constr_appl
      { (void)$2; $$ = B.UnsupportedPat(@$, "exception patterns"); }
;

pattern_no_exn:
    pattern_no_exn COLONCOLON pattern
      { $$ = B.PatCons($1, @2, $3, @$); }
  | pattern_gen
      { $$ = $1; }
  | pattern_no_exn AS val_ident
      { $$ = B.Pat(PatKind::Alias, @$, $1, kNone, {}, $3); }
  | pattern_no_exn AS error
      { (void)$1; ctx.ErrorProductionReached(); YYABORT; }
  | pattern_no_exn_comma_list %prec below_COMMA
      { $$ = B.PatTuple($1, @$); }
  | pattern_no_exn COLONCOLON error
      { (void)$1; ctx.ErrorProductionReached(); YYABORT; }
  | pattern_no_exn BAR pattern
      { $$ = B.Pat(PatKind::Or, @$, $1, $3); }
  | pattern_no_exn BAR error
      { (void)$1; ctx.ErrorProductionReached(); YYABORT; }
;

pattern_comma_list:
    pattern_comma_list COMMA pattern
      { $$ = $1; $$.push_back($3); }
  | pattern COMMA pattern
      { $$.push_back($1); $$.push_back($3); }
  | pattern COMMA error
      { (void)$1; ctx.ErrorProductionReached(); YYABORT; }
;

pattern_no_exn_comma_list:
    pattern_no_exn_comma_list COMMA pattern
      { $$ = $1; $$.push_back($3); }
  | pattern_no_exn COMMA pattern
      { $$.push_back($1); $$.push_back($3); }
  | pattern_no_exn COMMA error
      { (void)$1; ctx.ErrorProductionReached(); YYABORT; }
;

pattern_gen:
    simple_pattern
      { $$ = $1; }
  | constr_longident pattern %prec prec_constr_appl
      { $$ = B.Pat(PatKind::Construct, @$, $1, $2); }
  | constr_longident LPAREN TYPE lident_list RPAREN simple_pattern
      { (void)$1; (void)$4; (void)$6; $$ = B.UnsupportedPat(@$, "locally abstract types"); }
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
  | UNDERSCORE
      { $$ = B.Pat(PatKind::Any, @$); }
  | signed_constant
      { $$ = B.PatConstant($1, @$); }
  | signed_constant DOTDOT signed_constant
      { $$ = B.Pat(PatKind::Interval, @$, $1, $3); }
  | constr_longident
      { $$ = B.Pat(PatKind::Construct, @$, $1); }
  | mod_longident DOT simple_delimited_pattern
      { (void)$1; (void)$3; $$ = B.UnsupportedPat(@$, "local opens"); }
  | mod_longident DOT LBRACKET RBRACKET
      { (void)$1; $$ = B.UnsupportedPat(@$, "local opens"); }
  | mod_longident DOT LPAREN RPAREN
      { (void)$1; $$ = B.UnsupportedPat(@$, "local opens"); }
  | mod_longident DOT LPAREN pattern RPAREN
      { (void)$1; (void)$4; $$ = B.UnsupportedPat(@$, "local opens"); }
  | mod_longident DOT LPAREN pattern error
      { (void)$1; (void)$4; ctx.ErrorProductionReached(); YYABORT; }
  | mod_longident DOT LPAREN error
      { (void)$1; ctx.ErrorProductionReached(); YYABORT; }
  | LPAREN pattern error
      { (void)$2; ctx.ErrorProductionReached(); YYABORT; }
  | LPAREN pattern COLON core_type RPAREN
      { $$ = B.Pat(PatKind::Constraint, @$, $2, $4); }
  | LPAREN pattern COLON core_type error
      { (void)$2; (void)$4; ctx.ErrorProductionReached(); YYABORT; }
  | LPAREN pattern COLON error
      { (void)$2; ctx.ErrorProductionReached(); YYABORT; }
;

simple_delimited_pattern:
    LBRACE record_pat_content RBRACE
      { mlhint::RecordPatContentValue c = $2;
        $$ = B.Pat(PatKind::Record, @$, kNone, kNone, B.List(c.fields), {}, c.open ? mlhint::ast::kOpenRecord : 0); }
  | LBRACE record_pat_content error
      { (void)$2; ctx.ErrorProductionReached(); YYABORT; }
  | LBRACKET pattern_semi_list RBRACKET
      { $$ = B.PatList($2, @3, @$); }
  | LBRACKET pattern_semi_list error
      { (void)$2; ctx.ErrorProductionReached(); YYABORT; }
  | LBRACKETBAR pattern_semi_list BARRBRACKET
      { $$ = B.Pat(PatKind::Array, @$, kNone, kNone, B.List($2)); }
  | LBRACKETBAR BARRBRACKET
      { $$ = B.Pat(PatKind::Array, @$); }
  | LBRACKETBAR pattern_semi_list error
      { (void)$2; ctx.ErrorProductionReached(); YYABORT; }
;

pattern_semi_list:
    pattern
      { $$.push_back($1); }
  | pattern SEMI
      { $$.push_back($1); }
  | pattern SEMI pattern_semi_list
      { IdList rest = $3; $$.push_back($1); $$.insert($$.end(), rest.begin(), rest.end()); }
;

/* listx(SEMI, record_pat_field, UNDERSCORE), with the %inline field. */
record_pat_content:
    label_longident option_colon_type option_eq_pattern
      { $$.fields.push_back(B.RecordPatField($1, $2, $3, @$)); }
  | label_longident option_colon_type option_eq_pattern SEMI
      { $$.fields.push_back(B.RecordPatField($1, $2, $3, mlhint::Span{@1.begin, @3.end})); }
  | label_longident option_colon_type option_eq_pattern SEMI UNDERSCORE option_semi
      { $$.fields.push_back(B.RecordPatField($1, $2, $3, mlhint::Span{@1.begin, @3.end})); $$.open = true; }
  | label_longident option_colon_type option_eq_pattern SEMI record_pat_content
      { mlhint::RecordPatContentValue rest = $5;
        $$.fields.push_back(B.RecordPatField($1, $2, $3, mlhint::Span{@1.begin, @3.end}));
        $$.fields.insert($$.fields.end(), rest.fields.begin(), rest.fields.end());
        $$.open = rest.open; }
;

option_semi:
    %empty
  | SEMI
;

option_colon_type:
    %empty           { $$ = kNone; }
  | COLON core_type  { $$ = $2; }
;

option_eq_pattern:
    %empty           { $$ = kNone; }
  | EQUAL pattern    { $$ = $2; }
;

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
  | LPAREN operator error    { (void)$2; ctx.ErrorProductionReached(); YYABORT; }
  | LPAREN error             { ctx.ErrorProductionReached(); YYABORT; }
  | LPAREN MODULE error      { ctx.ErrorProductionReached(); YYABORT; }
;

val_ident:
    LIDENT           { $$ = @1; }
  | val_extra_ident  { $$ = $1; }
;

operator:
    PREFIXOP    { $$ = @1; }
  | LETOP       { $$ = @1; }
  | ANDOP       { $$ = @1; }
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

mod_longident:
    UIDENT                     { $$ = B.NameOf(@1); }
  | mod_longident DOT UIDENT   { $$ = B.QualifyWith($1, @3, @$); }
;

mod_ext_longident:
    UIDENT                          { $$ = B.NameOf(@1); }
  | mod_ext_longident DOT UIDENT    { $$ = B.QualifyWith($1, @3, @$); }
  | mod_ext_longident LPAREN mod_ext_longident RPAREN
      { (void)$3; $$ = $1; B.UnsupportedIndex(@$, "functor applications"); }
  | mod_ext_longident LPAREN error
      { (void)$1; ctx.ErrorProductionReached(); YYABORT; }
;

val_longident:
    val_ident                     { $$ = B.NameOf($1); B.tree().longidents[$$].span = @$; }
  | mod_longident DOT val_ident   { $$ = B.QualifyWith($1, $3, @$); }
;

label_longident:
    LIDENT                        { $$ = B.NameOf(@1); }
  | mod_longident DOT LIDENT      { $$ = B.QualifyWith($1, @3, @$); }
;

type_longident:
    LIDENT                          { $$ = B.NameOf(@1); }
  | mod_ext_longident DOT LIDENT    { $$ = B.QualifyWith($1, @3, @$); }
;

/* ------------------------------------------------------------ core types */

core_type:
    alias_type
      { $$ = $1; }
;

alias_type:
    function_type
      { $$ = $1; }
  | alias_type AS QUOTE ident
      { (void)$1; (void)$4; $$ = B.UnsupportedType(@$, "type aliases with `as'"); }
;

function_type:
    tuple_type %prec MINUSGREATER
      { $$ = $1; }
  | LIDENT COLON tuple_type MINUSGREATER function_type
      { $$ = B.Type(TypeKind::Arrow, @$, $3, $5, {}, @1, mlhint::ast::kLabelled); }
  | tuple_type MINUSGREATER function_type
      { $$ = B.Type(TypeKind::Arrow, @$, $1, $3); }
;

tuple_type:
    atomic_type %prec below_HASH
      { $$ = $1; }
  | atomic_type_star_list
      { $$ = B.Type(TypeKind::Tuple, @$, kNone, kNone, B.ReversedList($1)); }
;

atomic_type_star_list:
    atomic_type_star_list STAR atomic_type
      { $$ = $1; $$.push_back($3); }
  | atomic_type STAR atomic_type
      { $$.push_back($1); $$.push_back($3); }
;

atomic_type:
    LPAREN core_type RPAREN
      { $$ = $2; }
  | QUOTE ident
      { $$ = B.Type(TypeKind::Var, @$, kNone, kNone, {}, $2); }
  | UNDERSCORE
      { $$ = B.Type(TypeKind::Any, @$); }
  | type_longident
      { $$ = B.TypeConstr($1, {}, @$); }
  | atomic_type type_longident
      { $$ = B.TypeConstr($2, {$1}, @$); }
  | LPAREN core_type_comma_list RPAREN type_longident
      { IdList args = $2; std::reverse(args.begin(), args.end()); $$ = B.TypeConstr($4, args, @$); }
;

core_type_comma_list:
    core_type_comma_list COMMA core_type
      { $$ = $1; $$.push_back($3); }
  | core_type COMMA core_type
      { $$.push_back($1); $$.push_back($3); }
;

/* ------------------------------------------------------------ type declarations */

/* xlist(generic_type_declaration, generic_and_type_declaration) */
type_declarations:
    type_declaration and_type_declarations
      { $$ = $1; IdList rest = $2; $$.decls.insert($$.decls.begin(), rest.begin(), rest.end()); }
;

and_type_declarations:
    %empty
      { }
  | and_type_declaration and_type_declarations
      { $$ = $2; $$.push_back($1); }
;

type_declaration:
    TYPE type_parameters LIDENT type_kind
      { $$.decls.push_back(B.TypeDecl(@3, $2, $4, @$)); }
  | TYPE NONREC type_parameters LIDENT type_kind
      { $$.decls.push_back(B.TypeDecl(@4, $3, $5, @$)); $$.nonrec = true; }
;

and_type_declaration:
    AND type_parameters LIDENT type_kind
      { $$ = B.TypeDecl(@3, $2, $4, @$); }
;

type_kind:
    %empty
      { }
  | EQUAL nonempty_type_kind
      { $$ = $2; }
;

nonempty_type_kind:
    core_type
      { $$.manifest = $1; }
  | constructor_declarations
      { $$.kind = mlhint::ast::TypeDeclKind::Variant; $$.members = $1; }
  | core_type EQUAL constructor_declarations
      { $$.kind = mlhint::ast::TypeDeclKind::Variant; $$.manifest = $1; $$.members = $3; }
  | DOTDOT
      { $$.kind = mlhint::ast::TypeDeclKind::Open; }
  | core_type EQUAL DOTDOT
      { $$.kind = mlhint::ast::TypeDeclKind::Open; $$.manifest = $1; }
  | LBRACE label_declarations RBRACE
      { $$.kind = mlhint::ast::TypeDeclKind::Record; $$.members = $2; }
  | core_type EQUAL LBRACE label_declarations RBRACE
      { $$.kind = mlhint::ast::TypeDeclKind::Record; $$.manifest = $1; $$.members = $4; }
;

type_parameters:
    %empty
      { }
  | type_parameter
      { $$.push_back($1); }
  | LPAREN type_parameter_list RPAREN
      { $$ = $2; }
;

type_parameter_list:
    type_parameter
      { $$.push_back($1); }
  | type_parameter_list COMMA type_parameter
      { $$ = $1; $$.push_back($3); }
;

type_parameter:
    type_variance type_variable
      { $$ = $2; }
;

type_variance:
    %empty
  | PLUS
  | MINUS
;

type_variable:
    QUOTE ident   { $$ = B.TypeParam($2, @$); }
  | UNDERSCORE    { $$ = B.TypeParam(mlhint::Span{@1.begin, @1.begin}, @$); }
;

/* A single BAR is the empty variant; otherwise bar_llist. */
constructor_declarations:
    BAR
      { }
  | constructor_declaration_list
      { IdList l = $1; std::reverse(l.begin(), l.end()); $$ = l; }
;

constructor_declaration_list:
    constructor_declaration
      { $$.push_back($1); }
  | bar_constructor_declaration
      { $$.push_back($1); }
  | constructor_declaration_list bar_constructor_declaration
      { $$ = $1; $$.push_back($2); }
;

constructor_declaration:
    constr_ident generalized_constructor_arguments
      { $$ = B.ConstructorDecl($1, $2, @$); }
;

bar_constructor_declaration:
    BAR constr_ident generalized_constructor_arguments
      { $$ = B.ConstructorDecl($2, $3, @$); }
;

generalized_constructor_arguments:
    %empty
      { }
  | OF constructor_arguments
      { $$.args = $2; }
  | COLON constructor_arguments MINUSGREATER atomic_type %prec below_HASH
      { $$.args = $2; $$.result = B.UnsupportedType(@$, "generalized algebraic data types"); (void)$4; }
  | COLON atomic_type %prec below_HASH
      { (void)$2; $$.result = B.UnsupportedType(@$, "generalized algebraic data types"); }
;

constructor_arguments:
    atomic_type %prec below_HASH
      { $$.push_back($1); }
  | atomic_type_star_list1 STAR atomic_type %prec below_HASH
      { $$ = $1; $$.push_back($3); }
  | LBRACE label_declarations RBRACE
      { (void)$2; $$.push_back(B.UnsupportedType(@$, "inline records")); }
;

atomic_type_star_list1:
    atomic_type
      { $$.push_back($1); }
  | atomic_type_star_list1 STAR atomic_type
      { $$ = $1; $$.push_back($3); }
;

label_declarations:
    label_declaration
      { $$.push_back($1); }
  | label_declaration_semi
      { $$.push_back($1); }
  | label_declaration_semi label_declarations
      { IdList rest = $2; $$.push_back($1); $$.insert($$.end(), rest.begin(), rest.end()); }
;

label_declaration:
    mutable_flag LIDENT COLON poly_type_no_attr
      { $$ = B.LabelDecl($1, @2, $4, @$); }
;

label_declaration_semi:
    mutable_flag LIDENT COLON poly_type_no_attr SEMI
      { $$ = B.LabelDecl($1, @2, $4, mlhint::Span{@$.begin, @4.end}); }
;

poly_type_no_attr:
    alias_type
      { $$ = $1; }
  | typevar_list DOT alias_type
      { (void)$1; (void)$3; $$ = B.UnsupportedType(@$, "polymorphic record fields"); }
;

mutable_flag:
    %empty    { $$ = false; }
  | MUTABLE   { $$ = true; }
;

/* ------------------------------------------------------------ exceptions */

exception_declaration:
    sig_exception_declaration
      { $$ = $1; }
  | EXCEPTION constr_ident EQUAL constr_longident
      { (void)$4; mlhint::ConstructorArgsValue none;
        none.result = B.UnsupportedType(mlhint::Span{@3.begin, @4.end}, "exception aliases");
        $$ = B.ConstructorDecl($2, none, @$); }
;

sig_exception_declaration:
    EXCEPTION constr_ident generalized_constructor_arguments
      { $$ = B.ConstructorDecl($2, $3, @$); }
;

%%

// The error reporting entry point lives in parse.cpp, next to the replay of
// Menhir's error strategy it performs.
