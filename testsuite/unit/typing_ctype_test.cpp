// Unit tests of Ctype (issue 3): unification and its traces, the occurs
// check, levels, generalisation and instances, eager and lazy.

#include <gtest/gtest.h>

#include <cstdint>
#include <string>
#include <vector>

#include "driver/check.h"
#include "support/source.h"
#include "typing_fixture.h"

namespace mlhint::typing {
namespace {

// ============================================================== Ctype

using TypingCtypeTest = TypingFixture;

TEST_F(TypingCtypeTest, UnifyingIntWithAVariableBindsIt) {
  TypeId v = ct_.NewVar();
  TypeId i = Int();
  EXPECT_FALSE(ct_.Unify(v, i).has_value());
  EXPECT_EQ(store_.tag(store_.Repr(v)), TypeTag::Constr);
  EXPECT_EQ(store_.constr_decl(store_.Repr(v)), env_.predef.int_);
  EXPECT_EQ(Show(v), "int");

  TypeId w = ct_.NewVar();
  EXPECT_FALSE(ct_.Unify(Int(), w).has_value()) << "either side";
  EXPECT_TRUE(ct_.IsConstr(w, env_.predef.int_));
}

TEST_F(TypingCtypeTest, UnifyingTwoVariablesMakesThemOne) {
  TypeId v = ct_.NewVar(), w = ct_.NewVar();
  EXPECT_FALSE(ct_.Unify(v, w).has_value());
  EXPECT_EQ(store_.Repr(v), store_.Repr(w));
  EXPECT_FALSE(ct_.Unify(w, Float()).has_value());
  EXPECT_EQ(Show(v), "float");
}

TEST_F(TypingCtypeTest, IntAgainstFloatFailsWithATraceNamingBoth) {
  TypeId i = Int(), f = Float();
  std::optional<Trace> trace = ct_.Unify(i, f);
  ASSERT_TRUE(trace.has_value());
  ASSERT_EQ(trace->size(), 1u);
  EXPECT_EQ((*trace)[0].kind, TraceElement::Kind::Diff);
  EXPECT_EQ(Show((*trace)[0].got), "int");
  EXPECT_EQ(Show((*trace)[0].expected), "float");
  EXPECT_EQ(Show((*trace)[0].got_expanded), "int");
  EXPECT_EQ(Show((*trace)[0].expected_expanded), "float");
  EXPECT_FALSE(ct_.Unifiable(Int(), Float()));
  EXPECT_TRUE(ct_.Unifiable(Int(), Int()));
}

TEST_F(TypingCtypeTest, NestedMismatchTraceGoesOutsideIn_TypesLeftIntact) {
  TypeId il = List(Int()), fl = List(Float());
  std::optional<Trace> trace = ct_.Unify(il, fl);
  ASSERT_TRUE(trace.has_value());
  ASSERT_EQ(trace->size(), 2u);
  EXPECT_EQ(Show((*trace)[0].got), "int list");
  EXPECT_EQ(Show((*trace)[0].expected), "float list");
  EXPECT_EQ(Show((*trace)[1].got), "int");
  EXPECT_EQ(Show((*trace)[1].expected), "float");
  // The link made while unifying the arguments is undone (set_desc).
  EXPECT_EQ(Show(il), "int list");
  EXPECT_EQ(Show(fl), "float list");
  EXPECT_NE(store_.Repr(il), store_.Repr(fl));
}

TEST_F(TypingCtypeTest, FailedUnificationKeepsWhatWasBoundBeforeTheClash) {
  // 'a -> int against bool -> float: 'a := bool happens before int/float
  // fails, and OCaml's unify does not undo it.
  TypeId a = ct_.NewVar();
  TypeId t1 = ct_.NewArrow(a, Int());
  std::optional<Trace> trace = ct_.Unify(t1, ct_.NewArrow(Bool(), Float()));
  ASSERT_TRUE(trace.has_value());
  EXPECT_EQ(Show(a), "bool");
  EXPECT_EQ(Show(t1), "bool -> int");
  EXPECT_EQ(Show(trace->back().got), "int");
  EXPECT_EQ(Show(trace->back().expected), "float");

  // int -> 'b against float -> bool: the arguments clash first, 'b stays.
  TypeId b = ct_.NewVar();
  ASSERT_TRUE(ct_.Unify(ct_.NewArrow(Int(), b), ct_.NewArrow(Float(), Bool())).has_value());
  EXPECT_TRUE(store_.IsVar(store_.Repr(b)));
}

TEST_F(TypingCtypeTest, UnifiableLeavesNoTrace) {
  TypeId v = ct_.NewVar();
  EXPECT_TRUE(ct_.Unifiable(v, Int()));
  EXPECT_TRUE(store_.IsVar(store_.Repr(v)));
}

TEST_F(TypingCtypeTest, OccursCheckRefusesACyclicType) {
  TypeId a = ct_.NewVar();
  TypeId la = List(a);
  EXPECT_TRUE(ct_.Occurs(a, la));
  EXPECT_FALSE(ct_.Occurs(a, List(Int())));
  std::optional<Trace> trace = ct_.Unify(a, la);
  ASSERT_TRUE(trace.has_value());
  ASSERT_GE(trace->size(), 2u);
  EXPECT_EQ(trace->front().kind, TraceElement::Kind::Diff);
  EXPECT_EQ(trace->back().kind, TraceElement::Kind::RecOccur);
  EXPECT_EQ(store_.Repr(trace->back().got), store_.Repr(a));
  printer_.ResetNames();
  EXPECT_EQ(Print(printer_.Tree(trace->back().got)), "'a");
  EXPECT_EQ(Print(printer_.Tree(trace->back().expected)), "'a list");
  EXPECT_TRUE(store_.IsVar(store_.Repr(a))) << "the variable stays unbound";

  TypeId b = ct_.NewVar();
  std::optional<Trace> arrow = ct_.Unify(ct_.NewArrow(b, Int()), b);
  ASSERT_TRUE(arrow.has_value());
  EXPECT_EQ(arrow->back().kind, TraceElement::Kind::RecOccur);
  EXPECT_TRUE(store_.IsVar(store_.Repr(b)));
  EXPECT_FALSE(ct_.UnifyVar(ct_.NewVar(), List(Int())).has_value());
  TypeId c = ct_.NewVar();
  ASSERT_TRUE(ct_.UnifyVar(c, List(c)).has_value());
  EXPECT_TRUE(store_.IsVar(store_.Repr(c)));
}

// A level for a block or a function: entered, and left at its end or at
// End(); a type error thrown out of it leaves the level entered, as OCaml's
// unprotected begin_def/end_def do (the item's handler restores the levels).
TEST_F(TypingCtypeTest, DefinitionLevelsOfABlockAndOfAFunction) {
  ASSERT_EQ(ct_.current_level(), 0);
  {
    Ctype::DefScope level(ct_);
    EXPECT_EQ(ct_.current_level(), 1);
    {
      Ctype::DefScope inner(ct_);
      EXPECT_EQ(ct_.current_level(), 2);
      inner.End();
      EXPECT_EQ(ct_.current_level(), 1);
    }
    EXPECT_EQ(ct_.current_level(), 1);
  }
  EXPECT_EQ(ct_.current_level(), 0);
  EXPECT_EQ(ct_.AtNewLevel([&] { return ct_.current_level(); }), 1);
  EXPECT_EQ(ct_.current_level(), 0);
  Ctype::Levels saved = ct_.SaveLevels();
  struct Thrown {};
  EXPECT_THROW(
      {
        Ctype::DefScope level(ct_);
        ct_.AtNewLevel([&] { throw Thrown{}; });
      },
      Thrown);
  EXPECT_EQ(ct_.current_level(), 2);
  ct_.RestoreLevels(saved);
  EXPECT_EQ(ct_.current_level(), 0);
}

TEST_F(TypingCtypeTest, GeneralizeMakesVariablesGenericAndInstancesAreFresh) {
  ASSERT_EQ(ct_.current_level(), 0);
  ct_.BeginDef();
  TypeId v = ct_.NewVar();
  TypeId scheme = ct_.NewArrow(v, ct_.NewTuple({v, List(v)}));
  ct_.EndDef();
  EXPECT_NE(store_.level(store_.Repr(v)), kGenericLevel);
  ct_.Generalize(scheme);
  EXPECT_EQ(store_.level(store_.Repr(v)), kGenericLevel);
  EXPECT_EQ(store_.level(store_.Repr(scheme)), kGenericLevel);
  EXPECT_TRUE(ct_.FreeVariables(scheme).empty());
  EXPECT_EQ(ShowScheme(scheme), "'a -> 'a * 'a list");

  TypeId i1 = ct_.Instance(scheme), i2 = ct_.Instance(scheme);
  std::vector<TypeId> v1 = Vars(i1), v2 = Vars(i2);
  ASSERT_EQ(v1.size(), 1u) << "one variable, shared inside the instance";
  ASSERT_EQ(v2.size(), 1u);
  EXPECT_NE(v1[0], store_.Repr(v));
  EXPECT_NE(v2[0], store_.Repr(v));
  EXPECT_NE(v1[0], v2[0]);
  EXPECT_EQ(store_.level(v1[0]), ct_.current_level());
  EXPECT_EQ(ct_.FreeVariables(i1), v1);

  ASSERT_FALSE(ct_.Unify(store_.arrow_arg(store_.Repr(i1)), Int()).has_value());
  EXPECT_EQ(Show(i1), "int -> int * int list");
  EXPECT_EQ(Show(i2), "'a -> 'a * 'a list");
  EXPECT_EQ(ShowScheme(scheme), "'a -> 'a * 'a list") << "the scheme is untouched";
  EXPECT_EQ(store_.level(store_.Repr(v)), kGenericLevel);
}

TEST_F(TypingCtypeTest, GenericInstanceStaysGenericAndInstanceListShares) {
  ct_.BeginDef();
  TypeId v = ct_.NewVar();
  TypeId s1 = List(v), s2 = ct_.NewArrow(v, Int());
  ct_.EndDef();
  ct_.Generalize(s1);
  ct_.Generalize(s2);

  TypeId g = ct_.GenericInstance(s1);
  std::vector<TypeId> gv = Vars(g);
  ASSERT_EQ(gv.size(), 1u);
  EXPECT_NE(gv[0], store_.Repr(v));
  EXPECT_EQ(store_.level(gv[0]), kGenericLevel);

  std::vector<TypeId> both = ct_.InstanceList({s1, s2});
  ASSERT_EQ(both.size(), 2u);
  EXPECT_EQ(Vars(both[0]), Vars(both[1])) << "schemes copied together share their variables";
  std::vector<TypeId> apart = {ct_.Instance(s1), ct_.Instance(s2)};
  EXPECT_NE(Vars(apart[0]), Vars(apart[1]));
}

TEST_F(TypingCtypeTest, AVariableOfAnOuterLevelStaysWeakAndSharedAcrossInstances) {
  TypeId w = ct_.NewVar();  // level 0: bound outside the definition
  ct_.BeginDef();
  TypeId g = ct_.NewVar();
  TypeId scheme = ct_.NewArrow(w, g);
  ct_.EndDef();
  ct_.Generalize(scheme);
  EXPECT_EQ(store_.level(store_.Repr(w)), 0);
  EXPECT_EQ(store_.level(store_.Repr(g)), kGenericLevel);
  EXPECT_EQ(ct_.FreeVariables(scheme), std::vector<TypeId>{store_.Repr(w)});
  EXPECT_EQ(ShowScheme(scheme), "'_weak1 -> 'a");

  TypeId i1 = ct_.Instance(scheme), i2 = ct_.Instance(scheme);
  EXPECT_EQ(store_.Repr(store_.arrow_arg(store_.Repr(i1))), store_.Repr(w));
  EXPECT_EQ(store_.Repr(store_.arrow_arg(store_.Repr(i2))), store_.Repr(w));
  EXPECT_NE(store_.Repr(store_.arrow_res(store_.Repr(i1))),
            store_.Repr(store_.arrow_res(store_.Repr(i2))));

  ASSERT_FALSE(ct_.Unify(store_.arrow_arg(store_.Repr(i1)), Int()).has_value());
  EXPECT_EQ(Show(i2), "int -> 'a") << "binding the weak variable in one instance binds it in all";
  EXPECT_EQ(ShowScheme(scheme), "int -> 'a");
  EXPECT_TRUE(ct_.FreeVariables(scheme).empty());
}

TEST_F(TypingCtypeTest, UnifyingWithAnOuterVariableLowersLevels) {
  TypeId outer = ct_.NewVar();
  ct_.BeginDef();
  TypeId inner = ct_.NewVar();
  TypeId t = ct_.NewArrow(inner, Int());
  ASSERT_FALSE(ct_.Unify(outer, List(inner)).has_value());
  ct_.EndDef();
  ct_.Generalize(t);
  EXPECT_EQ(store_.level(store_.Repr(inner)), 0) << "inner escaped through outer";
  EXPECT_EQ(ct_.FreeVariables(t), std::vector<TypeId>{store_.Repr(inner)});
}

TEST_F(TypingCtypeTest, FreeVariablesFindsWeakVariablesInOrderAndNotGenericOnes) {
  TypeId w1 = ct_.NewVar(), w2 = ct_.NewVar();
  ct_.BeginDef();
  TypeId g = ct_.NewVar();
  TypeId t = ct_.NewTuple({w2, g, List(w1), w2});
  ct_.EndDef();
  ct_.Generalize(t);
  EXPECT_EQ(ct_.FreeVariables(t), (std::vector<TypeId>{store_.Repr(w2), store_.Repr(w1)}));
  EXPECT_TRUE(ct_.FreeVariables(ct_.NewArrow(Int(), List(Float()))).empty());
  EXPECT_EQ(ShowScheme(t), "'_weak1 * 'a * '_weak2 list * '_weak1");
}

TEST_F(TypingCtypeTest, FilterArrow) {
  TypeId v = ct_.NewVar();
  auto arrow = ct_.FilterArrow(v);
  ASSERT_TRUE(arrow.has_value());
  EXPECT_EQ(store_.tag(store_.Repr(v)), TypeTag::Arrow);
  EXPECT_EQ(Show(v), "'a -> 'b");
  EXPECT_FALSE(ct_.FilterArrow(Int()).has_value());
  auto existing = ct_.FilterArrow(ct_.NewArrow(Int(), Float()));
  ASSERT_TRUE(existing.has_value());
  EXPECT_EQ(Show(existing->first), "int");
  EXPECT_EQ(Show(existing->second), "float");
}

// ============================================================== lazy instances

// Every instance in these tests is lazy (a Subst node), whatever its size.
class TypingLazyTest : public TypingFixture {
 protected:
  void SetUp() override {
    TypingFixture::SetUp();
    saved_ = Ctype::SetEagerInstanceLimit(0);
  }
  void TearDown() override { Ctype::SetEagerInstanceLimit(saved_); }

  bool IsLazy(TypeId t) { return store_.tag(store_.ReprLazy(t)) == TypeTag::Subst; }
  // A copy, as Instance makes of a small scheme.
  TypeId EagerInstance(TypeId scheme) {
    Ctype::SetEagerInstanceLimit(SIZE_MAX);
    TypeId copy = ct_.GenericInstance(scheme);  // GenericInstance is never lazy,
    ct_.GeneralizeStructure(copy);
    TypeId result = ct_.Instance(copy);  // and a scheme is decided on its first instance
    Ctype::SetEagerInstanceLimit(0);
    return result;
  }

  // A generic scheme built by `make` from fresh variables at a deeper level.
  template <class Make>
  TypeId Scheme(Make make) {
    ct_.BeginDef();
    TypeId t = make();
    ct_.EndDef();
    ct_.Generalize(t);
    return t;
  }

 private:
  size_t saved_ = 0;
};

TEST_F(TypingLazyTest, ALazyInstancePrintsAndUnifiesAsACopyDoes) {
  TypeId scheme = Scheme([&] {
    TypeId a = ct_.NewVar(), b = ct_.NewVar();
    TypeId shared = ct_.NewTuple({a, List(b)});
    return ct_.NewArrow(a, ct_.NewTuple({shared, shared, b}));
  });
  TypeId lazy = ct_.Instance(scheme);
  EXPECT_TRUE(IsLazy(lazy));
  TypeId copy = EagerInstance(scheme);
  EXPECT_FALSE(IsLazy(copy));
  EXPECT_EQ(Show(lazy), Show(copy));
  EXPECT_EQ(Show(lazy), "'a -> ('a * 'b list) * ('a * 'b list) * 'b");
  EXPECT_EQ(Vars(lazy).size(), 2u) << "shared parts stay shared when expanded";

  ASSERT_FALSE(ct_.Unify(lazy, ct_.NewArrow(Int(), ct_.NewVar())).has_value());
  EXPECT_EQ(Show(lazy), "int -> (int * 'a list) * (int * 'a list) * 'a");
  EXPECT_EQ(ShowScheme(scheme), "'a -> ('a * 'b list) * ('a * 'b list) * 'b")
      << "the scheme is untouched";
  TypeId again = ct_.Instance(scheme);
  EXPECT_TRUE(IsLazy(again));
  EXPECT_EQ(Show(again), "'a -> ('a * 'b list) * ('a * 'b list) * 'b");
}

TEST_F(TypingLazyTest, TheOccurCheckSeesTheVariablesOfAnUnexpandedInstance) {
  TypeId scheme = Scheme([&] {
    TypeId a = ct_.NewVar(), b = ct_.NewVar();
    return ct_.NewTuple({a, List(a), List(b)});
  });
  TypeId inst = ct_.Instance(scheme);
  // Expands the tuple only: its list children stay lazy, each with the
  // values of its own variables.
  ASSERT_EQ(store_.tag(store_.Repr(inst)), TypeTag::Tuple);
  TypeId a = store_.Repr(store_.child(store_.Repr(inst), 0));
  TypeId list_a = store_.child(store_.Repr(inst), 1);
  TypeId list_b = store_.child(store_.Repr(inst), 2);
  ASSERT_TRUE(store_.IsVar(a));
  ASSERT_TRUE(IsLazy(list_a));
  ASSERT_TRUE(IsLazy(list_b));
  EXPECT_TRUE(ct_.Occurs(a, list_a));
  EXPECT_FALSE(ct_.Occurs(a, list_b)) << "b's list does not hold a";
  EXPECT_TRUE(IsLazy(list_a) && IsLazy(list_b)) << "the occur check did not expand them";

  std::optional<Trace> trace = ct_.Unify(a, list_a);
  ASSERT_TRUE(trace.has_value());
  EXPECT_EQ(trace->back().kind, TraceElement::Kind::RecOccur);
  ASSERT_FALSE(ct_.Unify(a, list_b).has_value());
  EXPECT_EQ(Show(inst), "'a list * 'a list list * 'a list");
}

TEST_F(TypingLazyTest, LevelsAndGeneralisationGoThroughTheValues) {
  TypeId scheme = Scheme([&] { return List(List(ct_.NewVar())); });
  TypeId outer = ct_.NewVar();  // level 0
  ct_.BeginDef();
  TypeId inst = ct_.Instance(scheme);  // level 1
  ASSERT_TRUE(IsLazy(inst));
  TypeId weak = ct_.Instance(scheme);
  ASSERT_FALSE(ct_.Unify(outer, weak).has_value());
  ct_.EndDef();
  ct_.Generalize(inst);
  ct_.Generalize(weak);
  EXPECT_TRUE(IsLazy(inst)) << "generalised without expanding";
  EXPECT_EQ(ShowScheme(inst), "'a list list");
  EXPECT_EQ(ShowScheme(weak), "'_weak1 list list");
  EXPECT_FALSE(ct_.HasFreeVariables(inst));
  EXPECT_TRUE(ct_.HasFreeVariables(weak));
}

TEST_F(TypingLazyTest, TheValueRestrictionSeesWhereEachVariableSitsInTheBody) {
  // As Typer does for an expansive definition: variables in contravariant
  // positions stay weak, the others are generalised.
  TypeId scheme = Scheme([&] {
    TypeId a = ct_.NewVar(), b = ct_.NewVar(), c = ct_.NewVar();
    TypeId ref = kNone;  // Stdlib's (Pervasives has one too, later)
    for (DeclId d = 0; d < env_.types.size() && ref == kNone; ++d)
      if (env_.types[d].name == "ref") ref = d;
    return ct_.NewTuple({ct_.NewArrow(a, Int()), List(b), ct_.NewConstr(ref, {List(c)}), List(a)});
  });
  for (bool lazy : {true, false}) {
    ct_.BeginDef();
    TypeId inst = lazy ? ct_.Instance(scheme) : EagerInstance(scheme);
    EXPECT_EQ(IsLazy(inst), lazy);
    ct_.EndDef();
    ct_.LowerContravariant(inst);
    ct_.Generalize(inst);
    EXPECT_EQ(IsLazy(inst), lazy) << "decided without expanding";
    // (Weak variables are numbered once per printer.)
    EXPECT_EQ(ShowScheme(inst),
              lazy ? "('_weak1 -> int) * 'a list * '_weak2 list ref * '_weak1 list"
                   : "('_weak3 -> int) * 'a list * '_weak4 list ref * '_weak3 list");
  }
}

TEST_F(TypingLazyTest, BacktrackingUndoesAnExpansionAndForgetsItsParts) {
  TypeId scheme = Scheme([&] {
    TypeId a = ct_.NewVar();
    return ct_.NewTuple({List(a), List(a)});
  });
  TypeId inst = ct_.Instance(scheme);
  ASSERT_TRUE(IsLazy(inst));
  TypeStore::Snapshot snap = store_.TakeSnapshot();
  ASSERT_FALSE(ct_.Unify(inst, ct_.NewTuple({List(Int()), ct_.NewVar()})).has_value());
  EXPECT_EQ(Show(inst), "int list * int list");
  store_.Backtrack(snap);
  EXPECT_TRUE(IsLazy(inst)) << "the expansion is undone with the unification";
  EXPECT_EQ(Show(inst), "'a list * 'a list")
      << "and the expanded parts that were bound are not reused";
  ASSERT_FALSE(ct_.Unify(inst, ct_.NewTuple({ct_.NewVar(), List(Float())})).has_value());
  EXPECT_EQ(Show(inst), "float list * float list");
}

TEST_F(TypingLazyTest, SchemesThatAreNotClosedOrHoldAnAbbreviationAreCopied) {
  // A variable of an outer level in the scheme: not all of its variables
  // would be values, so the walks could not see them all.
  TypeId outer = ct_.NewVar();
  TypeId open = Scheme([&] { return ct_.NewArrow(ct_.NewVar(), List(outer)); });
  EXPECT_FALSE(IsLazy(ct_.Instance(open)));
  EXPECT_FALSE(IsLazy(ct_.Instance(open)));

  // format4 is an abbreviation with parameters.
  DeclId format4 = kNone;  // Stdlib's (Pervasives has one too, later)
  for (DeclId d = 0; d < env_.types.size() && format4 == kNone; ++d)
    if (env_.types[d].name == "format4") format4 = d;
  ASSERT_NE(format4, kNone);
  ASSERT_NE(env_.types[format4].manifest, kNoType);
  TypeId abbrev = Scheme([&] {
    TypeId a = ct_.NewVar();
    return ct_.NewArrow(a, ct_.NewConstr(format4, {a, Int(), Int(), Int()}));
  });
  TypeId inst = ct_.Instance(abbrev);
  EXPECT_FALSE(IsLazy(inst));
  EXPECT_EQ(Show(inst), "'a -> ('a, int, int, int) format4");

  TypeId closed = Scheme([&] { return ct_.NewArrow(ct_.NewVar(), List(Int())); });
  EXPECT_TRUE(IsLazy(ct_.Instance(closed)));
}

// The squaring chain of issue 3: p_i's type is the square of p_(i-1)'s, so
// copies of the schemes double at each step (2^40 nodes at the end).
TEST(TypingLazyChainTest, ASquaringChainOfFortyDefinitionsChecks) {
  std::string program = "let p0 = fun x -> (x, x)\n";
  for (int i = 1; i <= 40; ++i)
    program += "let p" + std::to_string(i) + " = fun x -> p" + std::to_string(i - 1) + " (p" +
               std::to_string(i - 1) + " x)\n";
  program += "let q = fst (fst (p40 1))\n";
  mlhint::CheckOptions options;
  options.hints = hints::HintLevel::None;
  CheckResult result = CheckSource(SourceBuffer("chain.ml", program), options);
  EXPECT_FALSE(result.has_error);
  EXPECT_TRUE(result.diagnostics.empty());
}

}  // namespace
}  // namespace mlhint::typing
