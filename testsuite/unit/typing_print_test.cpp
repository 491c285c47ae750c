// Unit tests of the TypePrinter's naming of variables, and through the
// checker, the signatures and messages that name types.
//
// Every expected signature or message text in the tests that go through the
// checker (TypingSignatureTest.*) was produced by
// OCaml 4.13.1's `ocamlc -i` on the same program, and is copied here
// verbatim (trailing spaces included).

#include <gtest/gtest.h>

#include <string>

#include "diagnostics/render.h"
#include "driver/check.h"
#include "support/source.h"
#include "typing_fixture.h"

namespace mlhint::typing {
namespace {

// ============================================================== TypePrinter

using TypingPrintTest = TypingFixture;

TEST_F(TypingPrintTest, VariablesAreNamedInOrderOfAppearance) {
  TypeId x = ct_.NewVar(), y = ct_.NewVar();
  EXPECT_EQ(Show(ct_.NewArrow(y, x)), "'a -> 'b");
  EXPECT_EQ(Show(ct_.NewArrow(x, ct_.NewArrow(y, x))), "'a -> 'b -> 'a");
  printer_.ResetNames();
  // Without a reset the names carry over from one tree to the next (the
  // two sides of an error message).
  EXPECT_EQ(Print(printer_.Tree(y)), "'a");
  EXPECT_EQ(Print(printer_.Tree(ct_.NewTuple({x, y}))), "'b * 'a");
}

TEST_F(TypingPrintTest, UsersNamesAreKeptAndReserved) {
  TypeId named = ct_.NewVar(store_.Intern("a"));
  TypeId anon = ct_.NewVar();
  // The anonymous variable comes first but may not take 'a.
  EXPECT_EQ(Show(ct_.NewArrow(anon, named)), "'b -> 'a");
}

TEST_F(TypingPrintTest, ParenthesesArrowsAndTuples) {
  TypeId a = ct_.NewVar(), b = ct_.NewVar();
  EXPECT_EQ(Show(ct_.NewArrow(ct_.NewArrow(a, b), a)), "('a -> 'b) -> 'a");
  EXPECT_EQ(Show(ct_.NewArrow(a, ct_.NewArrow(b, a))), "'a -> 'b -> 'a");
  EXPECT_EQ(Show(ct_.NewArrow(ct_.NewTuple({a, b}), a)), "'a * 'b -> 'a");
  EXPECT_EQ(Show(ct_.NewTuple({ct_.NewArrow(Int(), Int()), Int()})), "(int -> int) * int");
  EXPECT_EQ(Show(ct_.NewTuple({ct_.NewTuple({Int(), Int()}), Int()})), "(int * int) * int");
  EXPECT_EQ(Show(List(ct_.NewTuple({Int(), Float()}))), "(int * float) list");
  EXPECT_EQ(Show(List(ct_.NewArrow(Int(), Int()))), "(int -> int) list");
  EXPECT_EQ(Show(List(List(Bool()))), "bool list list");
}

TEST_F(TypingPrintTest, WeakVariablesAreNumberedOncePerPrinter) {
  TypeId w1 = ct_.NewVar(), w2 = ct_.NewVar();
  EXPECT_EQ(ShowScheme(List(w1)), "'_weak1 list");
  EXPECT_EQ(ShowScheme(ct_.NewArrow(w2, w1)), "'_weak2 -> '_weak1");
  EXPECT_EQ(ShowScheme(w1), "'_weak1") << "a weak variable keeps its number";
  // Outside a scheme the variable is not marked weak, but keeps its weak
  // name, as OCaml's Printtyp.name_of_type does.
  EXPECT_EQ(Show(w2), "'weak2");
  // A weak name, once given, is restored by RestoreWeakNames.
  TypePrinter::WeakNames saved = printer_.SaveWeakNames();
  TypeId w3 = ct_.NewVar();
  EXPECT_EQ(ShowScheme(w3), "'_weak3");
  printer_.RestoreWeakNames(saved);
  TypeId w4 = ct_.NewVar();
  EXPECT_EQ(ShowScheme(w4), "'_weak3");
}

// --- through the checker: the signature `mlhint -i` prints, against
// `ocamlc -i` (OCaml 4.13.1) on the same file.

std::string Signature(const std::string& program) {
  mlhint::CheckOptions options;
  options.want_signature = true;
  options.hints = hints::HintLevel::None;
  CheckResult result = CheckSource(SourceBuffer("t.ml", program), options);
  EXPECT_FALSE(result.has_error) << program;
  return result.signature;
}

TEST(TypingSignatureTest, SignatureNamesVariablesInOrder) {
  EXPECT_EQ(Signature("let id x = x\n"
                      "let k x y = x\n"
                      "let flip f x y = f y x\n"
                      "let compose f g x = f (g x)\n"
                      "let pair x y = (x, y)\n"
                      "let swap (a, b) = (b, a)\n"
                      "let fst3 (a, _, _) = a\n"
                      "let rec map f = function [] -> [] | x :: l -> f x :: map f l\n"
                      "let poly_rec_pair x = (x, [x])\n"
                      "let ret_arr x = fun y -> (x, y)\n"),
            "val id : 'a -> 'a\n"
            "val k : 'a -> 'b -> 'a\n"
            "val flip : ('a -> 'b -> 'c) -> 'b -> 'a -> 'c\n"
            "val compose : ('a -> 'b) -> ('c -> 'a) -> 'c -> 'b\n"
            "val pair : 'a -> 'b -> 'a * 'b\n"
            "val swap : 'a * 'b -> 'b * 'a\n"
            "val fst3 : 'a * 'b * 'c -> 'a\n"
            "val map : ('a -> 'b) -> 'a list -> 'b list\n"
            "val poly_rec_pair : 'a -> 'a * 'a list\n"
            "val ret_arr : 'a -> 'b -> 'a * 'b\n");
}

TEST(TypingSignatureTest, SignatureParenthesesArrowsAndTuples) {
  EXPECT_EQ(Signature("let app f = f 1\n"
                      "let hof f = fun x -> f x + 1\n"
                      "let nested = [(1, \"a\")], Some [| 1.0 |]\n"
                      "let fl = [fun x -> x + 1]\n"
                      "let curried : (int -> int) -> int -> int = fun f x -> f x\n"
                      "let tup_arg (f : (int * int) -> int) = f\n"
                      "let ff (f : int -> int) (g : (int -> int) -> int) = g f\n"
                      "let tt = ((1, 2), 3)\n"
                      "let at = ((fun x -> x + 1), 3)\n"
                      "let ll = [[Some 1]]\n"
                      "let unit_fn () = ()\n"
                      "let arr_in_list = [fun (x, y) -> x +. y]\n"
                      "let deep = Some (Some [(fun () -> 1)])\n"),
            "val app : (int -> 'a) -> 'a\n"
            "val hof : ('a -> int) -> 'a -> int\n"
            "val nested : (int * string) list * float array option\n"
            "val fl : (int -> int) list\n"
            "val curried : (int -> int) -> int -> int\n"
            "val tup_arg : (int * int -> int) -> int * int -> int\n"
            "val ff : (int -> int) -> ((int -> int) -> int) -> int\n"
            "val tt : (int * int) * int\n"
            "val at : (int -> int) * int\n"
            "val ll : int option list list\n"
            "val unit_fn : unit -> unit\n"
            "val arr_in_list : (float * float -> float) list\n"
            "val deep : (unit -> int) list option option\n");
}

TEST(TypingSignatureTest, SignatureWeakVariables) {
  EXPECT_EQ(Signature("let r1 = ref None\n"
                      "let g = (fun x -> x) (fun x -> x)\n"
                      "let r2 = ref []\n"
                      "let both = (r1, r2)\n"
                      "let opt_list = Some []\n"
                      "let rr = ref (fun x -> x)\n"),
            "val r1 : '_weak1 option ref\n"
            "val g : '_weak2 -> '_weak2\n"
            "val r2 : '_weak3 list ref\n"
            "val both : '_weak1 option ref * '_weak3 list ref\n"
            "val opt_list : 'a list option\n"
            "val rr : ('_weak4 -> '_weak4) ref\n");
  // A weak variable determined by a later item is printed determined.
  EXPECT_EQ(Signature("let weak_fn = List.map (fun x -> x)\n"
                      "let use_weak = weak_fn [1]\n"),
            "val weak_fn : int list -> int list\n"
            "val use_weak : int list\n");
}

TEST(TypingSignatureTest, SignatureUsersNamesAndManyVariables) {
  EXPECT_EQ(
      Signature("let f (x : 'a) (y : 'b) = (y, x)\n"
                "let g (x : 'b) y = (x, y)\n"
                "let many a b c d e f g h i j k l m n o p q r s t u v w x y z a1 = ()\n"),
      "val f : 'a -> 'b -> 'b * 'a\n"
      "val g : 'b -> 'a -> 'b * 'a\n"
      "val many :\n"
      "  'a ->\n  'b ->\n  'c ->\n  'd ->\n  'e ->\n  'f ->\n  'g ->\n  'h ->\n  'i ->\n  'j ->\n"
      "  'k ->\n  'l ->\n  'm ->\n  'n ->\n  'o ->\n  'p ->\n"
      "  'q -> 'r -> 's -> 't -> 'u -> 'v -> 'w -> 'x -> 'y -> 'z -> 'a1 -> unit\n");
}

TEST(TypingSignatureTest, SignatureUsersNamesOnWeakAndUnderscoreVariables) {
  EXPECT_EQ(Signature("let r : 'a list ref = ref []\n"
                      "let f (x : 'b) y z = (x, y, z)\n"
                      "let g (x : 'a) = x\n"
                      "let h (y : 'a) (z : 'b) = z\n"
                      "let u (x : _) = x\n"
                      "let k = let r = ref [] in fun () -> r\n"
                      "let s (x : 'a) (y : 'a0) z w = (x, y, z, w)\n"
                      "let q (x : 'c) = fun y -> (y, x)\n"
                      "let r3 = ref (fun (x : 'z) -> x)\n"),
            "val r : '_a list ref\n"
            "val f : 'b -> 'a -> 'c -> 'b * 'a * 'c\n"
            "val g : 'a -> 'a\n"
            "val h : 'a -> 'b -> 'b\n"
            "val u : 'a -> 'a\n"
            "val k : unit -> '_weak1 list ref\n"
            "val s : 'a -> 'a0 -> 'b -> 'c -> 'a * 'a0 * 'b * 'c\n"
            "val q : 'c -> 'a -> 'a * 'c\n"
            "val r3 : ('_z -> '_z) ref\n");
}

TEST(TypingSignatureTest, SignatureTypeDeclarationsAndAbbreviations) {
  EXPECT_EQ(Signature("type t = int list\n"
                      "let f (x : t) = x\n"
                      "let g (x : t) = 1 :: x\n"
                      "type 'a tree = Leaf | Node of 'a tree * 'a * 'a tree\n"
                      "let rec size = function Leaf -> 0 | Node (l, _, r) -> size l + 1 + size r\n"
                      "type point = { x : float; mutable y : float }\n"
                      "let origin = { x = 0.; y = 0. }\n"
                      "let move p dx = p.y <- p.y +. dx\n"
                      "exception Oops of string * int\n"),
            "type t = int list\n"
            "val f : t -> t\n"
            "val g : t -> int list\n"
            "type 'a tree = Leaf | Node of 'a tree * 'a * 'a tree\n"
            "val size : 'a tree -> int\n"
            "type point = { x : float; mutable y : float; }\n"
            "val origin : point\n"
            "val move : point -> float -> unit\n"
            "exception Oops of string * int\n");
}

// --- error messages naming types, against ocamlc's.

std::string Errors(const std::string& program) {
  mlhint::CheckOptions options;
  options.hints = hints::HintLevel::None;
  SourceBuffer source("e.ml", program);
  CheckResult result = CheckSource(source, options);
  EXPECT_TRUE(result.has_error) << program;
  std::string out;
  for (const Diagnostic& d : result.diagnostics) RenderOcaml(d, source, RenderOptions{}, out);
  return out;
}

TEST(TypingSignatureTest, ErrorOccursCheck) {
  EXPECT_EQ(Errors("let rec f x = f [x]\n"),
            "File \"e.ml\", line 1, characters 17-18:\n"
            "1 | let rec f x = f [x]\n"
            "                     ^\n"
            "Error: This expression has type 'a list\n"
            "       but an expression was expected of type 'a\n"
            "       The type variable 'a occurs inside 'a list\n");
}

TEST(TypingSignatureTest, ErrorTraces) {
  EXPECT_EQ(Errors("let h x = x + 1\nlet k : float -> float = h\n"),
            "File \"e.ml\", line 2, characters 25-26:\n"
            "2 | let k : float -> float = h\n"
            "                             ^\n"
            "Error: This expression has type int -> int\n"
            "       but an expression was expected of type float -> float\n"
            "       Type int is not compatible with type float \n");
  EXPECT_EQ(Errors("let p = (1, [2.0])\nlet q : int * int list = p\n"),
            "File \"e.ml\", line 2, characters 25-26:\n"
            "2 | let q : int * int list = p\n"
            "                             ^\n"
            "Error: This expression has type int * float list\n"
            "       but an expression was expected of type int * int list\n"
            "       Type float is not compatible with type int \n");
  EXPECT_EQ(Errors("let l = [1; 2] @ [(3, 4)]\n"),
            "File \"e.ml\", line 1, characters 18-24:\n"
            "1 | let l = [1; 2] @ [(3, 4)]\n"
            "                      ^^^^^^\n"
            "Error: This expression has type 'a * 'b\n"
            "       but an expression was expected of type int\n");
}

}  // namespace
}  // namespace mlhint::typing
